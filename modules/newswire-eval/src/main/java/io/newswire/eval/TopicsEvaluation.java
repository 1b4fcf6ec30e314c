package io.newswire.eval;

import io.newswire.enrich.topics.Iptc;
import io.newswire.enrich.text.LinearModel;
import io.newswire.enrich.topics.TopicsEnricher;
import io.newswire.enrich.events.EventsEnricher;
import io.newswire.model.Article;
import io.newswire.model.Event;
import io.newswire.model.Language;
import io.newswire.model.Topic;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Topics on labelled news, each set mapped to IPTC by {@code iptc-mapping.tsv}:
 *
 * <ul>
 *   <li>the shipped stage (lexicon only) on AG News (7,600, its test file), BBC (2,127 without
 *   duplicates), MasakhaNEWS French dev (211) and our hand-labelled set (410; top-1 accuracy, a
 *   subject's recall = share of its items that list it);</li>
 *   <li>the trained linear model ({@link LinearTopicTrainer}): AG News 5-fold cross-validation over
 *   its test file (the only AG split we have, so a held-out fold stands in for the official test),
 *   BBC trained on 4/5 and tested on the held-out fifth (a stable hash of the file name);</li>
 *   <li>the stage with a model trained on AG News and BBC minus every item of the labelled set, on
 *   the labelled set.</li>
 * </ul>
 *
 * Accuracy and macro-F1 per set; skips with a message when a folder is missing.
 */
public final class TopicsEvaluation {

    private TopicsEvaluation() {
    }

    /** dataset -> its class -> IPTC code (or "world"). */
    static Map<String, Map<String, String>> mapping() throws IOException {
        Map<String, Map<String, String>> out = new HashMap<>();
        try (InputStream in = TopicsEvaluation.class.getResourceAsStream("iptc-mapping.tsv");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                out.computeIfAbsent(f[0], k -> new LinkedHashMap<>()).put(f[1], f[2]);
            }
        }
        return out;
    }

    /** AG News's class for a predicted IPTC subject (see the mapping file's scoring note). */
    static String agClass(String code) {
        if (code == null) {
            return "(none)";
        }
        return switch (code) {
            case "medtop:15000000" -> "Sports";
            case "medtop:04000000" -> "Business";
            case "medtop:13000000", "medtop:07000000", "medtop:06000000" -> "Sci/Tech";
            default -> "World";
        };
    }

    public static int run(Path data, PrintStream out) throws IOException {
        Map<String, Map<String, String>> map = mapping();
        TopicsEnricher lexicon = new TopicsEnricher(null);
        Path ag = data.resolve("ag_news");
        Path bbc = data.resolve("bbc");
        Path masakha = data.resolve("masakhanews_fra");
        wireStories(lexicon, out);
        ecbPlus(data.resolve("ecb_plus"), lexicon, out);
        corpora(data, lexicon, out);
        List<TopicData.Item> agItems = Files.exists(ag.resolve("test.csv")) ? TopicData.agNews(ag) : List.of();
        List<TopicData.Item> bbcItems = Files.isDirectory(bbc) ? TopicData.bbc(bbc) : List.of();
        if (agItems.isEmpty()) {
            out.println("skipped: AG News: no " + ag.resolve("test.csv"));
        } else {
            out.println("== AG News (" + agItems.size() + " rows of test.csv), 4 classes");
            Scores s = new Scores(TopicData.AG_CLASSES);
            for (TopicData.Item it : agItems) {
                List<Topic> t = lexicon.topics(it.title(), it.text());
                s.add(it.label(), agClass(t.isEmpty() ? null : t.get(0).code()));
            }
            s.print("shipped lexicon (zero-shot, subjects mapped to AG classes)", out);
            crossValidate(agItems, map.get("ag_news"), out);
        }
        if (bbcItems.isEmpty()) {
            out.println("skipped: BBC: no " + bbc);
        } else {
            Map<String, String> m = map.get("bbc");
            out.println("== BBC (" + bbcItems.size() + " articles without duplicates), 5 classes");
            Scores s = new Scores(List.copyOf(m.keySet()));
            Map<String, String> back = invert(m);
            for (TopicData.Item it : bbcItems) {
                s.add(it.label(), firstKnown(lexicon.topics(it.title(), it.text()), back));
            }
            s.print("shipped lexicon (zero-shot; top subject among the 5 mapped, else none)", out);
            List<TopicData.Item> train = bbcItems.stream().filter(i -> TopicData.fold(i.id(), 5) != 0).toList();
            List<TopicData.Item> test = bbcItems.stream().filter(i -> TopicData.fold(i.id(), 5) == 0).toList();
            List<String> classes = List.copyOf(m.keySet());
            LinearModel model = LinearTopicTrainer.trainTopics(train, classes, Function.identity(), 13);
            Scores ms = new Scores(classes);
            for (TopicData.Item it : test) {
                ms.add(it.label(), classes.get(argmax(model.probabilities(it.title(), it.text()))));
            }
            ms.print("linear model trained on " + train.size() + ", held-out " + test.size(), out);
            // the combination the stage makes with a user-built model (the mean of the lexicon's
            // score and the model's probability per subject), fixed before this run, not tuned
            Scores combined = new Scores(classes);
            for (TopicData.Item it : test) {
                double[] p = model.probabilities(it.title(), it.text());
                double[] lex = lexicon.scores(it.title(), it.text());
                double[] mean = new double[classes.size()];
                for (int c = 0; c < mean.length; c++) {
                    mean[c] = (p[c] + lex[Iptc.indexOf(m.get(classes.get(c)))]) / 2;
                }
                combined.add(it.label(), classes.get(argmax(mean)));
            }
            combined.print("linear model + shipped lexicon (mean per subject), held-out " + test.size(), out);
        }
        if (Files.exists(masakha.resolve("dev.tsv"))) {
            Map<String, String> m = map.get("masakhanews_fra");
            List<TopicData.Item> items = TopicData.masakhaNews(masakha);
            out.println("== MasakhaNEWS French dev (" + items.size() + " articles), 5 classes, zero-shot");
            Scores s = new Scores(List.copyOf(m.keySet()));
            Map<String, String> back = invert(m);
            Scores unknown = new Scores(List.copyOf(m.keySet()));
            for (TopicData.Item it : items) {
                // read as the pipeline reads a French article (false friends set aside), and as text of unknown language
                s.add(it.label(), firstKnown(lexicon.topics(it.title(), it.text(), List.of(), "fr"), back));
                unknown.add(it.label(), firstKnown(lexicon.topics(it.title(), it.text()), back));
            }
            s.print("shipped lexicon, language fr (top subject among the 5 mapped, else none)", out);
            unknown.print("shipped lexicon, language unknown", out);
        } else {
            out.println("skipped: MasakhaNEWS French: no " + masakha.resolve("dev.tsv"));
        }
        if (!agItems.isEmpty() && !bbcItems.isEmpty()) {
            ecbPlusAsTraining(data.resolve("ecb_plus"), agItems, bbcItems, map, out);
            labelled(agItems, bbcItems, map, lexicon, out);
        } else {
            out.println("skipped: labelled set (needs ag_news and bbc for the texts)");
        }
        return 0;
    }

    private static void crossValidate(List<TopicData.Item> items, Map<String, String> m, PrintStream out) {
        List<String> classes = TopicData.AG_CLASSES;
        Scores s = new Scores(classes);
        for (int f = 0; f < 5; f++) {
            int fold = f;
            List<TopicData.Item> train = items.stream().filter(i -> TopicData.fold(i.id(), 5) != fold).toList();
            List<TopicData.Item> test = items.stream().filter(i -> TopicData.fold(i.id(), 5) == fold).toList();
            LinearModel model = LinearTopicTrainer.trainTopics(train, classes, Function.identity(), 13 + f);
            for (TopicData.Item it : test) {
                s.add(it.label(), classes.get(argmax(model.probabilities(it.title(), it.text()))));
            }
        }
        s.print("linear model, 5-fold cross-validation (each row predicted by a model that never saw it)", out);
        // the stage with a user-built model: classes mapped to IPTC ("World" stays a class of its
        // own and lends its probability to the lexicon's other subjects), top subject mapped back
        List<String> iptc = classes.stream().map(m::get).toList();
        Scores st = new Scores(classes);
        for (int f = 0; f < 5; f++) {
            int fold = f;
            List<TopicData.Item> train = items.stream().filter(i -> TopicData.fold(i.id(), 5) != fold).toList();
            LinearModel model = LinearTopicTrainer.trainTopics(train, iptc, m::get, 13 + f);
            TopicsEnricher stage = new TopicsEnricher(model);
            for (TopicData.Item it : items) {
                if (TopicData.fold(it.id(), 5) == fold) {
                    List<Topic> t = stage.topics(it.title(), it.text());
                    st.add(it.label(), agClass(t.isEmpty() ? null : t.get(0).code()));
                }
            }
        }
        st.print("the stage with that model (lexicon + model as the stage combines them), 5-fold", out);
    }

    private static void labelled(List<TopicData.Item> ag, List<TopicData.Item> bbc,
            Map<String, Map<String, String>> map, TopicsEnricher lexicon, PrintStream out) throws IOException {
        Map<String, List<String>> gold = TopicData.labelledSet();
        Map<String, TopicData.Item> byId = new HashMap<>();
        ag.forEach(i -> byId.put(i.id(), i));
        bbc.forEach(i -> byId.put(i.id(), i));
        // a model that never saw the labelled items: AG News and BBC minus them, classes mapped to IPTC
        List<String> classes = List.of("world", "medtop:15000000", "medtop:04000000", "medtop:13000000",
                "medtop:01000000", "medtop:11000000");
        List<LinearTopicTrainer.Example> examples = new ArrayList<>();
        int features = LinearTopicTrainer.TOPICS_FEATURES;
        examples.addAll(LinearTopicTrainer.examples(ag.stream().filter(i -> !gold.containsKey(i.id())).toList(),
                classes, map.get("ag_news")::get, LinearTopicTrainer.DEFAULT_BUCKETS, features));
        examples.addAll(LinearTopicTrainer.examples(bbc.stream().filter(i -> !gold.containsKey(i.id())).toList(),
                classes, map.get("bbc")::get, LinearTopicTrainer.DEFAULT_BUCKETS, features));
        LinearModel model = LinearTopicTrainer.train(examples, classes, LinearTopicTrainer.DEFAULT_BUCKETS,
                LinearTopicTrainer.TOPICS_EPOCHS, LinearTopicTrainer.TOPICS_RATE, 13).withFeatureSet(features);
        TopicsEnricher combined = new TopicsEnricher(model);
        // the events stage's output per item, as the pipeline has it when topics runs
        Map<String, List<Event>> events = eventsOf(gold.keySet().stream().map(byId::get)
                .filter(java.util.Objects::nonNull).toList());
        long withEvents = events.values().stream().filter(ev -> !ev.isEmpty()).count();
        out.println("== labelled set (" + gold.size() + " items labelled by hand with IPTC subjects before any run; "
                + withEvents + " with events)");
        Predicate<String> all = id -> true;
        Predicate<String> dev = id -> TopicData.fold(id + "#events", 2) == 0;
        Predicate<String> heldOut = dev.negate();
        labelledRun("shipped lexicon, without events (all)", gold, byId, all, it -> lexicon.topics(it.title(), it.text()),
                true, out);
        labelledRun("lexicon + model (AG+BBC minus the set), without events (all)", gold, byId, all,
                it -> combined.topics(it.title(), it.text()), true, out);
        out.println("-- events as evidence: weight swept on the dev half only (a stable hash of the id)");
        for (double w : new double[] {0, 1, 2, 3, 4, 6}) {
            labelledRun(String.format(Locale.ROOT, "dev half, lexicon + events at %.0f units per event", w), gold,
                    byId, dev, it -> lexicon.topics(it.title(), it.text(),
                            TopicsEnricher.eventEvidence(events.get(it.id()), w)), false, out);
        }
        out.printf(Locale.ROOT, "-- held-out half, the shipped weight (%.1f units per event)%n", TopicsEnricher.EVENT_WEIGHT);
        labelledRun("held-out half, shipped lexicon without events", gold, byId, heldOut,
                it -> lexicon.topics(it.title(), it.text()), false, out);
        labelledRun("held-out half, shipped lexicon + events (the stage)", gold, byId, heldOut,
                it -> lexicon.topics(it.title(), it.text(), events.get(it.id())), true, out);
        labelledRun("held-out half, lexicon + model without events", gold, byId, heldOut,
                it -> combined.topics(it.title(), it.text()), false, out);
        labelledRun("held-out half, lexicon + model + events", gold, byId, heldOut,
                it -> combined.topics(it.title(), it.text(), events.get(it.id())), false, out);
        labelledRun("held-out half, items with events only, lexicon without events", gold, byId,
                heldOut.and(id -> !events.getOrDefault(id, List.of()).isEmpty()),
                it -> lexicon.topics(it.title(), it.text()), false, out);
        labelledRun("held-out half, items with events only, lexicon + events", gold, byId,
                heldOut.and(id -> !events.getOrDefault(id, List.of()).isEmpty()),
                it -> lexicon.topics(it.title(), it.text(), events.get(it.id())), false, out);
    }

    /** The events stage's events of each item (as English), by id: the topics stage's second input. */
    private static Map<String, List<Event>> eventsOf(java.util.Collection<TopicData.Item> items) {
        EventsEnricher eventsStage = new EventsEnricher();
        Map<String, List<Event>> events = new HashMap<>();
        for (TopicData.Item it : items) {
            events.put(it.id(), eventsStage.enrich(Article.builder("u-0", it.text(), "eval").title(it.title())
                    .language(new Language("en", 1)).build()).events());
        }
        return events;
    }

    /**
     * Set 3, our own wire-style stories ({@link TopicData#wireStories}): the stage (lexicon + the
     * events stage's types) and the lexicon alone, per subject, on the dev part (odd ids, with its
     * misses listed so the lexicon can be worked on) and on the held-out part (even ids, scored once
     * per change and never read item by item).
     */
    static void wireStories(TopicsEnricher lexicon, PrintStream out) throws IOException {
        List<TopicData.Item> items = TopicData.wireStories();
        Map<String, List<String>> gold = new LinkedHashMap<>();
        Map<String, TopicData.Item> byId = new HashMap<>();
        for (TopicData.Item it : items) {
            gold.put(it.id(), List.of(it.label().split(",")));
            byId.put(it.id(), it);
        }
        Map<String, List<Event>> events = eventsOf(byId.values());
        long withEvents = events.values().stream().filter(ev -> !ev.isEmpty()).count();
        Predicate<String> dev = id -> !TopicData.wireHeldOut(id);
        Predicate<String> heldOut = TopicData::wireHeldOut;
        out.println("== wire stories (" + gold.size() + " short stories written for the project and labelled"
                + " before any run; " + withEvents + " with events)");
        labelledRun("wire dev part, shipped lexicon without events", gold, byId, dev,
                it -> lexicon.topics(it.title(), it.text()), false, out);
        labelledRun("wire dev part, shipped lexicon + events (the stage)", gold, byId, dev,
                it -> lexicon.topics(it.title(), it.text(), events.get(it.id())), true, out);
        for (TopicData.Item it : items) {
            if (dev.test(it.id())) {
                List<Topic> t = lexicon.topics(it.title(), it.text(), events.get(it.id()));
                if (t.isEmpty() || !gold.get(it.id()).contains(t.get(0).code())) {
                    out.printf(Locale.ROOT, "  dev miss %s gold %s got %s%n", it.id(), gold.get(it.id()),
                            t.stream().map(x -> x.code().substring(7, 9) + "=" + x.score()).toList());
                }
            }
        }
        labelledRun("wire held-out part, shipped lexicon without events", gold, byId, heldOut,
                it -> lexicon.topics(it.title(), it.text()), false, out);
        labelledRun("wire held-out part, shipped lexicon + events (the stage)", gold, byId, heldOut,
                it -> lexicon.topics(it.title(), it.text(), events.get(it.id())), true, out);
    }

    /**
     * ECB+ articles, labelled through their story cluster ({@code topics-ecbplus-clusters.tsv}):
     * the lexicon with and without the events stage's types. The event weight is swept on the dev
     * half (topics whose number hashes to fold 0; both clusters of a topic stay together) and the
     * held-out half is reported at the shipped weight.
     */
    private static void ecbPlus(Path dir, TopicsEnricher lexicon, PrintStream out) throws IOException {
        List<TopicData.Item> items = TopicData.ecbPlus(dir);
        if (items.isEmpty()) {
            out.println("skipped: ECB+: no " + dir.resolve("ECB+"));
            return;
        }
        Map<String, List<String>> clusters = TopicData.ecbPlusClusters();
        Map<String, List<String>> gold = new LinkedHashMap<>();
        Map<String, TopicData.Item> byId = new HashMap<>();
        for (TopicData.Item it : items) {
            List<String> labels = clusters.get(it.label());
            if (labels == null) {
                continue;
            }
            gold.put(it.id(), labels);
            byId.put(it.id(), it);
        }
        Map<String, List<Event>> events = eventsOf(byId.values());
        long withEvents = events.values().stream().filter(ev -> !ev.isEmpty()).count();
        out.println("== ECB+ (" + gold.size() + " articles in " + clusters.size()
                + " story clusters labelled by hand with IPTC subjects before any run; " + withEvents + " with events)");
        Predicate<String> dev = id -> TopicData.fold("ecb" + id.substring(4, id.indexOf('_')), 2) == 0;
        Predicate<String> heldOut = dev.negate();
        labelledRun("all, shipped lexicon without events", gold, byId, id -> true,
                it -> lexicon.topics(it.title(), it.text()), true, out);
        for (double w : new double[] {0, 1, 2, 3, 4, 6}) {
            labelledRun(String.format(Locale.ROOT, "dev half, lexicon + events at %.0f units per event", w), gold,
                    byId, dev, it -> lexicon.topics(it.title(), it.text(),
                            TopicsEnricher.eventEvidence(events.get(it.id()), w)), false, out);
        }
        out.printf(Locale.ROOT, "-- held-out half, the shipped weight (%.1f units per event)%n", TopicsEnricher.EVENT_WEIGHT);
        labelledRun("held-out half, shipped lexicon without events", gold, byId, heldOut,
                it -> lexicon.topics(it.title(), it.text()), true, out);
        labelledRun("held-out half, shipped lexicon + events (the stage)", gold, byId, heldOut,
                it -> lexicon.topics(it.title(), it.text(), events.get(it.id())), true, out);
    }

    /**
     * ECB+ (CC BY 3.0) as extra training for the optional model: the ECB+ dev half's articles with
     * their cluster's main subject, (a) added to AG News + BBC with crime, disaster, conflict and
     * human interest as model classes, (b) alone (the only shippable variant). Each model is combined
     * with the lexicon and events as the stage does and scored on the ECB+ held-out half, beside the
     * stage and the AG/BBC model; the held-out half's topics were never trained on.
     */
    private static void ecbPlusAsTraining(Path dir, List<TopicData.Item> ag, List<TopicData.Item> bbc,
            Map<String, Map<String, String>> map, PrintStream out) throws IOException {
        Map<String, List<String>> clusters = TopicData.ecbPlusClusters();
        List<TopicData.Item> ecb = TopicData.ecbPlus(dir).stream().filter(i -> clusters.containsKey(i.label())).toList();
        if (ecb.isEmpty()) {
            return;
        }
        Predicate<TopicData.Item> dev = it -> TopicData.fold("ecb" + it.id().substring(4, it.id().indexOf('_')), 2) == 0;
        List<TopicData.Item> train = ecb.stream().filter(dev).toList();
        List<TopicData.Item> heldOut = ecb.stream().filter(dev.negate()).toList();
        Function<String, String> main = c -> clusters.get(c).get(0);
        int b = LinearTopicTrainer.DEFAULT_BUCKETS;
        List<String> base = List.of("world", "medtop:15000000", "medtop:04000000", "medtop:13000000",
                "medtop:01000000", "medtop:11000000");
        List<String> wide = new ArrayList<>(base);
        wide.addAll(List.of("medtop:02000000", "medtop:03000000", "medtop:16000000", "medtop:08000000"));
        List<LinearTopicTrainer.Example> agBbc = new ArrayList<>();
        agBbc.addAll(LinearTopicTrainer.examples(ag, base, map.get("ag_news")::get, b));
        agBbc.addAll(LinearTopicTrainer.examples(bbc, base, map.get("bbc")::get, b));
        List<LinearTopicTrainer.Example> withEcb = new ArrayList<>();
        withEcb.addAll(LinearTopicTrainer.examples(ag, wide, map.get("ag_news")::get, b));
        withEcb.addAll(LinearTopicTrainer.examples(bbc, wide, map.get("bbc")::get, b));
        withEcb.addAll(LinearTopicTrainer.examples(train, wide, main, b));
        List<String> ecbClasses = train.stream().map(i -> main.apply(i.label())).distinct().sorted().toList();
        Map<String, TopicsEnricher> runs = new LinkedHashMap<>();
        runs.put("the stage (lexicon + events)", new TopicsEnricher(null));
        runs.put("lexicon + AG/BBC model + events", new TopicsEnricher(LinearTopicTrainer.train(agBbc, base, b,
                LinearTopicTrainer.DEFAULT_EPOCHS, LinearTopicTrainer.DEFAULT_RATE, 13)));
        runs.put("lexicon + AG/BBC/ECB+-dev model (10 classes) + events", new TopicsEnricher(LinearTopicTrainer.train(
                withEcb, wide, b, LinearTopicTrainer.DEFAULT_EPOCHS, LinearTopicTrainer.DEFAULT_RATE, 13)));
        runs.put("lexicon + ECB+-dev-only model (shippable) + events", new TopicsEnricher(LinearTopicTrainer.train(
                LinearTopicTrainer.examples(train, ecbClasses, main, b), ecbClasses, b,
                LinearTopicTrainer.DEFAULT_EPOCHS, LinearTopicTrainer.DEFAULT_RATE, 13)));
        Map<String, List<Event>> events = eventsOf(heldOut);
        Map<String, List<String>> gold = new LinkedHashMap<>();
        Map<String, TopicData.Item> byId = new HashMap<>();
        for (TopicData.Item it : heldOut) {
            gold.put(it.id(), clusters.get(it.label()));
            byId.put(it.id(), it);
        }
        out.println("== ECB+ as training: models trained on the ECB+ dev half (" + train.size() + " articles),"
                + " scored on the held-out half");
        runs.forEach((name, stage) -> labelledRun("held-out half, " + name, gold, byId, id -> true,
                it -> stage.topics(it.title(), it.text(), events.get(it.id())), false, out));
    }

    /**
     * Set 4 ({@code topics-corpora-s23.tsv}): real articles of Reuters-21578 TEST, IndiaPoliceEvents,
     * CASIE and BBC, labelled before any run. The stage (lexicon + the events stage's types) and the
     * lexicon alone on the dev half and the held-out half (a stable hash of the id), per subject; the
     * stage on the randomly drawn part and per corpus; and, for the items whose main subject is
     * conflict, crime, disaster or politics, which of the four (or what else) the stage puts first.
     * No item is listed: the dev half is for reading misses in a later session, the held-out half is
     * scored as a whole.
     */
    static void corpora(Path data, TopicsEnricher lexicon, PrintStream out) throws IOException {
        Map<String, List<String>> labels = TopicData.corporaSet();
        List<TopicData.Item> items = TopicData.corporaItems(data, labels.keySet());
        if (items.isEmpty()) {
            out.println("skipped: set 4 (Reuters TEST, IndiaPoliceEvents, CASIE, BBC): none of its corpora under " + data);
            return;
        }
        Set<String> random = TopicData.corporaRandom();
        Map<String, List<String>> gold = new LinkedHashMap<>();
        Map<String, TopicData.Item> byId = new HashMap<>();
        for (TopicData.Item it : items) {
            gold.put(it.id(), labels.get(it.id()));
            byId.put(it.id(), it);
        }
        Map<String, List<Event>> events = eventsOf(byId.values());
        long withEvents = events.values().stream().filter(ev -> !ev.isEmpty()).count();
        out.println("== set 4: articles of Reuters-21578 TEST, IndiaPoliceEvents, CASIE and BBC labelled before any run ("
                + gold.size() + " of " + labels.size() + " found; " + withEvents + " with events)");
        Predicate<String> heldOut = TopicData::corporaHeldOut;
        Predicate<String> dev = heldOut.negate();
        Function<TopicData.Item, List<Topic>> stage = it -> lexicon.topics(it.title(), it.text(), events.get(it.id()));
        Function<TopicData.Item, List<Topic>> lexiconOnly = it -> lexicon.topics(it.title(), it.text());
        for (String[] part : new String[][] {{"dev half", "0"}, {"held-out half", "1"}}) {
            Predicate<String> p = part[1].equals("0") ? dev : heldOut;
            labelledRun("set 4 " + part[0] + ", shipped lexicon without events", gold, byId, p, lexiconOnly, false, out);
            labelledRun("set 4 " + part[0] + ", shipped lexicon + events (the stage)", gold, byId, p, stage, true, out);
            labelledRun("set 4 " + part[0] + ", randomly drawn items only, the stage", gold, byId,
                    p.and(random::contains), stage, false, out);
            for (String corpus : List.of("reuters", "ipe", "casie", "bbc")) {
                labelledRun("set 4 " + part[0] + ", " + corpus + " only, the stage", gold, byId,
                        p.and(id -> id.startsWith(corpus + ":")), stage, false, out);
            }
            wireConfusion("set 4 " + part[0], gold, byId, p, stage, out);
        }
    }

    /** For items whose main subject is conflict, crime, disaster or politics: the stage's top subject, counted. */
    private static void wireConfusion(String name, Map<String, List<String>> gold, Map<String, TopicData.Item> byId,
            Predicate<String> part, Function<TopicData.Item, List<Topic>> run, PrintStream out) {
        List<String> four = List.of("medtop:16000000", "medtop:02000000", "medtop:03000000", "medtop:11000000");
        out.println("  " + name + ": main subject -> the stage's top subject (right = any listed subject;"
                + " else conflict / crime / disaster / politics / other / none)");
        for (String main : four) {
            int[] c = new int[7];
            for (Map.Entry<String, List<String>> g : gold.entrySet()) {
                TopicData.Item it = byId.get(g.getKey());
                if (it == null || !part.test(g.getKey()) || !g.getValue().get(0).equals(main)) {
                    continue;
                }
                List<Topic> t = run.apply(it);
                String top = t.isEmpty() ? null : t.get(0).code();
                int k = top == null ? 6 : g.getValue().contains(top) ? 0 : four.contains(top) ? 1 + four.indexOf(top) : 5;
                c[k]++;
            }
            out.printf(Locale.ROOT, "  %-44s right %3d | conflict %2d crime %2d disaster %2d politics %2d other %2d none %2d%n",
                    Iptc.TOP_LEVEL.stream().filter(s -> s.code().equals(main)).findFirst().orElseThrow().label(),
                    c[0], c[1], c[2], c[3], c[4], c[5], c[6]);
        }
    }

    /** Top-1 accuracy of {@code run} on the labelled items {@code part} accepts; per subject when {@code detail}. */
    private static void labelledRun(String name, Map<String, List<String>> gold, Map<String, TopicData.Item> byId,
            Predicate<String> part, Function<TopicData.Item, List<Topic>> run, boolean detail, PrintStream out) {
        int ok = 0;
        int none = 0;
        int n = 0;
        Map<String, int[]> recall = new LinkedHashMap<>();
        Map<String, int[]> precision = new LinkedHashMap<>();
        // top-1 as single-label pairs: the gold class is the predicted subject when the item lists
        // it, else the item's main (first) subject
        List<String[]> pairs = new ArrayList<>();
        for (Map.Entry<String, List<String>> g : gold.entrySet()) {
            TopicData.Item it = byId.get(g.getKey());
            if (it == null || !part.test(g.getKey())) {
                continue;
            }
            n++;
            List<Topic> t = run.apply(it);
            Set<String> predicted = new java.util.HashSet<>();
            t.forEach(x -> predicted.add(x.code()));
            if (t.isEmpty()) {
                none++;
            } else if (g.getValue().contains(t.get(0).code())) {
                ok++;
            }
            String top = t.isEmpty() ? "(none)" : t.get(0).code();
            pairs.add(new String[] {g.getValue().contains(top) ? top : g.getValue().get(0), top});
            if (!t.isEmpty()) {
                int[] p = precision.computeIfAbsent(t.get(0).code(), k -> new int[2]);
                p[1]++;
                if (g.getValue().contains(t.get(0).code())) {
                    p[0]++;
                }
            }
            for (String code : g.getValue()) {
                int[] r = recall.computeIfAbsent(code, k -> new int[2]);
                r[1]++;
                if (predicted.contains(code)) {
                    r[0]++;
                }
            }
        }
        List<String> classes = Iptc.TOP_LEVEL.stream().map(Iptc.Subject::code)
                .filter(c -> pairs.stream().anyMatch(p -> p[0].equals(c))).toList();
        Scores f1 = new Scores(classes);
        pairs.forEach(p -> f1.add(p[0], p[1]));
        out.printf(Locale.ROOT, "%s: top-1 accuracy %.3f (%d/%d), macro-F1 %.3f over the %d subjects it holds,"
                + " no subject %d%n", name, n == 0 ? 0 : (double) ok / n, ok, n, f1.macroF1(), classes.size(), none);
        if (!detail) {
            return;
        }
        out.println("  subject                                     recall (listed among the topics)   top-1 precision");
        for (Iptc.Subject s : Iptc.TOP_LEVEL) {
            int[] r = recall.getOrDefault(s.code(), new int[2]);
            int[] p = precision.getOrDefault(s.code(), new int[2]);
            out.printf(Locale.ROOT, "  %-44s %5.2f (%3d/%3d)                  %5.2f (%3d/%3d)%n", s.label(),
                    r[1] == 0 ? 0 : (double) r[0] / r[1], r[0], r[1], p[1] == 0 ? 0 : (double) p[0] / p[1],
                    p[0], p[1]);
        }
    }

    private static Map<String, String> invert(Map<String, String> m) {
        Map<String, String> out = new HashMap<>();
        m.forEach((k, v) -> out.put(v, k));
        return out;
    }

    /** The dataset class of the best-scoring topic that maps to one, or "(none)". */
    private static String firstKnown(List<Topic> topics, Map<String, String> back) {
        for (Topic t : topics) {
            String c = back.get(t.code());
            if (c != null) {
                return c;
            }
        }
        return "(none)";
    }

    static int argmax(double[] p) {
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            if (p[i] > p[best]) {
                best = i;
            }
        }
        return best;
    }

    /** Accuracy and macro-F1 over a fixed class list; a prediction outside it counts as wrong. */
    static final class Scores {
        private final List<String> classes;
        private final int[] tp;
        private final int[] fp;
        private final int[] fn;
        private int n;
        private int ok;

        Scores(List<String> classes) {
            this.classes = classes;
            this.tp = new int[classes.size()];
            this.fp = new int[classes.size()];
            this.fn = new int[classes.size()];
        }

        void add(String gold, String predicted) {
            n++;
            int g = classes.indexOf(gold);
            int p = classes.indexOf(predicted);
            if (g == p && g >= 0) {
                ok++;
                tp[g]++;
                return;
            }
            if (g >= 0) {
                fn[g]++;
            }
            if (p >= 0) {
                fp[p]++;
            }
        }

        double accuracy() {
            return (double) ok / n;
        }

        double macroF1() {
            double sum = 0;
            for (int i = 0; i < classes.size(); i++) {
                double prec = tp[i] + fp[i] == 0 ? 0 : (double) tp[i] / (tp[i] + fp[i]);
                double rec = tp[i] + fn[i] == 0 ? 0 : (double) tp[i] / (tp[i] + fn[i]);
                sum += prec + rec == 0 ? 0 : 2 * prec * rec / (prec + rec);
            }
            return sum / classes.size();
        }

        void print(String what, PrintStream out) {
            StringBuilder per = new StringBuilder();
            for (int i = 0; i < classes.size(); i++) {
                double rec = tp[i] + fn[i] == 0 ? 0 : (double) tp[i] / (tp[i] + fn[i]);
                per.append(String.format(Locale.ROOT, " %s %.2f", classes.get(i), rec));
            }
            out.printf(Locale.ROOT, "%s: accuracy %.3f, macro-F1 %.3f (n=%d); recall:%s%n", what, accuracy(),
                    macroF1(), n, per);
        }
    }
}
