package io.newswire.enrich.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.model.Article;
import io.newswire.model.Language;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Numbers near a casualty word that count no victims of it: the hour of a clock time, a day of the
 * month, animals, the object of another verb inside the subject ("a man suspected of stabbing two
 * others ... was killed"), the actors of an active verb with an object, and the named first member of
 * "X and her four children" (which the count must include). A wrong toll is worse than a missed one.
 * Every sentence is written for this test, in the styles of several agencies.
 */
class FalseFiguresTest {

    private static final EventsEnricher STAGE = new EventsEnricher();

    private static List<String> figures(String text) {
        Article a = Article.builder("c-00000000000000000003", text, "test").language(new Language("en", 0.99))
                .build();
        return TollTexts.of(STAGE.enrich(a));
    }

    static Stream<Arguments> timesAndDates() {
        return Stream.of(
                // AP: a clock time after the verb is no count; the named victim still is one
                Arguments.of("Officers said Dario Pell was shot dead around 3:15 a.m. on the ring road.",
                        List.of("killed=1..1 exact")),
                Arguments.of("Two guards were wounded about 11:40 p.m. when gunmen opened fire on the gate.",
                        List.of("injured=2..2 exact")),
                // Reuters: a 24-hour time
                Arguments.of("Two people were killed about 14:30 local time when the bus overturned, police said.",
                        List.of("killed=2..2 exact")),
                Arguments.of("A photographer was shot dead around 9:05 in the morning, his employer said.",
                        List.of("killed=1..1 exact")),
                // Dawn: a day of the month after the verb
                Arguments.of("The journalist was shot dead 3 June outside his home in Karachi, police said.",
                        List.of("killed=1..1 exact")),
                Arguments.of("Four soldiers were killed 21 October in an ambush near the border.",
                        List.of("killed=4..4 exact")),
                // "may" the verb after a count is no month
                Arguments.of("As many as 30 may have been killed in the raid, a local official said.",
                        List.of("killed=null..30 up to")));
    }

    @ParameterizedTest
    @MethodSource("timesAndDates")
    void shouldNotReadHourOrDayAsCountWhenTimeOrDateFollowsVerb(String text, List<String> expected) {
        assertThat(figures(text)).containsExactlyInAnyOrderElementsOf(expected);
    }

    static Stream<Arguments> animals() {
        return Stream.of(
                // Xinhua: animals in a quake report
                Arguments.of("Several barns caved in across the valley and hundreds of cattle were killed, the "
                        + "county said.", List.of()),
                // Dawn: animals and people in one sentence
                Arguments.of("Dozens of goats were killed and 12 villagers injured in the landslide, officials "
                        + "said.", List.of("injured=12..12 exact")),
                // The Nation (Kenya)
                Arguments.of("More than 40 sheep were killed by lightning in the hills above Nyeri.", List.of()),
                // PTI
                Arguments.of("Thousands of chickens died in the fire at the poultry farm, officials said.",
                        List.of()),
                // ABC: "head of cattle", and the people counted all the same
                Arguments.of("The flash flood killed 400 head of cattle on the station, police said.", List.of()),
                Arguments.of("At least 300 animals and four people died in the floods in Sindh.",
                        List.of("killed=4..4 exact")));
    }

    @ParameterizedTest
    @MethodSource("animals")
    void shouldNotCountAnimalsWhenFigureNamesThem(String text, List<String> expected) {
        assertThat(figures(text)).containsExactlyInAnyOrderElementsOf(expected);
    }

    static Stream<Arguments> anotherClausesCount() {
        return Stream.of(
                // AP: the count is the object of "stabbing"; "was killed" has a subject of one, the man, who
                // is also the subject of the first verb (s34: "fled and was killed" counts him)
                Arguments.of("A man suspected of stabbing two others fled and was killed by police, officials "
                        + "said.", List.of("killed=1..1 exact")),
                Arguments.of("Police say a man suspected of shooting three people was killed in a shootout with "
                        + "deputies.", List.of("killed=1..1 exact")),
                Arguments.of("A woman suspected of shooting four shoppers at the mall was shot dead by a security "
                        + "guard, Tacoma police said.", List.of("killed=1..1 exact")),
                // a gerund's object before an intransitive verb
                Arguments.of("After shooting two neighbours, the gunman died in a fire at the farmhouse.",
                        List.of("killed=1..1 exact")),
                // agreement: "was" never takes a plural count as its subject
                Arguments.of("The suspect, who had threatened five people, was killed by a police sniper.",
                        List.of()),
                // the actors of an active verb with an object are no victims
                Arguments.of("Two gunmen killed the guard at the gate, police said.", List.of("killed=1..1 exact")),
                Arguments.of("Three men abducted his son from the school, the Punch reported.", List.of()),
                // still counted: a plural passive, and "more than one" with "was"
                Arguments.of("Two others suspected of the robbery were killed in the shootout.",
                        List.of("killed=2..2 exact")),
                Arguments.of("More than one person was killed in the blast, a witness said.",
                        List.of("killed=2..null more than")));
    }

    @ParameterizedTest
    @MethodSource("anotherClausesCount")
    void shouldNotTakeCountOfAnotherVerbWhenSubjectIsOneOrTheActors(String text, List<String> expected) {
        assertThat(figures(text)).containsExactlyInAnyOrderElementsOf(expected);
    }

    static Stream<Arguments> namedFirstMember() {
        return Stream.of(
                // Dawn: a court's retelling
                Arguments.of("The prosecutor told the court that Nadia Akram and her three daughters were "
                        + "murdered in 2004.", List.of("killed=4..4 exact")),
                // Punch
                Arguments.of("Amina Yusuf and her four children were killed when the house collapsed, police "
                        + "said.", List.of("killed=5..5 exact")),
                // AFP
                Arguments.of("Rahel Tsegaye and his two sons were shot dead in the village, a relative said.",
                        List.of("killed=3..3 exact")),
                Arguments.of("She and her two children were injured when the bus overturned.",
                        List.of("injured=3..3 exact")),
                // a role before the name
                Arguments.of("Constable Ram Lal and his two sons were killed in the attack.",
                        List.of("killed=3..3 exact")),
                // unchanged: the first member already counted by its article
                Arguments.of("A woman and her three children were killed in the fire.", List.of("killed=4..4 exact")),
                // not a person: a place before "and her"
                Arguments.of("Residents of Kano and their three guests were injured in the stampede.",
                        List.of("injured=3..3 exact")));
    }

    @ParameterizedTest
    @MethodSource("namedFirstMember")
    void shouldCountNamedFirstMemberWhenListIsNameAndHerChildren(String text, List<String> expected) {
        assertThat(figures(text)).containsExactlyInAnyOrderElementsOf(expected);
    }
}
