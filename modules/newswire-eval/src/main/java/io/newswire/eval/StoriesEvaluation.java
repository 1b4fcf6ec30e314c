package io.newswire.eval;

import io.newswire.enrich.api.Pipeline;
import io.newswire.enrich.api.Pipelines;
import io.newswire.enrich.stories.StoryClusterer;
import io.newswire.model.Article;
import io.newswire.model.RawArticle;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Story clustering on ECB+ (Cybulska and Vossen 2014): every topic holds articles about two different
 * events of one kind (two earthquakes, two rehab check-ins), so a gold story is topic x {@code
 * ecb}/{@code ecbplus}. The articles go through the standard pipeline (for their entities and places),
 * then through {@link StoryClusterer} (average linkage over a story's recent members, a pair model over
 * word and entity cosines and agreement of salient persons, places, organisations, numbers, countries,
 * event days and casualty figures; word document frequencies warm from the shipped background table) in a
 * shuffled order, with no publication time and ingest times one
 * second apart (ECB+ has no dates). Pairwise precision, recall and F1 of the story ids against the gold
 * stories; the standard split's train topics to develop ({@code --grid}), dev topics to report; the test
 * topics 36-45 are held out of the shared data.
 */
public final class StoriesEvaluation {

    /** The standard ECB+ split (Cybulska and Vossen 2015; Barhom et al. 2019). */
    static final Set<Integer> DEV = Set.of(2, 5, 12, 18, 21, 23, 34, 35);
    static final Set<Integer> TEST = Set.of(36, 37, 38, 39, 40, 41, 42, 43, 44, 45);

    /** Arrival orders, besides the standard one, over which the figures are also averaged. */
    static final int ORDERS = 5;

    private static double mean(double[] v) {
        return java.util.Arrays.stream(v).average().orElse(Double.NaN);
    }

    private static double min(double[] v) {
        return java.util.Arrays.stream(v).min().orElse(Double.NaN);
    }

    private static double max(double[] v) {
        return java.util.Arrays.stream(v).max().orElse(Double.NaN);
    }

    private static final Pattern TOKEN = Pattern.compile("<token [^>]*sentence=\"(\\d+)\"[^>]*>([^<]*)</token>");

    private StoriesEvaluation() {
    }

    record Doc(String id, String gold, Article article) {
    }

    /**
     * Refits the pair model and sweeps the thresholds ({@link StoriesFit}): what {@link
     * StoryClusterer.Settings#STANDARD} was made from, reproducible; reads the train and dev topics.
     */
    public static void fit(Path shared, PrintStream out) throws IOException {
        Path dir = shared.resolve("ecb_plus").resolve("ECB+");
        if (!Files.isDirectory(dir)) {
            out.println("skipped: " + dir + " not found");
            return;
        }
        StoriesFit.run(read(dir, "train"), read(dir, "dev"), out);
    }

    public static void run(Path shared, String split, boolean grid, PrintStream out) throws IOException {
        Path dir = shared.resolve("ecb_plus").resolve("ECB+");
        if (!Files.isDirectory(dir)) {
            out.println("skipped: " + dir + " not found");
            return;
        }
        List<Doc> docs = read(dir, split);
        if (docs.isEmpty()) {
            out.println("skipped: no " + split + " topics under " + dir);
            return;
        }
        long topics = docs.stream().map(d -> d.gold().substring(0, d.gold().indexOf('/'))).distinct().count();
        long stories = docs.stream().map(Doc::gold).distinct().count();
        out.printf(Locale.ROOT, "ECB+ %s: %d articles, %d topics, %d gold stories%n", split, docs.size(), topics,
                stories);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(11));
        if (grid) {
            for (int k : new int[] {4, 8, 16}) {
                for (double t : new double[] {0.25, 0.3, 0.35, 0.4, 0.5}) {
                    StoryClusterer.Settings s = StoryClusterer.Settings.STANDARD.withThreshold(t).withMembers(k);
                    Result r = cluster(docs, order, s);
                    out.printf(Locale.ROOT, "  members %d threshold %.2f: precision %.4f recall %.4f F1 %.4f"
                            + " (%d stories)%n", k, t, r.pairs().precision(), r.pairs().recall(), r.pairs().f1(),
                            r.stories());
                }
            }
        }
        cluster(docs, order, StoryClusterer.Settings.STANDARD);
        long t0 = System.nanoTime();
        Result r = cluster(docs, order, StoryClusterer.Settings.STANDARD);
        long micros = (System.nanoTime() - t0) / 1_000 / docs.size();
        out.printf(Locale.ROOT, "  standard (threshold %.2f, %d recent members): precision %.4f  recall %.4f  F1 %.4f"
                        + "  (%d predicted stories, %d pairs predicted, %d gold pairs)%n",
                StoryClusterer.Settings.STANDARD.threshold(), StoryClusterer.Settings.STANDARD.members(),
                r.pairs().precision(), r.pairs().recall(), r.pairs().f1(), r.stories(), r.pairs().predicted(), r.pairs().gold());
        out.printf(Locale.ROOT, "  %d µs per article for features and assignment on one thread (second run; "
                + "indicative)%n", micros);
        // an online clusterer's answers depend on the arrival order: the same articles in five other orders
        double[] p = new double[ORDERS];
        double[] rc = new double[ORDERS];
        double[] f1 = new double[ORDERS];
        for (int seed = 1; seed <= ORDERS; seed++) {
            List<Integer> other = new ArrayList<>(order);
            Collections.sort(other);
            Collections.shuffle(other, new Random(seed));
            Result o = cluster(docs, other, StoryClusterer.Settings.STANDARD);
            p[seed - 1] = o.pairs().precision();
            rc[seed - 1] = o.pairs().recall();
            f1[seed - 1] = o.pairs().f1();
        }
        out.printf(Locale.ROOT, "  over %d other orders (seeds 1-%d), mean [min, max]: precision %.4f [%.4f, %.4f]"
                + "  recall %.4f [%.4f, %.4f]  F1 %.4f [%.4f, %.4f]%n", ORDERS, ORDERS, mean(p), min(p), max(p),
                mean(rc), min(rc), max(rc), mean(f1), min(f1), max(f1));
        // where the errors are: per gold topic, pairs of its two events merged, and stories split
        Map<String, long[]> perTopic = new TreeMap<>();
        for (int a = 0; a < docs.size(); a++) {
            for (int b = a + 1; b < docs.size(); b++) {
                Doc x = docs.get(a);
                Doc y = docs.get(b);
                boolean same = r.story().get(x.id()).equals(r.story().get(y.id()));
                boolean gold = x.gold().equals(y.gold());
                String topic = x.gold().substring(0, x.gold().indexOf('/'));
                if (same && !gold) {
                    perTopic.computeIfAbsent(topic + (topic.equals(y.gold().substring(0, y.gold().indexOf('/')))
                            ? " (its two events merged)" : " (with another topic)"), k -> new long[2])[0]++;
                } else if (!same && gold) {
                    perTopic.computeIfAbsent(topic + " (split)", k -> new long[2])[1]++;
                }
            }
        }
        perTopic.forEach((k, v) -> out.printf(Locale.ROOT, "    topic %s: %d wrong pairs merged, %d gold pairs split%n",
                k, v[0], v[1]));
    }

    /** Pairwise counts (precision, recall and F1 as the duplicates evaluation scores them) and the stories made. */
    record Result(DuplicatesEvaluation.Pairs pairs, int stories, Map<String, String> story) {
    }

    static Result cluster(List<Doc> docs, List<Integer> order, StoryClusterer.Settings settings) {
        StoryClusterer clusterer = new StoryClusterer(settings);
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        Map<String, String> story = new HashMap<>();
        int seq = 0;
        for (int i : order) {
            Doc d = docs.get(i);
            StoryClusterer.Assignment a = clusterer.assign(d.id(), t0.plusSeconds(seq++),
                    StoryClusterer.features(d.article()));
            story.put(d.id(), a.storyId());
        }
        Map<String, Map<String, Long>> cells = new HashMap<>();
        Map<String, Long> goldSizes = new HashMap<>();
        for (Doc d : docs) {
            cells.computeIfAbsent(story.get(d.id()), k -> new HashMap<>()).merge(d.gold(), 1L, Long::sum);
            goldSizes.merge(d.gold(), 1L, Long::sum);
        }
        long tp = 0;
        long predicted = 0;
        for (Map<String, Long> row : cells.values()) {
            long n = row.values().stream().mapToLong(Long::longValue).sum();
            predicted += n * (n - 1) / 2;
            for (long c : row.values()) {
                tp += c * (c - 1) / 2;
            }
        }
        long gold = goldSizes.values().stream().mapToLong(n -> n * (n - 1) / 2).sum();
        return new Result(new DuplicatesEvaluation.Pairs(tp, predicted, gold), cells.size(), story);
    }

    static List<Doc> read(Path dir, String split) throws IOException {
        Pipeline pipeline = Pipelines.standard();
        List<Doc> docs = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(f -> f.toString().endsWith(".xml")).sorted().toList();
        }
        for (Path f : files) {
            int topic = Integer.parseInt(f.getParent().getFileName().toString());
            boolean dev = DEV.contains(topic);
            boolean test = TEST.contains(topic);
            boolean wanted = switch (split.toLowerCase(Locale.ROOT)) {
                case "train" -> !dev && !test;
                case "dev" -> dev;
                case "test" -> test;
                default -> throw new IllegalArgumentException("split: train, dev or test, not " + split);
            };
            if (!wanted) {
                continue;
            }
            String name = f.getFileName().toString();
            String gold = topic + "/" + (name.endsWith("ecbplus.xml") ? "ecbplus" : "ecb");
            String body = text(Files.readString(f, StandardCharsets.UTF_8));
            RawArticle raw = RawArticle.builder(body).id(name).build();
            docs.add(new Doc(name, gold, pipeline.process(raw)));
        }
        return docs;
    }

    /** The article's text: its tokens joined by spaces, one line per sentence. */
    static String text(String xml) {
        StringBuilder sb = new StringBuilder(xml.length() / 4);
        Matcher m = TOKEN.matcher(xml);
        String sentence = null;
        while (m.find()) {
            if (sentence != null && !sentence.equals(m.group(1))) {
                sb.append('\n');
            } else if (sentence != null) {
                sb.append(' ');
            }
            sentence = m.group(1);
            sb.append(m.group(2).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                    .replace("&quot;", "\"").replace("&apos;", "'"));
        }
        return sb.toString();
    }
}
