package io.newswire.eval;

import io.newswire.enrich.api.Pipeline;
import io.newswire.enrich.api.PipelineOptions;
import io.newswire.enrich.api.Pipelines;
import io.newswire.enrich.api.Sequencer;
import io.newswire.enrich.duplicates.DuplicateIndex;
import io.newswire.enrich.duplicates.Signatures;
import io.newswire.enrich.duplicates.TextSignature;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Exact and near-duplicate detection, pairwise precision and recall of the groups it forms:
 * <ul>
 *   <li>BBC News: the gold groups are the files with identical content (98 groups in the corpus); each
 *   article's text (its file without the title line) goes through the same signatures and index the
 *   product uses, in a shuffled order.</li>
 *   <li>Reuters-21578, synthetic copies: for each story of a split with at least 60 words, with
 *   probability one half, one copy made by one of the transformations wire copy undergoes when it is
 *   republished (footer or byline added, a paragraph dropped, paragraphs reordered, quotes and dashes
 *   changed, truncation to 60%, truncation plus footer), all mixed with the unmodified stories and fed
 *   in a shuffled order. A gold group is a story and its copy. Reuters itself repeats some stories
 *   (corrections, re-sent items): predicted pairs of two different originals are reported apart,
 *   with how many of them are word-for-word repeats, and precision is given with and without them.
 *   SimHash at several Hamming distances is measured on the same set, for the choice of method.</li>
 * </ul>
 * Develop thresholds on TRAIN ({@code --split TRAIN --grid}); report TEST once.
 */
public final class DuplicatesEvaluation {

    private static final String[] TRANSFORMS = {"footer", "drop-paragraph", "reorder", "quotes-dashes",
            "truncate-60", "truncate-60+footer"};

    private DuplicatesEvaluation() {
    }

    /** Pairwise counts. */
    record Pairs(long truePositives, long predicted, long gold) {
        double precision() {
            return predicted == 0 ? 1 : (double) truePositives / predicted;
        }

        double recall() {
            return gold == 0 ? 1 : (double) truePositives / gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    public static void run(Path shared, String split, boolean grid, PrintStream out) throws IOException {
        Path bbc = shared.resolve("bbc");
        Path reuters = shared.resolve("reuters21578");
        if (!Files.isDirectory(bbc) && !Files.isDirectory(reuters)) {
            out.println("skipped: neither " + bbc + " nor " + reuters + " found");
            return;
        }
        if (Files.isDirectory(bbc)) {
            bbc(bbc, out);
        } else {
            out.println("skipped BBC: " + bbc + " not found");
        }
        if (Files.isDirectory(reuters) && Files.exists(reuters.resolve("reut2-000.sgm"))) {
            reuters(reuters, split, grid, out);
        } else {
            out.println("skipped Reuters-21578: " + reuters + " not found");
        }
    }

    // ---- BBC exact duplicates ----

    private static void bbc(Path dir, PrintStream out) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".txt") && !p.getFileName().toString().startsWith("README"))
                    .sorted().toList();
        }
        List<String> ids = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        Map<String, Integer> goldGroupOf = new HashMap<>();
        List<String> gold = new ArrayList<>();
        for (Path f : files) {
            String content = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
            String id = dir.relativize(f).toString();
            ids.add(id);
            int nl = content.indexOf('\n');
            texts.add(nl < 0 ? "" : content.substring(nl + 1));
            titles.add(nl < 0 ? content.strip() : content.substring(0, nl).strip());
            gold.add(Integer.toString(goldGroupOf.computeIfAbsent(content, c -> goldGroupOf.size())));
        }
        List<Integer> order = shuffled(ids.size(), 7);
        Signatures signatures = new Signatures();
        DuplicateIndex index = new DuplicateIndex();
        Map<String, String> exactGroup = new HashMap<>();
        Map<String, String> anyGroup = new HashMap<>();
        Map<String, String> storyOf = new HashMap<>();
        int seq = 0;
        for (int i : order) {
            TextSignature sig = signatures.of(texts.get(i));
            var match = index.find(sig);
            var entry = index.add(ids.get(i), null, Instant.ofEpochSecond(seq++), sig, match);
            anyGroup.put(ids.get(i), entry.canonicalId());
            storyOf.put(ids.get(i), entry.storyId());
            exactGroup.put(ids.get(i), match.filter(m -> m.kind() == DuplicateIndex.Kind.EXACT)
                    .map(DuplicateIndex.Match::canonicalId).orElse(ids.get(i)));
        }
        Map<String, String> goldById = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            goldById.put(ids.get(i), gold.get(i));
        }
        long groups = gold.stream().collect(java.util.stream.Collectors.groupingBy(g -> g,
                java.util.stream.Collectors.counting())).values().stream().filter(c -> c > 1).count();
        Pairs exact = pairs(ids, exactGroup, goldById);
        Map<String, java.util.Set<String>> storiesOfGold = new HashMap<>();
        Map<String, Integer> goldSize = new HashMap<>();
        for (String id : ids) {
            storiesOfGold.computeIfAbsent(goldById.get(id), k -> new java.util.HashSet<>()).add(storyOf.get(id));
            goldSize.merge(goldById.get(id), 1, Integer::sum);
        }
        long inOneStory = storiesOfGold.entrySet().stream()
                .filter(e -> goldSize.get(e.getKey()) > 1 && e.getValue().size() == 1).count();
        Pairs any = pairs(ids, anyGroup, goldById);
        out.printf(Locale.ROOT, "BBC News: %d articles, %d gold groups of exact duplicates (%d pairs)%n", ids.size(),
                groups, exact.gold());
        out.printf(Locale.ROOT, "  gold groups of exact duplicates falling in one story: %d of %d%n", inOneStory,
                groups);
        // the same order through newswire enrich's path: the standard pipeline, then its sequencer (duplicates,
        // then same-event stories), whose story id is what the contract's story field carries
        Pipeline pipeline = Pipelines.standard();
        Sequencer sequencer = Pipelines.sequencer(PipelineOptions.defaults().withSameEventStories(true));
        Map<String, java.util.Set<String>> enrichStoriesOfGold = new HashMap<>();
        java.util.Set<String> enrichStories = new java.util.HashSet<>();
        Map<String, String> enrichStoryOf = new HashMap<>();
        int t = 0;
        for (int i : order) {
            RawArticle raw = RawArticle.builder(texts.get(i)).id(ids.get(i)).title(titles.get(i))
                    .ingestedAt(Instant.ofEpochSecond(t++)).build();
            io.newswire.model.Article a = sequencer.sequence(pipeline.process(raw));
            String story = a.story() == null ? ids.get(i) : a.story().id();
            enrichStories.add(story);
            enrichStoryOf.put(ids.get(i), story);
            enrichStoriesOfGold.computeIfAbsent(gold.get(i), k -> new java.util.HashSet<>()).add(story);
        }
        long enrichInOne = enrichStoriesOfGold.entrySet().stream()
                .filter(e -> goldSize.get(e.getKey()) > 1 && e.getValue().size() == 1).count();
        out.printf(Locale.ROOT, "  the same through newswire enrich's sequencer (duplicates, then same-event stories): "
                + "%d of %d gold groups in one story; %d stories over %d articles%n", enrichInOne, groups,
                enrichStories.size(), ids.size());
        // no event gold in BBC, but a story spanning two of its sections (business, sport, ...) is surely wrong
        Map<String, Map<String, Long>> sections = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            String section = ids.get(i).contains("/") ? ids.get(i).substring(0, ids.get(i).indexOf('/')) : "";
            sections.computeIfAbsent(enrichStoryOf.get(ids.get(i)), k -> new HashMap<>()).merge(section, 1L, Long::sum);
        }
        long storyPairs = 0;
        long crossPairs = 0;
        for (Map<String, Long> row : sections.values()) {
            long n = row.values().stream().mapToLong(Long::longValue).sum();
            long same = row.values().stream().mapToLong(c -> c * (c - 1) / 2).sum();
            storyPairs += n * (n - 1) / 2;
            crossPairs += n * (n - 1) / 2 - same;
        }
        out.printf(Locale.ROOT, "  pairs of articles in one story: %d, of which %d span two BBC sections (surely wrong)%n",
                storyPairs, crossPairs);
        out.printf(Locale.ROOT, "  exact (fingerprint)   precision %.4f  recall %.4f  (%d of %d predicted pairs right)%n",
                exact.precision(), exact.recall(), exact.truePositives(), exact.predicted());
        Map<String, String> textById = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            textById.put(ids.get(i), texts.get(i).replaceAll("\\s+", " ").trim());
        }
        long sameBody = 0;
        long beyond = 0;
        Map<String, List<String>> members = new HashMap<>();
        exactGroup.forEach((id, g) -> members.computeIfAbsent(g, k -> new ArrayList<>()).add(id));
        for (List<String> m : members.values()) {
            for (int a = 0; a < m.size(); a++) {
                for (int b = a + 1; b < m.size(); b++) {
                    if (!goldById.get(m.get(a)).equals(goldById.get(m.get(b)))) {
                        beyond++;
                        if (textById.get(m.get(a)).equals(textById.get(m.get(b)))) {
                            sameBody++;
                        }
                    }
                }
            }
        }
        out.printf(Locale.ROOT, "    exact pairs beyond the gold: %d, of which %d have the very same body under another "
                + "headline (the gold groups whole files, headline included); precision counting those right: %.4f%n",
                beyond, sameBody, (double) (exact.truePositives() + sameBody) / Math.max(1, exact.predicted()));
        out.printf(Locale.ROOT, "  exact + near          precision %.4f  recall %.4f  (%d predicted pairs)%n",
                any.precision(), any.recall(), any.predicted());
    }

    // ---- Reuters-21578 synthetic near duplicates ----

    private static void reuters(Path dir, String split, boolean grid, PrintStream out) throws IOException {
        List<Reuters21578.Story> stories = Reuters21578.read(dir).stream()
                .filter(s -> s.split().equals(split) && s.body() != null && words(s.body()) >= 60).toList();
        Random random = new Random(42);
        List<String> ids = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        Map<String, String> gold = new HashMap<>();
        Map<String, String> transformOf = new HashMap<>();
        Map<String, String> originalOf = new HashMap<>();
        for (Reuters21578.Story s : stories) {
            String id = "r" + s.newId();
            ids.add(id);
            texts.add(s.body());
            gold.put(id, id);
            originalOf.put(id, id);
            if (random.nextBoolean()) {
                String t = TRANSFORMS[random.nextInt(TRANSFORMS.length)];
                String copyId = id + "-" + t;
                ids.add(copyId);
                texts.add(transform(s.body(), t, random));
                gold.put(copyId, id);
                transformOf.put(copyId, t);
                originalOf.put(copyId, id);
            }
        }
        Map<String, String> textById = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            textById.put(ids.get(i), texts.get(i));
        }
        out.printf(Locale.ROOT, "Reuters-21578 %s: %d stories of >= 60 words, %d synthetic copies, %d texts%n", split,
                stories.size(), transformOf.size(), ids.size());
        List<Integer> order = shuffled(ids.size(), 11);
        Signatures signatures = new Signatures(Signatures.DEFAULT_BINS, Signatures.DEFAULT_SHINGLE, true);
        List<TextSignature> sigs = new ArrayList<>();
        long start = System.nanoTime();
        for (String text : texts) {
            sigs.add(signatures.of(text));
        }
        long nanos = System.nanoTime() - start;
        out.printf(Locale.ROOT, "  signatures incl. SimHash: %.1f µs per text on one thread (indicative; JMH measures "
                + "the stage)%n", nanos / 1000.0 / texts.size());

        if (grid) {
            for (double nt : new double[] {0, 0.5, 0.8}) {
                for (double j : new double[] {0.4, 0.5, 0.6}) {
                    for (double c : new double[] {0.7, 0.8, 0.9}) {
                        Result r = minhash(ids, sigs, order, gold, originalOf, textById, new DuplicateIndex(j, c, nt));
                        out.printf(Locale.ROOT, "  grid numbers>=%.1f jaccard>=%.2f containment>=%.2f  P %.4f  "
                                + "P-without-repeats %.4f  R %.4f%n", nt, j, c, r.all().precision(),
                                r.precisionWithoutRepeats(), r.all().recall());
                    }
                }
            }
        }
        DuplicateIndex standard = new DuplicateIndex();
        Result r = minhash(ids, sigs, order, gold, originalOf, textById, standard);
        out.printf(Locale.ROOT, "  MinHash+LSH (jaccard >= %.2f or containment >= %.2f): precision %.4f  recall %.4f  "
                + "F1 %.4f  (%d pairs predicted, %d gold)%n", standard.jaccardThreshold(),
                standard.containmentThreshold(), r.all().precision(), r.all().recall(), r.all().f1(),
                r.all().predicted(), r.all().gold());
        out.printf(Locale.ROOT, "    predicted pairs of two different Reuters stories: %d, of which %d word-for-word "
                + "re-sends in the corpus itself (exact word 4-shingle sets, not the sketch: Jaccard >= 0.5 or "
                + "containment >= 0.7); precision counting those right: %.4f%n",
                r.crossOriginal(), r.crossOriginalRepeats(), r.precisionWithoutRepeats());
        for (String t : TRANSFORMS) {
            long n = transformOf.values().stream().filter(t::equals).count();
            long found = transformOf.entrySet().stream().filter(e -> e.getValue().equals(t))
                    .filter(e -> r.groups().get(e.getKey()).equals(r.groups().get(originalOf.get(e.getKey())))).count();
            out.printf(Locale.ROOT, "    recall %-20s %.4f  (%d of %d)%n", t, (double) found / Math.max(1, n), found, n);
        }
        int shown = 0;
        for (String[] fp : r.falsePairs()) {
            if (shown++ >= 12) {
                break;
            }
            out.printf(Locale.ROOT, "    pair of different stories %s ~ %s (jaccard %.2f, figures shared %.2f)%n", fp[0],
                    fp[1], sigs.get(ids.indexOf(fp[0])).jaccard(sigs.get(ids.indexOf(fp[1]))),
                    sigs.get(ids.indexOf(fp[0])).numbersShared(sigs.get(ids.indexOf(fp[1]))));
        }

        // SimHash on the same texts: exhaustive pairwise Hamming distances.
        for (int k : new int[] {3, 6, 10, 14}) {
            long tp = 0;
            long predicted = 0;
            for (int a = 0; a < ids.size(); a++) {
                for (int b = a + 1; b < ids.size(); b++) {
                    if (sigs.get(a).simHashDistance(sigs.get(b)) <= k) {
                        predicted++;
                        if (gold.get(ids.get(a)).equals(gold.get(ids.get(b)))) {
                            tp++;
                        }
                    }
                }
            }
            Pairs p = new Pairs(tp, predicted, r.all().gold());
            out.printf(Locale.ROOT, "  SimHash 64-bit, distance <= %2d: precision %.4f  recall %.4f  F1 %.4f%n", k,
                    p.precision(), p.recall(), p.f1());
        }
    }

    record Result(Pairs all, Map<String, String> groups, long crossOriginal, long crossOriginalRepeats,
            List<String[]> falsePairs) {
        double precisionWithoutRepeats() {
            return (double) all.truePositives() / Math.max(1, all.predicted() - crossOriginalRepeats);
        }
    }

    private static Result minhash(List<String> ids, List<TextSignature> sigs, List<Integer> order,
            Map<String, String> gold, Map<String, String> originalOf, Map<String, String> texts, DuplicateIndex index) {
        Map<String, String> group = new LinkedHashMap<>();
        Map<String, TextSignature> sigById = new HashMap<>();
        int seq = 0;
        for (int i : order) {
            TextSignature sig = sigs.get(i);
            sigById.put(ids.get(i), sig);
            var entry = index.add(ids.get(i), null, Instant.ofEpochSecond(seq++), sig, index.find(sig));
            group.put(ids.get(i), entry.canonicalId());
        }
        Pairs all = pairs(ids, group, gold);
        Map<String, List<String>> members = new HashMap<>();
        group.forEach((id, g) -> members.computeIfAbsent(g, k -> new ArrayList<>()).add(id));
        long cross = 0;
        long repeats = 0;
        List<String[]> wrong = new ArrayList<>();
        for (List<String> m : members.values()) {
            for (int a = 0; a < m.size(); a++) {
                for (int b = a + 1; b < m.size(); b++) {
                    String x = m.get(a);
                    String y = m.get(b);
                    if (gold.get(x).equals(gold.get(y))) {
                        continue;
                    }
                    cross++;
                    if (resent(texts.get(originalOf.get(x)), texts.get(originalOf.get(y)))) {
                        repeats++;
                    } else {
                        wrong.add(new String[] {x, y});
                    }
                }
            }
        }
        return new Result(all, group, cross, repeats, wrong);
    }

    private static Pairs pairs(List<String> ids, Map<String, String> predictedGroup, Map<String, String> goldGroup) {
        Map<String, Map<String, Long>> cells = new HashMap<>();
        for (String id : ids) {
            cells.computeIfAbsent(predictedGroup.get(id), k -> new HashMap<>()).merge(goldGroup.get(id), 1L, Long::sum);
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
        Map<String, Long> goldSizes = new HashMap<>();
        for (String id : ids) {
            goldSizes.merge(goldGroup.get(id), 1L, Long::sum);
        }
        long gold = goldSizes.values().stream().mapToLong(n -> n * (n - 1) / 2).sum();
        return new Pairs(tp, predicted, gold);
    }

    static String transform(String body, String kind, Random random) {
        List<String> paragraphs = new ArrayList<>(List.of(body.split("\n {2,}")));
        switch (kind) {
            case "footer" -> {
                return (random.nextBoolean() ? "By Staff Writers\n\n" : "") + body
                        + "\n\n(Reporting by the newsdesk; editing by the copy desk) Follow us for more business news.";
            }
            case "drop-paragraph" -> {
                if (paragraphs.size() > 2) {
                    paragraphs.remove(1 + random.nextInt(paragraphs.size() - 1));
                } else {
                    return body.substring(0, (int) (body.length() * 0.8));
                }
                return String.join("\n\n", paragraphs);
            }
            case "reorder" -> {
                if (paragraphs.size() > 2) {
                    List<String> tail = new ArrayList<>(paragraphs.subList(1, paragraphs.size()));
                    Collections.shuffle(tail, random);
                    return paragraphs.get(0) + "\n\n" + String.join("\n\n", tail);
                }
                return body.replace("\n", " ");
            }
            case "quotes-dashes" -> {
                return body.replace("\"", random.nextBoolean() ? "\u201C" : "'").replace(" - ", " \u2014 ")
                        .replace("--", "\u2013").replace("  ", " ");
            }
            case "truncate-60" -> {
                return truncate(body, 0.6);
            }
            case "truncate-60+footer" -> {
                return truncate(body, 0.6) + "\n\nRead the full story on our website. Subscribe to our newsletter.";
            }
            default -> throw new IllegalArgumentException(kind);
        }
    }

    private static String truncate(String body, double share) {
        int cut = (int) (body.length() * share);
        int sentence = body.lastIndexOf(". ", cut);
        return body.substring(0, sentence > body.length() / 3 ? sentence + 1 : cut);
    }

    /**
     * Whether two original stories are the same story sent twice (a correction, an edited re-send),
     * judged on their exact word 4-shingle sets rather than on the sketches under test.
     */
    static boolean resent(String a, String b) {
        java.util.Set<String> x = shingles(a);
        java.util.Set<String> y = shingles(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        long common = x.stream().filter(y::contains).count();
        double jaccard = (double) common / (x.size() + y.size() - common);
        double containment = (double) common / Math.min(x.size(), y.size());
        return jaccard >= 0.5 || containment >= 0.7;
    }

    private static java.util.Set<String> shingles(String text) {
        String[] w = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        java.util.Set<String> out = new java.util.HashSet<>();
        for (int i = 0; i + 4 <= w.length; i++) {
            out.add(w[i] + ' ' + w[i + 1] + ' ' + w[i + 2] + ' ' + w[i + 3]);
        }
        return out;
    }

    private static int words(String s) {
        return s.trim().split("\\s+").length;
    }

    private static List<Integer> shuffled(int n, long seed) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        return order;
    }
}
