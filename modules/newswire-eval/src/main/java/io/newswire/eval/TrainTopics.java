package io.newswire.eval;

import io.newswire.enrich.text.LinearModel;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds the optional topic model: a {@link LinearModel} over AG News and BBC, their classes
 * mapped to IPTC by {@code iptc-mapping.tsv} (AG "World" stays a class of its own). Both sets are
 * research / non-commercial only, so the model is never committed: a user who holds the data builds
 * it and enables it with the setting {@code newswire.topics.model.file=FILE} (or {@code newswire enrich
 * --topics-model FILE}).
 */
public final class TrainTopics {

    /** The model's classes: AG "World" and the five IPTC subjects the two sets label. */
    public static final List<String> CLASSES = List.of("world", "medtop:15000000", "medtop:04000000",
            "medtop:13000000", "medtop:01000000", "medtop:11000000");

    private TrainTopics() {
    }

    public static int run(Path data, Path output, int epochs, PrintStream out) throws IOException {
        Path ag = data.resolve("ag_news");
        Path bbc = data.resolve("bbc");
        if (!Files.exists(ag.resolve("test.csv")) && !Files.isDirectory(bbc)) {
            out.println("skipped: neither " + ag.resolve("test.csv") + " nor " + bbc + " exists");
            return 0;
        }
        Map<String, Map<String, String>> map = TopicsEvaluation.mapping();
        List<LinearTopicTrainer.Example> examples = new ArrayList<>();
        if (Files.exists(ag.resolve("test.csv"))) {
            examples.addAll(LinearTopicTrainer.examples(TopicData.agNews(ag), CLASSES, map.get("ag_news")::get,
                    LinearTopicTrainer.DEFAULT_BUCKETS, LinearTopicTrainer.TOPICS_FEATURES));
        }
        if (Files.isDirectory(bbc)) {
            examples.addAll(LinearTopicTrainer.examples(TopicData.bbc(bbc), CLASSES, map.get("bbc")::get,
                    LinearTopicTrainer.DEFAULT_BUCKETS, LinearTopicTrainer.TOPICS_FEATURES));
        }
        long t0 = System.nanoTime();
        LinearModel model = LinearTopicTrainer.train(examples, CLASSES, LinearTopicTrainer.DEFAULT_BUCKETS,
                epochs, LinearTopicTrainer.TOPICS_RATE, 13).withFeatureSet(LinearTopicTrainer.TOPICS_FEATURES);
        if (output.getParent() != null) {
            Files.createDirectories(output.getParent());
        }
        try (OutputStream o = Files.newOutputStream(output)) {
            model.write(o);
        }
        out.printf("trained on %d examples in %.1f s; wrote %s (%d bytes); enable with the setting "
                + "newswire.topics.model.file=%s%n", examples.size(), (System.nanoTime() - t0) / 1e9, output,
                Files.size(output), output.toAbsolutePath());
        return 0;
    }
}
