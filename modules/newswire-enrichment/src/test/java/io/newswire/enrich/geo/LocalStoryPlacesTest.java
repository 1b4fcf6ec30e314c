package io.newswire.enrich.geo;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.model.Article;
import io.newswire.model.Country;
import io.newswire.model.Dateline;
import io.newswire.model.Language;
import io.newswire.model.Place;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Local stories (issue 15, s35; the s34 QA's C2/C5/C8 forms): a dateline that only a small town abroad matches over a
 * story of one state's roads and county, a village of the state the story names beside one of its counties against a
 * big namesake elsewhere, and a town written as a hyphenated compound with a particle ("l'hôpital de
 * Salon-de-Provence"). Every sentence is written for these tests; the people are invented.
 */
class LocalStoryPlacesTest {

    private final GeoEnricher enricher = new GeoEnricher();

    private Article enrich(String language, String dateline, String text) {
        Article.Builder b = Article.builder("ls-1", text, "t").language(new Language(language, 0.99));
        if (dateline != null) {
            b.dateline(new Dateline(dateline.toUpperCase(Locale.ROOT), dateline, null, null, null, null));
        }
        return enricher.enrich(b.build());
    }

    private static Optional<Place> place(Article a, String name) {
        return a.places().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    @ParameterizedTest(name = "{0} over \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        // dateline | text (a story of one US state) | the state's country, the only one the story may get
        "New Washington | A driver was killed Friday on Ohio 602 south of the village, the Crawford County Sheriff's Office said. Ohio troopers closed the road for three hours. | US",
        "New Washington | Firefighters from Clark County fought a barn fire north of town on Tuesday, Indiana State Police said. No one in Indiana was hurt. | US",
        "New Washington | The Clearfield County borough council voted on Monday to repave two streets, Pennsylvania officials said. | US",
    })
    void shouldNotTakeASmallTownAbroadAsTheDatelineOfAStoryOfOneStatesCounty(String dateline, String text,
            String country) {
        Article a = enrich("en", dateline, text);
        assertThat(a.countries()).extracting(Country::code).containsExactly(country);
        assertThat(place(a, "New Washington")).isPresent().get().extracting(Place::countryCode).isNull();
    }

    @ParameterizedTest(name = "{0} over \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        // dateline | text that situates the town | the country it stays in
        "New Washington | Fishermen in Aklan said the storm sank six boats near the town on Monday. | PH",
        // two states alone, no county: a forum's guests, not a local story of another country
        "Davos | The governors of California and Texas told the forum on Wednesday that tariffs would hurt farmers. | CH",
    })
    void shouldKeepTheSmallTownAsTheDatelineWhenTheStoryNamesItsCountryOrDivision(String dateline, String text,
            String country) {
        Article a = enrich("en", dateline, text);
        assertThat(place(a, dateline)).isPresent().get().extracting(Place::countryCode).isEqualTo(country);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', value = {
        // text (the state named alone and one of its counties) | the town | its state
        "A two-vehicle crash in Ohio killed three people on U.S. 22 in Muskingum County. The deputy, 21, of Roseville, died at a hospital. | Roseville | Ohio",
        "A pickup left the road in Ohio on State Route 43 in Portage County on Sunday. The driver, 34, of Aurora, was not hurt. | Aurora | Ohio",
    })
    void shouldKeepTheVillageOfTheStatesCountyAgainstABigNamesakeElsewhere(String text, String town,
            String admin1) {
        assertThat(place(enrich("en", null, text), town)).map(Place::admin1).contains(admin1);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', value = {
        // text (the state named alone and one town in it, no county: sports copy) | the town | the big namesake's state
        "Aurora beat Akron 3-1 in the final, and fans across Ohio celebrated into the night. | Aurora | Colorado",
    })
    void shouldKeepTheBigNamesakeWhenTheStateIsNamedBesideOneTownOnly(String text, String town, String admin1) {
        assertThat(place(enrich("en", null, text), town)).map(Place::admin1).contains(admin1);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', value = {
        // language | text (a hyphenated town after "de", no locative) | the town | its country
        "fr | Un pompier de Marseille a été blessé ; son collègue a été soigné à l'hôpital de Salon-de-Provence. | Salon-de-Provence | FR",
        "fr | Les gendarmes de Bourbonne-les-Bains ont conduit deux blessés à l'hôpital de Dijon dans la nuit. | Bourbonne-les-Bains | FR",
        "fr | Le maire de Châlons-en-Champagne a reçu les élus de Reims mardi. | Châlons-en-Champagne | FR",
        "en | The council of Stratford-upon-Avon and officials from Birmingham met on Tuesday. | Stratford-upon-Avon | GB",
    })
    void shouldReadATownWrittenAsAHyphenatedCompoundWithAParticle(String language, String text, String town,
            String country) {
        assertThat(place(enrich(language, null, text), town)).map(Place::countryCode).contains(country);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // the span | whether it has the form of a compound place name
        "Salon-de-Provence     | true",
        "Bourbonne-les-Bains   | true",
        "Stratford-upon-Avon   | true",
        "Castelnau-le-Lez      | true",
        "Saint-Cannat          | false",
        "Jean-Marie            | false",
        "Rheinland-Pfalz       | false",
        "state-of-the-art      | false",
        "Mother-in-law         | false",
        "Louis-des-Fontaines-Tremblay | true",
        "Aix-en-provence       | false",
    })
    void shouldTellTheFormOfACompoundPlaceName(String span, boolean linked) {
        assertThat(SpotContext.linkedPlaceName(span, 0, span.length())).isEqualTo(linked);
    }
}
