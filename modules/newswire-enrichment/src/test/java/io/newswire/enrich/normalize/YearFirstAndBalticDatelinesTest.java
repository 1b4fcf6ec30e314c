package io.newswire.enrich.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Forms of s47: the year first (Hungarian, Lithuanian, Latvian), Lithuanian "d." after the day, Latvian months, the
 * first of the month as an ordinal ("1er", "1°"), a weekday after the date, an Arabic place and agency joined by a
 * slash, a release dated after the reference, "X City" for a listed town in a two-place line, a region in full then
 * the date without a comma ("Kenya Nov 25"), the agency and the date in one pair of parentheses ("(MindaNews / 24
 * November)"); and heads that are no
 * dateline (market heads, a masthead's date line, a label's lower-case words after a typeset dash). Rows invented for
 * newswire.
 */
class YearFirstAndBalticDatelinesTest {

    private static final LocalDate REF = LocalDate.of(2026, 11, 29);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "Pécs, 2026. november 27., péntek (MTI) – A városi közgyűlés elfogadta a jövő évi költségvetést. | Pécs | - | MTI | 2026-11-27 | A városi",
        "Debrecen, 2027. január 4. (MTI) – Új buszjáratok indulnak a belvárosból. | Debrecen | - | MTI | 2027-01-04 | Új buszjáratok",
        "Klaipėda, lapkričio 26 d. (ELTA). Uosto direkcija paskelbė naują konkursą. | Klaipėda | - | ELTA | 2026-11-26 | Uosto",
        "Šiauliai, 2026 m. lapkričio 25 d. (ELTA). Miesto taryba pritarė naujam planui. | Šiauliai | - | ELTA | 2026-11-25 | Miesto",
        "DAUGAVPILS, 27. novembris, LETA. Dome apstiprināja jaunu autobusu maršrutu. | DAUGAVPILS | - | LETA | 2026-11-27 | Dome",
        "Ventspils, 2026. gada 26. novembrī, LETA. Ostas valde pieņēma lēmumu. | Ventspils | - | LETA | 2026-11-26 | Ostas",
        "ABIDJAN, 1er nov (AIP) – Le gouvernement a lancé une campagne de vaccination. | ABIDJAN | - | AIP | 2026-11-01 | Le gouvernement",
        "NAPOLI, 1° novembre (ANSA) - La giunta ha approvato il piano dei trasporti. | NAPOLI | - | ANSA | 2026-11-01 | La giunta",
        "إسطنبول/ الأناضول افتتحت بلدية المدينة جسرا جديدا فوق المضيق. | إسطنبول | - | الأناضول | - | افتتحت",
        "AUSTIN, TX / ACCESSWIRE / December 3, 2026 / Pecan Grove Foods Inc. announced a new plant. | AUSTIN | TX | ACCESSWIRE | 2026-12-03 | Pecan Grove",
        "ELDORET, Kenya Nov 25 - Farmers said on Tuesday the rains came late. | ELDORET | Kenya | - | 2026-11-25 | Farmers",
        "MULTAN, Pakistan March 3 (Reuters) - Cotton growers said prices fell. | MULTAN | Pakistan | Reuters | 2026-03-03 | Cotton",
        "COTABATO CITY (MindaNews / 24 November) — Classes were suspended on Monday. | COTABATO CITY | - | MindaNews | 2026-11-24 | Classes",
        "ILIGAN CITY (PhilNews / Nov. 23) - Flights resumed after the storm. | ILIGAN CITY | - | PhilNews | 2026-11-23 | Flights",
    })
    void shouldReadTheDatelineWhenWrittenInTheseForms(String text, String location, String region, String agency,
            String date, String story) {
        DatelineParser.Match m = DatelineAssertions.assertReads(text, REF, location, region, agency, date);

        assertThat(text.substring(m.end())).startsWith(story);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "KANDAHAR CITY/KABUL — Officials in both cities said the road reopened on Sunday. | KANDAHAR CITY | KABUL",
        "Taiz City/Aden — Aid convoys reached the besieged districts on Monday. | Taiz City | Aden",
    })
    void shouldReadBothPlacesWhenATownWithCityStandsBeforeASlash(String text, String first, String other) {
        assertThat(DatelineParser.parse(text, 0, REF)).hasValueSatisfying(m -> {
            assertThat(m.dateline().location()).isEqualTo(first);
            assertThat(m.dateline().otherLocations()).containsExactly(other);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "LME COPPER - Prices slip as warehouse stocks climb",
        "NYMEX CRUDE: Futures extend losses in early trade as stocks build.",
        "ICE SUGAR — Raw sugar hits a three-week low",
        "Calgary Herald, Nov. 28, 2026",
        "HALIFAX CHRONICLE, Nov. 27, 2026",
        "NAIROBI – a photo essay",
        "LAGOS — in pictures",
        "Nigeria, Ghana Nov 26 talks end without a deal",
        "Paris, France Inter said on Monday that it would air the debate.",
    })
    void shouldFindNoDatelineWhenTheHeadIsAMarketAMastheadOrALabel(String text) {
        assertThat(DatelineParser.parse(text, 0, REF)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "PORTLAND — eBay sellers in the city reported a busy weekend. | PORTLAND",
        "TORONTO, Nov. 28, 2026 — The city council approved a new transit plan. | TORONTO",
        "KANSAS CITY, Mo. (AP) — A storm knocked out power to thousands. | KANSAS CITY",
    })
    void shouldKeepTheDatelineWhenANamesCapitalOrAPlaceFollows(String text, String location) {
        assertThat(DatelineParser.parse(text, 0, REF)).hasValueSatisfying(
                m -> assertThat(m.dateline().location()).isEqualTo(location));
    }
}
