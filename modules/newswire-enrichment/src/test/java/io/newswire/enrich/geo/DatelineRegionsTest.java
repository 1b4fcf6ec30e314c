package io.newswire.enrich.geo;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.enrich.gazetteer.Gazetteer;
import io.newswire.enrich.text.Folding;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class DatelineRegionsTest {

    static Stream<String> codes() {
        return Stream.concat(DatelineRegions.postalCodeSet().stream(), DatelineRegions.standaloneCodeSet().stream())
                .distinct().sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("codes")
    void shouldNameADivisionOrCountryOfTheGazetteerWhenAnAbbreviationIsListed(String code) {
        Gazetteer gaz = Gazetteer.get();
        List<DatelineRegions.Region> regions = new ArrayList<>();
        if (DatelineRegions.postal(code) != null) {
            regions.addAll(DatelineRegions.postal(code));
        }
        if (DatelineRegions.standalone(code) != null) {
            regions.addAll(DatelineRegions.standalone(code));
        }
        assertThat(regions).isNotEmpty().allSatisfy(r -> {
            int[] entries = gaz.byKey(Folding.key(r.name()));
            assertThat(entries).as(r.name()).isNotNull();
            assertThat(java.util.Arrays.stream(entries).boxed().toList()).as(r.name())
                    .anyMatch(e -> (Gazetteer.kind(e) == Gazetteer.ADMIN1 || Gazetteer.kind(e) == Gazetteer.COUNTRY)
                            && gaz.countryCode(gaz.countryOf(e)).equals(r.countryCode()));
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"BC, CA", "NSW, AU", "KP, PK", "SC, US"})
    void shouldListTheCountryOfAStandaloneAbbreviationWhenItIsOneOfOneCountry(String code, String country) {
        assertThat(DatelineRegions.standalone(code)).extracting(DatelineRegions.Region::countryCode)
                .containsOnly(country);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"IN", "OR", "ME", "NL", "NT", "OK", "Or", "sc", "Bc"})
    void shouldNotReadAWordOrAnotherAcronymAloneWhenItIsAlsoAPostalCode(String code) {
        // words, the Netherlands, the New Testament, and anything not written in capitals
        assertThat(DatelineRegions.standalone(code)).isNull();
    }
}
