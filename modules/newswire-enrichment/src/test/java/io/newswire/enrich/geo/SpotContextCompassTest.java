package io.newswire.enrich.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpotContextCompassTest {

    // The name starts after the last space; the expected length of the compass word before it (0: none).
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Fighting spread in southern Valdora | false | 8",
        "Fighting spread in Southern Valdora | true | 0",
        "Fighting spread in Southern Valdora | false | 8",
        "rain fell over north-west Kessar | true | 10",
        "rain fell over NORTH Kessar | false | 5",
        "troops left the Far North Kessar | false | 5", // "North" is tried before "Far North"
        "troops arrived in central Ostrel | true | 7",
        "troops arrived in the Ostrel | false | 0",
        "troops arrived in Ostrel | false | 0",
        "troops arrived at Ostrel | false | 0",
        "aid reached northeastern Ostrel | true | 12",
        "aid reached the Nordeast Ostrel | false | 0",
        "aid reached mid-west Ostrel | false | 0",
        "aid reached Midwest Ostrel | false | 0",
        "the café in east Ostrel | true | 4",
        "the caf\u00E9 \u00E9ast Ostrel | false | 0",
    })
    void shouldMeasureTheCompassWordWrittenBeforeANameWhenThereIsOne(String text, boolean smallOnly, int length) {
        int start = text.lastIndexOf(' ') + 1;
        assertThat(SpotContext.compassBefore(text, start, smallOnly)).isEqualTo(length);
    }
}
