package io.newswire.enrich.geo;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.enrich.gazetteer.Gazetteer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The spotter's per-thread memo of spelling-variant answers ({@link GeoSpotter.VariantMemo}) gives what working
 * the answer out gives, for the first and every later asking, wherever the surface stands in its text, after
 * other surfaces took its slot, and when a surface of the same length shares it.
 */
class VariantMemoTest {

    private static final Gazetteer GAZ = Gazetteer.get();

    @ParameterizedTest
    @ValueSource(strings = {"Gawadar", "Balouchestan", "Sistan and Balouchestan", "Sistan-Balouchestan", "Karachee",
        "Peshawur", "Reached", "Wednesday", "Ministry", "Ravindranath", "Oxfordshire", "Quetzaltenango", "Mandalay",
        "Tashkient", "Samarqand", "Bujumbura", "Kirmanshah", "Xinjian", "Zürichsee", "Ouagadougou", "Kyiv-Pechersk"})
    void shouldGiveTheWorkedOutAnswerWhenAskedAgainAtAnotherPlace(String surface) {
        int[] expected = GeoSpotter.computeByVariant(GAZ, surface, 0, surface.length());
        String first = "Officials in " + surface + " said";
        String second = "On Friday " + surface + ", officials said";
        int[] a = GeoSpotter.byVariant(GAZ, first, 13, 13 + surface.length());
        int[] b = GeoSpotter.byVariant(GAZ, second, 10, 10 + surface.length());
        int[] c = GeoSpotter.byVariant(GAZ, surface, 0, surface.length());
        assertThat(a).isEqualTo(expected);
        assertThat(b).isEqualTo(expected);
        assertThat(c).isEqualTo(expected);
    }

    @Test
    void shouldNameSomeEntryForAKnownVariantSoTheRowsAboveTestAHit() {
        assertThat(GeoSpotter.computeByVariant(GAZ, "Gawadar", 0, 7)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Gawadar", "Karachee", "Balouchestan", "Mandalay"})
    void shouldNotTakeAnotherSurfacesAnswerWhenBothFallInOneSlotWithOneLength(String known) {
        // an invented word as long as the known variant, in the same slot: the memo must tell the two apart
        String other = null;
        for (int i = 0; other == null; i++) {
            String w = ("Qv" + Integer.toString(i, 36) + "zzzzzzzzzzzz").substring(0, known.length());
            if (!w.equals(known) && GeoSpotter.VariantMemo.slot(w, 0, w.length())
                    == GeoSpotter.VariantMemo.slot(known, 0, known.length())) {
                other = w;
            }
        }
        int[] knownAnswer = GeoSpotter.computeByVariant(GAZ, known, 0, known.length());
        int[] otherAnswer = GeoSpotter.computeByVariant(GAZ, other, 0, other.length());
        assertThat(knownAnswer).isNotEqualTo(otherAnswer);
        for (int pass = 0; pass < 2; pass++) {
            assertThat(GeoSpotter.byVariant(GAZ, known, 0, known.length())).isEqualTo(knownAnswer);
            assertThat(GeoSpotter.byVariant(GAZ, other, 0, other.length())).as(other).isEqualTo(otherAnswer);
        }
    }

    @Test
    void shouldKeepAnswersRightWhenOtherSurfacesTakeTheirSlots() {
        List<String> surfaces = new ArrayList<>(List.of("Gawadar", "Balouchestan", "Reached", "Peshawur"));
        // more invented names than the memo has slots: every slot is taken and retaken, some by surfaces of one length
        for (int i = 0; i < 3 * GeoSpotter.VariantMemo.SLOTS; i++) {
            surfaces.add("Nor" + Integer.toString(i * 7919, 26).replace('0', 'q') + "abad");
        }
        for (int pass = 0; pass < 2; pass++) {
            for (String s : surfaces) {
                String text = "In " + s + ".";
                assertThat(GeoSpotter.byVariant(GAZ, text, 3, 3 + s.length()))
                        .as(s).isEqualTo(GeoSpotter.computeByVariant(GAZ, s, 0, s.length()));
            }
        }
    }
}
