package io.newswire.enrich.geo;

import io.newswire.enrich.gazetteer.Gazetteer;
import io.newswire.enrich.text.Folding;
import io.newswire.enrich.text.WordList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Place names as a language that declines them writes them: Polish "w Krakowie", "pod Poznaniem", "z
 * Warszawy" name Kraków, Poznań and Warszawa. A table of case endings and the nominative endings they may
 * come from ({@code inflections-pl.tsv}), tried on a capitalised word that names nothing as written, longest
 * ending first; the first form the gazetteer knows as a town, division or country is the word's reading. A
 * rule on endings, not a list of towns. Built once; stateless after.
 */
final class InflectedNames {

    /** Per language (ISO 639-1): the pairs, longest inflected ending first. */
    private static final Map<String, InflectedNames> BY_LANGUAGE = Map.of("pl", new InflectedNames("inflections-pl.tsv"));

    /** Shortest word tried, and shortest stem left once the ending is cut. */
    private static final int MIN_WORD = 4;
    private static final int MIN_STEM = 3;

    private final String[] endings;
    private final String[] bases;

    private InflectedNames(String resource) {
        List<String[]> pairs = new ArrayList<>();
        for (String line : WordList.lines(InflectedNames.class, resource)) {
            String[] f = line.split("\t", -1);
            if (f.length != 2 || f[0].isBlank()) {
                throw new IllegalStateException(resource + ": not 'ending<TAB>base': " + line);
            }
            pairs.add(new String[] {f[0].strip(), f[1].strip()});
        }
        // stable: among pairs of one ending, the file's order
        pairs.sort((a, b) -> b[0].length() - a[0].length());
        endings = new String[pairs.size()];
        bases = new String[pairs.size()];
        for (int i = 0; i < pairs.size(); i++) {
            endings[i] = pairs.get(i)[0];
            bases[i] = pairs.get(i)[1];
        }
    }

    /** The table of {@code language}, or {@code null} when that language is not declined here. */
    static InflectedNames of(String language) {
        return language == null ? null : BY_LANGUAGE.get(language);
    }

    /**
     * The entries (towns, divisions, countries) of the nominative of the word {@code text[start, end)}, or
     * {@code null}. Called only for a capitalised word with no entry as written.
     */
    int[] entries(Gazetteer gaz, String text, int start, int end) {
        if (end - start < MIN_WORD || end < text.length() && Folding.isTokenChar(text.charAt(end))) {
            return null;
        }
        String word = text.substring(start, end);
        String lower = word.toLowerCase(Locale.ROOT);
        for (int i = 0; i < endings.length; i++) {
            String ending = endings[i];
            if (!lower.endsWith(ending) || word.length() - ending.length() < MIN_STEM) {
                continue;
            }
            int[] e = gaz.byKey(Folding.key(word.substring(0, word.length() - ending.length()) + bases[i]));
            if (e == null) {
                continue;
            }
            int n = 0;
            for (int x : e) {
                int kind = Gazetteer.kind(x);
                n += kind == Gazetteer.PLACE || kind == Gazetteer.ADMIN1 || kind == Gazetteer.ADMIN2
                        || kind == Gazetteer.COUNTRY ? 1 : 0;
            }
            if (n == 0) {
                continue;
            }
            if (n == e.length) {
                return e;
            }
            int[] kept = new int[n];
            n = 0;
            for (int x : e) {
                int kind = Gazetteer.kind(x);
                if (kind == Gazetteer.PLACE || kind == Gazetteer.ADMIN1 || kind == Gazetteer.ADMIN2
                        || kind == Gazetteer.COUNTRY) {
                    kept[n++] = x;
                }
            }
            return kept;
        }
        return null;
    }
}
