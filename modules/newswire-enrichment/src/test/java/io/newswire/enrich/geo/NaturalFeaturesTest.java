package io.newswire.enrich.geo;

import static io.newswire.enrich.geo.GeoTexts.entity;
import static io.newswire.enrich.geo.GeoTexts.place;
import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.model.Article;
import io.newswire.model.Entity;
import io.newswire.model.EntityType;
import io.newswire.model.Language;
import io.newswire.model.Place;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rivers, lakes, mountains, valleys and deltas (issue 15, s32): a name whose head word says it is a natural feature
 * is a place whatever type the entities stage gave it ("Lake X" read as a person, "X Valley" as an organisation);
 * a feature named after a town or country is one name, not that town or country ("Mount Kenya"); the curated
 * rivers, lakes, ranges and regions of the knowledge base are found; a one-word feature after "the" survives a
 * tagger's PERSON reading ("near the Cauvery"). Every sentence is written for these tests; the unknown names
 * (Lake Wendomere, Okolu Valley, Tarbeck Canal, Mount Ilabo, River Aswell) are invented.
 */
class NaturalFeaturesTest {

    private final GeoEnricher enricher = new GeoEnricher();

    /** {@code spans} "Surface:TYPE;Surface:TYPE" as an entities stage would hand them over. */
    private Article enrich(String text, String spans) {
        List<Entity> entities = new ArrayList<>();
        if (spans != null) {
            for (String s : spans.split(";")) {
                String[] p = s.strip().split(":");
                entities.add(entity(text, p[0], EntityType.valueOf(p[1])));
            }
        }
        return enricher.enrich(Article.builder("n-1", text, "t").language(new Language("en", 0.99))
                .entities(entities).build());
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // text | entity spans | the feature's mention
        "Divers were sent to Lake Wendomere on Sunday after the boat capsized. | Lake Wendomere:PERSON | Lake Wendomere",
        "The body was found near the River Aswell, police said. | River Aswell:PERSON | River Aswell",
        "Troops moved into the Okolu Valley before dawn. | Okolu Valley:ORGANIZATION | Okolu Valley",
        "Barges were stuck on the Tarbeck Canal for a week. | Tarbeck Canal:ORGANIZATION | Tarbeck Canal",
        "Climbers were rescued from Mount Ilabo late on Friday. | Mount Ilabo:ORGANIZATION | Mount Ilabo",
        // a feature's last word that is also a small town's name is no list of two places
        "Farmers in the Nile Delta say the water is too salty to use. | Nile Delta:LOCATION | Nile Delta",
        "Cotton farmers in the Okolu Delta say the water is too salty. | Okolu Delta:LOCATION | Okolu Delta",
    })
    void shouldReadANameWithANaturalFeatureHeadAsAPlace(String text, String spans, String surface) {
        assertThat(place(enrich(text, spans), surface)).as(surface).isPresent();
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // a person's span with a feature word but no locative or "the" before it stays a person
        "Lake Wendomere starred in the film, her agent said. | Lake Wendomere:PERSON | Lake Wendomere",
        // one word is never a feature by its head
        "Valley said the deal was done. | Valley:ORGANIZATION | Valley",
        // a firm's name of four words opening with a feature word is the firm's
        "Mount Ilabo Mining Company said output fell. | Mount Ilabo Mining Company:ORGANIZATION | Mount Ilabo Mining Company",
    })
    void shouldNotReadEveryFeatureWordAsAPlace(String text, String spans, String surface) {
        assertThat(place(enrich(text, spans), surface)).as(surface).isEmpty();
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
        // text | entity spans | the country or town that is only part of the feature's name
        "Climbers set off for Mount Kenya from the lodge. | Mount Kenya:LOCATION | Kenya",
        "The ferry crossed Lake Geneva in the fog. | Lake Geneva:LOCATION | Geneva",
    })
    void shouldNotReadTheTownOrCountryAFeatureIsNamedAfter(String text, String spans, String inner) {
        Article a = enrich(text, spans);
        assertThat(place(a, inner)).as(inner).isEmpty();
        assertThat(a.places()).isNotEmpty();
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // text | entity spans | surface | the curated feature's name
        "Villagers near the Cauvery said the water had not come. | Cauvery:PERSON | Cauvery | Kaveri",
        "Release of Kaveri water to the delta was ordered. | - | Kaveri | Kaveri",
        "Barges on the Volga were stranded by low water. | Volga:LOCATION | Volga | Volga",
        "Fishermen on Lake Tanganyika reported a storm. | Lake Tanganyika:LOCATION | Lake Tanganyika | Lake Tanganyika",
        "Troops shelled villages in the Zagros Mountains. | - | Zagros Mountains | Zagros Mountains",
        "Tankers queued at the Suez Canal for a second day. | Suez Canal:LOCATION | Suez Canal | Suez Canal",
        "Start-ups in the Bay Area cut jobs. | Bay Area:LOCATION | Bay Area | San Francisco Bay Area",
    })
    void shouldFindTheCuratedRiversLakesRangesAndRegions(String text, String spans, String surface, String name) {
        Place p = place(enrich(text, spans), surface).orElseThrow(() -> new AssertionError("no place for " + surface));
        assertThat(p.name()).isEqualTo(name);
        assertThat(p.lat()).isNotNull();
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // text | entity spans | the mention | its country; a compass word with a capital is part of the region's name
        "Drought hit South Venezuela for a third year. | South Venezuela:LOCATION | South Venezuela | VE",
        "Ranchers in West Texas sold their herds. | West Texas:LOCATION | West Texas | US",
        "Shelling in Eastern Ukraine eased overnight. | Eastern Ukraine:LOCATION | Eastern Ukraine | UA",
        "Wildfires spread across Northern California on Sunday. | - | Northern California | US",
        // in small letters it is no part of the name
        "Gunmen attacked a village in southern Kaduna on Sunday. | Kaduna:LOCATION | Kaduna | NG",
    })
    void shouldKeepACapitalisedCompassWordInTheMention(String text, String spans, String surface, String country) {
        Place p = place(enrich(text, spans), surface).orElseThrow(() -> new AssertionError("no place for " + surface));
        assertThat(p.countryCode()).isEqualTo(country);
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
        // a compass word before a small town's name is no region of it: the newspaper stays no place
        "The Northern Echo reported the story first. | Northern Echo:LOCATION | Northern Echo",
    })
    void shouldNotReadACompassWordBeforeASmallTownAsARegion(String text, String spans, String surface) {
        assertThat(place(enrich(text, spans), surface)).isEmpty();
    }
}
