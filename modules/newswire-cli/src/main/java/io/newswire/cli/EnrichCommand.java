package io.newswire.cli;

import io.newswire.enrich.api.Pipeline;
import io.newswire.enrich.api.PipelineOptions;
import io.newswire.enrich.api.Pipelines;
import io.newswire.enrich.api.Sequencer;
import io.newswire.ingest.ArticleReader;
import io.newswire.ingest.IngestItem;
import io.newswire.ingest.ReadFailure;
import io.newswire.model.Article;
import io.newswire.model.ArticleLimits;
import io.newswire.model.InvalidArticleException;
import io.newswire.model.Json;
import io.newswire.model.RawArticle;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "enrich", mixinStandardHelpOptions = true,
        description = "Offline enrichment without Kafka, through exactly the code the streams app runs: reads the "
                + "same inputs as ingest and writes enriched JSON lines. Rejected records are reported on stderr "
                + "with their reason; exit code 1 when any was rejected or unreadable. Duplicates and stories "
                + "(duplicateOf, story) are decided over the input in its order, with the state in memory.")
final class EnrichCommand implements Callable<Integer> {

    /** Articles a {@link Pipeline#processAll} call: enough to keep a stage warm, few enough to hold in memory. */
    private static final int BATCH = 32;

    @Option(names = {"-i", "--input"}, defaultValue = "-", paramLabel = "FILE|DIR|-",
            description = "Input file or directory, or - for stdin (default).")
    String input;

    @Option(names = {"-o", "--output"}, defaultValue = "-", paramLabel = "FILE|-",
            description = "Output file of JSON lines, or - for stdout (default).")
    String output;

    @Option(names = "--pretty", description = "Pretty-print each article instead of one JSON line.")
    boolean pretty;

    @Option(names = "--aliases", paramLabel = "FILE",
            description = "Extend the entity alias table with this file (same format and effect as the pipeline's "
                    + "newswire.entities.aliases.file setting).")
    Path aliases;

    @Option(names = "--topics-model", paramLabel = "FILE",
            description = "Add this model from `newswire train topics` to the topics lexicon (same as the pipeline's "
                    + "newswire.topics.model.file setting).")
    Path topicsModel;

    @Option(names = "--ner-model", paramLabel = "LANG=FILE",
            description = "Tag the paragraphs of articles in language LANG (two letters, not en) that are not English "
                    + "with this model from `newswire train ner --language LANG`; repeatable (same as the "
                    + "pipeline's newswire.entities.ner.models setting).")
    Map<String, Path> nerModels = new LinkedHashMap<>();

    @Option(names = "--same-event-stories", negatable = true,
            description = "story = the same-event story (reports of one event in different words, the story "
                    + "clusterer; what the streams app gives with newswire.duplicates.same.event.stories=true), "
                    + "or with --no-same-event-stories only the group of copies. Default: the library's "
                    + "(PipelineOptions.defaults(), docs/STORIES.md).")
    Boolean sameEventStories;

    /** The option's value, or the library's default when not given. */
    boolean sameEventStories() {
        return sameEventStories != null ? sameEventStories : PipelineOptions.defaults().sameEventStories();
    }

    @Override
    public Integer call() throws IOException {
        for (String language : nerModels.keySet()) {
            if (!language.matches("[a-z]{2}") || language.equals("en")) {
                System.err.printf("enrich: --ner-model %s: not a two-letter language code other than en%n", language);
                return 2;
            }
        }
        Pipeline pipeline;
        try {
            pipeline = Pipelines.standard(PipelineOptions.defaults().withEntityAliasesFile(aliases)
                    .withTopicsModelFile(topicsModel).withNerModelFiles(nerModels));
        } catch (UncheckedIOException | IllegalArgumentException e) {
            // Only the user's files can fail here; the message is the file's.
            List<String> given = new ArrayList<>();
            if (aliases != null) {
                given.add("--aliases " + aliases);
            }
            if (topicsModel != null) {
                given.add("--topics-model " + topicsModel);
            }
            nerModels.forEach((language, file) -> given.add("--ner-model " + language + "=" + file));
            System.err.printf("enrich: %s: %s%n", String.join(" / ", given), e.getMessage());
            return 2;
        }
        // one state over the whole input, in its order: what the streams app's sequencer task does over
        // its single-partition topic (docs/STORIES.md)
        Sequencer sequencer = Pipelines.sequencer(PipelineOptions.defaults().withSameEventStories(sameEventStories()));
        ArticleLimits limits = ArticleLimits.DEFAULT;
        List<IngestItem> items = new ArrayList<>();
        List<ReadFailure> failures = new ArticleReader(Clock.systemUTC(), limits).read(input, items::add);
        failures.forEach(f -> System.err.printf("enrich: cannot read %s: %s%n", f.path(), f.reason()));
        int rejected = 0;
        int written = 0;
        try (Writer out = output.equals("-")
                ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                : Files.newBufferedWriter(Path.of(output), StandardCharsets.UTF_8)) {
            // Stage by stage over lists of BATCH articles (Pipeline.processAll): each stage's tables and code
            // stay in the processor's caches from one article to the next (s40, docs/BENCHMARKS.md). The
            // output, its order and each rejection are those of one article at a time.
            for (int from = 0; from < items.size(); from += BATCH) {
                List<IngestItem> chunk = items.subList(from, Math.min(items.size(), from + BATCH));
                List<RawArticle> raws = new ArrayList<>(chunk.size());
                InvalidArticleException[] undecodable = new InvalidArticleException[chunk.size()];
                for (int i = 0; i < chunk.size(); i++) {
                    try {
                        raws.add(Json.decodeRaw(chunk.get(i).value(), limits));
                    } catch (InvalidArticleException e) {
                        undecodable[i] = e;
                    }
                }
                List<Article> enriched = pipeline.processAll(raws);
                int next = 0;
                for (int i = 0; i < chunk.size(); i++) {
                    try {
                        if (undecodable[i] != null) {
                            throw undecodable[i];
                        }
                        RawArticle raw = raws.get(next);
                        Article article = enriched.get(next++);
                        // the check process(raw, limits) makes before its enrichers; they never change the text
                        limits.checkExtractedText(raw, article.text());
                        article = sequencer.sequence(article);
                        out.write(pretty ? Json.toPrettyJson(article) : Json.toJson(article));
                        out.write('\n');
                        written++;
                    } catch (InvalidArticleException e) {
                        rejected++;
                        System.err.printf("enrich: rejected %s: %s (%s)%n", chunk.get(i).origin(), e.reason(), e.getMessage());
                    }
                }
            }
        }
        System.err.printf("enrich: %d enriched, %d rejected, %d unreadable%n", written, rejected, failures.size());
        return rejected == 0 && failures.isEmpty() ? 0 : 1;
    }
}
