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
        "Read more: Floods in the north", "Share this article", "Photo: Rescue workers in Malatya (AA)",
        "Follow us on social media"})
    void shouldRemoveLineWhenItIsBoilerplate(String line) {
        Boilerplate.Result r = Boilerplate.strip("Story paragraph one.\n" + line + "\nStory paragraph two.");
        assertThat(r.text()).isEqualTo("Story paragraph one.\nStory paragraph two.");
        assertThat(r.removed()).containsExactly(line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"The source said the talks failed.", "Sources close to the ministry declined to comment, "
            + "saying the matter was under review.", "Photographers gathered outside the court."})
    void shouldKeepStoryLinesWhenTheyOnlyMentionSourcesOrPhotos(String line) {
        assertThat(Boilerplate.strip(line).text()).isEqualTo(line);
        assertThat(Boilerplate.strip(line).attribution()).isNull();
    }
}
