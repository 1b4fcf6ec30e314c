package io.newswire.enrich.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Hindi and Bengali datelines (PTI's and IANS's Hindi services, BSS's Bangla one); rows invented for newswire. */
class IndicDatelinesTest {

    private static final LocalDate REF = LocalDate.of(2026, 11, 28);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "नयी दिल्ली, 25 नवंबर (भाषा) सरकार ने नई योजना की घोषणा की। | नयी दिल्ली | भाषा | 2026-11-25 | सरकार ने",
        "लखनऊ, 3 दिसम्बर (आईएएनएस)। राज्य में ठंड बढ़ी है। | लखनऊ | आईएएनएस | 2025-12-03 | राज्य",
        "पटना, २४ नवम्बर (भाषा) - बिहार में मतगणना शुरू हुई। | पटना | भाषा | 2026-11-24 | बिहार में",
        "ঢাকা, ২৫ নভেম্বর (বাসস) : রপ্তানি আয় বেড়েছে। | ঢাকা | বাসস | 2026-11-25 | রপ্তানি",
        "চট্টগ্রাম, 12 অক্টোবর 2026 (বাসস) : বন্দরে জাহাজ ভিড়েছে। | চট্টগ্রাম | বাসস | 2026-10-12 | বন্দরে",
        "जयपुर, 27 नवंबर। शहर में नई बसें चलेंगी। | जयपुर | - | 2026-11-27 | शहर में",
        "भोपाल, 26 नवंबर: विधानसभा का सत्र सोमवार से शुरू होगा। | भोपाल | - | 2026-11-26 | विधानसभा",
        "রাজশাহী, ২৮ নভেম্বর। শহরে শীত বেড়েছে। | রাজশাহী | - | 2026-11-28 | শহরে",
    })
    void shouldReadTheIndicDatelineWhenAPlaceADateAndABracketedAgencyOpenTheText(String text, String location,
            String agency, String date, String story) {
        DatelineParser.Match m = DatelineAssertions.assertReads(text, REF, location, null, agency, date);

        assertThat(text.substring(m.end())).startsWith(story);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "नयी दिल्ली, 25 नवंबर को संसद का सत्र शुरू होगा।",   // a sentence: place and date, no agency
        "मुंबई में बारिश, 25 नवंबर तक अलर्ट (भाषा)",          // no comma after the place words
        "ढाका, रविवार (बासस) बैठक हुई।",                     // no date
        "ঢাকা, ২৫ নভেম্বর (বাসস)",                           // nothing after the agency
        "इंदौर, 2 दिसंबर।",                                  // nothing after the danda
    })
    void shouldFindNoDatelineWhenTheIndicOpeningLacksAPart(String text) {
        assertThat(DatelineParser.parse(text, 0, REF)).isEmpty();
    }
}
