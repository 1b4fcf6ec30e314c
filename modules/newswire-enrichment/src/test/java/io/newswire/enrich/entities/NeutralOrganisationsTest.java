package io.newswire.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.enrich.gazetteer.Gazetteer;
import io.newswire.enrich.text.Tokenizer;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Organisations found without a tagger from head words, clubs and a club's article, in seven languages.
 * Sentences and bodies invented for this test.
 */
class NeutralOrganisationsTest {

    /** The organisations of {@code text} in {@code language}, as printed, joined by ";" ("" when none). */
    private static String bodies(String language, String text) {
        List<Tokenizer.Token> tokens = Tokenizer.tokens(text);
        StringBuilder out = new StringBuilder();
        for (int[] b : NeutralOrganisations.find(Gazetteer.get(), tokens, 0, language)) {
            out.append(out.length() == 0 ? "" : ";")
                    .append(text, tokens.get(b[0]).start(), tokens.get(b[1] - 1).end());
        }
        return out.toString();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // Spanish: head + connector + capitalised words; a place inside read whole; a club
        "es | El Ministerio de Asuntos Exteriores convocó al embajador. | Ministerio de Asuntos Exteriores",
        "es | Dos agentes de la Guardia Civil resultaron heridos en Jaén. | Guardia Civil",
        "es | El Partido Verde Regional presentó su lista el martes. | Partido Verde Regional",
        "es | Un estudio de la Universidad de Salamanca lo confirma. | Universidad de Salamanca",
        "es | El portavoz del Gobierno de Sierra Leona lo negó. | Gobierno de Sierra Leona",
        "es | Según la Junta de Castilla y León, el fuego sigue activo. | Junta de Castilla y León",
        "es | El Real Madrid perdió ante el Sevilla por dos goles. | Real Madrid;Sevilla",
        "es | El delantero del Getafe marcó en el minuto diez. | Getafe",
        "es | ATLETICO DE MADRID 2 VALENCIA CF 1 | ATLETICO DE MADRID;VALENCIA CF",
        // a head alone, and "and"/"in" that join two names, are none
        "es | El Gobierno aprobó ayer el presupuesto. | ''",
        "es | Habló con el Gobierno y el Frente Cívico. | Frente Cívico",
        "es | Las Fuerzas Armadas en Barcelona desfilaron. | Fuerzas Armadas",
        // a town whose name holds the article, a country after an article: no club
        "es | El avión aterrizó en el Cairo de madrugada. | ''",
        "es | La misión llegó al Perú el domingo. | ''",
        // a large town that is also a region's name is a club after the article too; not before another name, nor a
        // state's name after the word for a state
        "es | El Madrid jugará la final contra el Valencia el sábado. | Madrid;Valencia",
        "es | El técnico del Mérida firmó por dos temporadas. | Mérida",
        "it | Lo ha scritto il New York Post in prima pagina. | ''",
        "it | Richmond è la capitale dello stato del Virginia. | ''",
        // Dutch
        "nl | Het Ministerie van Buitenlandse Zaken reageerde niet. | Ministerie van Buitenlandse Zaken",
        "nl | De Gemeente Zwolle sluit het zwembad. | Gemeente Zwolle",
        "nl | Een woordvoerder van de Universiteit van Gent bevestigde het. | Universiteit van Gent",
        "nl | Supporters van ADO Den Haag vierden feest. | ADO Den Haag",
        "nl | De Vlaamse Regering keurde het plan goed. | Vlaamse Regering",
        "nl | Het voorstel ligt nu bij de Tweede Kamer. | Tweede Kamer",
        "nl | Deze Commissie vergadert morgen. | ''",
        // German: a capitalised noun after the head is no name; a place or a connector is
        "de | Die Polizei Bremen sucht Zeugen. | Polizei Bremen",
        "de | Das Ministerium für Umwelt prüft den Antrag. | Ministerium für Umwelt",
        "de | Die Polizei Beamten sperrten die Straße. | ''",
        // French, Portuguese, Italian, Polish
        "fr | Le Ministère de la Santé a publié un avis. | Ministère de la Santé",
        "fr | Le Lyon a battu Nantes samedi. | Lyon",
        "pt | A Polícia Federal prendeu dois suspeitos. | Polícia Federal",
        "pt | O Ministério da Educação anunciou as vagas. | Ministério da Educação",
        "it | Secondo la Banca d'Italia il debito cresce. | Banca d'Italia",
        "it | Il presidente del Consiglio Mario Verdi ha parlato. | ''",
        "it | Il Parma ha vinto contro la Sampdoria. | Parma",
        "it | La Procura di Bergamo ha aperto un fascicolo. | Procura di Bergamo",
        "pl | Ministerstwo Spraw Zagranicznych wezwało ambasadora. | Ministerstwo Spraw Zagranicznych",
        "pl | Komisja Nadzoru Finansowego nałożyła karę na bank. | Komisja Nadzoru Finansowego",
    })
    void shouldFindBodiesFromHeadWordsClubsAndArticlesWhenNoTaggerRuns(String language, String text, String expected) {
        assertThat(bodies(language, text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en | The Ministry of Defence said so.",
        "xx | El Ministerio de Asuntos Exteriores convocó al embajador.",
    })
    void shouldFindNoneWhenTheLanguageHasNoHeadWords(String language, String text) {
        assertThat(bodies(language, text)).isEmpty();
    }
    private static final EntitiesEnricher ENRICHER = new EntitiesEnricher(AliasTable.builtIn());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a club word shortened with a point, which the tokenizer takes for a sentence end: the club whole
        "es | El portero del At. Madrid fue expulsado en el partido de ayer . | At. Madrid | ORGANIZATION",
        "es | Expulsión de Cubillo ( At. Madrid ) por juego peligroso . | At. Madrid | ORGANIZATION",
        "es | Campeones de liga : 1988 FC. BARCELONA , 1989 FC. BARCELONA . | FC. BARCELONA | ORGANIZATION",
        "pt | O Ath. Bilbao venceu ontem em casa . | Ath. Bilbao | ORGANIZATION",
        "it | Il portiere dell' FC. Porto è stato espulso . | FC. Porto | ORGANIZATION",
        // not a point that ends a sentence or an abbreviation that is no club word
        "es | El partido terminó a las diez de la noche . Madrid amaneció con lluvia . | Madrid | LOCATION",
        "es | El acuerdo con EE.UU. Madrid lo firmará mañana . | Madrid | LOCATION",
    })
    void shouldReadAClubWholeWhenItsShortenedClubWordEndsASentenceForTheTokenizer(String language, String text,
            String name, String expected) {
        String type = ENRICHER.entities(text, "", language).stream().filter(e -> e.name().equals(name))
                .map(e -> e.type().name()).findFirst().orElse("none");
        assertThat(type).isEqualTo(expected);
    }
}
