package io.newswire.enrich.language;

import io.newswire.enrich.text.WordList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tells close relatives apart where character trigrams cannot: Malay and Indonesian, Bosnian and
 * Croatian, Bokmål, Nynorsk and Danish share nearly all their trigrams, and differ instead in a
 * known set of words ("kerana"/"karena", "tisuća"/"hiljada", "ikkje"/"ikke"/"ikk'"). Each marker
 * word votes for the languages that write it so; the trigram choice stands unless another member
 * of its group has strictly more votes.
 *
 * <p>The word lists ({@code markers-<code>.txt} next to this class) come from the standard descriptions of how these languages differ (spelling,
 * month names, everyday vocabulary, function words), not from any evaluation set; topic words
 * ("Hrvatska", "Malaysia") are left out on purpose, since a Bosnian text may well be about Croatia.
 */
final class CloseRelatives {

    /** Marker word -> the languages of its group that use it. */
    private static final Map<String, Set<String>> MARKERS;
    /** Language -> the group it belongs to. */
    private static final Map<String, Set<String>> GROUP_OF;

    static {
        Map<String, Set<String>> m = new HashMap<>();
        Map<String, Set<String>> g = new HashMap<>();
        // Malay / Indonesian
        group(g, "ms", "id");
        words(m, "ms", WordList.load(CloseRelatives.class, "markers-ms.txt"));
        words(m, "id", WordList.load(CloseRelatives.class, "markers-id.txt"));
        // Bosnian / Croatian (Serbian is written in Cyrillic in our data, and told apart by script)
        group(g, "bs", "hr");
        words(m, "hr", WordList.load(CloseRelatives.class, "markers-hr.txt"));
        words(m, "bs", WordList.load(CloseRelatives.class, "markers-bs.txt"));
        // Bokmål / Nynorsk / Danish
        group(g, "nb", "nn", "da");
        words(m, "nn", WordList.load(CloseRelatives.class, "markers-nn.txt"));
        words(m, "nb", WordList.load(CloseRelatives.class, "markers-nb.txt"));
        words(m, "da", WordList.load(CloseRelatives.class, "markers-da.txt"));
        MARKERS = Map.copyOf(m);
        GROUP_OF = Map.copyOf(g);
    }

    private CloseRelatives() {
    }

    private static void group(Map<String, Set<String>> groups, String... members) {
        Set<String> group = Set.of(members);
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

    /** Whether {@code code} has close relatives this class can tell it from. */
    static boolean hasRelatives(String code) {
        return GROUP_OF.containsKey(code);
    }

    /** The members of {@code code}'s group, or an empty list. */
    static List<String> group(String code) {
        Set<String> g = GROUP_OF.get(code);
        return g == null ? List.of() : List.copyOf(g);
    }

    /**
     * The call for a text: the language, and how many marker words in it speak against it (a
     * Croatian text quoting a Bosnian source has some).
     */
    record Call(String code, int against) {
    }

    /**
     * The language of {@code code}'s group whose marker words the first {@code end} characters of
     * the text hold most of, or {@code code} itself when none holds strictly more than it does.
     */
    static Call resolve(String code, CharSequence text, int end) {
        Set<String> group = GROUP_OF.get(code);
        if (group == null) {
            return new Call(code, 0);
        }
        Map<String, Integer> votes = new HashMap<>();
        List<Set<String>> seen = new java.util.ArrayList<>();
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
                Set<String> users = MARKERS.get(word.toString());
                if (users != null) {
                    seen.add(users);
                    for (String l : users) {
                        if (group.contains(l)) {
                            votes.merge(l, 1, Integer::sum);
                        }
                    }
                }
                word.setLength(0);
            }
        }
        String best = code;
        int bestVotes = votes.getOrDefault(code, 0);
        for (Map.Entry<String, Integer> e : votes.entrySet()) {
            if (e.getValue() > bestVotes) {
                best = e.getKey();
                bestVotes = e.getValue();
            }
        }
        int against = 0;
        for (Set<String> users : seen) {
            if (!users.contains(best)) {
                against++;
            }
        }
        return new Call(best, against);
    }
}
