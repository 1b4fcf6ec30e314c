package io.newswire.enrich.geo;

import static io.newswire.enrich.geo.GeoTexts.entity;
import static io.newswire.enrich.geo.GeoTexts.place;
import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.model.Article;
import io.newswire.model.Country;
import io.newswire.model.Entity;
import io.newswire.model.EntityType;
import io.newswire.model.Place;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The town a building or an airport is named after, whatever type the entities stage gives the name (s36), and
 * towns written by a long name of their own in stories set abroad. Every sentence here is written for these tests;
 * the towns are real, so the gazetteer knows them.
 */
class FacilityTownsTest {

    private final GeoEnricher enricher = new GeoEnricher();

    private Article enrich(String text, String spans, EntityType type) {
        List<Entity> entities = new ArrayList<>();
        for (String span : spans.split(";")) {
            entities.add(entity(text, span.strip(), type));
        }
        return enricher.enrich(Article.builder("ft-1", text, "t").entities(entities).build());
    }

    @ParameterizedTest(name = "{1} as {2}")
    @CsvSource(delimiter = '|', value = {
        // text | the building's name | the type the entities stage gave it | the town | its country
        "Flights at Edinburgh Airport were grounded for three hours on Tuesday, the operator said.   | Edinburgh Airport | ORGANIZATION | Edinburgh | GB",
        "Flights at Edinburgh Airport were grounded for three hours on Tuesday, the operator said.   | Edinburgh Airport | LOCATION     | Edinburgh | GB",
        "Passengers at Kano International Airport waited overnight after the storm, officials said.  | Kano International Airport | LOCATION | Kano | NG",
        "Passengers at Kano International Airport waited overnight after the storm, officials said.  | Kano International Airport | ORGANIZATION | Kano | NG",
        "Fans streamed out of Manchester Arena after the concert on Saturday night.                  | Manchester Arena  | LOCATION     | Manchester | GB",
        "Le vol a été dévié vers l'aéroport de Lyon, puis les passagers ont attendu à Lyon Airport. | Lyon Airport      | LOCATION     | Lyon      | FR",
        // a small town an airport is named after, in a story that names its province or state
        "Fog closed Prestwick Airport on Monday and flights were sent on to Glasgow, Scotland.       | Prestwick Airport | LOCATION     | Prestwick | GB",
        "Fog closed Prestwick Airport on Monday and flights were sent on to Glasgow, Scotland.       | Prestwick Airport | ORGANIZATION | Prestwick | GB",
    })
    void shouldReadTheTownOutOfABuildingsNameWhateverItsType(String text, String building, EntityType type,
            String town, String country) {
        Article a = enrich(text, building, type);
        Place p = place(a, town).orElseThrow(() -> new AssertionError("no town " + town + " in " + a.places()));
        assertThat(p.countryCode()).isEqualTo(country);
        assertThat(p.geonameId()).isNotNull();
        Place b = place(a, building).orElseThrow(() -> new AssertionError("no place for " + building));
        // the building has no entry of its own and lies where its town does
        assertThat(b.geonameId()).isNull();
        assertThat(b.countryCode()).isEqualTo(country);
        assertThat(Math.abs(b.lat() - p.lat())).isLessThan(0.6);
    }

    @ParameterizedTest(name = "{1} as {2}")
    @CsvSource(delimiter = '|', value = {
        // a sponsor's or founder's name before the head word is no town, nor a list of two places
        "The Maple Leafs beat Ottawa in Toronto, and fans filled the Rogers Centre, Toronto, in Texas style. | Rogers Centre | LOCATION",
        // an airport named after a small town of another state: Logan, Utah is not the Boston airport
        "Travellers at Logan International Airport faced delays as snow hit Boston and Massachusetts.   | Logan International Airport | LOCATION",
        "Travellers at Logan International Airport faced delays as snow hit Boston and Massachusetts.   | Logan International Airport | ORGANIZATION",
    })
    void shouldNotReadASmallNamesakeOutOfABuildingsName(String text, String building, EntityType type) {
        Article a = enrich(text, building, type);
        String head = building.substring(0, building.indexOf(' '));
        assertThat(place(a, head)).isEmpty();
        assertThat(place(a, building)).isPresent();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // text | the town | its country, kept though the story is set in another country
        "The US network will air the drama, which shows an attack on the City of London, next month. The US audience is large, US critics said, and US sales will follow across the US. | City of London | GB",
        "Spanish fans cheered in Madrid as the East Kilbride sprinter took fourth; Spanish officials said Madrid would host again. | East Kilbride | GB",
    })
    void shouldKeepATownWrittenByItsOwnLongNameInAStorySetAbroad(String text, String town, String country) {
        // the entities stage marks the town a location, as it does on real copy
        Article a = enrich(text, town, EntityType.LOCATION);
        assertThat(place(a, town)).map(Place::countryCode).hasValue(country);
        assertThat(a.countries()).extracting(Country::code).contains(country);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // a long name many countries' places share, an article or a saint first: no evidence of a place abroad
        "The US network said the West End stage show would tour. US critics liked it, US fans too, across the US. | West End | BS",
        "Forecasters in Lima said Peru would see El Niño rains; Peruvian farmers in Lima and Peru braced for floods. | El Niño | MX",
    })
    void shouldNotAddACountryForASharedLongNameInAStorySetAbroad(String text, String name, String country) {
        Article a = enrich(text, name, EntityType.LOCATION);
        assertThat(a.countries()).extracting(Country::code).doesNotContain(country);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // a curated landmark after a possessive: the landmark, not a place of the holder unknown to the gazetteer
        "Officials from London's Heathrow said staff at Heathrow would check the crates. | Heathrow",
    })
    void shouldReadACuratedLandmarkAfterAPossessive(String text, String surface) {
        Article a = enricher.enrich(Article.builder("ft-4", text, "t")
                .entities(List.of(entity(text, "London", EntityType.LOCATION))).build());
        Place p = place(a, surface).orElseThrow(() -> new AssertionError("no place for " + surface));
        // the landmark's curated entry, both mentions; before, a place of London the gazetteer lacked or nothing
        assertThat(p.name()).isEqualTo("Heathrow Airport");
        assertThat(p.mentions()).hasSize(2);
        assertThat(Math.abs(p.lat() - 51.5)).isLessThan(0.3);
    }
}
