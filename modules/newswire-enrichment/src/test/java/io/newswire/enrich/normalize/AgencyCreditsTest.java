package io.newswire.enrich.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgencyCreditsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // a dash and the agency on the last line, in the agencies' casings
        "Bernama capitals | The state will open 40 relief centres.\\n\\n-- BERNAMA | BERNAMA | The state will open 40 relief centres.",
        "em dash | Three men were detained, police said.\\n\\n— Bernama | Bernama | Three men were detained, police said.",
        "compound | The Senate passed the budget on Thursday.\\n\\n— NNN-XINHUA | NNN-XINHUA | The Senate passed the budget on Thursday.",
        "unlisted sign-off | Parliament approved the law.\\n\\n-- BNS | BNS | Parliament approved the law.",
        // in parentheses on its own line, or after the last sentence
        "own line | Die Polizei ermittelt.\\n\\n(dpa) | dpa | Die Polizei ermittelt.",
        "after the sentence | The central bank held its rate on Thursday. (Reuters) | Reuters | The central bank held its rate on Thursday.",
        "inputs from | The Centre extended the deadline by a month.\\n\\n(With inputs from PTI) | PTI | The Centre extended the deadline by a month.",
        "regional service | Der Landtag tagt am Freitag.\\n\\n(dpa/lnw) | dpa/lnw | Der Landtag tagt am Freitag.",
        // after the last sentence on the same line, after a spaced en or em dash, in mixed case
        "en dash tail | The court fixed May 4 for the ruling. – Bernama | Bernama | The court fixed May 4 for the ruling.",
        "em dash tail | Two lorries were seized at the border.” — Antara | Antara | Two lorries were seized at the border.”",
        // a bare agency alone on the last line after a blank line; an outlet's sign-off
        "bare agency | Die Feuerwehr war bis zum Abend im Einsatz.\\n\\ndpa | dpa | Die Feuerwehr war bis zum Abend im Einsatz.",
        "outlet | Police recovered two rifles from the house.\\n\\n– Mindanews.com | Mindanews.com | Police recovered two rifles from the house.",
        // s33 QA: a paper's dated closing line
        "published in | A man was held for the killing.\\n\\nPublished in Dawn, May 3rd, 2026 | Dawn | A man was held for the killing.",
        "published in, day first | The canal breach was plugged.\\n\\nPublished in The Daily Courier, 4 March 2026 | The Daily Courier | The canal breach was plugged.",
        // s34 QA: the agency glued to the last full stop, bare in capitals after it, with PTI's desk codes, a
        // services line
        "glued bracket | Umar blamed the crash on brake failure.(NAN) | NAN | Umar blamed the crash on brake failure.",
        "bare capitals after the sentence | The cause of the crash is speeding. NAN | NAN | The cause of the crash is speeding.",
        "desk codes | The driver fled, they added. PTI COR KIS ABN | PTI | The driver fled, they added.",
        // s46: the Canadian papers' "first published" line, ANSA's credit closed by a full stop, a Brazilian
        // service named in full on the last line
        "first published | Ottawa will add two ferries next year.\\n\\nThis report by The Canadian Press was first published Nov. 25, 2026. | The Canadian Press | Ottawa will add two ferries next year.",
        "first published, French | Québec ajoute deux traversiers.\\n\\nCe texte a été publié par La Presse Canadienne le 1er décembre 2026. | La Presse Canadienne | Québec ajoute deux traversiers.",
        "credit and full stop | Il Comune ha chiuso la piazza per lavori. (ANSA). | ANSA | Il Comune ha chiuso la piazza per lavori.",
        "brazilian service | O estado abriu a licitação nesta terça.\\n\\nEstadão Conteúdo | Estadão Conteúdo | O estado abriu a licitação nesta terça.",
        "desk codes after a quote | \"We will rebuild,\" he said.\" PTI CORR SAB | PTI | \"We will rebuild,\" he said.\"",
        "services line | The blast was condemned.\\n\\nAPP Services | APP | The blast was condemned.",
        // s44: a listed agency named in full, alone on the last line after a blank line
        "full name | The province will hire 300 nurses.\\n\\nThe Canadian Press | The Canadian Press | The province will hire 300 nurses.",
        "full name, Portuguese | O governo anunciou hoje um novo programa.\\n\\nAgência Brasil | Agência Brasil | O governo anunciou hoje um novo programa.",
    })
    void shouldReadTheAgencyWhenAStoryEndsWithItsCredit(String kind, String text, String agency, String story) {
        String t = text.replace("\\n", "\n");
        AgencyCredits.Credit credit = AgencyCredits.trailing(t);

        assertThat(credit).as(kind).isNotNull();
        assertThat(credit.agency()).as(kind).isEqualTo(agency);
        assertThat(t.substring(0, credit.start()).strip()).as(kind).isEqualTo(story);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a name after a dash | The poem ends there.\\n\\n— Jane",
        "published in, not a paper | The novel was reissued.\\n\\nPublished in paperback, 2026",
        "published in, no date | The poem ends there.\\n\\nPublished in Dawn, with thanks",
        "published in, mid-paragraph | The report was Published in Dawn, May 3rd, 2026",
        "a release's end mark | The company makes pumps.\\n\\n-- ENDS",
        "a caption note in parentheses | The bridge opened in 1932.\\n\\n(file)",
        "parentheses mid-sentence | The rate was held (Reuters reported) and markets rose",
        "no sentence before | (Reuters)",
        "an unlisted name after the sentence | The mayor spoke on Monday. (Kelly)",
        "a person after a dash tail | The council approved the budget, the mayor said. – Ana Ruiz",
        "a dash inside the last sentence | The minister praised the agency – AFP",
        "a bare agency with no blank line before | The talks ended without a deal and the envoy said\\nAFP",
        "a bare unlisted word | The festival closes on Sunday.\\n\\nMore",
        "a web address that is a path | Read the full report.\\n\\n– example.com/report",
        "capitals after an abbreviation | The team flew back to the U.S. AP",
        "an unlisted word in capitals | The choir sang the last hymn. AMEN",
        "long capitals after an agency | The minister spoke. PTI REPORTERS",
        "capitals with no sentence before | The crowd chanted NAN",
        "a service word after an unlisted name | The shop closed.\\n\\nLaundry Services",
        "an unlisted name of several words | The choir sang the last hymn.\\n\\nThe Kelbrook Singers",
        "first published by a paper's staff | The bridge reopens on Monday.\\n\\nThis report by our staff was first published Nov. 25, 2026.",
        "first published mid-paragraph | This report by The Canadian Press was first published Nov. 25, 2026.",
        "a full stop after a parenthesis that is no agency | The mayor spoke on Monday. (Kelly).",
    })
    void shouldFindNoCreditWhenTheLastLineIsNotAnAgencys(String kind, String text) {
        assertThat(AgencyCredits.trailing(text.replace("\\n", "\n"))).as(kind).isNull();
    }
}
