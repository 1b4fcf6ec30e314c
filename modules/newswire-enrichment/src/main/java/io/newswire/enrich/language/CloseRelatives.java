package io.newswire.enrich.language;

import io.newswire.enrich.text.WordList;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Tells close relatives apart where character trigrams cannot: Malay and Indonesian; Bosnian,
 * Croatian and Serbian written in Latin script; Bokmål, Nynorsk and Danish share nearly all their
 * trigrams, and differ instead in which words they use and how they spell them.
 *
 * <p>Two kinds of word evidence are added up per group member, in log units:
 * <ul>
 *   <li>naive-Bayes word probabilities counted on DSLCC v2.0 news sentences (CC0, built by
 *       {@code newswire train language-relatives}, resource {@value #COUNTS}) for the
 *       Bosnian/Croatian/Serbian and Indonesian/Malay groups: a word's count per language, add-α
 *       smoothed; words the counts never saw say nothing;</li>
 *   <li>hand-written marker words ({@code markers-<code>.txt}, from the standard descriptions of how
 *       these languages differ: "kerana"/"karena", "tisuća"/"hiljada", "ikkje"/"ikke"), each worth
 *       {@value #MARKER_WEIGHT} for every language that writes it so. They are the only evidence
 *       for the Scandinavian group, which the DSL data does not cover.</li>
 * </ul>
 * The trigram choice stands unless another member scores strictly higher.
 */
final class CloseRelatives {

    static final String COUNTS = "relatives-dslcc.tsv.gz";
    /** Log-odds one marker word adds: a few of them outweigh many ordinary words. */
    static final double MARKER_WEIGHT = 2.0;
    /** Add-α smoothing of the word counts. */
    static final double ALPHA = 0.5;

    /** Marker word -> the languages of its group that use it. */
    private static final Map<String, Set<String>> MARKERS;
    /** Language -> the group it belongs to, in a fixed order. */
    private static final Map<String, List<String>> GROUP_OF;
    /** Group (by its first member) -> word -> ln P(word | member), in the group's order. */
    private static final Map<String, Map<String, float[]>> WORDS;

    static {
        Map<String, Set<String>> m = new HashMap<>();
        Map<String, List<String>> g = new HashMap<>();
        // Malay / Indonesian
        group(g, "id", "ms");
        words(m, "ms", WordList.load(CloseRelatives.class, "markers-ms.txt"));
        words(m, "id", WordList.load(CloseRelatives.class, "markers-id.txt"));
        // Bosnian / Croatian / Serbian in Latin script (Cyrillic Serbian is told apart by its script)
        group(g, "bs", "hr", "sr");
        words(m, "hr", WordList.load(CloseRelatives.class, "markers-hr.txt"));
        // The Bosnian markers are the eastern forms against Croatian ("tokom", "hiljada", "evropski"),
        // which Serbian writes too; the word counts tell Bosnian from Serbian.
        words(m, "bs", WordList.load(CloseRelatives.class, "markers-bs.txt"));
        words(m, "sr", WordList.load(CloseRelatives.class, "markers-bs.txt"));
        // Bokmål / Nynorsk / Danish
        group(g, "nb", "nn", "da");
        words(m, "nn", WordList.load(CloseRelatives.class, "markers-nn.txt"));
        words(m, "nb", WordList.load(CloseRelatives.class, "markers-nb.txt"));
        words(m, "da", WordList.load(CloseRelatives.class, "markers-da.txt"));
        MARKERS = Map.copyOf(m);
        GROUP_OF = Map.copyOf(g);
        WORDS = loadCounts();
    }

    private CloseRelatives() {
    }

    private static void group(Map<String, List<String>> groups, String... members) {
        List<String> group = List.of(members);
        for (String code : members) {
            groups.put(code, group);
        }
    }

    private static void words(Map<String, Set<String>> markers, String language, Set<String> list) {
        for (String w : list) {
            markers.merge(w, Set.of(language), (a, b) -> {
                java.util.HashSet<String> both = new java.util.HashSet<>(a);
                both.addAll(b);
                return Set.copyOf(both);
            });
        }
    }

    /** Reads the word counts into ln P(word | language), add-α smoothed over the group's vocabulary. */
    private static Map<String, Map<String, float[]>> loadCounts() {
        try (InputStream raw = CloseRelatives.class.getResourceAsStream(COUNTS)) {
            if (raw == null) {
                throw new IllegalStateException(COUNTS + " missing from the classpath next to " + CloseRelatives.class);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
            Map<String, Map<String, float[]>> out = new HashMap<>();
            List<String> members = null;
            Map<String, int[]> counts = null;
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f[0].equals("@group")) { // never a word: words are letters only
                    if (members != null) {
                        out.put(members.get(0), probabilities(members, counts));
                    }
                    members = List.of(f).subList(1, f.length);
                    counts = new HashMap<>();
                    continue;
                }
                int[] c = new int[f.length - 1];
                for (int i = 1; i < f.length; i++) {
                    c[i - 1] = Integer.parseInt(f[i]);
                }
                counts.put(f[0], c);
            }
            if (members != null) {
                out.put(members.get(0), probabilities(members, counts));
            }
            return Map.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + COUNTS, e);
        }
    }

    private static Map<String, float[]> probabilities(List<String> members, Map<String, int[]> counts) {
        long[] totals = new long[members.size()];
        for (int[] c : counts.values()) {
            for (int l = 0; l < c.length; l++) {
                totals[l] += c[l];
            }
        }
        // Reorder into the group's order as GROUP_OF holds it.
        List<String> order = GROUP_OF.get(members.get(0));
        Map<String, float[]> p = new HashMap<>(counts.size() * 2);
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            float[] logp = new float[order.size()];
            for (int l = 0; l < order.size(); l++) {
                int src = members.indexOf(order.get(l));
                logp[l] = src < 0 ? 0f
                        : (float) Math.log((e.getValue()[src] + ALPHA) / (totals[src] + ALPHA * counts.size()));
            }
            p.put(e.getKey(), logp);
        }
        return Map.copyOf(p);
    }

    /** Whether {@code code} has close relatives this class can tell it from. */
    static boolean hasRelatives(String code) {
        return GROUP_OF.containsKey(code);
    }

    /** The members of {@code code}'s group, or an empty list. */
    static List<String> group(String code) {
        List<String> g = GROUP_OF.get(code);
        return g == null ? List.of() : g;
    }

    /**
     * The call for a text: the language, how many marker words in it speak against it (a Croatian
     * text quoting a Bosnian source has some), and the share of the group's word evidence it holds
     * (1 when no word decides between the members).
     */
    record Call(String code, int against, double share) {
    }

    /**
     * The member of {@code code}'s group whose words the first {@code end} characters of the text
     * speak for most, or {@code code} itself when none scores strictly more than it does.
     */
    static Call resolve(String code, CharSequence text, int end) {
        List<String> group = GROUP_OF.get(code);
        if (group == null) {
            return new Call(code, 0, 1.0);
        }
        Map<String, float[]> words = WORDS.getOrDefault(group.get(0), Map.of());
        double[] score = new double[group.size()];
        int evidence = 0;
        List<Set<String>> seen = new ArrayList<>();
        StringBuilder word = new StringBuilder(16);
        for (int i = 0; i <= end; ) {
            int cp = i < end ? Character.codePointAt(text, i) : ' ';
            i += i < end ? Character.charCount(cp) : 1;
            if (Character.isLetter(cp)) {
                if (word.length() < 32) {
                    word.appendCodePoint(Character.toLowerCase(cp));
                }
                continue;
            }
            if (word.length() > 0) {
                String w = word.toString();
                float[] logp = words.get(w);
                if (logp != null) {
                    evidence++;
                    for (int l = 0; l < score.length; l++) {
                        score[l] += logp[l];
                    }
                }
                Set<String> users = MARKERS.get(w);
                if (users != null) {
                    seen.add(users);
                    evidence++;
                    for (int l = 0; l < score.length; l++) {
                        if (users.contains(group.get(l))) {
                            score[l] += MARKER_WEIGHT;
                        }
                    }
                }
                word.setLength(0);
            }
        }
        int chosen = group.indexOf(code);
        for (int l = 0; l < score.length; l++) {
            if (score[l] > score[chosen]) {
                chosen = l;
            }
        }
        String best = group.get(chosen);
        int against = 0;
        for (Set<String> users : seen) {
            if (!users.contains(best)) {
                against++;
            }
        }
        if (evidence == 0) {
            return new Call(best, against, 1.0);
        }
        // Words are not independent: the evidence counts as at most EVIDENCE_WORDS of them.
        double temperature = Math.max(1.0, evidence / EVIDENCE_WORDS);
        double sum = 0;
        for (double s : score) {
            sum += Math.exp((s - score[chosen]) / temperature);
        }
        return new Call(best, against, 1.0 / sum);
    }

    /** Words counted as independent evidence between relatives. */
    static final double EVIDENCE_WORDS = 8.0;
}
