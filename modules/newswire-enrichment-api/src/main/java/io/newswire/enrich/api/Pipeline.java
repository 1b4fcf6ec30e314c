package io.newswire.enrich.api;

import io.newswire.model.Article;
import io.newswire.model.ArticleLimits;
import io.newswire.model.InvalidArticleException;
import io.newswire.model.RawArticle;
import java.util.List;

/**
 * The whole enrichment of one article: the {@link Normalizer}, then each {@link Enricher} stage in
 * a declared order. This is what the streams app and the offline {@code enrich} command run; they
 * obtain the standard one from {@link Pipelines#standard}.
 *
 * <p>Contract of every implementation: stages are isolated, so a stage that throws is recorded in
 * the article's {@code provenance.errors} and the article goes on without that stage's output;
 * every stage is timed into {@code provenance.stages}; a failed normalization still yields an
 * article (its body as the text), so nothing decodable is lost. Thread-safe.
 */
public interface Pipeline {

    /** Stage name of the normalizer in provenance and metrics; always the first stage. */
    String NORMALIZE_STAGE = "normalize";

    /** The version stamped into every article's provenance. */
    String version();

    /** The stage names in the order they run, {@link #NORMALIZE_STAGE} first. */
    List<String> stageNames();

    /**
     * Runs every stage over one raw article.
     *
     * @param raw a decoded, validated raw article
     * @return the enriched article, stamped with {@code processedAt} and its provenance
     */
    Article process(RawArticle raw);

    /**
     * Runs every stage over one raw article, checking the text extracted from an HTML body against
     * {@link ArticleLimits#maxBodyChars()} as soon as normalization has produced it, before any
     * enricher runs: a page whose text is too large costs no enrichment. (The markup itself is
     * bounded by the raw-record limit when the record is decoded.) This default checks after
     * {@link #process(RawArticle)}; the standard pipeline overrides it to check before its enrichers.
     *
     * @param raw    a decoded, validated raw article
     * @param limits the limits the article is held to
     * @return the enriched article, as {@link #process(RawArticle)} returns it
     * @throws InvalidArticleException {@link io.newswire.model.RejectReason#BODY_TOO_LARGE} when the
     *                                 text of an HTML body is over the limit
     */
    default Article process(RawArticle raw, ArticleLimits limits) throws InvalidArticleException {
        Article article = process(raw);
        limits.checkExtractedText(raw, article.text());
        return article;
    }

    /**
     * Runs every stage over each raw article: the same articles as {@link #process(RawArticle)} gives
     * one by one, in the order of {@code raws}. This default does exactly that; the standard pipeline
     * overrides it to run stage by stage over the whole list, which costs less CPU an article where
     * articles come in batches (an offline run, a poll of records).
     *
     * @param raws decoded, validated raw articles
     * @return the enriched articles, in the order of {@code raws}
     */
    default List<Article> processAll(List<RawArticle> raws) {
        List<Article> out = new java.util.ArrayList<>(raws.size());
        for (RawArticle raw : raws) {
            out.add(process(raw));
        }
        return out;
    }
}
