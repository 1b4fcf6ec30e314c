package io.newswire.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.model.Entity;
import io.newswire.model.EntityType;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Places that stand for a team, a state or a speaker in Spanish, Italian, Portuguese and French copy, where no
 * tagger runs: results, fixtures, a player's club in brackets, a verb of saying or of a result after the place, the
 * other side of a game. Sentences and people
 * invented for this test; the places are real, as the gazetteer must know them.
 */
class NeutralMetonymyTest {

    private static final EntitiesEnricher ENRICHER = new EntitiesEnricher(AliasTable.builtIn());

    /** The type the stage gives {@code name} in {@code text}, "none" when no entity has that name. */
    private static String typeOf(String language, String text, String name) {
        List<Entity> entities = ENRICHER.entities(text, "", language);
        return entities.stream().filter(e -> e.name().equals(name)).map(e -> e.type().name()).findFirst()
                .orElse("none");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a result: a score after the place and a dash between the sides
        "es | Resultados de la jornada : Alicante 84 - Lleida 72 . | Alicante | ORGANIZATION",
        "es | Resultados de la jornada : Alicante 84 - Lleida 72 . | Lleida | ORGANIZATION",
        "es | Partido amistoso : Gales , 0 - Brasil , 3 . | Brasil | ORGANIZATION",
        "it | Risultato finale : Bologna 2 - Genova 1 . | Genova | ORGANIZATION",
        // a fixture after a word for a match
        "es | El partido Bilbao - Sevilla se jugará el domingo por la tarde . | Sevilla | ORGANIZATION",
        "it | La partita Ecuador - Polonia si gioca domani a Gelsenkirchen . | Polonia | ORGANIZATION",
        "it | La partita Ecuador - Polonia si gioca domani a Gelsenkirchen . | Gelsenkirchen | LOCATION",
        // a player's club in brackets after a person found in full, and the rest of the list
        "es | Expulsión de Carlos Ruiz Toral ( Córdoba ) y de Pepe ( Huelva ) por juego peligroso . | Córdoba | ORGANIZATION",
        "es | Expulsión de Carlos Ruiz Toral ( Córdoba ) y de Pepe ( Huelva ) por juego peligroso . | Huelva | ORGANIZATION",
        // a country before a verb of saying or of a result: its state, its team
        "es | Canadá considera que el acuerdo comercial es bueno para la región . | Canadá | ORGANIZATION",
        "it | La Georgia ha replicato alle accuse del governo vicino . | Georgia | ORGANIZATION",
        "es | Brasil goleó a Gales en el estadio de Cardiff . | Brasil | ORGANIZATION",
        // a town before a verb of saying is a speaker named like it, in the whole article
        "es | Zamora añadió que la línea es rentable . La obra , según Zamora , acabará en mayo . | Zamora | none",
        // not: a place after a preposition of place, a route with no match word, a dateline's province
        "es | En Bruselas dijo el portavoz que no habrá acuerdo este año . | Bruselas | LOCATION",
        "it | A Roma ha detto il ministro che il piano è pronto . | Roma | LOCATION",
        "es | El tren Madrid - Sevilla llegó con dos horas de retraso . | Sevilla | LOCATION",
        "es | Mérida ( Badajoz ) , 23 may ( EFE ) . - El consejero Carlos Ruiz Toral visitó la obra . | Badajoz | LOCATION",
        "es | Brasil exporta café a Canadá y a Gales desde hace un siglo . | Canadá | LOCATION",
        "es | Arbitro : Carlos Ruiz Toral ( Italia ) . Estadio de Saint Denis . | Italia | LOCATION",
        "it | Il tempio si trova nel Bihar , nel nord dell' India . | Bihar | LOCATION",
        "es | El ministro dijo que Alemania había superado el límite de admisión . | Alemania | LOCATION",
    })
    void shouldReadAPlaceAsATeamStateOrSpeakerWhenTheWordsAroundItSaySo(String language, String text, String name,
            String expected) {
        assertThat(typeOf(language, text, name)).isEqualTo(expected);
    }
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // the other side of a game, in a sentence of sports copy: a team, and so are the sides listed after it
        "es | La selección entrena para el partido ante Uruguay del domingo en Montevideo . | Uruguay | ORGANIZATION",
        "es | La selección entrena para el partido ante Uruguay del domingo en Montevideo . | Montevideo | LOCATION",
        "es | El equipo prepara el encuentro frente a Ecuador en Quito . | Ecuador | ORGANIZATION",
        "it | La nazionale ha giocato contro la Croazia e poi contro Grecia , Turchia e Svezia nel girone . | Croazia | ORGANIZATION",
        "it | La nazionale ha giocato contro la Croazia e poi contro Grecia , Turchia e Svezia nel girone . | Svezia | ORGANIZATION",
        "pt | A seleção prepara o jogo contra Marrocos em Lisboa . | Marrocos | ORGANIZATION",
        "pt | A seleção prepara o jogo contra Marrocos em Lisboa . | Lisboa | LOCATION",
        "fr | L'équipe prépare le match contre le Brésil à Marseille . | Brésil | ORGANIZATION",
        // not: "against" with no sports word in the sentence (sanctions, a speech)
        "es | El Gobierno aprobó sanciones contra Irán por su programa nuclear . | Irán | LOCATION",
        "it | Il ministro ha parlato contro la Russia durante il vertice di Bruxelles . | Russia | LOCATION",
        "pt | O governo votou contra Angola na assembleia . | Angola | LOCATION",
        // two different towns alone in brackets after names that are no place, in sports copy: players and clubs
        "es | Amonestados por el árbitro : Pablo ( Sevilla ) , Ramírez ( Valencia ) y Toni ( Osasuna ) . | Valencia | ORGANIZATION",
        "it | Ammoniti dall' arbitro : Bruno ( Parma ) , Ferri ( Lecce ) e Gatti ( Bari ) . | Parma | ORGANIZATION",
        // not: a town with its province after a preposition, nor names in brackets outside sports copy
        "es | El torneo se juega en Almendralejo ( Badajoz ) y en Zafra ( Sevilla ) este verano . | Sevilla | LOCATION",
        "es | Mañana visitan el museo Pablo ( Sevilla ) y Ramírez ( Valencia ) . | Valencia | LOCATION",
    })
    void shouldReadAnOpponentOrAListedClubAsATeamOnlyInSportsCopy(String language, String text, String name,
            String expected) {
        assertThat(typeOf(language, text, name)).isEqualTo(expected);
    }
}
