package io.newswire.enrich.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BoilerplateTest {

    @Test
    void shouldTakeOutAttributionAndLicenceWhenStoryEndsWithThem() {
        String text = "Leaders met in Ankara.\nThey agreed on a plan. (Source: Anadolu Wire)\n"
                + "  All Content by Example News Agency is licensed under a Creative Commons Attribution 4.0 "
                + "International License.";
        Boilerplate.Result r = Boilerplate.strip(text);
        assertThat(r.text()).isEqualTo("Leaders met in Ankara.\nThey agreed on a plan.");
        assertThat(r.attribution().originalSource()).isEqualTo("Anadolu Wire");
        assertThat(r.license().spdx()).isEqualTo("CC-BY-4.0");
        assertThat(r.removed()).containsExactly("(Source: Anadolu Wire)",
                "All Content by Example News Agency is licensed under a Creative Commons Attribution 4.0 "
                        + "International License.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Source: Press TV                | Press TV",
        "(Source: Xinhua)                | Xinhua",
        "SOURCE: Frontier Wire Service.  | Frontier Wire Service",
        "Fuente: Agencia EFE             | Agencia EFE",
        "Fonte: Telecentro               | Telecentro",
        "Quellen: Feuerwehr Lindenau     | Feuerwehr Lindenau",
        "Bron: ANP                       | ANP",
        "Sumber: ANTARA                  | ANTARA",
    })
    void shouldReadOriginalSourceWhenALineNamesIt(String line, String source) {
        Boilerplate.Result r = Boilerplate.strip("Body of the story.\n" + line);
        assertThat(r.text()).isEqualTo("Body of the story.");
        assertThat(r.attribution().originalSource()).isEqualTo(source);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "licensed under a Creative Commons Attribution-ShareAlike 3.0 Unported License | CC-BY-SA-3.0",
        "Creative Commons Attribution-NonCommercial-NoDerivatives 4.0 International | CC-BY-NC-ND-4.0",
        "Text available under CC BY-SA 4.0                                          | CC-BY-SA-4.0",
        "Licensed under a Creative Commons licence                                  | ",
    })
    void shouldMapLicenceToSpdxWhenRecognised(String statement, String spdx) {
        assertThat(Boilerplate.spdx(statement)).isEqualTo(spdx);
    }

    @ParameterizedTest
    @ValueSource(strings = {"© 2026 Example Media. All rights reserved.", "Copyright Example Wire 2026",
        "Copyright 2026 The Associated Press. All rights reserved. This material may not be published, broadcast, "
                + "rewritten or redistributed.",
        "Read more: Floods in the north", "Share this article", "Photo: Rescue workers in Malatya (AA)",
        "Follow us on social media"})
    void shouldRemoveLineWhenItIsBoilerplate(String line) {
        Boilerplate.Result r = Boilerplate.strip("Story paragraph one.\n" + line + "\nStory paragraph two.");
        assertThat(r.text()).isEqualTo("Story paragraph one.\nStory paragraph two.");
        assertThat(r.removed()).containsExactly(line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"(END)", "(MORE)", "(LEAD)", "(URGENT)", "(ATTN: UPDATES throughout with new toll)",
        "(EDITORS: Adds byline)", "(2nd LD)", "(3rd LD, ATTN: ADDS photo)", "(UPDATE 2)",
        "(Adds quotes from the minister, background)", "(Recasts with details of the vote)"})
    void shouldRemoveAWireNoteWhenItStandsOnALineOfItsOwn(String line) {
        Boilerplate.Result r = Boilerplate.strip("Story paragraph one.\n" + line + "\nStory paragraph two.");
        assertThat(r.text()).isEqualTo("Story paragraph one.\nStory paragraph two.");
        assertThat(r.removed()).containsExactly(line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"(The figures do not include the capital.)", "(Reporting by Ana Ferri; editing by Tom Ng)",
        "(Endorsements came later.)", "(Additional reporting was not available.)", "(Lead times have doubled.)"})
    void shouldKeepABracketedLineWhenItIsNoWireNote(String line) {
        String text = "Story paragraph one.\n" + line + "\nStory paragraph two.";
        assertThat(Boilerplate.strip(text).text()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"The source said the talks failed.", "Sources close to the ministry declined to comment, "
            + "saying the matter was under review.", "Photographers gathered outside the court."})
    void shouldKeepStoryLinesWhenTheyOnlyMentionSourcesOrPhotos(String line) {
        assertThat(Boilerplate.strip(line).text()).isEqualTo(line);
        assertThat(Boilerplate.strip(line).attribution()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The vaccine is licensed under a 2019 agreement with the health ministry, officials said.",
        "Subscribers will pay five euros more a month from June, the operator said.",
        "Copyright lawyers in São Paulo said the ruling would be appealed.",
        "Share prices in Zürich fell 3 percent on the news.",
        "Source: a senior official who asked not to be named.",
        "Videos of the protest in Ankara spread quickly online.",
    })
    void shouldKeepParagraphWhenItOnlyStartsLikeBoilerplate(String paragraph) {
        String text = "Officials met in the capital.\n\n" + paragraph + "\n\nTalks resume next week.";
        Boilerplate.Result r = Boilerplate.strip(text);
        assertThat(r.text()).isEqualTo(text);
        assertThat(r.removed()).isEmpty();
        assertThat(r.license()).isNull();
        assertThat(r.attribution()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'The talks ended in Ankara. Source: Anadolu Wire'     | 'The talks ended in Ankara.' | Anadolu Wire",
        "'Die Gespräche endeten. (Quelle: dpa)'                 | 'Die Gespräche endeten.' | dpa",
        "'Les pourparlers ont pris fin. (Source: AFP)'          | 'Les pourparlers ont pris fin.' | AFP",
        "'He named the source: officials in the capital'        | 'He named the source: officials in the capital' | ",
    })
    void shouldTakeSourceNoteFromLastParagraphWhenItClosesASentence(String last, String kept, String source) {
        Boilerplate.Result r = Boilerplate.strip("First paragraph.\n\n" + last);
        assertThat(r.text()).isEqualTo("First paragraph.\n\n" + kept);
        assertThat(r.attribution() == null ? null : r.attribution().originalSource()).isEqualTo(source);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Copyright © 2026 Example Media. All rights reserved.", "(c) 2026 Ejemplo Noticias",
        "Example Wire 2026. All rights reserved.", "Photograph: Jane Doe/Example Wire", "(Photo: Archivo)",
        "Subscribe to our newsletter"})
    void shouldRemoveLineAndKeepParagraphBreakWhenLineBetweenParagraphsIsBoilerplate(String line) {
        Boilerplate.Result r = Boilerplate.strip("Story paragraph one.\n\n" + line + "\n\nStory paragraph two.");
        assertThat(r.text()).isEqualTo("Story paragraph one.\n\nStory paragraph two.");
        assertThat(r.removed()).containsExactly(line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Copyright lawyers said the ruling would be appealed.",
        "Copyright of the photographs remained with the agency, the court found."})
    void shouldNotTakeSentenceForCopyrightNoticeWhenItStartsWithTheWord(String line) {
        assertThat(Boilerplate.isCopyrightNotice(line)).isFalse();
    }

    @Test
    void shouldStayLinearWhenLastParagraphIsAMegabyteLong() {
        String longParagraph = "Talks went on. ".repeat(70_000) + "Source: Example Wire";
        Boilerplate.Result r = Boilerplate.strip(longParagraph);
        assertThat(r.attribution().originalSource()).isEqualTo("Example Wire");
        assertThat(r.text()).endsWith("Talks went on.");
    }
}
