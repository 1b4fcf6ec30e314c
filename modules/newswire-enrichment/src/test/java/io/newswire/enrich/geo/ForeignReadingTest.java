package io.newswire.enrich.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static io.newswire.enrich.geo.GeoTexts.entity;
import static io.newswire.enrich.geo.GeoTexts.place;

import io.newswire.model.Article;
import io.newswire.model.Country;
import io.newswire.model.Dateline;
import io.newswire.model.Entity;
import io.newswire.model.EntityType;
import io.newswire.model.Language;
import io.newswire.model.Place;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A one-word reading in a country the story gives no reason for (issue 15, s28 QA cause 1): fragments of
 * longer names, words that are never places, time zones, river and street names, small foreign towns before
 * another name. Rows where the story names the foreign country keep the place.
 */
class ForeignReadingTest {

    private final GeoEnricher enricher = new GeoEnricher();

    private Article enrich(String language, String dateline, String text, String locations) {
        List<Entity> entities = new ArrayList<>();
        for (String loc : locations.split(";")) {
            entities.add(entity(text, loc.strip(), EntityType.LOCATION));
        }
        Article.Builder b = Article.builder("q-1", text, "t").language(new Language(language, 0.99)).entities(entities);
        if (dateline != null) {
            b.dateline(new Dateline(dateline.toUpperCase(java.util.Locale.ROOT), dateline, null, null, null));
        }
        return enricher.enrich(b.build());
    }

    @ParameterizedTest(name = "{4} in \"{2}\" -> {5}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // language | dateline | text | LOCATION spans the entities stage marked | surface | country, or - for no place
        // a fragment of a longer name the gazetteer lacks
        "en | - | The convoy drove from Batang Kali to Shah Alam in Selangor, Malaysia, on Monday. | Batang Kali; Shah Alam; Selangor; Malaysia | Kali | -",
        "en | - | Troops clashed with gunmen in Maguindanao del Sur, the Philippine army said. | Maguindanao; Sur | Sur | -",
        "en | - | Mourners in Nairobi recalled how Daniel arap Moi ruled Kenya for decades. | Nairobi; Moi; Kenya | Moi | -",
        // words that are never places
        "de | - | Der 52-Jährige wurde in Rostock festgenommen, teilte die Polizei in Deutschland mit. | Der; Rostock; Deutschland | Der | -",
        "de | - | In Kiel sagte der Mann, er habe nichts gesehen. | Kiel; Mann | Mann | -",
        "es | - | Agentes de la Policía Nacional detuvieron a dos hombres en Medellín, Colombia. | Nacional; Medellín; Colombia | Nacional | -",
        "en | - | The state news agency Xinhua said rescuers had reached Ya'an in Sichuan, China. | Xinhua; Sichuan; China | Xinhua | -",
        // a river, a time zone, a car
        "es | - | El autobús cayó al río León cerca de Cuenca, en Ecuador. | León; Cuenca; Ecuador | León | -",
        "en | - | The fire broke out at 4.10am Singapore time, officials in Seoul, South Korea said. | Singapore; Seoul; South Korea | Singapore | -",
        "en | - | The robbers fled in a Honda Jazz, Johannesburg police in South Africa said. | Honda; Johannesburg; South Africa | Honda | -",
        // a given name sharing the next person's surname (s30)
        "en | - | Police in Palermo, Italy, also detained Vito and Salvatore Ferrante on Tuesday. | Palermo; Italy; Vito | Vito | -",
        "en | - | Carabinieri in Bari, Italy, questioned Dolores or Lucia Moretti about the car. | Bari; Italy; Dolores | Dolores | -",
        // the story names the foreign country: the place stays
        "en | - | Kenyan officials flew to Honda, Colombia, to meet the town's mayor. | Honda; Colombia | Honda | CO",
        "es | - | La feria de León, en Nicaragua, atrajo a miles de visitantes de Managua. | León; Nicaragua; Managua | León | NI",
        "en | - | Floods cut roads around Solo in Central Java, Indonesia, on Monday. | Solo; Central Java; Indonesia | Solo | ID",
        "en | - | Fans travelled from Manchester, England, to Cologne for the final. | Manchester; England; Cologne | Cologne | DE",
        "en | London | British tourists flew from Gatwick to Pisa and Santa Maria, the airline said. | Gatwick; Pisa; Santa Maria | Pisa | IT",
        "de | - | Der Zug aus Győr kam mit einer Stunde Verspätung in Wien an. | Győr; Wien | Győr | HU",
        "en | - | Flooding hit Sur, a port town in Oman, on Tuesday, officials in Muscat said. | Sur; Oman; Muscat | Sur | OM",
        "en | London | The British brewer will build a plant in Ghent, the company said. | Ghent | Ghent | BE",
        "en | - | Trade ministers met in Singapore on Monday for a second day of talks. | Singapore | Singapore | SG",
    })
    void shouldReadForeignOneWordPlaceOnlyWhenTheStorySupportsItsCountry(String language, String dateline,
            String text, String locations, String surface, String country) {
        Article a = enrich(language, dateline, text, locations);
        Optional<Place> p = place(a, surface);
        if (country == null) {
            assertThat(p).as("%s is no place here: %s", surface, a.places()).isEmpty();
        } else {
            assertThat(p).as("%s: %s", surface, a.places()).isPresent();
            assertThat(p.get().countryCode()).isEqualTo(country);
            assertThat(a.countries()).extracting(Country::code).contains(country);
        }
    }
}
