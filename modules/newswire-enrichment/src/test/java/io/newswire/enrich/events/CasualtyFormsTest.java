package io.newswire.enrich.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.model.Article;
import io.newswire.model.Dateline;
import io.newswire.model.Event;
import io.newswire.model.Language;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Casualty forms that real copy writes and a nearest-number reading gets wrong: a head total broken
 * down after it, ages in a list, "over" meaning "about", deaths stated without "killed" or "died",
 * "fatally wounded", and a modifier between the victims and the passive verb. Every sentence is
 * written for this test in the styles of several agencies.
 */
class CasualtyFormsTest {

    private static final EventsEnricher STAGE = new EventsEnricher();

    private static Article english(String text) {
        return Article.builder("c-00000000000000000002", text, "test").language(new Language("en", 0.99))
                .dateline(new Dateline("LAGOS", "Lagos", "June 3", LocalDate.of(2024, 6, 3), null)).build();
    }

    /** Every figure of an article as "kind=min..max qualifier". */
    private static List<String> figures(String text) {
        return TollTexts.of(STAGE.enrich(english(text)));
    }

    static Stream<Arguments> headTotals() {
        return Stream.of(
                Arguments.of("At least seven others, including five police officers and two bystanders, were "
                        + "wounded in the blast, police said.", List.of("injured=7..null at least")),
                Arguments.of("Nine family members — five women and four children — were killed when the roof "
                        + "collapsed, a relief official said.", List.of("killed=9..9 exact")),
                Arguments.of("Nine members of one family — five women and four children — died in the fire.",
                        List.of("killed=9..9 exact")),
                Arguments.of("Six people, including four from one village and two passers-by, died in the crash "
                        + "on Sunday.", List.of("killed=6..6 exact")),
                Arguments.of("Twelve pilgrims, among them eight women and four children, were injured in the "
                        + "stampede.", List.of("injured=12..12 exact")));
    }

    @ParameterizedTest
    @MethodSource("headTotals")
    void shouldKeepHeadTotalWhenBreakdownFollowsIt(String text, List<String> expected) {
        assertThat(figures(text)).containsExactlyInAnyOrderElementsOf(expected);
    }

    static Stream<Arguments> agesAndAbout() {
        return Stream.of(
                Arguments.of("Two hikers, aged 19 and 23, died after falling from the ridge.",
                        List.of("killed=2..2 exact")),
                Arguments.of("Three climbers, aged 41, 45 and 52, were killed in the avalanche on Tuesday.",
                        List.of("killed=3..3 exact")),
                Arguments.of("Hundreds marched on Sunday in a protest over 17 people killed by police last week.",
                        List.of("killed=17..17 exact")),
                Arguments.of("Anger over 9 deaths at the border post grew on Monday, residents said.",
                        List.of("killed=9..9 exact")),
                // "over" before a figure elsewhere still means "more than"
                Arguments.of("Over 40 people were injured when the stands gave way.",
                        List.of("injured=41..null more than")));
    }

    @ParameterizedTest
    @MethodSource("agesAndAbout")
    void shouldReadCountNotAgeNorMatterWhenAgesListOrOverFollowNoun(String text, List<String> expected) {
        assertThat(figures(text)).containsExactlyInAnyOrderElementsOf(expected);
    }

    static Stream<Arguments> deathsWithoutKilled() {
        return Stream.of(
                Arguments.of("Officers shot one suspect dead and arrested two others, a spokesman said.",
                        List.of("killed=1..1 exact", "arrested=2..2 exact")),
                Arguments.of("One gunman was fatally wounded in the exchange of fire.", List.of("killed=1..1 exact")),
                Arguments.of("Two pilgrims were fatally injured when their bus overturned near the pass.",
                        List.of("killed=2..2 exact")),
                Arguments.of("The collision led to the death of a motorcyclist, police said.",
                        List.of("killed=1..1 exact")),
                Arguments.of("A truck driver was held after a crash that led to the death of a cyclist on Monday.",
                        List.of("killed=1..1 exact")),
                Arguments.of("The blaze caused the deaths of 14 workers at the plant, the fire service said.",
                        List.of("killed=14..14 exact")),
                Arguments.of("Paramedics declared all four passengers of the car dead at the scene.",
                        List.of("killed=4..4 exact")),
                Arguments.of("Three miners were pronounced dead at a district hospital.", List.of("killed=3..3 exact")),
                Arguments.of("Ambulance crews declared all six occupants - three girls and three boys, two aged 12 "
                        + "and four aged 13 - dead at the scene.", List.of("killed=6..6 exact")),
                Arguments.of("Troops shot two intruders -- both carrying rifles -- dead near the fence overnight.",
                        List.of("killed=2..2 exact")),
                Arguments.of("A mob beat two men to death on Saturday over a land dispute.",
                        List.of("killed=2..2 exact")),
                Arguments.of("Two shopkeepers were stabbed to death in the market on Friday.",
                        List.of("killed=2..2 exact")),
                Arguments.of("The crash resulted in the death of the van driver, the police chief said.",
                        List.of("killed=1..1 exact")),
                // no death of people
                Arguments.of("Critics mourned the death of the old press law.", List.of()));
    }

    @ParameterizedTest
    @MethodSource("deathsWithoutKilled")
    void shouldCountDeathWhenCopySaysDeadDeathOrFatally(String text, List<String> expected) {
        assertThat(figures(text)).containsExactlyInAnyOrderElementsOf(expected);
    }

    static Stream<Arguments> modifiedSubjects() {
        return Stream.of(
                Arguments.of("Twenty farmers in the northern district of Kora were killed by gunmen on Friday.",
                        List.of("killed=20..20 exact")),
                Arguments.of("Four soldiers belonging to an army engineering unit were killed in an ambush.",
                        List.of("killed=4..4 exact")),
                Arguments.of("A police officer with the highway patrol unit was killed in the crash.",
                        List.of("killed=1..1 exact")),
                Arguments.of("Eleven workers from a textile factory in Gazipur were injured when the bus overturned.",
                        List.of("injured=11..11 exact")));
    }

    @ParameterizedTest
    @MethodSource("modifiedSubjects")
    void shouldCountVictimsWhenModifierStandsBeforePassiveVerb(String text, List<String> expected) {
        assertThat(figures(text)).containsExactlyInAnyOrderElementsOf(expected);
    }

    static Stream<Arguments> possessiveMembersAndFreedPeople() {
        return Stream.of(
                // a possessive member of an object list is one more person; a plural one says no number
                Arguments.of("Gunmen killed a district commander and his driver near the market on Sunday.",
                        List.of("killed=2..2 exact")),
                Arguments.of("The blast wounded a policeman and his son, police said.", List.of("injured=2..2 exact")),
                Arguments.of("Militants killed a policeman and his two sons overnight.", List.of("killed=3..3 exact")),
                Arguments.of("Gunmen killed a commander and his guards in the raid.", List.of("killed=1..1 exact")),
                // the trapped who are freed are found, not missing; those still trapped are missing
                Arguments.of("Three children were trapped in the car until firefighters could free them.", List.of()),
                Arguments.of("The driver was trapped in the cab and had to be cut free by rescuers.", List.of()),
                Arguments.of("Up to 30 miners remain trapped underground, the company said.",
                        List.of("missing=null..30 up to")));
    }

    @ParameterizedTest
    @MethodSource("possessiveMembersAndFreedPeople")
    void shouldCountPossessiveMemberAndNotCountFreedPeopleAsMissing(String text, List<String> expected) {
        assertThat(figures(text)).containsExactlyInAnyOrderElementsOf(expected);
    }

    static Stream<Arguments> eventsThatDidNotHappen() {
        return Stream.of(
                Arguments.of("Two firefighters were taken to hospital in cardiac arrest after the blaze.", "COERCE"),
                Arguments.of("The driver went into respiratory arrest at the wheel, the coroner said.", "COERCE"),
                Arguments.of("Police said the package left at the station was a fake bomb.", "ASSAULT"),
                Arguments.of("A hoax bomb call forced the evacuation of the court on Tuesday.", "ASSAULT"),
                Arguments.of("A bomb threat emptied the airport terminal for three hours.", "ASSAULT"),
                Arguments.of("The bomb squad examined the bag and found clothes, police said.", "ASSAULT"),
                // the noun "accused" names the defendants; it is no accusation
                Arguments.of("The four accused were produced before the magistrate on Monday.", "ACCUSE"),
                Arguments.of("Both accused were remanded in custody until March 3.", "ACCUSE"),
                Arguments.of("The court heard that the accused persons fled the scene.", "ACCUSE"));
    }

    @ParameterizedTest
    @MethodSource("eventsThatDidNotHappen")
    void shouldNotAssertEventWhenArrestIsCardiacOrBombIsFakeOrThreatened(String text, String type) {
        assertThat(STAGE.enrich(english(text)).events()).extracting(Event::type).doesNotContain(type);
    }

    static Stream<Arguments> eventsThatHappened() {
        return Stream.of(
                Arguments.of("Police arrested two men after a bomb exploded at the bus station.", "ASSAULT"),
                Arguments.of("Police arrested two men after a bomb exploded at the bus station.", "COERCE"),
                Arguments.of("Officers said the arrest of the cleric followed weeks of protests.", "COERCE"));
    }

    @ParameterizedTest
    @MethodSource("eventsThatHappened")
    void shouldStillAssertEventWhenArrestOrBombIsReal(String text, String type) {
        assertThat(STAGE.enrich(english(text)).events()).extracting(Event::type).contains(type);
    }

    static Stream<Arguments> deathVerbsAndPhrases() {
        return Stream.of(
                Arguments.of("A shopkeeper was gunned down outside his store in Zaria on Tuesday, police said.",
                        List.of("killed=1..1 exact")),
                Arguments.of("Gunmen on motorbikes gunned down four farmers in the village overnight.",
                        List.of("killed=4..4 exact")),
                Arguments.of("Three people lost their lives when a minibus plunged into a river near Tarvo.",
                        List.of("killed=3..3 exact")),
                Arguments.of("A cyclist lost his life in the collision on Route 12, the sheriff's office said.",
                        List.of("killed=1..1 exact")),
                Arguments.of("Rebels raided the outpost on Friday, leaving four soldiers dead and two wounded.",
                        List.of("killed=4..4 exact", "injured=2..2 exact")),
                Arguments.of("The explosion left at least 11 people dead, according to the provincial governor.",
                        List.of("killed=11..null at least")),
                Arguments.of("Two children drowned in a swollen creek near Maranoa on Sunday, rescuers said.",
                        List.of("killed=2..2 exact")),
                Arguments.of("Two more victims succumbed to their injuries in hospital on Thursday.",
                        List.of("killed=2..2 exact")),
                Arguments.of("The bodies of seven fishermen were recovered off the coast on Wednesday.",
                        List.of("killed=7..7 exact")),
                // a father of two is one victim, not two
                Arguments.of("A 34-year-old father of two was killed when a tree fell on his car.",
                        List.of("killed=1..1 exact")));
    }

    @ParameterizedTest
    @MethodSource("deathVerbsAndPhrases")
    void shouldCountDeathWhenCopyUsesGunnedDownLostLivesLeftDeadOrDrowned(String text, List<String> expected) {
        assertThat(figures(text)).containsExactlyInAnyOrderElementsOf(expected);
    }

    static Stream<Arguments> phrasesThatAreNoDeath() {
        return Stream.of(
                Arguments.of("The driver gunned the engine and sped past 3 checkpoints, witnesses said."),
                Arguments.of("Hecklers drowned out the minister's speech for 20 minutes."),
                Arguments.of("The government succumbed to pressure from 12 unions and raised wages."),
                Arguments.of("The court handed him a life sentence for the 2019 robbery of two banks."),
                Arguments.of("Firefighters saved their lives by pulling 14 people from the burning building."),
                Arguments.of("Officials said dozens could have lost their lives if the dam had burst."));
    }

    @ParameterizedTest
    @MethodSource("phrasesThatAreNoDeath")
    void shouldCountNoDeathWhenPhraseOnlyLooksLikeOne(String text) {
        assertThat(figures(text)).noneMatch(f -> f.startsWith("killed"));
    }

    static Stream<Arguments> subjectsWithModifiers() {
        return Stream.of(
                // an apposition between the victim and "pronounced dead"
                Arguments.of("The rider of the scooter, a 42-year-old man from Tarrow Bend, was pronounced dead at "
                        + "the scene, police said.", List.of("killed=1..1 exact")),
                // a relative clause between the victim and "died"
                Arguments.of("A woman who was in one of the parked cars died at the scene, the fire service said.",
                        List.of("killed=1..1 exact")),
                // a named victim with an apposition, then "shot dead"
                Arguments.of("Maj. Dario Velasco, police chief of San Lino, was shot dead by two gunmen on Friday.",
                        List.of("killed=1..1 exact")),
                // a role noun with a prepositional phrase, a time adverb after the verb
                Arguments.of("The police chief of this river town was killed Tuesday while chasing suspects after a "
                        + "shooting.", List.of("killed=1..1 exact")),
                Arguments.of("A constable, Imran Sadiq, sustained bullet injuries and later expired at the district "
                        + "hospital.", List.of("killed=1..1 exact")),
                Arguments.of("Militants raided the outpost to free two prisoners who ended up dead in the melee.",
                        List.of("killed=2..2 exact")),
                Arguments.of("Officers said the driver was already dead when they reached the wreck on the highway.",
                        List.of("killed=1..1 exact")),
                Arguments.of("Dlamini said the car's driver was already dead when paramedics arrived at the crash.",
                        List.of("killed=1..1 exact")),
                // a gerund after the main clause: its object is the toll
                Arguments.of("Gunmen stormed the tavern on Saturday night, shooting dead six people, police said.",
                        List.of("killed=6..6 exact")),
                // a time adverb inside the passive
                Arguments.of("Four kidnap suspects were on Monday shot dead by officers from the Rapid Response Unit.",
                        List.of("killed=4..4 exact")),
                Arguments.of("Another suspect was fatally wounded in the shootout, a spokeswoman said.",
                        List.of("killed=1..1 exact")),
                Arguments.of("The suspect died at the scene after exchanging fire with officers.",
                        List.of("killed=1..1 exact")),
                // injuries
                Arguments.of("Two others in the car were also wounded, the spokesman said.",
                        List.of("injured=2..2 exact")),
                Arguments.of("A 17-year-old was injured, police added.", List.of("injured=1..1 exact")),
                Arguments.of("The pillion passenger was taken to hospital with serious injuries after the crash.",
                        List.of("injured=1..1 exact")),
                Arguments.of("The driver of the van, a 52-year-old woman, was taken to Mercy General Hospital in a "
                        + "critical condition after the collision.", List.of("injured=1..1 exact")),
                Arguments.of("The man died at the scene while the woman is listed in stable condition.",
                        List.of("killed=1..1 exact", "injured=1..1 exact")),
                // the active "gunned down": the figure before it counts the gunmen, not the dead
                Arguments.of("Two robbery suspects gunned down a bank guard in the town on Saturday.",
                        List.of("killed=1..1 exact")),
                Arguments.of("Three farmers were later gunned down by bandits near Gusau.", List.of("killed=3..3 exact")),
                // a list before the verb that opens with the figure found: every member counts
                Arguments.of("A herder and his son were killed in the raid on Kurmin Gida.", List.of("killed=2..2 exact")),
                Arguments.of("The victims, a woman and her son, were killed when the roof collapsed.",
                        List.of("killed=2..2 exact")));
    }

    @ParameterizedTest
    @MethodSource("subjectsWithModifiers")
    void shouldCountVictimWhenModifierOrAdverbStandsBetweenSubjectAndPredicate(String text, List<String> expected) {
        assertThat(figures(text)).containsExactlyInAnyOrderElementsOf(expected);
    }

    static Stream<Arguments> subjectLookAlikes() {
        return Stream.of(
                Arguments.of("The driver of the truck, a 52-year-old man from Ostby, was questioned by police and "
                        + "released."),
                Arguments.of("A woman who was in one of the parked cars said she heard shots."),
                Arguments.of("The coach, a 61-year-old former striker, was pronounced fit to travel."),
                Arguments.of("The striker was taken to hospital with a minor knee injury after training."),
                Arguments.of("A 24-year-old was injured in training and will miss the final."),
                Arguments.of("The striker was injured in training on Friday."),
                Arguments.of("The company's share price ended up dead flat at the close."),
                Arguments.of("The battery was already dead when the crew arrived."),
                Arguments.of("The team's midfielder, a 24-year-old, is in a critical condition of form, fans joked."),
                Arguments.of("The singer was taken to hospital in a critical condition after a heart attack."),
                Arguments.of("The mayor, a former banker, was pronounced the winner on Sunday."),
                Arguments.of("The lease on the warehouse later expired and the tenants moved out."),
                Arguments.of("He was shooting the film in 12 cities."),
                Arguments.of("Arlo Penn, who was married to the singer Ada Vance, was found dead on Friday in his "
                        + "hotel room."),
                Arguments.of("The victims, a woman and her son, were killed when the roof collapsed."),
                Arguments.of("A man and a woman in the car died in the crash."));
    }

    @ParameterizedTest
    @MethodSource("subjectLookAlikes")
    void shouldCountNoSingleVictimWhenSubjectOnlyLooksLikeOne(String text) {
        assertThat(figures(text)).noneMatch(f -> f.equals("killed=1..1 exact") || f.equals("injured=1..1 exact"));
    }
}
