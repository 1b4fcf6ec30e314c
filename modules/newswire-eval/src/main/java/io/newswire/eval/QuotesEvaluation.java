package io.newswire.eval;

import io.newswire.enrich.api.Pipeline;
import io.newswire.enrich.api.Pipelines;
import io.newswire.enrich.quotes.QuotesEnricher;
import io.newswire.model.Article;
import io.newswire.model.Entity;
import io.newswire.model.EntityType;
import io.newswire.model.Language;
import io.newswire.model.Mention;
import io.newswire.model.Quote;
import io.newswire.model.RawArticle;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The quotes stage on PolNeAR (attribution relations in US political news, brat standoff): content
 * span precision and recall for direct quotes (gold: a content span opening with a quotation mark)
 * and for indirect ones (the rest), speaker accuracy on matched direct quotes (our speaker as written
 * overlaps the gold source), on the dev split. A span matches when the overlap is at least half of
 * the longer of the two (after trimming quotation marks, spaces and punctuation); exact matches are
 * reported too. The stage is rules: the train split was read to develop them, dev is the figure.
 * Usage: {@code QuotesEvaluation <polnear dir> [split] [errors]}; skips without the data.
 */
public final class QuotesEvaluation {

    /** A gold attribution: content (first to last character), source, cue; {@code -1} when absent. */
    record Gold(int cs, int ce, int ss, int se, boolean direct) {
    }

    private QuotesEvaluation() {
    }

    public static void main(String[] args) throws Exception {
        run(Path.of(args[0]), args.length > 1 ? args[1] : "dev", args.length > 2 ? Integer.parseInt(args[2]) : 10,
                System.out);
    }

    public static void run(Path dir, String split, int errors, PrintStream out) throws Exception {
        agencies(errors, out);
        speakers(split.equals("test") ? "test" : "dev", errors, out);
        Path texts = dir.resolve(split).resolve("text");
        Path anns = dir.resolve(split).resolve("attributions");
        if (!Files.isDirectory(texts) || !Files.isDirectory(anns)) {
            out.println("skipped: " + texts + " not found");
            return;
        }
        Pipeline pipeline = Pipelines.standard();
        QuotesEnricher stage = new QuotesEnricher();
        int[] direct = new int[4]; // tp (overlap), predicted, gold, exact
        int[] lenient = new int[3]; // any overlap
        int[] indirect = new int[4];
        int speakerRight = 0;
        int speakerAll = 0;
        int[] named = new int[4]; // direct: right, all; indirect: right, all (gold source is a name the entity stage found)
        int shown = 0;
        int articles = 0;
        List<Path> files;
        try (Stream<Path> s = Files.list(texts)) {
            files = s.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path f : files) {
            String base = f.getFileName().toString().replaceAll("\\.txt$", "");
            Path ann;
            try (Stream<Path> s = Files.list(anns)) {
                ann = s.filter(a -> a.getFileName().toString().startsWith(base + "_")).sorted().findFirst().orElse(null);
            }
            if (ann == null) {
                continue;
            }
            articles++;
            String text = Files.readString(f, StandardCharsets.UTF_8);
            List<Gold> gold = gold(ann, text);
            Article a = pipeline.process(RawArticle.ofText(null, text).withId("c-" + Integer.toHexString(base.hashCode())));
            // offsets must index the original file: the pipeline's text is cleaned, so run the stage on the raw text
            Article raw = Article.builder(a.id(), text, "eval").language(new Language("en", 1.0))
                    .entities(a.text().equals(text) ? a.entities() : List.of()).build();
            List<Quote> quotes = stage.enrich(raw).quotes();
            for (String kind : List.of("direct", "indirect")) {
                boolean isDirect = kind.equals("direct");
                int[] c = isDirect ? direct : indirect;
                List<Gold> g = gold.stream().filter(x -> x.direct() == isDirect).toList();
                List<Quote> p = quotes.stream().filter(q -> q.kind().equals(kind)).toList();
                c[1] += p.size();
                c[2] += g.size();
                boolean[] used = new boolean[g.size()];
                if (isDirect) {
                    lenient[1] += p.size();
                    lenient[2] += g.size();
                    boolean[] any = new boolean[g.size()];
                    for (Quote q : p) {
                        for (int i = 0; i < g.size(); i++) {
                            if (!any[i] && q.content().start() < g.get(i).ce() && q.content().end() > g.get(i).cs()) {
                                any[i] = true;
                                lenient[0]++;
                                break;
                            }
                        }
                    }
                }
                for (Quote q : p) {
                    int[] qs = trim(text, q.content().start(), q.content().end());
                    int best = -1;
                    for (int i = 0; i < g.size(); i++) {
                        int[] gs = trim(text, g.get(i).cs(), g.get(i).ce());
                        int ov = Math.min(qs[1], gs[1]) - Math.max(qs[0], gs[0]);
                        if (!used[i] && ov * 2 >= Math.max(qs[1] - qs[0], gs[1] - gs[0])) {
                            best = i;
                            if (qs[0] == gs[0] && qs[1] == gs[1]) {
                                c[3]++;
                            }
                            break;
                        }
                    }
                    if (best >= 0) {
                        used[best] = true;
                        c[0]++;
                        Gold gg = g.get(best);
                        String sourceId = gg.ss() < 0 ? null : entityAt(text, raw.entities(), gg.ss(), gg.se());
                        if (sourceId != null) {
                            named[isDirect ? 1 : 3]++;
                            named[isDirect ? 0 : 2] += sourceId.equals(q.speaker()) ? 1 : 0;
                            if (!sourceId.equals(q.speaker()) && shown < errors) {
                                shown++;
                                out.printf("  speaker id: gold '%s' (%s) got %s (written '%s')%n",
                                        text.substring(gg.ss(), gg.se()), sourceId, q.speaker(),
                                        q.speakerText() == null ? null : q.speakerText().text());
                            }
                        }
                        if (isDirect && gg.ss() >= 0) {
                            speakerAll++;
                            if (q.speakerText() != null && q.speakerText().start() < gg.se()
                                    && q.speakerText().end() > gg.ss()) {
                                speakerRight++;
                            } else if (shown < errors) {
                                shown++;
                                out.printf("  speaker: gold '%s' got '%s' for %s%n", text.substring(gg.ss(), gg.se()),
                                        q.speakerText() == null ? null : q.speakerText().text(), clip(q.content().text()));
                            }
                        }
                    } else if (shown < errors) {
                        shown++;
                        out.printf("  false %s: %s%n", kind, clip(q.content().text()));
                    }
                }
                for (int i = 0; i < g.size(); i++) {
                    if (!used[i] && isDirect && shown < errors) {
                        shown++;
                        out.printf("  missed direct: %s%n", clip(text.substring(g.get(i).cs(), g.get(i).ce())));
                    }
                }
            }
        }
        out.printf(Locale.ROOT, "quotes eval on PolNeAR %s (%d articles, first annotator's file each)%n", split, articles);
        report(out, "direct quotes (overlap >= 1/2)", direct);
        out.printf(Locale.ROOT, "    exact spans: %d%n", direct[3]);
        report(out, "direct quotes (any overlap)", lenient);
        out.printf(Locale.ROOT, "  direct speaker accuracy (matched, gold source): %d/%d = %.3f%n", speakerRight,
                speakerAll, speakerAll == 0 ? 0.0 : (double) speakerRight / speakerAll);
        out.printf(Locale.ROOT, "  speaker entity id where the gold source is a name the entity stage found: direct %d/%d,"
                + " indirect %d/%d%n", named[0], named[1], named[2], named[3]);
        report(out, "indirect (overlap >= 1/2)", indirect);
        int[] all = {direct[0] + indirect[0], direct[1] + indirect[1], direct[2] + indirect[2]};
        report(out, "all attributions", all);
    }

    /** A passage of the self-written agency set: id, style, expected direct quotes, text. */
    record Passage(String id, String style, List<String[]> quotes, String text) {
    }

    /** The self-written passages in many agencies' styles ({@code quotes/agency-quotes.tsv}). */
    static List<Passage> passages() throws IOException {
        List<Passage> out = new ArrayList<>();
        try (var in = QuotesEvaluation.class.getResourceAsStream("quotes/agency-quotes.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                List<String[]> quotes = new ArrayList<>();
                if (!f[2].equals("-")) {
                    for (String q : f[2].split(" \\|\\| ")) {
                        String[] cs = q.split(" => ");
                        quotes.add(new String[] {cs[0].replace("\\n", "\n"), cs[1]});
                    }
                }
                out.add(new Passage(f[0], f[1], quotes, f[3].replace("\\n", "\n")));
            }
        }
        return out;
    }

    /**
     * Direct quotes on the self-written agency passages, a second measure beside PolNeAR (one
     * publisher family's style): content matched as on PolNeAR (overlap of at least half the longer
     * span), speaker as written matched by overlap. The stage runs without entities.
     */
    static void agencies(int errors, PrintStream out) throws IOException {
        QuotesEnricher stage = new QuotesEnricher();
        int tp = 0;
        int predicted = 0;
        int gold = 0;
        int exact = 0;
        int speakers = 0;
        int shown = 0;
        List<Passage> ps = passages();
        for (Passage p : ps) {
            Article a = Article.builder("c-" + Integer.toHexString(p.id().hashCode()), p.text(), "eval")
                    .language(new Language("en", 1.0)).build();
            List<Quote> qs = stage.enrich(a).quotes().stream().filter(q -> q.kind().equals("direct")).toList();
            predicted += qs.size();
            gold += p.quotes().size();
            boolean[] used = new boolean[p.quotes().size()];
            for (Quote q : qs) {
                int[] x = trim(p.text(), q.content().start(), q.content().end());
                boolean hit = false;
                for (int i = 0; i < used.length && !hit; i++) {
                    int gs = p.text().indexOf(p.quotes().get(i)[0]);
                    int[] y = trim(p.text(), gs, gs + p.quotes().get(i)[0].length());
                    int ov = Math.min(x[1], y[1]) - Math.max(x[0], y[0]);
                    if (!used[i] && ov * 2 >= Math.max(x[1] - x[0], y[1] - y[0])) {
                        used[i] = hit = true;
                        tp++;
                        exact += x[0] == y[0] && x[1] == y[1] ? 1 : 0;
                        if (speakerMatches(p.text(), p.quotes().get(i)[1], q)) {
                            speakers++;
                        } else if (shown++ < errors) {
                            out.printf("  agency %s speaker: gold '%s' got '%s'%n", p.id(), p.quotes().get(i)[1],
                                    q.speakerText() == null ? null : q.speakerText().text());
                        }
                    }
                }
                if (!hit && shown++ < errors) {
                    out.printf("  agency %s false direct: %s%n", p.id(), clip(q.content().text()));
                }
            }
            for (int i = 0; i < used.length; i++) {
                if (!used[i] && shown++ < errors) {
                    out.printf("  agency %s missed direct: %s%n", p.id(), clip(p.quotes().get(i)[0]));
                }
            }
        }
        out.printf(Locale.ROOT, "quotes eval on the self-written agency passages (%d passages)%n", ps.size());
        report(out, "direct quotes (overlap >= 1/2)", new int[] {tp, predicted, gold});
        out.printf(Locale.ROOT, "    exact spans: %d%n", exact);
        out.printf(Locale.ROOT, "  direct speaker accuracy (matched): %d/%d = %.3f%n", speakers, tp,
                tp == 0 ? 0.0 : (double) speakers / tp);
    }

    /**
     * The id of the entity a source span names: in the span up to its first comma (an apposition follows
     * it), the person whose mention ends last ('White House press secretary Josh Earnest' is Earnest,
     * 'Flynn, a top Trump surrogate,' is Flynn), else such an organisation; {@code null} when none.
     */
    private static String entityAt(String text, List<Entity> entities, int s, int e) {
        int comma = text.indexOf(',', s);
        int end = comma > s && comma < e ? comma : e;
        String best = null;
        int bestEnd = -1;
        boolean bestPerson = false;
        for (Entity en : entities) {
            if (en.id() == null || en.type() != EntityType.PERSON && en.type() != EntityType.ORGANIZATION) {
                continue;
            }
            boolean person = en.type() == EntityType.PERSON;
            for (Mention m : en.mentions()) {
                if (m.start() < end && m.end() > s && (person && !bestPerson || person == bestPerson
                        && m.end() > bestEnd)) {
                    best = en.id();
                    bestEnd = m.end();
                    bestPerson = person;
                }
            }
        }
        return best;
    }

    /** A quote of the speaker-resolution set: kind, content, speaker as written, entity named ("-": none). */
    record SpeakerQuote(String kind, String content, String speaker, String entity) {
    }

    /** A passage of the speaker-resolution set. */
    record SpeakerPassage(String id, String style, String split, List<SpeakerQuote> quotes, String text) {
    }

    /** The self-written passages whose speakers are descriptions and pronoun ({@code quotes/speaker-resolution.tsv}). */
    static List<SpeakerPassage> speakerPassages() throws IOException {
        List<SpeakerPassage> out = new ArrayList<>();
        try (var in = QuotesEvaluation.class.getResourceAsStream("quotes/speaker-resolution.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                List<SpeakerQuote> quotes = new ArrayList<>();
                for (String q : f[3].split(" \\|\\| ")) {
                    String[] k = q.split(" \\| ");
                    quotes.add(new SpeakerQuote(k[0], k[1], k[2], k[3]));
                }
                out.add(new SpeakerPassage(f[0], f[1], f[2], quotes, f[4].replace("\\n", "\n")));
            }
        }
        return out;
    }

    /**
     * Speakers as entity ids on the self-written speaker-resolution passages of one split ({@code dev}, or
     * {@code test}, the quarter kept aside): each passage through the standard pipeline (its entities are
     * the ones a user gets), each labelled quote matched to the predicted quote whose content overlaps it
     * (either kind), and its speaker id compared with the entity the label names, or with none.
     */
    static void speakers(String split, int errors, PrintStream out) throws IOException {
        Pipeline pipeline = Pipelines.standard();
        int gold = 0;
        int found = 0;
        int kindRight = 0;
        int right = 0;
        int given = 0;
        int wrong = 0;
        int withEntity = 0;
        int entityRight = 0;
        int noneGold = 0;
        int noneRight = 0;
        int unrecognised = 0;
        int shown = 0;
        int passages = 0;
        for (SpeakerPassage p : speakerPassages()) {
            if (!p.split().equals(split)) {
                continue;
            }
            passages++;
            Article a = pipeline.process(RawArticle.ofText(null, p.text())
                    .withId("c-" + Integer.toHexString(p.id().hashCode())));
            String t = a.text();
            List<Quote> qs = a.quotes();
            boolean[] used = new boolean[qs.size()];
            for (SpeakerQuote g : p.quotes()) {
                gold++;
                int gs = t.indexOf(g.content());
                int ge = gs + g.content().length();
                int hit = -1;
                for (int i = 0; i < qs.size() && hit < 0; i++) {
                    if (!used[i] && gs >= 0 && qs.get(i).content().start() < ge && qs.get(i).content().end() > gs) {
                        hit = i;
                    }
                }
                boolean none = g.entity().equals("-");
                noneGold += none ? 1 : 0;
                withEntity += none ? 0 : 1;
                if (hit < 0) {
                    if (shown++ < errors) {
                        out.printf("  speakers %s missed %s: %s%n", p.id(), g.kind(), clip(g.content()));
                    }
                    continue;
                }
                used[hit] = true;
                Quote q = qs.get(hit);
                found++;
                kindRight += q.kind().equals(g.kind()) ? 1 : 0;
                String expected = null;
                if (!none) {
                    int es = t.indexOf(g.entity());
                    expected = es < 0 ? null : entityAt(t, a.entities(), es, es + g.entity().length());
                    unrecognised += expected == null ? 1 : 0;
                }
                given += q.speaker() != null ? 1 : 0;
                boolean ok = none ? q.speaker() == null : expected != null && expected.equals(q.speaker());
                if (ok) {
                    right++;
                    noneRight += none ? 1 : 0;
                    entityRight += none ? 0 : 1;
                } else {
                    wrong += q.speaker() != null ? 1 : 0;
                    if (shown++ < errors) {
                        out.printf("  speakers %s: '%s' (%s) expected %s got %s (written '%s')%n", p.id(), g.speaker(),
                                clip(g.content()), none ? "none" : expected == null ? "'" + g.entity()
                                + "' (not an entity)" : expected, q.speaker(),
                                q.speakerText() == null ? null : q.speakerText().text());
                    }
                }
            }
        }
        out.printf(Locale.ROOT, "speakers as entities on the self-written passages, %s split (%d passages, %d quotes)%n",
                split, passages, gold);
        out.printf(Locale.ROOT, "  quotes found (content overlap): %d/%d, kind right %d%n", found, gold, kindRight);
        out.printf(Locale.ROOT, "  speaker id right (found quotes): %d/%d = %.3f%n", right, found,
                found == 0 ? 0.0 : (double) right / found);
        out.printf(Locale.ROOT, "    named entity expected: %d right of %d labelled (%d not recognised by the entity stage)%n",
                entityRight, withEntity, unrecognised);
        out.printf(Locale.ROOT, "    no entity expected: %d right (no id) of %d labelled%n", noneRight, noneGold);
        out.printf(Locale.ROOT, "  ids given: %d, wrong: %d, id precision %.3f%n", given, wrong,
                given == 0 ? 0.0 : (double) (given - wrong) / given);
    }

    /** Whether the quote's speaker overlaps an occurrence of the expected speaker as a whole word ('he' not in 'the'). */
    private static boolean speakerMatches(String text, String speaker, Quote q) {
        if (q.speakerText() == null) {
            return false;
        }
        for (int s = text.indexOf(speaker); s >= 0; s = text.indexOf(speaker, s + 1)) {
            int e = s + speaker.length();
            boolean word = (s == 0 || !Character.isLetterOrDigit(text.charAt(s - 1)))
                    && (e >= text.length() || !Character.isLetterOrDigit(text.charAt(e)));
            if (word && q.speakerText().start() < e && q.speakerText().end() > s) {
                return true;
            }
        }
        return false;
    }

    private static String clip(String s) {
        s = s.replace('\n', ' ');
        return s.length() > 110 ? s.substring(0, 110) + "..." : s;
    }

    /** Without quotation marks, spaces and punctuation at either end. */
    private static int[] trim(String text, int s, int e) {
        while (s < e && !Character.isLetterOrDigit(text.charAt(s))) {
            s++;
        }
        while (e > s && !Character.isLetterOrDigit(text.charAt(e - 1))) {
            e--;
        }
        return new int[] {s, e};
    }

    static List<Gold> gold(Path ann, String text) throws IOException {
        java.util.Map<String, int[]> spans = new java.util.HashMap<>();
        List<String[]> relations = new ArrayList<>();
        for (String line : Files.readAllLines(ann, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (f.length < 2) {
                continue;
            }
            if (f[0].startsWith("T")) {
                String[] typeAndSpans = f[1].split(" ", 2);
                int min = Integer.MAX_VALUE;
                int max = -1;
                for (String part : typeAndSpans[1].split(";")) {
                    String[] se = part.trim().split(" ");
                    min = Math.min(min, Integer.parseInt(se[0]));
                    max = Math.max(max, Integer.parseInt(se[1]));
                }
                spans.put(f[0], new int[] {min, Math.min(max, text.length())});
            } else if (f[0].startsWith("E")) {
                relations.add(f[1].split(" "));
            }
        }
        List<Gold> out = new ArrayList<>();
        for (String[] r : relations) {
            int[] content = null;
            int[] source = null;
            for (String role : r) {
                String[] kv = role.split(":");
                if (kv.length < 2) {
                    continue;
                }
                if (kv[0].startsWith("Content")) {
                    content = spans.get(kv[1]);
                } else if (kv[0].startsWith("Source")) {
                    source = spans.get(kv[1]);
                }
            }
            if (content == null || content[0] >= content[1]) {
                continue;
            }
            int s = content[0];
            while (s < content[1] && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            char first = text.charAt(s);
            // the New York Times writes quotation marks as two apostrophes (''...'')
            boolean direct = first == '"' || first == '\u201C' || s > 0 && (text.charAt(s - 1) == '"'
                    || text.charAt(s - 1) == '\u201C') || text.startsWith("''", s) || s > 1 && text.startsWith("''", s - 2);
            out.add(new Gold(content[0], content[1], source == null ? -1 : source[0], source == null ? -1 : source[1],
                    direct));
        }
        return out;
    }

    private static void report(PrintStream out, String what, int[] c) {
        double p = c[1] == 0 ? 0 : (double) c[0] / c[1];
        double r = c[2] == 0 ? 0 : (double) c[0] / c[2];
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        out.printf(Locale.ROOT, "  %-34s P %.3f (%d/%d)  R %.3f (%d/%d)  F1 %.3f%n", what, p, c[0], c[1], r, c[0], c[2],
                f);
    }
}
