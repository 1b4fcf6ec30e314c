package io.newswire.enrich.geo;

import io.newswire.enrich.text.WordList;
import java.util.Set;

/** Words about places that both the geo stage and the link stage read. */
public final class PlaceWords {

    /** Generic words after a name that leave it the same place ("Kabul province", "Lahore city"). */
    private static final Set<String> GENERIC = WordList.load(PlaceWords.class, "generic-place-words.txt");

    private PlaceWords() {
    }

    /**
     * Whether {@code folded} (as {@link io.newswire.enrich.text.Folding#folded} gives it) is a generic
     * place word, so that "Farah Province" is still the place Farah.
     */
    public static boolean isGeneric(String folded) {
        return GENERIC.contains(folded);
    }

    /** Division words written before a name that leave it the same place, folded: "Co Kerry", "County Clare". */
    private static final Set<String> DIVISION_PREFIXES = Set.of("co", "county");

    /**
     * Whether {@code folded} (as {@link io.newswire.enrich.text.Folding#folded} gives it) is a division word
     * written before a name ("Co", "Co.", "County": Irish and British usage), so that "Co. Cork" is the county
     * Cork. "Co" after a name is a company ("Toyota Co"), hence a list of its own, read only before the name.
     */
    public static boolean isDivisionPrefix(String folded) {
        return DIVISION_PREFIXES.contains(folded);
    }
}
