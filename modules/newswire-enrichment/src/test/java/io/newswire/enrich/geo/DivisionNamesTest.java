package io.newswire.enrich.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static io.newswire.enrich.geo.GeoTexts.entity;
import static io.newswire.enrich.geo.GeoTexts.place;

import io.newswire.model.Article;
import io.newswire.model.EntityType;
import io.newswire.model.Language;
import io.newswire.model.Place;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Names of divisions and features as copy writes them and GeoNames' code lists do not (issue 15, s30): a
 * division's own name in its country's language ("Bayern", "Unterfranken", "Niederösterreich"), a Korean
 * province in English ("North Pyongan Province"), and seas and regions carrying GeoNames' own id and point.
 * Every sentence here is written for these tests.
 */
class DivisionNamesTest {

    private final GeoEnricher enricher = new GeoEnricher();

    private Article enrich(String language, String text, String surface) {
        return enricher.enrich(Article.builder("d-1", text, "t").language(new Language(language, 0.99))
                .entities(List.of(entity(text, surface, EntityType.LOCATION))).build());
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
        // language | text | surface | country | admin1 (GeoNames' English name)
        "de | Die Polizei in Bayern sucht nach zwei Männern, die am Montag geflohen sind. | Bayern | DE | Bavaria",
        "de | Der Sturm richtete in Hessen und im Saarland große Schäden an. | Hessen | DE | Hesse",
        "de | Auf der A3 bei Würzburg in Unterfranken kam es zu einem schweren Unfall. | Unterfranken | DE | Bavaria",
        "de | In Niederösterreich wurden drei Dörfer evakuiert, teilte das Land mit. | Niederösterreich | AT | Lower Austria",
        "it | La protesta degli agricoltori si è estesa alla Lombardia e al Veneto. | Lombardia | IT | Lombardy",
        "es | Los incendios en Cataluña obligaron a desalojar a cientos de vecinos. | Cataluña | ES | Catalonia",
        "en | Flooding swept several farms in North Pyongan Province, state media said. | North Pyongan | KP | P'yŏngan-bukto",
        "en | The missile was fired from South Hwanghae province early on Friday. | South Hwanghae | KP | Hwanghae-namdo",
    })
    void shouldResolveADivisionWhenCopyWritesItsLocalOrEnglishName(String language, String text, String surface,
            String country, String admin1) {
        Article a = enrich(language, text, surface);
        // the place's mention may take the division word after the span: "North Pyongan Province"
        Place p = a.places().stream().filter(x -> x.mentions().stream().anyMatch(m -> m.text().startsWith(surface)))
                .findFirst().orElseThrow(() -> new AssertionError("no place for " + surface + " " + a.places()));
        assertThat(p.geonameId()).isNotNull();
        assertThat(p.countryCode()).isEqualTo(country);
        assertThat(p.admin1()).isEqualTo(admin1);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // text | surface | GeoNames id | GeoNames' point (lat, lon)
        "The yacht was found drifting in the Atlantic, 400 miles off the Azores. | Atlantic | 3373405 | 10.0 | -25.0",
        "Leaders across the Middle East condemned the attack on Sunday. | Middle East | 6269133 | 33.14 | 35.86",
        "Migrants crossing the Mediterranean were rescued by a tanker. | Mediterranean | 363196 | 35.0 | 20.0",
    })
    void shouldGiveASeaOrRegionItsGeoNamesIdAndPoint(String text, String surface, long id, double lat, double lon) {
        Place p = place(enrich("en", text, surface), surface)
                .orElseThrow(() -> new AssertionError("no place for " + surface));
        assertThat(p.geonameId()).isEqualTo(id);
        assertThat(p.lat()).isCloseTo(lat, org.assertj.core.data.Offset.offset(0.01));
        assertThat(p.lon()).isCloseTo(lon, org.assertj.core.data.Offset.offset(0.01));
    }
}
