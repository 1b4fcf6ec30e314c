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
 * Ages are never counts, in any of the forms copy gives them (a range after "aged", the age of the
 * last of a list of named people, ages set off by commas, "a group of"), and the kill and injury
 * statements of wire copy that gave no figure ("confirmed the killing of N", "X and N others were
 * killed", "one of them succumbed", "N others received injuries", "left N others with injuries",
 * "injured another"). Every sentence is written for this test, in the styles of several agencies
 * (AP, Reuters, AFP, PTI, Dawn, Punch, NAN, the Nation, local US papers); the guards must not change.
 */
class AgesAndKillStatementsTest {

    private static final EventsEnricher STAGE = new EventsEnricher();

    private static List<String> figures(String text) {
        Article a = Article.builder("c-00000000000000000034", text, "test").language(new Language("en", 0.99))
                .build();
        return TollTexts.of(STAGE.enrich(a));
    }

    static Stream<Arguments> ages() {
        return Stream.of(
                // Xinhua / Bernama: a range after "aged", then the verb: neither end is a count
                Arguments.of("The detainees, all residents of the estate aged between 22 and 41, were arrested by "
                        + "detectives last week.", List.of()),
                Arguments.of("According to the police, the youths aged between 17 and 26 were arrested on Sunday "
                        + "night.", List.of()),
                Arguments.of("The victims, aged 12 to 15, were injured when the classroom wall collapsed.", List.of()),
                Arguments.of("The suspects were aged 20 to 30 and were arrested in Kisumu.", List.of()),
                // the count before the range stays the count
                Arguments.of("Police said 14 suspects all aged between 18 and 35 were arrested in the dawn raid.",
                        List.of("arrested=14..14 exact")),
                Arguments.of("At least 12 people, aged 19 to 40, were killed in the attack on the market.",
                        List.of("killed=12..null at least")),
                Arguments.of("Police arrested 12 people between the ages of 18 and 25 at the rally.",
                        List.of("arrested=12..12 exact")),
                // the Nation / Standard: a list of named people, each with an age, the last one with no comma
                Arguments.of("Detectives said Peter Kamau, 24, Daniel Oduor, 31, and Ali Hassan, 19 were arrested "
                        + "near the market.", List.of("arrested=3..3 exact")),
                Arguments.of("Four suspects, Joy Akinyi, 22, Mark Were, 19, Paul Onyango, 25, and Ken Ochieng, 20 were "
                        + "arrested in Kisii on Sunday.", List.of("arrested=4..4 exact")),
                // NAN: named victims with ages who died: one per name
                Arguments.of("Two men, Sani Musa, 30, and Bala Idris, 25, died on the spot, the FRSC said.",
                        List.of("killed=2..2 exact")),
                Arguments.of("Amaka Obi, 41, and Chidi Eze, 38, were injured in the crash, the police said.",
                        List.of("injured=2..2 exact")),
                // AP: two ages set off by commas after the people they belong to
                Arguments.of("Two teens, 16 and 17, were arrested after the robbery, police said.",
                        List.of("arrested=2..2 exact")),
                // a group of no stated size is no count of one
                Arguments.of("Detectives are questioning a group of youths arrested with crude weapons in Njoro.",
                        List.of()),
                Arguments.of("A gang of robbers was arrested at the border, police said.", List.of()),
                // two people coordinated after "the bodies of": two
                Arguments.of("The bodies of a man and a woman were found outside the burnt car.",
                        List.of("killed=2..2 exact")),
                // guards: a comma before a count that no list of ages precedes; one person with an age
                Arguments.of("In Kano, 20 were arrested on Sunday, the police said.", List.of("arrested=20..20 exact")),
                Arguments.of("On Sunday, 20 were arrested in Kano.", List.of("arrested=20..20 exact")),
                Arguments.of("In Lagos, Kano and Abuja, 50 were arrested during the protests.",
                        List.of("arrested=50..50 exact")),
                Arguments.of("Two men, aged 23 and 27, were arrested on Friday.", List.of("arrested=2..2 exact")),
                Arguments.of("A man aged 19 was arrested over the stabbing, police said.",
                        List.of("arrested=1..1 exact")),
                Arguments.of("A woman, 52, was injured in the crash.", List.of("injured=1..1 exact")),
                Arguments.of("Three men aged 20-30 were arrested at the market.", List.of("arrested=3..3 exact")),
                Arguments.of("A couple of bystanders were injured in the shooting.", List.of("injured=2..2 exact")),
                Arguments.of("Karl Becker (45) was arrested at his home on Monday, police said.", List.of()));
    }

    @ParameterizedTest
    @MethodSource("ages")
    void shouldNeverReadAnAgeAsCountWhenCopyGivesAgesInAnyForm(String text, List<String> expected) {
        assertThat(figures(text)).containsExactlyInAnyOrderElementsOf(expected);
    }

    static Stream<Arguments> statements() {
        return Stream.of(
                // AFP / NNN: "confirmed the killing of N"
                Arguments.of("The army has confirmed the killing of at least 40 militants in the operation.",
                        List.of("killed=40..null at least")),
                Arguments.of("Police in Plateau on Monday confirmed the killing of two members of a hunters' group.",
                        List.of("killed=2..2 exact")),
                Arguments.of("The governor has confirmed the killing of at least 25 vigilantes in an ambush.",
                        List.of("killed=25..null at least")),
                // guards: an attempt is no killing; a killing a sentence only refers to is counted where it is
                // told; a vague plural is no count
                Arguments.of("The party criticised the silence on the killing of 30 passengers last year.",
                        List.of()),
                Arguments.of("He said firing resulting in the killing of thousands of people would be a disaster.",
                        List.of()),
                Arguments.of("He was charged with the attempted killing of two officers.", List.of()),
                // Punch / Vanguard: a named victim "and N others", a day inside the verb
                Arguments.of("The commander, Yusuf Bako, and two others were on Monday killed by the gunmen.",
                        List.of("killed=3..3 exact")),
                Arguments.of("Alhaji Musa and three others were abducted from the farm on Tuesday.",
                        List.of("kidnapped=4..4 exact")),
                // the Nation / Capital FM: one of a group told before dies
                Arguments.of("One of them succumbed to his injuries while the other two were treated and discharged.",
                        List.of("killed=1..1 exact")),
                Arguments.of("Two of the victims later succumbed to their injuries at the county hospital.",
                        List.of("killed=2..2 exact")),
                // guard: a breakdown inside a toll is no toll of its own
                Arguments.of("Ten people were killed, four of them children, officials said.",
                        List.of("killed=10..10 exact")),
                // AP (Ghana, Ohio): "fatally shooting N"
                Arguments.of("The gunman opened fire on the bus, fatally shooting two passengers before fleeing.",
                        List.of("killed=2..2 exact")),
                // Dawn / APP: "N others received injuries"
                Arguments.of("Three Levies personnel were martyred while two others received injuries in the blast.",
                        List.of("killed=3..3 exact", "injured=2..2 exact")),
                Arguments.of("Four others received gunshot injuries and were taken to hospital.",
                        List.of("injured=4..4 exact")),
                // NAN: "left N others with ... injury"
                Arguments.of("The attack left two others with various degrees of injury, the command said.",
                        List.of("injured=2..2 exact")),
                Arguments.of("The crash left five passengers with serious injuries, the FRSC said.",
                        List.of("injured=5..5 exact")),
                // Reuters / Anadolu: "killed one and injured another"
                Arguments.of("Troops said they killed a suspected attacker and injured another after the rocket fire.",
                        List.of("killed=1..1 exact", "injured=1..1 exact")),
                // guard: "another two" is a count of its own
                Arguments.of("Police shot one robber and arrested another two at the scene.",
                        List.of("arrested=2..2 exact")),
                // NAN: a passerby
                Arguments.of("A passerby was killed when the tanker exploded on the bridge.", List.of("killed=1..1 exact")),
                // a definite victim of a killing, with a relative clause that is no source
                Arguments.of("The victim, whose identity is yet to be confirmed, was killed instantly.",
                        List.of("killed=1..1 exact")),
                // s33's leftovers: the subject of a first verb that "and was killed" shares
                Arguments.of("The man suspected of stabbing two neighbours shot at officers and was killed.",
                        List.of("killed=1..1 exact")),
                Arguments.of("Two gunmen opened fire on the crowd and were killed by police.",
                        List.of("killed=2..2 exact")),
                // an assault with a weapon on a person is an injury (weak when the person is definite)
                Arguments.of("The woman was assaulted with a machete by her neighbour, police said.",
                        List.of("injured=1..1 exact")),
                Arguments.of("A farmer was attacked with a cutlass on his farm in Ogun State.",
                        List.of("injured=1..1 exact")),
                Arguments.of("The convoy was attacked with rockets near the border.", List.of()),
                Arguments.of("The minister was attacked with words by the opposition.", List.of()),
                // an attacker's death beside a death of another side: both stay (one toll per kind and side)
                Arguments.of("An officer was killed at the checkpoint. Police later returned fire, killing the "
                        + "gunman.", List.of("killed=1..1 exact", "killed=1..1 exact")),
                Arguments.of("Police shot dead the gunman. An officer was killed in the exchange.",
                        List.of("killed=1..1 exact", "killed=1..1 exact")),
                // guard: two statements of the attacker's death are one
                Arguments.of("The gunman was killed. Police said they shot dead the gunman.",
                        List.of("killed=1..1 exact")),
                // guards: no casualty told
                Arguments.of("The striker was injured in training on Tuesday.", List.of()),
                Arguments.of("The 87-year-old was found dead at her home.", List.of()));
    }

    @ParameterizedTest
    @MethodSource("statements")
    void shouldCountKillOrInjuryWhenWireCopyStatesIt(String text, List<String> expected) {
        assertThat(figures(text)).containsExactlyInAnyOrderElementsOf(expected);
    }
}
