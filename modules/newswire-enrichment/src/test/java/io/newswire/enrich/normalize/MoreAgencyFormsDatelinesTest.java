package io.newswire.enrich.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Forms of s46: a weekday before the date, a release wire's date after the wire, an agency in its own script after
 * the date, Serbian Cyrillic months; and heads that are no dateline. Rows invented for newswire.
 */
class MoreAgencyFormsDatelinesTest {

    private static final LocalDate REF = LocalDate.of(2026, 12, 2);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "NABLUS, Wednesday, December 2, 2026 (WAFA) - The municipality opened a clinic. | NABLUS | - | WAFA | 2026-12-02 | The municipality",
        "HEBRON, Monday, November 30 (WAFA) - Farmers began the olive harvest late. | HEBRON | - | WAFA | 2026-11-30 | Farmers",
        "DENVER, Colo.--(BUSINESS WIRE)--Dec. 1, 2026-- Kestrel Analytics today said it hired a chief. | DENVER | Colo. | BUSINESS WIRE | 2026-12-01 | Kestrel",
        "OSLO, Norway--(BUSINESS WIRE)--Nov. 30, 2026--Fjordline ASA reported higher freight volumes. | OSLO | Norway | BUSINESS WIRE | 2026-11-30 | Fjordline",
        "Харків, 1 грудня. Укрінформ. У місті відкрили новий пункт обігріву. | Харків | - | Укрінформ | 2026-12-01 | У місті",
        "НОВИ САД, 30. НОВЕМБРА /ТАНЈУГ/ - Градско веће усвојило је буџет. | НОВИ САД | - | ТАНЈУГ | 2026-11-30 | Градско",
        "Gdańsk, 30 listopada 2026 r. (PAP) - Rada miasta przyjęła budżet. | Gdańsk | - | PAP | 2026-11-30 | Rada",
        "TARTU, 1. detsember, BNS – Linnavalitsus kinnitas uue bussiliini. | TARTU | - | BNS | 2026-12-01 | Linnavalitsus",
        "KHUJAND, November 30, Asia-Plus — A new bridge opened on Monday. | KHUJAND | - | Asia-Plus | 2026-11-30 | A new bridge",
        "Битола, 1 декември 2026 (МИА) - Општината отвори нов пазар. | Битола | - | МИА | 2026-12-01 | Општината",
        "Durrës, 1 dhjetor /ATSH/ - Porti priti një anije të re. | Durrës | - | ATSH | 2026-12-01 | Porti",
        "Пловдив, 30 ноември /БТА/ Общината откри нов парк. | Пловдив | - | БТА | 2026-11-30 | Общината",
        "MONTERREY, 1 de diciembre de 2026 /PRNewswire/ -- Aceros del Norte anunció hoy una planta. | MONTERREY | - | PRNewswire | 2026-12-01 | Aceros",
        "CURITIBA, 30 de novembro de 2026 /PRNewswire/ -- A Serra Azul anunciou hoje um fundo. | CURITIBA | - | PRNewswire | 2026-11-30 | A Serra",
        "Новосибирск, 1 декабря 2026 г. (ТАСС) - В городе открыли мост. | Новосибирск | - | ТАСС | 2026-12-01 | В городе",
        "Самара, 1 декабря 2026 года (ТАСС) - Власти продлили программу. | Самара | - | ТАСС | 2026-12-01 | Власти",
    })
    void shouldReadTheDatelineWhenWrittenInTheseForms(String text, String location, String region, String agency,
            String date, String story) {
        DatelineParser.Match m = DatelineAssertions.assertReads(text, REF, location, region, agency, date);

        assertThat(text.substring(m.end())).startsWith(story);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Dienstag, 1. Dezember 2026",
        "Mercredi, 2 décembre 2026",
        "Czwartek, 3 grudnia 2026",
        "Вторник, 1 декабря 2026 года",
        "Четвер, 3 грудня 2026",
        "Utorak, 1. prosinca 2026.",
        "Perşembe, 3 Aralık 2026",
        "Selasa, 1 Desember 2026",
        "Torsdag 3. december 2026",
        "Τρίτη, 1 Δεκεμβρίου 2026",
        "PISCES (Feb. 19 - March 20): A friend's offer deserves a careful answer.",
        "MADISON, Helen Grace — Peacefully in hospital on November 30, aged 90.",
    })
    void shouldFindNoDatelineWhenTheHeadIsADateLineASignOrANotice(String text) {
        assertThat(DatelineParser.parse(text, 0, REF)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "SALEM, West Virginia — Peacefully, protesters marched to the capitol on Monday. | SALEM",
        "AUSTIN, Texas--(BUSINESS WIRE)--Norvane Systems today announced a new round. | AUSTIN",
    })
    void shouldKeepTheDatelineWhenTheRegionIsAPlaceOrNoDateFollowsTheWire(String text, String location) {
        assertThat(DatelineParser.parse(text, 0, REF)).hasValueSatisfying(
                m -> assertThat(m.dateline().location()).isEqualTo(location));
    }
}
