package io.newswire.enrich.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static io.newswire.enrich.geo.GeoTexts.entity;
import static io.newswire.enrich.geo.GeoTexts.place;

import io.newswire.model.Article;
import io.newswire.model.EntityType;
import io.newswire.model.Place;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Buildings and sites the entities stage read as organisations or persons ("Ravenholt General Hospital",
 * "Marsden Vale Stadium"): places of the story, with no GeoNames entry. Every sentence and name here is
 * written for these tests.
 */
class FacilitiesTest {

    private final GeoEnricher enricher = new GeoEnricher();

    private Article enrich(String text, String surface, EntityType type) {
        return enricher.enrich(Article.builder("f-1", text, "t").entities(List.of(entity(text, surface, type))).build());
    }

    @ParameterizedTest(name = "{1} ({2})")
    @CsvSource(delimiter = '|', value = {
        // text | span the entities stage marked | its type
        "Two of the injured were taken to Ravenholt General Hospital in Leeds, police said.       | Ravenholt General Hospital | ORGANIZATION",
        "Fans queued outside Marsden Vale Stadium in Cardiff hours before kick-off.              | Marsden Vale Stadium       | ORGANIZATION",
        "The exhibition opens at the Okafor Memorial Library in Enugu next week.                 | Okafor Memorial Library    | ORGANIZATION",
        "Thunder Mile won the feature race at Halvorsen Racecourse near Dubai on Saturday.       | Halvorsen Racecourse       | PERSON",
        "Residents of the Priory Lane Estate in north London complained about the lifts.         | Priory Lane Estate         | ORGANIZATION",
        "She studied law at the University of Northland in Auckland before joining the firm.     | University of Northland    | ORGANIZATION",
        "Mourners filled St Brendan's Church in Galway for the funeral on Friday.                | St Brendan's Church        | ORGANIZATION",
        "The fire started in a storeroom of Grantley Shopping Mall in Durban on Sunday.          | Grantley Shopping Mall     | PERSON",
        "The final will be played at the Whitmore Park Golf Club outside Glasgow.                | Whitmore Park Golf Club    | ORGANIZATION",
        "Protesters gathered in front of the Norland Embassy in Ottawa on Monday.                | Norland Embassy            | ORGANIZATION",
        // the head first, as French, Spanish, Italian and German write it (s30)
        "Les blessés ont été transportés à l'Hôpital Saint-Vernier de Lyon dimanche.            | Hôpital Saint-Vernier      | ORGANIZATION",
        "Miles de aficionados llenaron el Estadio Ramón Quiroga de Arequipa el sábado.          | Estadio Ramón Quiroga      | PERSON",
        "Die Verletzten wurden in das Krankenhaus Nordheide bei Hamburg gebracht.               | Krankenhaus Nordheide      | ORGANIZATION",
        "Il concerto allo Stadio Ferraris di Genova è stato annullato per la pioggia.           | Stadio Ferraris            | ORGANIZATION",
        "Le vol a atterri à l'Aéroport Marcel-Dassin avec deux heures de retard.                | Aéroport Marcel-Dassin     | ORGANIZATION",
    })
    void shouldReadABuildingAsAPlaceWhenTheEntitiesStageReadAnOrganisationOrPerson(String text, String surface,
            EntityType type) {
        Place p = place(enrich(text, surface, type), surface)
                .orElseThrow(() -> new AssertionError("no place for " + surface));
        // no gazetteer entry: no id of its own, and a point only of what contains it
        assertThat(p.geonameId()).isNull();
        assertThat(p.precision()).isNotEqualTo(Place.EXACT);
        assertThat(p.kind()).isEqualTo(Place.LITERAL);
    }

    @ParameterizedTest(name = "{1} ({2})")
    @CsvSource(delimiter = '|', value = {
        // a body, not a building: a denomination, an institution, a society
        "The Catholic Church in Kenya called for calm after the vote.                            | Catholic Church           | ORGANIZATION",
        "The Russian Orthodox Church said the service in Moscow would go ahead.                 | Russian Orthodox Church   | ORGANIZATION",
        "She was inducted into the Rock and Roll Hall of Fame in Cleveland last year.           | Rock and Roll Hall of Fame | ORGANIZATION",
        "The Centre of Excellence for Tropical Medicine in Accra published the data.            | Centre of Excellence for Tropical Medicine | ORGANIZATION",
        "Lectures at the Open University in Milton Keynes moved online.                         | Open University           | ORGANIZATION",
        "The Halden Discussion Club met in Oslo to debate energy policy.                         | Halden Discussion Club    | ORGANIZATION",
        // a surname that is also a facility word, in a person's name
        "Singer Maria Church performed in Cardiff on Saturday.                                   | Maria Church              | PERSON",
        "Coach Derek Hall said his players in Leeds were ready.                                  | Derek Hall                | PERSON",
        // one generic word names no building
        "The Hospital said in Leeds that two patients were stable.                               | Hospital                  | ORGANIZATION",
        "La Clinique a publié un communiqué à Nantes lundi.                                      | Clinique                  | ORGANIZATION",
        "The Hospital Authority in Hong Kong said beds were short.                               | Hospital Authority        | ORGANIZATION",
        "Le Stade Toulousain a battu le Racing samedi à Toulouse.                                 | Stade Toulousain          | ORGANIZATION",
    })
    void shouldNotReadAPlaceWhenTheNameIsABodyAPersonOrAGenericWord(String text, String surface, EntityType type) {
        assertThat(place(enrich(text, surface, type), surface)).isEmpty();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // text | the building | latitude and longitude of the town the text puts it in (within 0.5 degrees)
        "Police in Manchester said two Manchester men were held. The victim was taken to Ravenholt General Hospital in Leeds. | Ravenholt General Hospital | 53.80 | -1.55",
        "London officials said London would send help. Fans left Cardiff's Marsden Vale Stadium early.                      | Marsden Vale Stadium       | 51.48 | -3.18",
        "Nairobi traders said Nairobi prices rose. The Okafor Memorial Library, Enugu, reopened on Monday.                  | Okafor Memorial Library    | 6.44  | 7.50",
        // a town inside the name is nearer than a division of another country inside it
        "Officials said the Kisumu Central Region Hospital was full.                                                        | Kisumu Central Region Hospital | -0.10 | 34.76",
    })
    void shouldPlaceABuildingInTheTownTheTextPutsItIn(String text, String surface, double lat, double lon) {
        Place p = place(enrich(text, surface, EntityType.ORGANIZATION), surface)
                .orElseThrow(() -> new AssertionError("no place for " + surface));
        assertThat(p.geonameId()).isNull();
        assertThat(Math.abs(p.lat() - lat)).isLessThan(0.5);
        assertThat(Math.abs(p.lon() - lon)).isLessThan(0.5);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // the story is about Egypt; Liverpool, the club, is named more often than any Egyptian town
        "Egypt's sports minister said Egyptian boys dream of playing for Liverpool. Liverpool scouts came to Cairo last year, and Liverpool coaches now train boys in Zamalek Heights. Beyond Zamalek Heights, Liverpool have academies in Egypt's other cities, and Egyptian fans follow Liverpool closely. | Zamalek Heights | EG",
        // the story is about Nigeria; Houston, where the firm sits, is named more often than Port Harcourt
        "Nigeria's oil regulator said Nigerian output rose. A Houston firm, advised from Houston and Houston again, drilled near Ogbaku Creek, officials in Port Harcourt said, as Nigeria and Nigerian unions welcomed the deal. | Ogbaku Creek | NG",
    })
    void shouldPlaceAnUnknownNameInTheCountryTheStoryIsAbout(String text, String surface, String country) {
        Place p = place(enrich(text, surface, EntityType.LOCATION), surface)
                .orElseThrow(() -> new AssertionError("no place for " + surface));
        assertThat(p.geonameId()).isNull();
        assertThat(p.countryCode()).isEqualTo(country);
    }
}
