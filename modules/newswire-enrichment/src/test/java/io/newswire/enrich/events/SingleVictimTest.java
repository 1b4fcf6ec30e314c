package io.newswire.enrich.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.model.Article;
import io.newswire.model.Dateline;
import io.newswire.model.Language;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One victim, described by role or trade or named, as local and wire copy report most road,
 * crime and police deaths: "A trader was killed", "Sheriff X, 42, was killed", "One man is dead".
 * Every sentence and name is written for this test, in several papers' and agencies' styles.
 */
class SingleVictimTest {

    private static final EventsEnricher STAGE = new EventsEnricher();

    private static List<String> figures(String text) {
        Article a = Article.builder("c-00000000000000000003", text, "test").language(new Language("en", 0.99))
                .dateline(new Dateline("ACCRA", "Accra", "June 3", LocalDate.of(2024, 6, 3), null)).build();
        return TollTexts.of(STAGE.enrich(a));
    }

    static Stream<Arguments> counted() {
        return Stream.of(
                // a role, trade or office outside the victim groups
                Arguments.of("A trader was killed when the lorry hit a market stall on Monday, police said."),
                Arguments.of("A passenger was killed and the bus was badly damaged in the collision."),
                Arguments.of("A pedestrian was killed by a hit-and-run driver on the ring road late on Friday."),
                Arguments.of("A barangay captain was shot dead by two men on a motorcycle in the town on Sunday."),
                Arguments.of("A sheriff's deputy was killed in the crash, the county said in a statement."),
                Arguments.of("A pensioner died when fire spread through the block of flats overnight."),
                // a noun of no list, known as a person by its ending in the subject of a singular passive
                Arguments.of("A welder was killed when the scaffolding gave way at the shipyard on Tuesday."),
                Arguments.of("A young cartographer was killed in the landslide, the survey office said."),
                // a named victim
                Arguments.of("Sheriff Dale Okafor, 42, was killed in a single-vehicle crash on Tuesday night."),
                Arguments.of("Deputy Kent Morrow was killed when his cruiser left the road near the river."),
                Arguments.of("Councillor Amina Yusufu was shot dead outside her home in the town on Sunday."),
                Arguments.of("Police said Kofi Boateng was killed in the clash with the robbers at the junction."),
                Arguments.of("Kwame Asante later died in hospital, the police spokesman said on Monday."),
                // "is dead", "are dead"
                Arguments.of("A 69-year-old man is dead after his car struck a power pole on the highway."),
                Arguments.of("One man is dead after a shooting outside a bar in the city's east end."));
    }

    @ParameterizedTest
    @MethodSource("counted")
    void shouldCountOneDeathWhenOneVictimIsDescribedOrNamed(String text) {
        assertThat(figures(text)).containsExactly("killed=1..1 exact");
    }

    @ParameterizedTest
    @MethodSource("notCounted")
    void shouldCountNoDeathWhenNoOneVictimIsStated(String text) {
        assertThat(figures(text)).noneMatch(f -> f.startsWith("killed=1..1"));
    }

    static Stream<Arguments> notCounted() {
        return Stream.of(
                Arguments.of("Nobody was killed in the fire, which started in the kitchen, the brigade said."),
                Arguments.of("He was killed instantly, a witness told reporters at the scene."),
                Arguments.of("Ana Ruiz could have been killed in the blast, her lawyer told the court."),
                Arguments.of("Ana Ruiz was not killed in the attack, contrary to early reports, police said."),
                Arguments.of("The company said Rexford Mills was hurt by weak sales in the second quarter."),
                Arguments.of("The club's striker was injured in training and will miss the match on Saturday."),
                Arguments.of("The deal is dead, the trade minister told reporters after the talks."),
                Arguments.of("Villagers in Kumasi died of the fever in large numbers that year, records show."));
    }

    @ParameterizedTest
    @MethodSource("larger")
    void shouldLetTheTollCountTheNamedVictimWhenBothAreStated(String text, String expected) {
        assertThat(figures(text)).contains(expected).doesNotContain("killed=1..1 exact");
    }

    static Stream<Arguments> larger() {
        return Stream.of(
                Arguments.of("A gunman killed three people at the bank on Monday. One of them, Ana Ruiz, was killed "
                        + "as she left the building, police said.", "killed=3..3 exact"),
                Arguments.of("Four people are dead after a house fire in the east of the city. Ama Owusu died in "
                        + "hospital on Tuesday, a relative said.", "killed=4..4 exact"));
    }
}
