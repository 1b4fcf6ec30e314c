package io.newswire.enrich.geo;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.enrich.gazetteer.Gazetteer;
import io.newswire.enrich.text.Folding;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The spotter's per-thread memo of exact-name probes ({@link GeoSpotter.NameMemo}) gives the gazetteer's own answer
 * (the same array, or none) for the first and every later asking, when another key shares its slot, and after other
 * keys took every slot.
 */
class NameMemoTest {

    private static final Gazetteer GAZ = Gazetteer.get();

    @ParameterizedTest
    @ValueSource(strings = {"Paris", "New York", "Springfield", "Pakistan", "Iranian", "Kano State", "The", "He",
        "Reuters", "Qvzzxq", "Ouagadougou", "Côte d'Ivoire", "São Paulo"})
    void shouldGiveTheGazetteersOwnAnswerWhenAskedAgain(String name) {
        GeoSpotter.NameMemo memo = new GeoSpotter.NameMemo();
        long key = Folding.key(name);
        int[] expected = GAZ.byKey(key);
        for (int pass = 0; pass < 3; pass++) {
            assertThat(memo.byKey(GAZ, key)).as(name).isSameAs(expected);
        }
    }

    @Test
    void shouldNameSomeEntryForAKnownNameSoTheRowsAboveTestAHit() {
        assertThat(GAZ.byKey(Folding.key("Paris"))).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Paris", "Karachi", "Ohio", "Kenya"})
    void shouldNotTakeAnotherKeysAnswerWhenBothFallInOneSlot(String known) {
        GeoSpotter.NameMemo memo = new GeoSpotter.NameMemo();
        long knownKey = Folding.key(known);
        // an invented name whose key falls in the known name's slot: the memo must tell the two apart
        String other = null;
        for (int i = 0; other == null; i++) {
            String w = "Qv" + Integer.toString(i, 36) + "zz";
            if (GeoSpotter.NameMemo.slot(Folding.key(w)) == GeoSpotter.NameMemo.slot(knownKey)) {
                other = w;
            }
        }
        long otherKey = Folding.key(other);
        assertThat(GAZ.byKey(otherKey)).as(other).isNotSameAs(GAZ.byKey(knownKey));
        for (int pass = 0; pass < 2; pass++) {
            assertThat(memo.byKey(GAZ, knownKey)).isSameAs(GAZ.byKey(knownKey));
            assertThat(memo.byKey(GAZ, otherKey)).as(other).isSameAs(GAZ.byKey(otherKey));
        }
    }

    @Test
    void shouldKeepAnswersRightWhenOtherKeysTakeTheirSlots() {
        GeoSpotter.NameMemo memo = new GeoSpotter.NameMemo();
        List<String> names = new ArrayList<>(List.of("Paris", "Lahore", "Reuters", "Springfield", "Texas"));
        // more names than the memo has slots: every slot is taken and retaken, by known and invented names
        for (int i = 0; i < 3 * GeoSpotter.NameMemo.SLOTS; i++) {
            names.add(i % 2 == 0 ? "Nor" + Integer.toString(i * 7919, 26).replace('0', 'q') + "abad"
                    : GAZ.placeName(i * 37 % GAZ.placeCount()));
        }
        for (int pass = 0; pass < 2; pass++) {
            for (String n : names) {
                long key = Folding.key(n);
                assertThat(memo.byKey(GAZ, key)).as(n).isSameAs(GAZ.byKey(key));
            }
        }
    }
}
