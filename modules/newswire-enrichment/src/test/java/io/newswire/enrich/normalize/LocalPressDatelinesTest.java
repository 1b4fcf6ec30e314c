package io.newswire.enrich.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.model.Article;
import io.newswire.model.Dateline;
import io.newswire.model.RawArticle;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Session s36: dateline forms of local TV stations, Latin American papers and more national agencies, and first
 * lines of local news that only look like datelines. Rows are invented (places' stories, names and dates).
 */
class LocalPressDatelinesTest {

    private static final LocalDate REF = LocalDate.of(2026, 5, 20);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // text                                                              | location       | region     | resolved   | agency      | rest
        // a TV station's call sign with its channel number first
        "TOLEDO, Ohio (13News) — A bridge closed for repairs on Monday.      | TOLEDO         | Ohio       | -          | 13News      | A bridge closed for repairs on Monday.",
        // the full stop of a ".-" dash after a place in capitals or a written-out state; an abbreviation keeps it
        "MÉRIDA.- La alcaldía abrió un nuevo mercado.                        | MÉRIDA         | -          | -          | -           | La alcaldía abrió un nuevo mercado.",
        "SAN PEDRO SULA.- Dos buses chocaron en la carretera.                | SAN PEDRO SULA | -          | -          | -           | Dos buses chocaron en la carretera.",
        "Hermosillo, Sonora.- El estado amplió el horario de los hospitales. | Hermosillo     | Sonora     | -          | -           | El estado amplió el horario de los hospitales.",
        "CHIHUAHUA, Chih.- El Congreso aprobó la ley de ingresos.            | CHIHUAHUA      | Chih.      | -          | -           | El Congreso aprobó la ley de ingresos.",
        // a full stop after the agency (Andina), a double hyphen set against the story (Jiji), Belga's "="
        "Cusco, abr. 9 (ANDINA). El municipio abrió un nuevo museo.          | Cusco          | -          | 2026-04-09 | ANDINA      | El municipio abrió un nuevo museo.",
        "SAPPORO, April 9 (Jiji Press)--A ski resort will close early.       | SAPPORO        | -          | 2026-04-09 | Jiji Press  | A ski resort will close early.",
        "LIEGE 09/04 (BELGA) = La ville a rouvert le pont.                   | LIEGE          | -          | 2026-04-09 | BELGA       | La ville a rouvert le pont.",
        "Bonn, 09.04.2026 (KNA) Die Kirche stellt einen Fonds vor.           | Bonn           | -          | 2026-04-09 | KNA         | Die Kirche stellt einen Fonds vor.",
        // an unlisted agency in capitals after the date, then a dash
        "AUCKLAND, April 9 NZPA - The council approved a new budget.        | AUCKLAND       | -          | 2026-04-09 | NZPA        | The council approved a new budget.",
        "Maracay, 9 Abr. AVN.- El estado inauguró un hospital.               | Maracay        | -          | 2026-04-09 | AVN         | El estado inauguró un hospital.",
        // an agency in square brackets, the French article before the date, a Spanish date with a dash
        "Jacmel, 9 avril 2026 [AlterPresse] --- Des pêcheurs ont protesté.   | Jacmel         | -          | 2026-04-09 | AlterPresse | Des pêcheurs ont protesté.",
        "Lille, le 9 avril 2026 (AFP) - La mairie a fermé le parc.           | Lille          | -          | 2026-04-09 | AFP         | La mairie a fermé le parc.",
        "Santa Ana, 9 de abril de 2026.- La alcaldía limpió el río.          | Santa Ana      | -          | 2026-04-09 | -           | La alcaldía limpió el río.",
        // a Greek month, a paper's news service after the comma
        "ΠΑΤΡΑ, 9 Απριλίου (ΑΠΕ-ΜΠΕ) - Το λιμάνι άνοιξε ξανά.                | ΠΑΤΡΑ          | -          | 2026-04-09 | ΑΠΕ-ΜΠΕ     | Το λιμάνι άνοιξε ξανά.",
        "Mysuru, DHNS: The palace will stay open late this week.            | Mysuru         | -          | -          | DHNS        | The palace will stay open late this week.",
        // a listed town in capitals before a colon needs no sentence after it; a listed agency after the region
        "KARACHI: Heavy rain lashed the city for a second day                | KARACHI        | -          | -          | -           | Heavy rain lashed the city for a second day",
        "CASTRIES, St. Lucia, CMC – The government opened a new clinic.     | CASTRIES       | St. Lucia  | -          | CMC         | The government opened a new clinic.",
        // the Turkish agencies' reporter, a slash and the place
        "Emre YAVUZ/BURSA, (DHA)- Kentte kar yağışı etkili oldu.            | BURSA          | -          | -          | DHA         | Kentte kar yağışı etkili oldu.",
        // a staff credit or an East African byline that ends in the place, alone on the first line
        "Our Correspondent, Bogura\\nA fire gutted ten shops on Sunday.      | Bogura         | -          | -          | -           | A fire gutted ten shops on Sunday.",
        "From Juma Mwinyi in Arusha\\nThe council opened a new market.        | Arusha         | -          | -          | -           | The council opened a new market.",
    })
    void shouldReadLocalPressDatelineWhenTextStartsWithOne(String text, String location, String region, String resolved,
            String agency, String rest) {
        String input = text.replace("\\n", "\n");

        var match = DatelineParser.parse(input, 0, REF);

        assertThat(match).isPresent();
        Dateline d = match.get().dateline();
        assertThat(d.location()).isEqualTo(location);
        assertThat(d.region()).isEqualTo(region);
        assertThat(d.resolvedDate()).isEqualTo(resolved == null ? null : LocalDate.parse(resolved));
        assertThat(d.agency()).isEqualTo(agency);
        assertThat(d.otherLocations()).isEmpty();
        assertThat(input.substring(match.get().end())).isEqualTo(rest);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // headings in capitals after a place and a dash
        "LIÈGE — LA VILLE EN FÊTE",
        "NAPLES, FLA. — THE STORM IN PICTURES",
        // a letter's place and date before its salutation
        "Torino, 9 aprile 2026\n\nEgregio direttore, le scrivo per protestare.",
        "Lyon, le 9 avril 2026\n\nMadame, nous avons reçu votre lettre.",
        "Santa Ana, 9 de abril de 2026\n\nEstimado señor: le escribo por el agua.",
        // a sports result, a district code, an ordinal in brackets, a date with no agency after it
        "FINAL: Westport 2, Linden 0\nWestport reached the final.",
        "SCORES: Eastport 3, Linden 1\nEastport won the cup.",
        "LIEGE 09/04 La ville a rouvert le pont.",
        "Bonn, 09.04.2026 war ein Donnerstag.",
        "KUALA LUMPUR (2nd LD) the text of a note",
        // a byline whose "in" phrase is no place, a staff credit with a title
        "From Monday in the morning\nThe office will open early.",
        "Our Correspondent, Senior Editor\nThe paper wrote on Monday.",
        // lower case after the date and a dash
        "Lima, abr. 9 — fecha de pago para los jubilados.",
    })
    void shouldFindNoDatelineWhenALocalOpeningOnlyLooksLikeOne(String text) {
        assertThat(DatelineParser.parse(text, 0, REF)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"PORT CITY - CLOSE MAY 6\nCENTS PER LB", "TIN - GRADE A 41.00/41.50"})
    void shouldKeepReadingAPlaceWhenAMarketTableInCapitalsFollowsTheDash(String text) {
        var match = DatelineParser.parse(text, 0, REF);

        assertThat(match).isPresent();
        assertThat(text.substring(match.get().end())).startsWith(text.substring(text.indexOf(" - ") + 3));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Staff Reporter\\nPUNE\\nThe civic body began a survey of old buildings.           | PUNE",
        "Special Correspondent\\nMYSURU\\nThe district opened ten new ration shops.         | MYSURU",
    })
    void shouldReadThePlaceLineWhenItStandsUnderAStaffCredit(String text, String location) {
        Instant at = REF.atStartOfDay().toInstant(ZoneOffset.UTC);

        Article a = new StandardNormalizer().normalize(RawArticle.builder(text.replace("\\n", "\n")).id("t")
                .ingestedAt(at).build(), at);

        assertThat(a.dateline()).isNotNull();
        assertThat(a.dateline().location()).isEqualTo(location);
        assertThat(a.text()).doesNotContain(location).startsWith("The ");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Staff Reporter\nWEATHER\nThe rain will stop on Monday.",
        "Staff Reporter\nINDIA\nThe country will vote in May.",
    })
    void shouldLeaveALineUnderACreditWhenItIsNoListedTown(String text) {
        Instant at = REF.atStartOfDay().toInstant(ZoneOffset.UTC);

        Article a = new StandardNormalizer().normalize(RawArticle.builder(text).id("t").ingestedAt(at).build(), at);

        assertThat(a.dateline()).isNull();
    }

    /** Session s37: a newsroom's kicker in capitals, or a byline, before a dash, in English and other languages the parser reads. */
    @ParameterizedTest
    @ValueSource(strings = {
        "JUST IN - Council names a new city manager",
        "DEVELOPING - Crews search the river after a boat capsizes",
        "EXCLUSIF - La mairie renonce au projet de tramway",
        "DERNIÈRE MINUTE - Le pont restera fermé jusqu'à lundi.",
        "ÚLTIMA HORA - El metro suspende el servicio en la línea 3.",
        "EXCLUSIVA - La empresa prepara la venta de su filial.",
        "URGENTE - Temporal derruba árvores na zona sul.",
        "EILMELDUNG - Der Flughafen stellt den Betrieb ein.",
        "EXKLUSIV - Der Konzern prüft den Verkauf einer Sparte.",
        "ULTIM'ORA - Chiusa l'autostrada per un incidente.",
        "ESCLUSIVO - Il gruppo tratta la vendita della controllata.",
        // a byline's "By" in French, Spanish or Portuguese, and German
        "Par Jeanne Morel - Journaliste Le marché du cacao a encore reculé cette semaine.",
        "Por Ana Beltrán - Corresponsal El precio del café subió por tercera semana.",
        "Von Jonas Weber - Redakteur Die Preise für Heizöl sind erneut gestiegen.",
    })
    void shouldFindNoDatelineWhenAKickerOrBylineOpensTheLine(String text) {
        assertThat(DatelineParser.parse(text, 0, REF)).isEmpty();
    }

    /** The kickers are whole entries: a place in capitals before the same dash stays a dateline. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "TRENTO - Il comune ha approvato il bilancio.      | TRENTO",
        "ALBACETE - El ayuntamiento abrió un nuevo parque. | ALBACETE",
    })
    void shouldStillReadAPlaceInCapitalsWhenADashFollowsIt(String text, String location) {
        var match = DatelineParser.parse(text, 0, REF);

        assertThat(match).isPresent();
        assertThat(match.get().dateline().location()).isEqualTo(location);
    }
}
