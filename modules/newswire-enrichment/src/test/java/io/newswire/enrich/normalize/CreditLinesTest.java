package io.newswire.enrich.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CreditLinesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', nullValues = "-", value = {
        // an agency credit in the paper's language on the last line
        "es, Reuters # La tasa quedó sin cambios.\\n\\nCon información de Reuters # Reuters # - # La tasa quedó sin cambios.",
        "es, two agencies in brackets # Los trenes chocaron.\\n\\n(Con información de AFP y EFE) # AFP # - # Los trenes chocaron.",
        "es, unnamed agencies # El puerto cerró.\\n\\nCon información de agencias. # - # - # El puerto cerró.",
        "es, an unlisted agency # El puerto creció.\\n\\nCon información de Europa Press # Europa Press # - # El puerto creció.",
        "de, dpa # Der Hafen meldet weniger Umschlag.\\n\\nMit Material von dpa # dpa # - # Der Hafen meldet weniger Umschlag.",
        "de, der dpa und AFP # Die Regierung tagt.\\n\\nMit Material der dpa und AFP # dpa # - # Die Regierung tagt.",
        "fr, avec AFP after the sentence # Un incendie a ravagé un entrepôt. (avec AFP) # AFP # - # Un incendie a ravagé un entrepôt.",
        "fr, Avec Reuters on its line # Le chantier a signé une commande.\\n\\nAvec Reuters # Reuters # - # Le chantier a signé une commande.",
        "pt, Agência Brasil # O governo abriu inscrições.\\n\\nCom informações da Agência Brasil # Agência Brasil # - # O governo abriu inscrições.",
        "pt, do Tempo, no blank line # O oficial seguia para o trabalho.\\nCom informações do Tempo # Tempo # - # O oficial seguia para o trabalho.",
        "en, With AFP # The vote was delayed.\\n\\n(With AFP) # AFP # - # The vote was delayed.",
        // a reporters' line: the reporters are authors, the editors are not, the bureaus are not names
        "Reuters reporters # Gunmen abducted 14 travellers.\\n\\n(Reporting by Musa Danjuma in Kaduna; Editing by Clare Fenwick) # - # Musa Danjuma # Gunmen abducted 14 travellers.",
        "several roles # A fire destroyed dozens of shops.\\n\\n(Reporting by Chidi Okafor and Ada Eze in Enugu; Additional reporting by Tunde Ade; Writing by Anna Lind; Editing by Peter Hale) # - # Chidi Okafor;Ada Eze;Tunde Ade;Anna Lind # A fire destroyed dozens of shops.",
        "no brackets, full stop # Markets fell.\\n\\nReporting by Li Wei, Sara Noor; Editing by Tom Ng. # - # Li Wei;Sara Noor # Markets fell.",
        // a reporter and the outlet on the last line
        "pt, reporter / outlet # Um motorista morreu na rodovia.\\nRenata Lobo / Jornal do Vale # Jornal do Vale # Renata Lobo # Um motorista morreu na rodovia.",
        "en, reporter and outlet with a bar # The bridge reopened.\\n\\nJane Roe | The Daily Post # The Daily Post # Jane Roe # The bridge reopened.",
        "reporter / agency # Harga cabai turun.\\n\\nDewi Lestari / ANTARA # ANTARA # Dewi Lestari # Harga cabai turun.",
    })
    void shouldReadTheCreditWhenAStoryEndsWithOne(String kind, String text, String agency, String authors, String story) {
        String t = text.replace("\\n", "\n");
        CreditLines.Credit c = CreditLines.trailing(t);

        assertThat(c).as(kind).isNotNull();
        assertThat(c.agency()).as(kind).isEqualTo(agency);
        assertThat(c.authors()).as(kind).isEqualTo(authors == null ? List.of() : List.of(authors.split(";")));
        assertThat(t.substring(0, c.start()).strip()).as(kind).isEqualTo(story);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "es, prose after the phrase | Con información de la policía, los vecinos localizaron al menor.",
        "es, Con and a sentence | El documental se estrena hoy.\\n\\nCon Reuters y la BBC como fuentes, repasa la crisis.",
        "es, bare Con and an unlisted name | El acto terminó.\\n\\nCon Marta Ruiz",
        "de, material of artists | Das Museum öffnet.\\n\\nMit Material von Künstlern aus der Region",
        "fr, avec and a person | La séance est levée.\\n\\nAvec Marie Dupont",
        "two places with a slash | The hotline was set up in 1963.\\n\\nWashington / Moscow",
        "person / person | The duet was recorded live.\\n\\nAna Ruiz / Tom Bell",
        "a sentence with a slash | The fare rises to $2 / ride next month, the agency said.",
        "reporting in prose | Reporting by local media in Mombasa said the ferry had been overloaded.",
        "a reporters' line with prose inside | The court adjourned.\\n\\n(Reporting by the court's own clerk; Editing by Tom Ng)",
        "bracket mid-sentence | The vote (avec AFP) was held and the count began",
        "no line before | Con información de Reuters",
    })
    void shouldFindNoCreditWhenTheEndIsStory(String kind, String text) {
        assertThat(CreditLines.trailing(text.replace("\\n", "\n"))).as(kind).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', nullValues = "-", value = {
        "outlet and agency after a date # El resumen de la nota.\\n\\n5 de septiembre de 2025 Por: Elsurdiario.com.co | EFE\\n\\nLas lluvias dejaron daños. # EFE # - # El resumen de la nota.\\n\\nLas lluvias dejaron daños.",
        "staff and agency # Por: Redacción | EFE\\n\\nMONTERREY, 5 sep (EFE).- Las lluvias siguen. # EFE # - # MONTERREY, 5 sep (EFE).- Las lluvias siguen.",
        "outlet only # Por: Diariodelvalle.com.mx\\n\\nEl tramo cerrará. # Diariodelvalle.com.mx # - # El tramo cerrará.",
        "a reporter # Por: Ana Beltrán\\n\\nEl festival abre su convocatoria. # - # Ana Beltrán # El festival abre su convocatoria.",
        "reporter and agency, no colon # Por Luis Ortega / AFP\\n\\nTOLUCA — Un sismo sacudió la región. # AFP # Luis Ortega # TOLUCA — Un sismo sacudió la región.",
        // bylines that name their agency or outlet beside the reporters
        "byline and agency # By Jane Roe | Reuters\\n\\nLONDON (Reuters) - Shares fell. # Reuters # Jane Roe # LONDON (Reuters) - Shares fell.",
        "two reporters in capitals # BY TOM BELL AND MARY RUIZ, Associated Press\\n\\nThe storm moved north. # Associated Press # TOM BELL;MARY RUIZ # The storm moved north.",
        "French byline # Par Luc Morel / AFP\\n\\nLe conseil a voté. # AFP # Luc Morel # Le conseil a voté.",
        "byline and a domain under a headline # Road reopens\\nBy Kofi Mensah | myjoyonline.com\\n\\nTraffic resumed on Monday. # myjoyonline.com # Kofi Mensah # Road reopens\\nTraffic resumed on Monday.",
    })
    void shouldReadTheLeadingCreditWhenAPorLineStandsNearTheStart(String kind, String text, String agency,
            String authors, String rest) {
        String t = text.replace("\\n", "\n");
        CreditLines.Credit c = CreditLines.leading(t);

        assertThat(c).as(kind).isNotNull();
        assertThat(c.agency()).as(kind).isEqualTo(agency);
        assertThat(c.authors()).as(kind).isEqualTo(authors == null ? List.of() : List.of(authors.split(";")));
        String left = t.substring(0, c.start()) + t.substring(c.end()).replaceFirst("^\n+", "");
        assertThat(left).as(kind).isEqualTo(rest.replace("\\n", "\n"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "prose with Por | Por la mañana, el alcalde recorrió las colonias afectadas.",
        "Por and a clause | Por: una ciudad más limpia, dice la campaña de este año",
        "Por deep in the story | Uno.\\n\\nDos.\\n\\nTres.\\n\\nCuatro.\\n\\nCinco.\\n\\nPor: Ana Beltrán",
        "Por after words that are no date | El informe Por: Ana Beltrán",
        "Portugal | Portugal vence a Espanha por dois a um.",
        "a byline with no outlet | By Jane Roe\\n\\nThe storm moved north.",
        "a title-case headline after By | By Land And Sea\\n\\nThe navy began its drills.",
        "a sentence opening with By | By Monday, officials said the road would reopen.",
        "a name opening with By | Byron Hale won the race.",
        "Paris | Paris, France | The summit opens",
        "a byline with a role | By Jane Roe, Staff Writer\\n\\nThe storm moved north.",
    })
    void shouldFindNoLeadingCreditWhenTheLineIsProse(String kind, String text) {
        assertThat(CreditLines.leading(text.replace("\\n", "\n"))).as(kind).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "Copyright © 2026 The Daily Courier, LLC.                                 | The Daily Courier",
        "COPYRIGHT © ANTARA News Jawa Tengah 2026                                  | ANTARA",
        "COPYRIGHT © ANTARA 2026                                                   | ANTARA",
        "Copyright 2026 The Associated Press. All rights reserved.                | The Associated Press",
        "© 2026 Agence France-Presse                                               | Agence France-Presse",
        "(c) 2026 Ejemplo Noticias                                                 | Ejemplo Noticias",
        "All rights reserved.                                                      | -",
        "© 2026                                                                    | -",
    })
    void shouldNameTheHolderWhenACopyrightLineNamesOne(String line, String holder) {
        assertThat(CreditLines.copyrightHolder(line.strip())).isEqualTo(holder);
    }
}
