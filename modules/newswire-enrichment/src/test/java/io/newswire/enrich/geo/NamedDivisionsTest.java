package io.newswire.enrich.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamedDivisionsTest {

    @ParameterizedTest(name = "named by {0}, then {1}; asked by {2}: {3}")
    @CsvSource({
        // first namer key | second namer key (0: none) | key asking | bonus
        "11, 0, 11, 1.0",   // only "Nelson" names Nelson: it supports its own towns a little
        "11, 0, 12, 2.0",   // another name asks: full support
        "11, 12, 11, 2.0",  // two different names name it
        "11, 11, 11, 1.0",  // the same name twice is still one namer
    })
    void shouldGiveFullSupportWhenSomethingOtherThanTheSameNameNamesTheDivision(long first, long second, long asking,
            double bonus) {
        NamedDivisions d = new NamedDivisions();
        d.name(7, first);
        if (second != 0) {
            d.name(7, second);
        }
        assertThat(d.bonus(7, asking)).isEqualTo(bonus);
        assertThat(d.bonus(8, asking)).isZero();
    }

    @ParameterizedTest(name = "{0} divisions")
    @CsvSource({"1", "9", "40"})
    void shouldKeepEveryDivisionWhenManyAreNamed(int count) {
        NamedDivisions d = new NamedDivisions();
        for (int i = 0; i < count; i++) {
            d.name(i * 3, 100 + i);
        }
        d.nameElsewhere(0);
        assertThat(d.contains((count - 1) * 3)).isTrue();
        assertThat(d.contains(count * 3 + 1)).isFalse();
        assertThat(d.bonus(0, 100)).isEqualTo(2.0);
    }
}
