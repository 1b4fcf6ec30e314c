package io.newswire.eval;

import io.newswire.enrich.api.Pipeline;
import io.newswire.enrich.api.Pipelines;
import io.newswire.model.Article;
import io.newswire.model.Entity;
import io.newswire.model.RawArticle;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The two seed articles through the whole pipeline, checked against what a careful reader says of
 * them: dateline, agency, attribution, licence, a clean text without those lines, and the people,
 * organisations and places named (typed, titled, canonical: Baqeri one id in both). Usage:
 * {@code SeedsEvaluation <seeds dir>}; skips when the seeds are missing.
 */
public final class SeedsEvaluation {

    /** A reader's statement about one seed: a field of the article and its expected value. */
    record Expectation(String seed, String what, Function<Article, Object> actual, Object expected) {
    }

    private static final String S0 = "000_3d74bf7c3ad25582.txt";
    private static final String S1 = "001_106ed44ce1da94af.txt";
    private static final Instant INGESTED = Instant.parse("2018-05-14T00:00:00Z");

    private static final List<Expectation> EXPECTATIONS = List.of(
            // 000: a Mehr News republication of a Press TV story; no dateline, a source line and a CC licence.
            new Expectation("000_3d74bf7c3ad25582.txt", "no dateline", a -> a.dateline(), null),
            new Expectation("000_3d74bf7c3ad25582.txt", "attribution", a -> orNull(a.attribution(),
                    x -> x.originalSource()), "Press TV"),
            new Expectation("000_3d74bf7c3ad25582.txt", "licence", a -> orNull(a.license(), x -> x.spdx()),
                    "CC-BY-4.0"),
            new Expectation("000_3d74bf7c3ad25582.txt", "text free of source and licence lines",
                    a -> a.text().contains("(Source:") || a.text().contains("licensed under"), false),
            new Expectation("000_3d74bf7c3ad25582.txt", "text ends with the story",
                    a -> a.text().endsWith("Nangarhar."), true),
            new Expectation("000_3d74bf7c3ad25582.txt", "language", a -> a.language().code(), "en"),
            // 001: a YJC republication of a Press TV story, two datelines for Tehran.
            new Expectation("001_106ed44ce1da94af.txt", "dateline location", a -> orNull(a.dateline(),
                    x -> x.locationDisplay()), "Tehran"),
            new Expectation("001_106ed44ce1da94af.txt", "dateline date", a -> orNull(a.dateline(),
                    x -> x.date()), "May 13"),
            new Expectation("001_106ed44ce1da94af.txt", "dateline resolved date", a -> orNull(a.dateline(),
                    x -> String.valueOf(x.resolvedDate())), "2018-05-13"),
            new Expectation("001_106ed44ce1da94af.txt", "agency", a -> orNull(a.dateline(), x -> x.agency()),
                    "Young Journalists Club (YJC)"),
            new Expectation("001_106ed44ce1da94af.txt", "attribution", a -> orNull(a.attribution(),
                    x -> x.originalSource()), "Press TV"),
            new Expectation("001_106ed44ce1da94af.txt", "no licence", a -> a.license(), null),
            new Expectation("001_106ed44ce1da94af.txt", "text starts with the story",
                    a -> a.text().startsWith("Afghanistan's Defense Minister"), true),
            new Expectation("001_106ed44ce1da94af.txt", "second dateline removed",
                    a -> a.text().contains("Young Journalists Club") || a.text().contains("TEHRAN,"), false),
            new Expectation("001_106ed44ce1da94af.txt", "language", a -> a.language().code(), "en"),
            // Entities: the people, organisations and places a careful reader names, typed, with titles.
            entity(S0, "Mohammad Baqeri", "PERSON / Chief of Staff of the Iranian Armed Forces Major General"),
            entity(S0, "Baqeri", "PERSON / Chief of Staff of the Iranian Armed Forces Major General"),
            entity(S0, "Qamar Javed Bajwa", "PERSON / General"),
            entity(S0, "Bajwa", "PERSON / General"),
            entity(S0, "Sergei Ivanov", "PERSON"),
            entity(S0, "Daesh", "ORGANIZATION org:islamic-state"),
            entity(S0, "Daesh-Khurasan", "ORGANIZATION org:islamic-state-khorasan"),
            entity(S0, "Iranian Armed Forces", "ORGANIZATION org:iran-armed-forces"),
            entity(S0, "Tasnim News Agency", "ORGANIZATION org:tasnim"),
            entity(S0, "The Nation", "ORGANIZATION org:the-nation-pk"),
            entity(S0, "TASS", "ORGANIZATION org:tass"),
            entity(S0, "Iran", "LOCATION"),
            entity(S0, "Pakistan", "LOCATION"),
            entity(S0, "Russia", "LOCATION"),
            entity(S0, "China", "LOCATION"),
            entity(S0, "Afghanistan", "LOCATION"),
            entity(S0, "Tehran", "LOCATION"),
            entity(S0, "Mirjaveh", "LOCATION"),
            entity(S0, "Islamabad", "LOCATION"),
            entity(S0, "Nangarhar", "LOCATION"),
            entity(S1, "Tariq Shah Bahrami", "PERSON / Defense Minister"),
            entity(S1, "Bahrami", "PERSON / Defense Minister"),
            entity(S1, "Mohammad Baqeri", "PERSON / Chief of Staff of the Iranian Armed Forces Major General"),
            entity(S1, "Amir Hatami", "PERSON / Brigadier General"),
            entity(S1, "Seyyed Ali Khamenei", "PERSON / Ayatollah"),
            entity(S1, "Ali Shamkhani", "PERSON / Secretary of Iran's Supreme National Security Council"),
            entity(S1, "Daesh", "ORGANIZATION org:islamic-state"),
            entity(S1, "Taliban", "ORGANIZATION org:taliban"),
            entity(S1, "Supreme National Security Council", "ORGANIZATION org:iran-snsc"),
            entity(S1, "Afghanistan", "LOCATION"),
            entity(S1, "Iran", "LOCATION"),
            entity(S1, "Tehran", "LOCATION"),
            entity(S1, "Kabul", "LOCATION"),
            entity(S1, "Iraq", "LOCATION"),
            entity(S1, "Syria", "LOCATION"),
            // The text reads "the western Farah Province": the province is the place, named either way.
            entity(S1, "Farah|Farah Province", "LOCATION"),
            // Events and casualties (issue 12): tolls as stated, planned vs past visits.
            new Expectation(S0, "128 killed in Baluchistan", a -> toll(a, "killed", "128"), "128.. at least"),
            new Expectation(S0, "10 guards killed near Mirjaveh", a -> toll(a, "killed", "Mirjaveh"),
                    "10..10 exact guards"),
            new Expectation(S0, "two others injured near Mirjaveh", a -> toll(a, "injured", "Mirjaveh"),
                    "2..2 exact guards"),
            new Expectation(S1, "57 killed in Kabul", a -> toll(a, "killed", "Kabul"), "57..57 exact"),
            new Expectation(S1, "more than 100 wounded in Kabul", a -> toll(a, "injured", "Kabul"),
                    "101.. more than"),
            new Expectation(S1, "30 policemen killed in Farah", a -> toll(a, "killed", "Farah"),
                    "31.. more than police"),
            new Expectation(S0, "Baqeri's visit to Pakistan is planned, not past",
                    a -> consultStatuses(a, "Mohammad Baqeri"), "future"),
            new Expectation(S1, "Baqeri's quote, direct, said, his id",
                    a -> a.quotes().stream().filter(q -> q.kind().equals("direct")
                            && q.content().text().startsWith("After the victory of the Islamic Revolution"))
                            .map(q -> q.cue().text() + " " + (q.speaker() != null && q.speaker().equals(
                                    idOf(a, "Mohammad Baqeri")))).toList(), List.of("said true")),
            new Expectation(S0, "Bajwa's visit to Tehran happened", a -> consultStatuses(a, "Qamar Javed Bajwa"),
                    "asserted"));

    /** The one toll of this kind whose event's sentence mentions {@code near}, as "min..max qualifier[ victims]". */
    private static Object toll(Article a, String kind, String near) {
        List<String> found = new ArrayList<>();
        for (io.newswire.model.Event e : a.events()) {
            if (!e.sentence().text().contains(near)) {
                continue;
            }
            List<io.newswire.model.Toll> tolls = switch (kind) {
                case "killed" -> e.casualties().killed();
                case "injured" -> e.casualties().injured();
                default -> List.of();
            };
            for (io.newswire.model.Toll t : tolls) {
                found.add(t.min() + ".." + (t.max() == null ? "" : t.max()) + " " + t.qualifier()
                        + (t.victims() == null ? "" : " " + t.victims()));
            }
        }
        return found.size() == 1 ? found.get(0) : found;
    }

    /**
     * The distinct statuses of the CONSULT events with this person as actor: the visits the person
     * makes (a planned visit to the person, as its target, is another fact).
     */
    private static Object consultStatuses(Article a, String surface) {
        String id = idOf(a, surface);
        List<String> statuses = a.events().stream().filter(e -> "CONSULT".equals(e.type()) && id != null
                && id.equals(e.actor())).map(io.newswire.model.Event::status).distinct()
                .toList();
        return statuses.size() == 1 ? statuses.get(0) : statuses;
    }

    /** An entity check: the entity one of whose mentions reads {@code surface}, as "TYPE[ id][ / title]". */
    private static Expectation entity(String seed, String surface, String expected) {
        return new Expectation(seed, "entity " + surface, a -> describe(a, surface, expected.contains(" org:")),
                expected);
    }

    /** {@code surface} may list alternatives separated by {@code |}. */
    private static Object describe(Article a, String surface, boolean withId) {
        List<String> surfaces = List.of(surface.split("\\|"));
        for (Entity e : a.entities()) {
            if (e.aliasesSeen().stream().anyMatch(surfaces::contains)) {
                return e.type() + (withId ? " " + e.id() : "") + (e.title() == null ? "" : " / " + e.title());
            }
        }
        return null;
    }

    /** The id each seed gives the entity with that mention. */
    private static String idOf(Article a, String surface) {
        return a.entities().stream().filter(e -> e.aliasesSeen().contains(surface)).map(Entity::id).findFirst()
                .orElse(null);
    }

    private SeedsEvaluation() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: SeedsEvaluation <seeds dir>");
            System.exit(2);
        }
        int failed = run(Path.of(args[0]), System.out);
        System.exit(failed == 0 ? 0 : 1);
    }

    /** @return the number of failed expectations, or 0 when skipped */
    public static int run(Path dir, PrintStream out) throws Exception {
        Map<String, Article> articles = new LinkedHashMap<>();
        Pipeline pipeline = Pipelines.standard();
        for (Expectation e : EXPECTATIONS) {
            Path f = dir.resolve(e.seed());
            if (!Files.exists(f)) {
                out.println("skipped: seed " + f + " not found");
                return 0;
            }
            articles.computeIfAbsent(e.seed(), s -> pipeline.process(RawArticle.ofText(null, read(f))
                    .withId(s).withIngestedAt(INGESTED)));
        }
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, Article> a : articles.entrySet()) {
            Article article = a.getValue();
            out.println("== " + a.getKey());
            out.println("   title:       " + article.title());
            out.println("   dateline:    " + article.dateline());
            out.println("   attribution: " + article.attribution());
            out.println("   licence:     " + article.license());
            out.println("   language:    " + article.language());
            out.println("   boilerplate: " + article.boilerplate());
            out.println("   text:        " + article.text().substring(0, Math.min(200, article.text().length()))
                    .replace('\n', ' ') + "...");
        }
        for (Expectation e : EXPECTATIONS) {
            Object actual = e.actual().apply(articles.get(e.seed()));
            boolean ok = Objects.equals(actual, e.expected());
            out.printf("   %s %s: %s%n", ok ? "PASS" : "FAIL", e.seed().substring(0, 3) + " " + e.what(),
                    ok ? actual : "expected " + e.expected() + ", got " + actual);
            if (!ok) {
                failures.add(e.what());
            }
        }
        // Across articles: the same person, the same id, whatever the article.
        String id0 = idOf(articles.get(S0), "Mohammad Baqeri");
        String id1 = idOf(articles.get(S1), "Mohammad Baqeri");
        boolean sameId = id0 != null && id0.equals(id1);
        out.printf("   %s both: Mohammad Baqeri one id: %s%n", sameId ? "PASS" : "FAIL", sameId ? id0
                : id0 + " vs " + id1);
        if (!sameId) {
            failures.add("Baqeri id");
        }
        for (Map.Entry<String, Article> a : articles.entrySet()) {
            out.println("   entities of " + a.getKey().substring(0, 3) + ": " + a.getValue().entities().stream()
                    .map(e -> e.name() + " (" + e.type().name().charAt(0) + " " + e.count() + ")").toList());
        }
        int total = EXPECTATIONS.size() + 1;
        out.printf("seeds: %d of %d checks passed%n", total - failures.size(), total);
        return failures.size();
    }

    private static String read(Path f) {
        try {
            return Files.readString(f, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static <T> Object orNull(T value, Function<T, Object> f) {
        return value == null ? null : f.apply(value);
    }
}
