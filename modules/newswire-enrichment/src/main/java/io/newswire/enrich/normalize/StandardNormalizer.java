package io.newswire.enrich.normalize;

import io.newswire.enrich.api.Normalizer;
import io.newswire.model.Article;
import io.newswire.model.ArticleIds;
import io.newswire.model.RawArticle;
import io.newswire.model.Source;
import java.time.Instant;

/** The standard normalization stage. */
public final class StandardNormalizer implements Normalizer {

    @Override
    public Article normalize(RawArticle raw, Instant referenceTime) {
        Source source = raw.source();
        String domain = ArticleIds.domain(raw.url()).orElse(null);
        if (source == null) {
            source = new Source(null, domain);
        } else if (source.domain() == null) {
            source = new Source(source.name(), domain);
        }
        return Article.builder(raw.id(), raw.body().strip(), "")
                .url(raw.url())
                .source(source)
                .title(raw.title())
                .build();
    }
}
