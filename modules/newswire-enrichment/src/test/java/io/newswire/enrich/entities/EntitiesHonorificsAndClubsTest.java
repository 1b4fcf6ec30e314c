package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityTexts.entities;
import static io.newswire.enrich.entities.EntityTexts.mentions;
import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.model.Entity;
import io.newswire.model.EntityType;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Forms found by the sixteenth blind set (issue 16, s45): honorifics and plural titles read into a person's name
 * ("Madam X", "Skipper X", "Justices X and Y"). Every sentence and name is invented for this test.
 */
class EntitiesHonorificsAndClubsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A trader who asked to be named only as Madam Boateng said prices had doubled. | Boateng",
        "The shop was run by Madam Nguyễn Thị Hoa, who said sales had fallen. | Nguyễn Thị Hoa",
        "Electing to field, Kerala lost early wickets. Skipper Arjun Pillai-Menon made 58 before lunch. | Arjun Pillai-Menon",
        "A bench of Justices Ravindra Kulkarni and Meera Deshpande dismissed the appeal. | Ravindra Kulkarni",
        "A bench of Justices Ravindra Kulkarni and Meera Deshpande dismissed the appeal. | Meera Deshpande",
    })
    void shouldLeaveTheHonorificOutOfTheNameWhenItStandsBeforeAPerson(String text, String name) {
        List<Entity> found = entities(text);

        assertThat(found).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(EntityType.PERSON);
            assertThat(e.name()).isEqualTo(name);
        });
        assertThat(mentions(text)).noneMatch(m -> m.contains("Madam") || m.contains("Skipper") || m.contains("Justices"));
    }
}
