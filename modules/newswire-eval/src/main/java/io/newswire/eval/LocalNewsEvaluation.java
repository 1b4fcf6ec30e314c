package io.newswire.eval;

import io.newswire.enrich.geo.GeoEnricher;
import io.newswire.model.Article;
import io.newswire.model.Dateline;
import io.newswire.model.Mention;
import io.newswire.model.Place;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The local-news places set ({@code local-news.txt}, our own stories in the style of US, UK, Pakistani,
 * Nigerian, Indian local papers, gold GeoNames ids labelled before the stage was run): the geo stage
 * alone on each story, with the story's dateline handed over as the normalizer would.
 *
 * <p>Recall: a gold span counts as found when a place of kind literal (or, for a country, any place) has
 * a mention overlapping it ("Jackson, Tenn." is found by a mention "Jackson"). Accuracy: of the found
 * spans, the share whose place is the gold GeoNames entry or lies within 161 km of the gold point
 * ({@code local-news-gold.tsv}: a town's own GeoNames point, a division's mean of its towns, a country's
 * world-countries centre). The dateline is one more gold item, found when a place of kind dateline
 * exists. End to end = found and within 161 km, over all gold items.
 */
public final class LocalNewsEvaluation {

    /** One story of the set: its text without markup, its gold spans and its dateline. */
    record Story(String id, String split, String text, List<GoldSpan> gold, Dateline dateline, Long datelineId) {
    }

    record GoldSpan(int start, int end, String surface, long geonameId) {
    }

    private LocalNewsEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        run(args.length > 0 ? args[0] : "all", 10, System.out);
    }

    /** Runs the set, {@code split} = dev, test or all; lists up to {@code showErrors} errors. */
    public static void run(String split, int showErrors, PrintStream out) throws IOException {
        List<Story> stories = read();
        Map<Long, double[]> points = goldPoints();
        GeoEnricher geo = new GeoEnricher();
        int gold = 0;
        int found = 0;
        int within = 0;
        int exact = 0;
        int datelines = 0;
        int datelinesFound = 0;
        int datelinesWithin = 0;
        int predictedLiteral = 0;
        int predictedMatched = 0;
        int n = 0;
        List<String> errors = new ArrayList<>();
        for (Story s : stories) {
            if (!split.equals("all") && !split.equals(s.split())) {
                continue;
            }
            n++;
            Article in = Article.builder("local-" + s.id(), s.text(), "eval").dateline(s.dateline()).build();
            Article a = geo.enrich(in);
            for (GoldSpan g : s.gold()) {
                gold++;
                Place hit = null;
                int bestOverlap = 0;
                for (Place p : a.places()) {
                    // a dateline place has mentions only when the text names it too (one record per place)
                    for (Mention m : p.mentions()) {
                        // the mention covering most of the gold span: "Tupelo" of "Tupelo, Miss.", not "Miss."
                        int overlap = Math.min(m.end(), g.end()) - Math.max(m.start(), g.start());
                        if (overlap > bestOverlap) {
                            hit = p;
                            bestOverlap = overlap;
                        }
                    }
                }
                if (hit == null) {
                    if (errors.size() < showErrors * 4) {
                        errors.add(s.id() + ": missed " + g.surface());
                    }
                    continue;
                }
                found++;
                boolean ok = isWithin(hit, g.geonameId(), points);
                within += ok ? 1 : 0;
                exact += hit.geonameId() != null && hit.geonameId() == g.geonameId() ? 1 : 0;
                if (!ok && errors.size() < showErrors * 4) {
                    errors.add(s.id() + ": " + g.surface() + " -> " + hit.name() + " " + hit.countryCode() + " ("
                            + hit.geonameId() + ", gold " + g.geonameId() + ")");
                }
            }
            for (Place p : a.places()) {
                for (Mention m : p.mentions()) {
                    predictedLiteral++;
                    for (GoldSpan g : s.gold()) {
                        if (m.start() < g.end() && g.start() < m.end()) {
                            predictedMatched++;
                            break;
                        }
                    }
                }
            }
            if (s.datelineId() != null) {
                datelines++;
                Place d = null;
                for (Place p : a.places()) {
                    if (Place.DATELINE.equals(p.kind())) {
                        d = p;
                    }
                }
                if (d != null) {
                    datelinesFound++;
                    boolean ok = isWithin(d, s.datelineId(), points);
                    datelinesWithin += ok ? 1 : 0;
                    if (!ok && errors.size() < showErrors * 4) {
                        errors.add(s.id() + ": dateline -> " + d.name() + " " + d.countryCode());
                    }
                } else if (errors.size() < showErrors * 4) {
                    errors.add(s.id() + ": dateline place missing");
                }
            }
        }
        out.printf(Locale.ROOT, "local news (%s): %d stories, %d gold spans, %d datelines%n", split, n, gold, datelines);
        out.printf(Locale.ROOT, "  spans: recall %.4f (%d/%d), within 161 km of the found %.4f (%d/%d), exact id %.4f,"
                + " end to end %.4f%n", ratio(found, gold), found, gold, ratio(within, found), within, found,
                ratio(exact, found), ratio(within, gold));
        out.printf(Locale.ROOT, "  precision of place mentions (overlapping a gold span) %.4f (%d/%d)%n",
                ratio(predictedMatched, predictedLiteral), predictedMatched, predictedLiteral);
        out.printf(Locale.ROOT, "  datelines: found %.4f (%d/%d), within 161 km %.4f%n", ratio(datelinesFound, datelines),
                datelinesFound, datelines, ratio(datelinesWithin, Math.max(1, datelinesFound)));
        int all = gold + datelines;
        out.printf(Locale.ROOT, "  all items (spans + datelines): recall %.4f, within 161 km of the found %.4f%n",
                ratio(found + datelinesFound, all), ratio(within + datelinesWithin, found + datelinesFound));
        errors.stream().limit(showErrors).forEach(e -> out.println("  " + e));
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static boolean isWithin(Place p, long goldId, Map<Long, double[]> points) {
        if (p.geonameId() != null && p.geonameId() == goldId) {
            return true;
        }
        double[] g = points.get(goldId);
        return g != null && p.lat() != null
                && GeoWebNewsEvaluation.km(g[0], g[1], p.lat(), p.lon()) <= 161;
    }

    /** The stories of {@code local-news.txt}, markup removed. */
    static List<Story> read() throws IOException {
        List<Story> out = new ArrayList<>();
        try (InputStream in = LocalNewsEvaluation.class.getResourceAsStream("local-news.txt");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String id = null;
            String split = null;
            Dateline dateline = null;
            Long datelineId = null;
            StringBuilder body = new StringBuilder();
            for (String line = r.readLine(); ; line = r.readLine()) {
                if (line == null || line.startsWith("=== ")) {
                    if (id != null) {
                        out.add(story(id, split, body.toString().strip(), dateline, datelineId));
                    }
                    if (line == null) {
                        break;
                    }
                    String[] h = line.substring(4).strip().split(" ");
                    id = h[0];
                    split = h[1];
                    dateline = null;
                    datelineId = null;
                    body.setLength(0);
                } else if (line.startsWith("#") && id == null) {
                    continue;
                } else if (line.startsWith("@dateline ")) {
                    String[] f = line.substring(10).split("\\|", -1);
                    String display = displayForm(f[0]);
                    dateline = new Dateline(f[0], display, f[1].isEmpty() ? null : f[1], null, null, null);
                    datelineId = Long.parseLong(f[2]);
                } else {
                    body.append(line).append('\n');
                }
            }
        }
        return out;
    }

    private static Story story(String id, String split, String marked, Dateline dateline, Long datelineId) {
        StringBuilder text = new StringBuilder();
        List<GoldSpan> gold = new ArrayList<>();
        int i = 0;
        while (i < marked.length()) {
            int open = marked.indexOf("[[", i);
            if (open < 0) {
                text.append(marked, i, marked.length());
                break;
            }
            text.append(marked, i, open);
            int bar = marked.indexOf('|', open);
            int close = marked.indexOf("]]", bar);
            String surface = marked.substring(open + 2, bar);
            int start = text.length();
            text.append(surface);
            gold.add(new GoldSpan(start, text.length(), surface, Long.parseLong(marked.substring(bar + 1, close))));
            i = close + 2;
        }
        return new Story(id, split, text.toString(), List.copyOf(gold), dateline, datelineId);
    }

    /** "PORT HARCOURT" -> "Port Harcourt", as the dateline reader gives it. */
    private static String displayForm(String caps) {
        StringBuilder b = new StringBuilder(caps.length());
        boolean wordStart = true;
        for (char c : caps.toCharArray()) {
            b.append(wordStart ? c : Character.toLowerCase(c));
            wordStart = c == ' ' || c == '-';
        }
        return b.toString();
    }

    private static Map<Long, double[]> goldPoints() throws IOException {
        Map<Long, double[]> m = new HashMap<>();
        try (InputStream in = LocalNewsEvaluation.class.getResourceAsStream("local-news-gold.tsv");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split("\t", -1);
                if (line.startsWith("#") || f.length < 4 || f[2].isEmpty()) {
                    continue;
                }
                m.put(Long.parseLong(f[0]), new double[] {Double.parseDouble(f[2]), Double.parseDouble(f[3])});
            }
        }
        return m;
    }
}
