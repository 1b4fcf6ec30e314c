package io.newswire.enrich.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.model.Article;
import io.newswire.model.ContentFormat;
import io.newswire.model.RawArticle;
import io.newswire.model.Source;
import java.time.Instant;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class StandardNormalizerTest {

    private static final Instant INGEST = Instant.parse("2026-05-14T06:00:00Z");
    private final StandardNormalizer normalizer = new StandardNormalizer();

    private Article normalize(String body) {
        return normalizer.normalize(RawArticle.ofText(null, body).withId("c-1"), INGEST);
    }

    @Test
    void shouldReadHeadlineAgencyDatelineAttributionAndLicenceWhenWireCopyIsRepublished() {
        Article a = normalize("""
                Iran and Iraq agree to joint border patrols
                BAGHDAD, Iraqi News Network (INN) – Iraq’s interior minister, Abdul Amir al-Shammari, met his \
                Iranian counterpart on Monday, the ministry said.
                “Security is shared,” he said. (Source: Example TV)
                  All Content by Example Agency is licensed under a Creative Commons Attribution 4.0 International License.
                """);
        assertThat(a.title()).isEqualTo("Iran and Iraq agree to joint border patrols");
        assertThat(a.dateline().location()).isEqualTo("BAGHDAD");
        assertThat(a.dateline().locationDisplay()).isEqualTo("Baghdad");
        assertThat(a.dateline().agency()).isEqualTo("Iraqi News Network (INN)");
        assertThat(a.attribution().originalSource()).isEqualTo("Example TV");
        assertThat(a.license().spdx()).isEqualTo("CC-BY-4.0");
        assertThat(a.text()).startsWith("Iraq’s interior minister").endsWith("“Security is shared,” he said.")
                .doesNotContain("Source:", "licensed", "BAGHDAD");
        assertThat(a.stats().sentences()).isEqualTo(2);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', nullValues = "-", value = {
        // body (\\n a line break)                                                  | title             | location | agency | text starts
        "By Dilara Hamit\\n\\nANKARA (AA) – Türkiye's exports hit a record.          | -                 | ANKARA   | AA     | Türkiye's exports",
        "Exports hit a record\\nBy Dilara Hamit\\n\\nISTANBUL (AA) – Exporters cheered. | Exports hit a record | ISTANBUL | AA  | Exporters cheered",
        "By Staff Reporter\\nLAHORE: The Punjab cabinet met on Monday.              | -                 | LAHORE   | -      | The Punjab cabinet",
        "BY MARÍA GARCÍA\\n\\nMADRID, 5 mar (EFE).- El Gobierno aprobó el plan.     | -                 | MADRID   | EFE    | El Gobierno aprobó",
        "By Sarah Jones\\n\\nThe government will raise the minimum wage.          | -                 | -        | -      | By Sarah Jones",
        // credit lines before the dateline: the byline's outlet, a staff credit, a photo credit
        "By ANA RUIZ\\nAssociated Press\\n\\nBOISE, Idaho (AP) — A fire closed the road. | -           | BOISE    | AP     | A fire closed the road",
        "Special Correspondent\\nTIRUPPUR\\n\\nThe mills reopened on Monday.        | -                 | TIRUPPUR | -      | The mills reopened",
        "(AP Photo/Ana Ruiz)\\n\\nAMES, Iowa (AP) — Corn prices fell on Tuesday.   | -                 | AMES     | AP     | Corn prices fell",
        "Foto: EFE\\n\\nSEVILLA, 3 mar (EFE).- El Gobierno aprobó el plan.        | -                 | SEVILLA  | EFE    | El Gobierno aprobó",
        "Staff Correspondent\\n\\nThe city corporation began a drive on Monday.   | -                 | -        | -      | Staff Correspondent",
        // s33: a place and a comma alone on the line after the byline
        "By Ada Obi\\nMINNA,\\nA tanker exploded near the highway.                | -                 | MINNA    | -      | A tanker exploded",
        "By Musa Bello\\nSOKOTO,\\n\\nTraders closed the market on Monday.         | -                 | SOKOTO   | -      | Traders closed the market",
        // s33 QA: an outlet's name, a timestamp, a French byline before the dateline; a headline is no outlet
        "The Associated Press\\n\\nNovember 03, 2026 4:58 AM\\n\\nMIDLAND, Mich.\\n\\nAuthorities say. | - | MIDLAND  | -      | Authorities say",
        "Kyodo News\\n\\nOSAKA (Kyodo) -- The ferry resumed.                      | -                 | OSAKA    | Kyodo  | The ferry resumed",
        "par Marie Durand\\n\\nLYON (Reuters) - Plusieurs incendies.             | -                 | LYON     | Reuters | Plusieurs incendies",
        "by Xinhua writer Chen Lan\\n\\nHANOI, Nov. 29 (Xinhua) -- Exports rose.  | -                 | HANOI    | Xinhua | Exports rose",
        "Police Shoot Man\\n\\nKANO (AP) — A man was shot.                         | Police Shoot Man  | KANO     | AP     | A man was shot",
        // s47: a paper's name with a hyphen on the byline's next line
        "By Tom Reyes\\nThe Post-Standard\\n\\nSYRACUSE, N.Y. — The school board voted. | -                 | SYRACUSE | -      | The school board voted",
        "By Ana Lima\\nThe Times-Union\\n\\nALBANY, N.Y. — Lawmakers met on Monday.    | -                 | ALBANY   | -      | Lawmakers met",
        // s46: a reporter's bare name above an agency's dateline (Anadolu's Turkish copy); without the agency the
        // name line is left alone
        "Selin Kaya\\n\\nKONYA (AA) - Çiftçiler hasada erken başladı.            | -                 | KONYA    | AA     | Çiftçiler hasada",
        "Ayşe Yıldız\\n\\nRİZE (AA) - Çay üreticileri yeni sezona hazırlanıyor.  | -                 | RİZE     | AA     | Çay üreticileri",
    })
    void shouldSkipABylineBeforeTheDatelineWhenOneStandsThere(String body, String title, String location,
            String agency, String textStart) {
        Article a = normalize(body.replace("\\n", "\n"));
        assertThat(a.title()).isEqualTo(title);
        assertThat(a.dateline() == null ? null : a.dateline().location()).isEqualTo(location);
        assertThat(a.dateline() == null ? null : a.dateline().agency()).isEqualTo(agency);
        assertThat(a.text()).startsWith(textStart);
    }

    @Test
    void shouldReadTheDatelineWhenAWireNoteStandsBeforeIt() {
        Article a = normalize("(ATTN: UPDATES throughout with new toll)\n\nBUSAN, April 11 (Yonhap) -- A fire at a "
                + "warehouse injured four workers on Friday, officials said.\n\n(END)");
        assertThat(a.dateline()).isNotNull();
        assertThat(a.dateline().location()).isEqualTo("BUSAN");
        assertThat(a.dateline().agency()).isEqualTo("Yonhap");
        assertThat(a.text()).isEqualTo("A fire at a warehouse injured four workers on Friday, officials said.");
        assertThat(a.boilerplate()).containsExactly("(ATTN: UPDATES throughout with new toll)", "(END)");
    }

    @Test
    void shouldMergeRepeatedDatelineWhenTheSecondLineRepeatsThePlace() {
        Article a = normalize("SANAA, June 2 - Talks opened in the capital.\n"
                + "SANAA, Example News Agency (ENA) – Delegates arrived on Sunday.\nMore text.");
        assertThat(a.dateline().date()).isEqualTo("June 2");
        assertThat(a.dateline().resolvedDate()).isEqualTo(LocalDate.of(2026, 6, 2).minusYears(1));
        assertThat(a.dateline().agency()).isEqualTo("Example News Agency (ENA)");
        assertThat(a.text()).isEqualTo("Talks opened in the capital.\nDelegates arrived on Sunday.\nMore text.");
    }

    @Test
    void shouldKeepBothLinesWhenADatelineWithoutAPlaceFollowsOrLeads() {
        // UPI's place-less dateline has no location to compare: neither order may fail or merge.
        Article first = normalize("Feb. 11 (UPI) -- Two tankers collided.\nFeb. 11 (UPI) -- Salvage began.\nMehr Text.");
        assertThat(first.dateline().location()).isNull();
        assertThat(first.dateline().agency()).isEqualTo("UPI");
        assertThat(first.text()).startsWith("Two tankers collided.");
        Article second = normalize("SANAA, June 2 - Talks opened.\nFeb. 11 (UPI) -- Salvage began.\nMás texto.");
        assertThat(second.dateline().location()).isEqualTo("SANAA");
        assertThat(second.text()).contains("Feb. 11 (UPI) -- Salvage began.");
    }

    @Test
    void shouldInferYearFromPublicationTimeWhenKnown() {
        RawArticle raw = RawArticle.builder("LIMA, Dec 30 (AFP) - Rain fell.").id("c-2")
                .url("https://www.example.com/a").source(new Source("Example", null)).title("T")
                .format(ContentFormat.TEXT).publishedAt("Fri, 02 Jan 2026 10:00:00 GMT").ingestedAt(INGEST).build();
        Article a = normalizer.normalize(raw, INGEST);
        assertThat(a.publishedAt()).isEqualTo(Instant.parse("2026-01-02T10:00:00Z"));
        assertThat(a.dateline().resolvedDate()).isEqualTo(LocalDate.of(2025, 12, 30));
        assertThat(a.source()).isEqualTo(new Source("Example", "example.com"));
        assertThat(a.title()).isEqualTo("T");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', nullValues = "-", value = {
        // the lead names no agency: the credit after the last sentence does
        "Bernama | KOTA BHARU, Nov 27 -- The state will open 40 relief centres.\\n\\n-- BERNAMA | KOTA BHARU | BERNAMA | - | The state will open 40 relief centres.",
        "PTI inputs | NEW DELHI: The Centre extended the deadline by a month.\\n\\n(With inputs from PTI) | NEW DELHI | PTI | - | The Centre extended the deadline by a month.",
        "Reuters after the sentence | NAIROBI, Kenya, Nov 28 — The central bank held its rate. (Reuters) | NAIROBI | Reuters | - | The central bank held its rate.",
        "German short dateline, dpa | Kiel. Die Landesregierung will die Fähre sichern.\\n\\n(dpa) | Kiel | dpa | - | Die Landesregierung will die Fähre sichern.",
        // the lead's agency stays; the credit only leaves the text
        "lead has one | KUALA LUMPUR, Nov 29 (Bernama) -- Palm oil futures ended lower.\\n\\n-- BERNAMA | KUALA LUMPUR | Bernama | - | Palm oil futures ended lower.",
        // no dateline: the credit is the story's source
        "no dateline | The ministry said on Monday it would review the rules.\\n\\n— Bernama | - | - | Bernama | The ministry said on Monday it would review the rules.",
    })
    void shouldTakeTheAgencyFromTheClosingCreditWhenTheLeadNamesNone(String kind, String body, String location,
            String agency, String source, String text) {
        Article a = normalize(body.replace("\\n", "\n"));

        assertThat(a.dateline() == null ? null : a.dateline().location()).as(kind).isEqualTo(location);
        assertThat(a.dateline() == null ? null : a.dateline().agency()).as(kind).isEqualTo(agency);
        assertThat(a.attribution() == null ? null : a.attribution().originalSource()).as(kind).isEqualTo(source);
        assertThat(a.text()).as(kind).isEqualTo(text);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '#', nullValues = "-", value = {
        // the credit line names the agency the lead does not
        "es, closing phrase # CARACAS — El banco mantuvo la tasa.\\n\\nCon información de Reuters # CARACAS # Reuters # - # - # El banco mantuvo la tasa.",
        "de, closing phrase # KIEL — Der Hafen meldet weniger Umschlag.\\n\\nMit Material von dpa # KIEL # dpa # - # - # Der Hafen meldet weniger Umschlag.",
        "es, Por line above the dateline # Por: Elnorte.com.co | EFE\\n\\nCÚCUTA — La alcaldía decretó la alerta. # CÚCUTA # EFE # - # - # La alcaldía decretó la alerta.",
        "id, copyright line names the agency # SEMARANG: Pemerintah kota membangun pompa baru.\\nCOPYRIGHT © ANTARA News Jawa Tengah 2026 # SEMARANG # ANTARA # - # - # Pemerintah kota membangun pompa baru.",
        "en, AP copyright with the formula # TULSA, Okla. — A tornado damaged homes.\\n\\nCopyright 2026 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed. # TULSA # The Associated Press # - # - # A tornado damaged homes.",
        // the lead's agency stays; a copyright of the paper that carried it is no source
        "AP story, paper's copyright # PHOENIX (AP) — A man died at the scene.\\n\\nCopyright © 2026 The Daily Courier, LLC. # PHOENIX # AP # - # - # A man died at the scene.",
        // reporters become authors, the editors do not; the bureau is no place in the text
        "reporters' line # KADUNA — Gunmen abducted 14 travellers.\\n\\n(Reporting by Musa Danjuma in Kaduna; Editing by Clare Fenwick) # KADUNA # - # - # Musa Danjuma # Gunmen abducted 14 travellers.",
        "a phrase before the reporters' line # ROUEN — La préfecture a levé l'alerte.\\n\\n(avec AFP)\\n\\n(Reporting by Luc Marin; Editing by Tom Ng) # ROUEN # AFP # - # Luc Marin # La préfecture a levé l'alerte.",
        // no dateline: the credit is the story's source
        "pt, reporter / outlet, no dateline # Um motorista morreu na rodovia.\\nRenata Lobo / Jornal do Vale # - # - # Jornal do Vale # Renata Lobo # Um motorista morreu na rodovia.",
        "id, copyright, no dateline # Banjir merendam sembilan rumah.\\nCOPYRIGHT © ANTARA News Megapolitan 2026 # - # - # ANTARA # - # Banjir merendam sembilan rumah.",
        "en, paper's own copyright, no dateline # The council voted on Monday.\\n\\nCopyright © 2026 The Daily Courier, LLC. # - # - # The Daily Courier # - # The council voted on Monday.",
        "es, leading credit after the standfirst # Dos personas murieron.\\n\\n5 de septiembre de 2025 Por: Elsurdiario.com.co | EFE\\n\\nLas lluvias dejaron daños. # - # - # EFE # - # Dos personas murieron.\\n\\nLas lluvias dejaron daños.",
    })
    void shouldTakeSourceAgencyAndReportersFromCreditLinesAndLeaveThemOutOfTheText(String kind, String body,
            String location, String agency, String source, String authors, String text) {
        Article a = normalize(body.replace("\\n", "\n"));

        assertThat(a.dateline() == null ? null : a.dateline().location()).as(kind).isEqualTo(location);
        assertThat(a.dateline() == null ? null : a.dateline().agency()).as(kind).isEqualTo(agency);
        assertThat(a.attribution() == null ? null : a.attribution().originalSource()).as(kind).isEqualTo(source);
        assertThat(a.authors()).as(kind).isEqualTo(authors == null ? java.util.List.of() : java.util.List.of(authors.split(";")));
        assertThat(a.text()).as(kind).isEqualTo(text.replace("\\n", "\n"));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '#', nullValues = "-", value = {
        // s34 QA: the agency's head line above the dateline is skipped and names the agency when the dateline does not
        "agency in brackets above # (Xinhua)\\n\\nLHASA - A new rail link will open next month, officials said. # LHASA # Xinhua # A new rail link will open next month, officials said.",
        "agency and its full name above # IRNA - Islamic Republic News Agency\\nShiraz, Feb 3, IRNA -- Officials opened a new wing. # Shiraz # IRNA # Officials opened a new wing.",
        "Anadolu's name above # AA - Anadolu Agency\\n\\nKONYA - Farmers began the harvest early this year. # KONYA # AA # Farmers began the harvest early this year.",
        // a sentence after the agency's dash is story, not a head line
        "a sentence after the agency's dash # IRNA - the agency said the talks would resume.\\nMore talks are due. # - # - # IRNA - the agency said the talks would resume.\\nMore talks are due.",
    })
    void shouldReadTheDatelineUnderAnAgencysHeadLine(String kind, String body, String location, String agency,
            String text) {
        Article a = normalizer.normalize(RawArticle.ofText("A headline", body.replace("\\n", "\n")).withId("c-h"),
                INGEST);

        assertThat(a.dateline() == null ? null : a.dateline().location()).as(kind).isEqualTo(location);
        assertThat(a.dateline() == null ? null : a.dateline().agency()).as(kind).isEqualTo(agency);
        assertThat(a.text()).as(kind).isEqualTo(text.replace("\\n", "\n"));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '#', nullValues = "-", value = {
        // no dateline under the head line: the line leaves the text and names the source; "IRNA" is no place
        "full name above prose # IRNA - Islamic Republic News Agency\\n\\nThe agency opened a new office this week. # IRNA # The agency opened a new office this week.",
        "brackets above prose # (Xinhua)\\n\\nA new rail link will open next month, officials said. # Xinhua # A new rail link will open next month, officials said.",
        "Anadolu above prose, one break # AA - Anadolu Agency\\nFarmers in the region began the harvest early. # AA # Farmers in the region began the harvest early.",
        "head line then a headline and a dateline # (Xinhua)\\n\\nRail link to open in May\\nLHASA, March 2 - A new rail link will open. # Xinhua # A new rail link will open.",
        // not an agency's head line: the text is untouched and no source is made up
        "brackets that name no agency # (Updated)\\n\\nThe council met on Monday. # - # (Updated)\\n\\nThe council met on Monday.",
        "a sentence after the dash # IRNA - the agency said talks resume.\\nMore talks are due. # - # IRNA - the agency said talks resume.\\nMore talks are due.",
    })
    void shouldTakeTheSourceFromAnAgencysHeadLineWhenPlainProseFollows(String kind, String body, String source,
            String text) {
        Article a = normalizer.normalize(RawArticle.ofText("A headline", body.replace("\\n", "\n")).withId("c-hp"),
                INGEST);

        String agency = a.dateline() != null ? a.dateline().agency()
                : a.attribution() == null ? null : a.attribution().originalSource();
        assertThat(agency).as(kind).isEqualTo(source);
        assertThat(a.text()).as(kind).isEqualTo(text.replace("\\n", "\n"));
        assertThat(a.dateline() == null ? null : a.dateline().location()).as(kind).isNotEqualTo("IRNA");
    }

    @Test
    void shouldNotInventADatelineOrTitleWhenBodyIsPlainProse() {
        Article a = normalize("Paris is preparing for the summit, officials said.\nSecurity was tightened.");
        assertThat(a.dateline()).isNull();
        assertThat(a.title()).isNull();
        assertThat(a.publishedAt()).isNull();
        assertThat(a.text()).isEqualTo("Paris is preparing for the summit, officials said.\nSecurity was tightened.");
    }

    @Test
    void shouldTakeTheAgencyFromThePagesClosingCreditWhenTheLeadNamesNone() {
        RawArticle raw = RawArticle.builder("<html><body><article><p>IPOH, Nov 26 — Three men were detained after a "
                        + "raid on a gambling den, police said.</p><p>They will be charged on Monday.</p>"
                        + "<p>— Bernama</p></article></body></html>")
                .id("c-4").format(ContentFormat.HTML).ingestedAt(INGEST).build();

        Article a = normalizer.normalize(raw, INGEST);

        assertThat(a.dateline().location()).isEqualTo("IPOH");
        assertThat(a.dateline().agency()).isEqualTo("Bernama");
        assertThat(a.text()).endsWith("They will be charged on Monday.");
        assertThat(a.boilerplate()).contains("— Bernama");
    }

    @Test
    void shouldExtractBodyTitleAndTimeWhenInputIsHtml() {
        RawArticle raw = RawArticle.builder("<html><head><meta property='og:title' content='Sismo en Lima'>"
                        + "<meta property='article:published_time' content='2026-04-01T12:00:00Z'></head>"
                        + "<body><nav>Inicio</nav><article><p>LIMA, 1 abr (EFE).- Un sismo sacudió la capital.</p>"
                        + "<p>No hubo víctimas.</p></article></body></html>")
                .id("c-3").format(ContentFormat.HTML).ingestedAt(INGEST).build();
        Article a = normalizer.normalize(raw, INGEST);
        assertThat(a.title()).isEqualTo("Sismo en Lima");
        assertThat(a.publishedAt()).isEqualTo(Instant.parse("2026-04-01T12:00:00Z"));
        assertThat(a.dateline().agency()).isEqualTo("EFE");
        assertThat(a.text()).isEqualTo("Un sismo sacudió la capital.\n\nNo hubo víctimas.");
        assertThat(a.stats().paragraphs()).isEqualTo(2);
    }

    @Property(tries = 300)
    void shouldNeverFailAndKeepTextCleanWhenInputIsArbitrary(@ForAll @StringLength(max = 400) String body) {
        if (body.isBlank()) {
            return;
        }
        Article a = normalize(body);
        assertThat(a.text()).doesNotContain("\r", "\u0000", "\u200B").isEqualTo(a.text().strip());
        assertThat(TextCleaner.clean(a.text())).isEqualTo(a.text());
    }
}
