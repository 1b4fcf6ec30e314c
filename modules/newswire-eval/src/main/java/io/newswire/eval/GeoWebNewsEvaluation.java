package io.newswire.eval;

import io.newswire.enrich.gazetteer.Gazetteer;
import io.newswire.enrich.geo.GeoEnricher;
import io.newswire.model.Article;
import io.newswire.model.Country;
import io.newswire.model.Entity;
import io.newswire.model.EntityType;
import io.newswire.model.Mention;
import io.newswire.model.Place;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * GeoWebNews (Gritta et al. 2019, "A Pragmatic Guide to Geoparsing Evaluation"): 200 web news
 * articles with every toponym typed and, where possible, resolved.
 *
 * <p>Recognition: the stage's place mentions and demonym mentions against the gold toponyms, exact
 * span match. Literal toponyms are Literal, Literal_Modifier, Mixed, Coercion and Embedded_Literal;
 * associative ones Non_Literal_Modifier, Metonymic, Embedded_Non_Lit, Demonym and Homonym; as in the
 * paper, Literal_Expression and Non_Lit_Expression (common nouns: "city", "citizens"), Non_Toponym
 * and Language are not toponyms, and a prediction on one of them counts neither way.
 *
 * <p>Resolution on gold spans: the gold toponyms of an article are handed to the stage as LOCATION
 * entities (as an entities stage would), and the place the stage gives each span is compared with the
 * gold coordinates: within 161 km (100 miles, the usual accuracy@161; the gold GeoNames entry itself
 * counts as within, whatever centre point our sources give it) and, where the gold has a GeoNames id,
 * the exact id. A span the stage leaves unresolved counts as wrong.
 */
public final class GeoWebNewsEvaluation {

    private static final Set<String> LITERAL = Set.of("Literal", "Literal_Modifier", "Mixed", "Coercion",
            "Embedded_Literal");
    private static final Set<String> ASSOCIATIVE = Set.of("Non_Literal_Modifier", "Metonymic", "Embedded_Non_Lit",
            "Demonym", "Homonym");

    private record Gold(int start, int end, String name, String type, Long geonameId, Double lat, Double lon) {
    }

    private GeoWebNewsEvaluation() {
    }

    public static void main(String[] args) throws Exception {
        run(Path.of(args[0]), "all", 10, System.out);
    }

    /**
     * Runs the evaluation on one split: {@code dev} (the articles at even positions of GWN.xml, 0, 2,
     * 4, ...), {@code test} (odd positions) or {@code all}. The data ships unsplit; alternating keeps
     * both halves alike in source and topic, since the file groups articles by nothing.
     */
    public static void run(Path dir, String split, int showErrors, PrintStream out) throws Exception {
        run(dir, split, showErrors, false, out);
    }

    /**
     * As {@link #run(Path, String, int, PrintStream)}; with {@code withEntities}, recognition runs the
     * language and entities stages in front of the geo stage, as the product does (their PERSON spans veto
     * places, their LOCATION spans are looked up whole, their organisations' first words may be cities).
     * Resolution on gold spans is the same either way.
     */
    public static void run(Path dir, String split, int showErrors, boolean withEntities, PrintStream out)
            throws Exception {
        run(dir, split, showErrors, withEntities, false, out);
    }

    /**
     * As {@link #run(Path, String, int, boolean, PrintStream)}; with {@code listSpans}, also lists every
     * missed gold toponym with the cause read from the output (another predicted span overlaps it, the
     * entities stage typed it, a lower-case or possessive form, a name the knowledge base has or lacks) and
     * every false place span, each with a few words of context, and what each gold span resolved to: the
     * per-span error listing that the counts above summarise.
     */
    public static void run(Path dir, String split, int showErrors, boolean withEntities, boolean listSpans,
            PrintStream out) throws Exception {
        if (!Set.of("dev", "test", "all").contains(split)) {
            throw new IllegalArgumentException("split must be dev, test or all: " + split);
        }
        Path xml = dir.resolve("GWN.xml");
        if (!Files.isRegularFile(xml)) {
            out.println("skipped: GeoWebNews not found at " + dir + " (expected GWN.xml)");
            return;
        }
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = f.newDocumentBuilder().parse(xml.toFile());
        NodeList articles = doc.getElementsByTagName("article");
        GeoEnricher geo = new GeoEnricher();
        Gazetteer gaz = Gazetteer.get();
        List<io.newswire.enrich.api.Enricher> front = withEntities
                ? List.of(new io.newswire.enrich.language.LanguageEnricher(),
                        new io.newswire.enrich.entities.EntitiesEnricher())
                : List.of();

        int tp = 0;
        int fp = 0;
        int literalGold = 0;
        int literalFound = 0;
        int associativeGold = 0;
        int associativeFound = 0;
        int resolvable = 0;
        int within = 0;
        int withId = 0;
        int exactId = 0;
        int unresolved = 0;
        int badOffsets = 0;
        int foundResolvable = 0;
        int foundWithin = 0;
        int wrongAnchored = 0;
        int wrongEntry = 0;
        Map<String, Integer> wrongByType = new TreeMap<>();
        Map<String, Integer> missedRecognition = new TreeMap<>();
        List<String> resolutionErrors = new ArrayList<>();
        List<String> missedSpans = new ArrayList<>();
        List<String> falseSpans = new ArrayList<>();
        Map<String, Integer> missedCauses = new TreeMap<>();
        int used = 0;
        for (int a = 0; a < articles.getLength(); a++) {
            if (split.equals("dev") && a % 2 != 0 || split.equals("test") && a % 2 == 0) {
                continue;
            }
            used++;
            Element art = (Element) articles.item(a);
            String text = art.getElementsByTagName("text").item(0).getTextContent();
            List<Gold> gold = new ArrayList<>();
            NodeList tops = art.getElementsByTagName("toponym");
            for (int t = 0; t < tops.getLength(); t++) {
                Element e = (Element) tops.item(t);
                int start = Integer.parseInt(child(e, "start"));
                int end = Integer.parseInt(child(e, "end"));
                String name = child(e, "extractedName");
                if (start < 0 || end < start || end > text.length() || !text.substring(start, end).equals(name)) {
                    badOffsets++;
                    continue;
                }
                String id = child(e, "geonamesID");
                String lat = child(e, "latitude");
                String lon = child(e, "longitude");
                gold.add(new Gold(start, end, name, child(e, "type"),
                        id == null || id.isBlank() ? null : Long.parseLong(id.strip()),
                        lat == null || lat.isBlank() ? null : Double.parseDouble(lat),
                        lon == null || lon.isBlank() ? null : Double.parseDouble(lon)));
            }

            // recognition: the stage on its own
            Article input = Article.builder("gwn-" + a, text, "eval").build();
            for (io.newswire.enrich.api.Enricher stage : front) {
                input = stage.enrich(input);
            }
            Article plain = geo.enrich(input);
            Set<Long> predicted = new HashSet<>();
            for (Place p : plain.places()) {
                for (Mention m : p.mentions()) {
                    predicted.add(span(m.start(), m.end()));
                }
            }
            for (Country c : plain.countries()) {
                for (Mention m : c.mentions()) {
                    predicted.add(span(m.start(), m.end()));
                }
            }
            // resolution on the spans the stage found: the place it gave each found gold span with coordinates
            Map<Long, double[]> foundPoint = new HashMap<>();
            Map<Long, Long> foundId = new HashMap<>();
            for (Place pl : plain.places()) {
                for (Mention m : pl.mentions()) {
                    if (pl.lat() != null) {
                        foundPoint.put(span(m.start(), m.end()), new double[] {pl.lat(), pl.lon()});
                        foundId.put(span(m.start(), m.end()), pl.geonameId());
                    }
                }
            }
            for (Country c : plain.countries()) {
                for (Mention m : c.mentions()) {
                    long k = span(m.start(), m.end());
                    if (!foundPoint.containsKey(k) && gaz.countryCentre(c.code()) != null) {
                        foundPoint.put(k, gaz.countryCentre(c.code()));
                        foundId.put(k, (long) gaz.countryGeonameId(c.code()));
                    }
                }
            }
            for (Gold g : gold) {
                long k = span(g.start(), g.end());
                if ((LITERAL.contains(g.type()) || ASSOCIATIVE.contains(g.type())) && g.lat() != null
                        && predicted.contains(k)) {
                    foundResolvable++;
                    double[] pt = foundPoint.get(k);
                    boolean same = g.geonameId() != null && g.geonameId().equals(foundId.get(k));
                    if (pt != null && (same || km(g.lat(), g.lon(), pt[0], pt[1]) <= 161)) {
                        foundWithin++;
                    }
                }
            }
            Set<Long> goldToponyms = new HashSet<>();
            Set<Long> notCounted = new HashSet<>();
            for (Gold g : gold) {
                boolean literal = LITERAL.contains(g.type());
                boolean associative = ASSOCIATIVE.contains(g.type());
                if (!literal && !associative) {
                    notCounted.add(span(g.start(), g.end()));
                    continue;
                }
                goldToponyms.add(span(g.start(), g.end()));
                boolean found = predicted.contains(span(g.start(), g.end()));
                if (literal) {
                    literalGold++;
                    literalFound += found ? 1 : 0;
                } else {
                    associativeGold++;
                    associativeFound += found ? 1 : 0;
                }
                if (!found) {
                    missedRecognition.merge(g.name(), 1, Integer::sum);
                    if (listSpans) {
                        String cause = missCause(g, text, predicted, plain, gaz);
                        missedCauses.merge(cause.replaceAll(":.*", ""), 1, Integer::sum);
                        missedSpans.add(String.format(Locale.ROOT, "%-5s %-22s %-30s | %s | %s", "a" + a, g.type(),
                                g.name(), cause, context(text, g.start(), g.end())));
                    }
                }
            }
            for (long p : predicted) {
                if (goldToponyms.contains(p)) {
                    tp++;
                } else if (!notCounted.contains(p)) {
                    fp++;
                    if (listSpans) {
                        int s0 = (int) (p >>> 32);
                        int e0 = (int) p;
                        falseSpans.add(String.format(Locale.ROOT, "%-5s %-30s | %s", "a" + a, text.substring(s0, e0),
                                context(text, s0, e0)));
                    }
                }
            }

            // resolution on gold spans
            List<Mention> spans = new ArrayList<>();
            for (Gold g : gold) {
                if ((LITERAL.contains(g.type()) || ASSOCIATIVE.contains(g.type())) && g.lat() != null) {
                    spans.add(new Mention(g.start(), g.end(), g.name()));
                }
            }
            if (spans.isEmpty()) {
                continue;
            }
            Entity locations = new Entity(null, "gold", EntityType.LOCATION, null, List.of(), spans, spans.size(), 1.0);
            Article resolved = geo.enrich(Article.builder("gwn-" + a, text, "eval").entities(List.of(locations))
                    .build());
            for (Gold g : gold) {
                if (!(LITERAL.contains(g.type()) || ASSOCIATIVE.contains(g.type())) || g.lat() == null) {
                    continue;
                }
                resolvable++;
                double[] got = null;
                Long gotId = null;
                String gotName = null;
                int bestOverlap = 0;
                for (Place p : resolved.places()) {
                    for (Mention m : p.mentions()) {
                        // the mention covering most of the gold span ("Washington" of "Washington, D.C.")
                        int overlap = Math.min(m.end(), g.end()) - Math.max(m.start(), g.start());
                        if (overlap > bestOverlap && p.lat() != null) {
                            bestOverlap = overlap;
                            got = new double[] {p.lat(), p.lon()};
                            gotId = p.geonameId();
                            gotName = p.name() + " " + p.countryCode();
                        }
                    }
                }
                if (got == null) {
                    for (Country c : resolved.countries()) {
                        for (Mention m : c.mentions()) {
                            if (m.start() < g.end() && g.start() < m.end()) {
                                // a demonym resolves to its country's entry
                                got = gaz.countryCentre(c.code());
                                gotId = gaz.countryGeonameId(c.code());
                                gotName = c.name();
                            }
                        }
                    }
                }
                if (g.geonameId() != null) {
                    withId++;
                    if (g.geonameId().equals(gotId)) {
                        exactId++;
                    }
                }
                if (got == null) {
                    unresolved++;
                    if (listSpans) {
                        falseSpans.add(String.format(Locale.ROOT, "RES  a%-4d %-30s gold %s got nothing", a, g.name(),
                                g.geonameId()));
                    }
                    continue;
                }
                // the gold entry itself is right whatever centre point our source gives it (world-countries
                // rounds country centres to whole degrees: the United States is 235 km from GeoNames' point)
                boolean sameEntry = g.geonameId() != null && g.geonameId().equals(gotId);
                double km = sameEntry ? 0 : km(g.lat(), g.lon(), got[0], got[1]);
                if (km <= 161) {
                    within++;
                } else {
                    wrongByType.merge(g.type(), 1, Integer::sum);
                    if (gotId == null) {
                        wrongAnchored++;
                    } else {
                        wrongEntry++;
                    }
                }
                if (listSpans) {
                    falseSpans.add(String.format(Locale.ROOT, "RES  a%-4d %-30s gold %s got %s %s %.0f km", a, g.name(),
                            g.geonameId(), gotId, gotName, km));
                }
                if (km > 161 && resolutionErrors.size() < showErrors * 3) {
                    resolutionErrors.add(String.format(Locale.ROOT, "%s [%s] -> %s (%.0f km off)", g.name(), g.type(),
                            gotName, km));
                }
            }
        }
        double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double r = (double) (literalFound + associativeFound) / Math.max(1, literalGold + associativeGold);
        out.printf(Locale.ROOT, "GeoWebNews %s: %d articles (%d gold spans with offsets not matching the text skipped)%s%n",
                split, used, badOffsets, withEntities ? "; recognition with the language and entities stages in front" : "");
        out.printf(Locale.ROOT, "recognition (exact span): P %.4f R %.4f F1 %.4f (tp %d, fp %d)%n", p, r,
                p + r == 0 ? 0 : 2 * p * r / (p + r), tp, fp);
        out.printf(Locale.ROOT, "  recall literal %.4f (%d/%d), associative %.4f (%d/%d)%n",
                (double) literalFound / Math.max(1, literalGold), literalFound, literalGold,
                (double) associativeFound / Math.max(1, associativeGold), associativeFound, associativeGold);
        out.printf(Locale.ROOT, "resolution on gold spans: within 161 km %.4f (%d/%d; %d unresolved), exact GeoNames id "
                + "%.4f (%d/%d)%n", (double) within / Math.max(1, resolvable), within, resolvable, unresolved,
                (double) exactId / Math.max(1, withId), exactId, withId);
        out.printf(Locale.ROOT, "resolution on the found spans (gold spans with coordinates the stage found): within 161 km "
                + "%.4f (%d/%d)%n", (double) foundWithin / Math.max(1, foundResolvable), foundWithin, foundResolvable);
        out.printf(Locale.ROOT, "  beyond 161 km: %d unknown to the gazetteer and placed at the article's anchor, "
                + "%d resolved to a wrong gazetteer entry; by gold type: %s%n", wrongAnchored, wrongEntry, wrongByType);
        if (showErrors > 0) {
            out.println("most missed toponyms (recognition):");
            missedRecognition.entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue()).limit(showErrors)
                    .forEach(e -> out.println("  " + e.getValue() + "  " + e.getKey()));
            out.println("resolution errors (first):");
            resolutionErrors.stream().limit(showErrors).forEach(e -> out.println("  " + e));
        }
        if (listSpans) {
            out.println("missed gold toponyms by cause: " + missedCauses);
            missedSpans.forEach(e -> out.println("MISS " + e));
            falseSpans.forEach(e -> out.println(e.startsWith("RES") ? e : "FP   " + e));
        }
    }

    /** Why the stage missed a gold span, read from its output (first cause that applies). */
    private static String missCause(Gold g, String text, Set<Long> predicted, Article out, Gazetteer gaz) {
        for (long p : predicted) {
            int s0 = (int) (p >>> 32);
            int e0 = (int) p;
            if (s0 < g.end() && g.start() < e0) {
                return "overlap: " + text.substring(s0, e0);
            }
        }
        for (Entity e : out.entities()) {
            for (Mention m : e.mentions()) {
                if (m.start() < g.end() && g.start() < m.end()) {
                    return "entity " + e.type() + ": " + m.text()
                            + (gaz.lookup(g.name()).length > 0 ? " (in KB)" : "");
                }
            }
        }
        if (Character.isLowerCase(g.name().codePointAt(0))) {
            return "lower-case";
        }
        if (g.end() < text.length() && (text.startsWith("'s", g.end()) || text.startsWith("\u2019s", g.end()))) {
            return gaz.lookup(g.name()).length > 0 ? "possessive in KB" : "possessive not in KB";
        }
        return gaz.lookup(g.name()).length > 0 ? "in KB, filtered" : "not in KB";
    }

    private static String context(String text, int start, int end) {
        String s = text.substring(Math.max(0, start - 40), start) + "[[" + text.substring(start, end) + "]]"
                + text.substring(end, Math.min(text.length(), end + 40));
        return s.replaceAll("\\s+", " ");
    }

    private static long span(int start, int end) {
        return (long) start << 32 | end;
    }

    private static String child(Element e, String name) {
        NodeList n = e.getElementsByTagName(name);
        return n.getLength() == 0 ? null : n.item(0).getTextContent();
    }

    static double km(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
