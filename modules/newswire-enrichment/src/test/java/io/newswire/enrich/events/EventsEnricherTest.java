package io.newswire.enrich.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.model.Article;
import io.newswire.model.Dateline;
import io.newswire.model.Event;
import io.newswire.model.Language;
import io.newswire.model.Toll;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EventsEnricherTest {

    private static final EventsEnricher STAGE = new EventsEnricher();

    private static Article english(String text) {
        return Article.builder("c-00000000000000000001", text, "test").language(new Language("en", 0.99))
                .dateline(new Dateline("KABUL", "Kabul", "May 13", LocalDate.of(2018, 5, 13), null)).build();
    }

    /** Every figure of an article as "kind=min..max qualifier". */
    private static List<String> figures(Article a) {
        return TollTexts.of(a);
    }

    static Stream<Arguments> figures() {
        return Stream.of(
                Arguments.of("A bomb attack killed at least 128 people at an election rally on Friday.",
                        List.of("killed=128..null at least")),
                Arguments.of("Ten Iranian border guards were killed and two others injured in an ambush.",
                        List.of("killed=10..10 exact", "injured=2..2 exact")),
                Arguments.of("The attack killed 57 people and wounded more than 100 others.",
                        List.of("killed=57..57 exact", "injured=101..null more than")),
                Arguments.of("Around 10,000 people were arrested, and dozens were wounded.",
                        List.of("arrested=10000..10000 about", "injured=24..null at least")),
                Arguments.of("Scores were injured and a dozen are missing.",
                        List.of("injured=40..null at least", "missing=12..12 exact")),
                // a coordinated list of counted people after the verb: each member counted once
                Arguments.of("Gunmen fired on the patrol, injuring a militia man and an armed soldier, officials said.",
                        List.of("injured=2..2 exact")),
                Arguments.of("The rocket killed a policeman, a passenger and two children near the bazaar.",
                        List.of("killed=4..4 exact")),
                Arguments.of("Militants killed two soldiers and a civilian at the post.", List.of("killed=3..3 exact")),
                Arguments.of("The attack wounded a guard and damaged two vehicles.", List.of("injured=1..1 exact")),
                Arguments.of("The raid killed a militant and a dog.", List.of("killed=1..1 exact")),
                // a list of counted people before a passive verb: every member, not only the last
                Arguments.of("A policeman and two civilians were wounded when gunmen opened fire on a checkpoint.",
                        List.of("injured=3..3 exact")),
                Arguments.of("Two soldiers and a village guard were killed in a clash near the border.",
                        List.of("killed=3..3 exact")),
                Arguments.of("Three police officers, a nurse and four passengers were killed when the bus hit a mine.",
                        List.of("killed=8..8 exact")),
                Arguments.of("A farmer and his two sons were wounded by the shelling, the district chief said.",
                        List.of("injured=3..3 exact")),
                Arguments.of("Two soldiers were killed and three civilians were wounded in the ambush.",
                        List.of("killed=2..2 exact", "injured=3..3 exact")),
                Arguments.of("In the old town, two protesters were arrested on Monday.", List.of("arrested=2..2 exact")),
                Arguments.of("A dog and two shepherds were killed when the shell landed.", List.of("killed=2..2 exact")),
                // "found dead": a death of any cause, counted as police reports count it
                Arguments.of("A woman and her two daughters were found dead in their house on Monday, police said.",
                        List.of("killed=3..3 exact")),
                Arguments.of("Two men were found dead near the railway track.", List.of("killed=2..2 exact")),
                Arguments.of("Up to 20 people may have been trapped, and between 15 and 20 were killed.",
                        List.of("missing=null..20 up to", "killed=15..20 between")),
                // restated: one toll; breakdown: not a toll; update: replaces the first figure
                Arguments.of("The blast killed at least 128 people. Officials said 128 people were killed.",
                        List.of("killed=128..null at least")),
                Arguments.of("A car bomb killed 8 people, including 5 soldiers. Three civilians were among the dead.",
                        List.of("killed=8..8 exact")),
                Arguments.of("Eight people were killed in the attack. Officials later revised the toll to 10.",
                        List.of("killed=10..10 exact")),
                // contradicting figures are both kept
                Arguments.of("The Taliban said they killed 40 soldiers, but the ministry put the toll at 9.",
                        List.of("killed=40..40 exact", "killed=9..9 exact")),
                // not tolls: none, years, amounts
                Arguments.of("No one was killed in the attack on the convoy in 2014.", List.of()),
                Arguments.of("Militants seized 40 tonnes of fuel and killed 3 soldiers.",
                        List.of("killed=3..3 exact")),
                Arguments.of("Masked men shot dead a journalist outside his home.", List.of("killed=1..1 exact")));
    }

    static Stream<Arguments> figuresOfPairsAndWholeGroups() {
        return Stream.of(
                // "both", "a pair of", "the two", "all three": the figure of the whole group
                Arguments.of("Both passengers were killed when gunmen opened fire on the minibus.",
                        List.of("killed=2..2 exact")),
                Arguments.of("Both were killed on the spot, and a third man was wounded.",
                        List.of("killed=2..2 exact", "injured=1..1 exact")),
                Arguments.of("Both Taliban fighters have been killed in the raid.", List.of("killed=2..2 exact")),
                Arguments.of("A pair of journalists were wounded by shrapnel near the front.",
                        List.of("injured=2..2 exact")),
                Arguments.of("The two drivers were killed in the ambush on the highway.", List.of("killed=2..2 exact")),
                Arguments.of("All three guards were killed in the ambush.", List.of("killed=3..3 exact")),
                // "both" joining groups of no stated size, or of things: no figure of two
                Arguments.of("Both soldiers and civilians were killed in the fighting.",
                        List.of("killed=null..null unknown")),
                Arguments.of("Both sides have killed civilians, the report said.", List.of("killed=null..null unknown")),
                Arguments.of("Militants attacked both villages and killed 7 people.", List.of("killed=7..7 exact")));
    }

    @ParameterizedTest
    @MethodSource("figuresOfPairsAndWholeGroups")
    void shouldCountTwoWhenCopySaysBothOrAPairOfPeople(String text, List<String> expected) {
        assertThat(figures(STAGE.enrich(english(text)))).containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest
    @MethodSource("figures")
    void shouldNormaliseFiguresWhenTollIsStated(String text, List<String> expected) {
        assertThat(figures(STAGE.enrich(english(text)))).containsExactlyInAnyOrderElementsOf(expected);
    }

    static Stream<Arguments> withoutFigure() {
        return Stream.of(
                // one victim: exact 1
                Arguments.of("A policeman was shot dead by gunmen in the old city on Tuesday.",
                        List.of("killed=1..1 exact")),
                Arguments.of("Rescuers said the body of a fisherman was recovered from the river.",
                        List.of("killed=1..1 exact")),
                Arguments.of("Villagers found the body of a missing teacher near the canal.", List.of("killed=1..1 exact")),
                // plural, no number: unknown, never an invented figure
                Arguments.of("Gunmen stormed the market, killing civilians and burning shops.",
                        List.of("killed=null..null unknown")),
                Arguments.of("Soldiers were killed when their truck hit a mine, the army said.",
                        List.of("killed=null..null unknown")),
                Arguments.of("Air strikes killed government soldiers near the border.", List.of("killed=null..null unknown")),
                Arguments.of("Three police officers were killed and protesters were wounded in the clashes.",
                        List.of("killed=3..3 exact", "injured=null..null unknown")),
                // a figure elsewhere in the article counts the same deaths
                Arguments.of("At least 9 people were killed. Witnesses said children were killed in their beds.",
                        List.of("killed=9..null at least")),
                // not a report that it happened, or no people
                Arguments.of("No civilians were killed in the raid.", List.of()),
                Arguments.of("The ministry denied that troops had killed protesters.", List.of()),
                Arguments.of("People could have been killed if the bomb had gone off.", List.of()),
                Arguments.of("The rebels threatened to kill hostages.", List.of()),
                Arguments.of("The governing body was found to have broken the rules.", List.of()),
                Arguments.of("Die Polizei sagte, Soldaten seien getötet worden.", List.of()));
    }

    /** An age is no toll: each row's text and the figure its age would have given. */
    static Stream<Arguments> ages() {
        return Stream.of(
                Arguments.of("Tomas Ferreira, 31, died in hospital on Sunday, police said.", "killed=31..31 exact"),
                Arguments.of("A man aged 64 was killed when his tractor overturned.", "killed=64..64 exact"),
                Arguments.of("Two brothers, Ali Reza, 19, and Omid Reza, 22, were shot dead at the checkpoint.",
                        "killed=22..22 exact"),
                Arguments.of("The victims, 14, were buried on Monday.", "killed=14..14 exact"));
    }

    @ParameterizedTest
    @MethodSource("ages")
    void shouldNotCountAnAgeWhenItStandsBetweenCommasOrAfterAged(String text, String ageAsToll) {
        assertThat(figures(STAGE.enrich(english(text)))).doesNotContain(ageAsToll);
    }

    static Stream<Arguments> figuresNextToAges() {
        return Stream.of(
                Arguments.of("A man aged 64 was killed when his tractor overturned.", List.of("killed=1..1 exact")),
                Arguments.of("Officials said 14 were killed, 31 were injured.",
                        List.of("killed=14..14 exact", "injured=31..31 exact")),
                Arguments.of("Gunmen killed 6 people, 4 of them children, and wounded 9.",
                        List.of("killed=6..6 exact", "injured=9..9 exact")));
    }

    static Stream<Arguments> agedVictimsAndSources() {
        return Stream.of(
                Arguments.of("A 52-year-old man died when the bus fell into a ditch near the market.", List.of("killed=1..1 exact")),
                Arguments.of("Two 15-year-old boys were killed when the wall of the school collapsed.", List.of("killed=2..2 exact")),
                Arguments.of("The bus fell into a ditch, killing a 52-year-old man on the spot and injuring 11 others, "
                        + "a police officer said.", List.of("killed=1..1 exact", "injured=11..11 exact")),
                Arguments.of("Gunmen wounded four villagers and a guard, a police spokesman told reporters.",
                        List.of("injured=5..5 exact")));
    }

    @ParameterizedTest
    @MethodSource("agedVictimsAndSources")
    void shouldCountAVictimWithAnAgeAndNotTheSourceAfterAList(String text, List<String> expected) {
        assertThat(figures(STAGE.enrich(english(text)))).containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest
    @MethodSource("figuresNextToAges")
    void shouldStillCountFiguresWhenAgesAndCommasAreNear(String text, List<String> expected) {
        assertThat(figures(STAGE.enrich(english(text)))).containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest
    @MethodSource("withoutFigure")
    void shouldReportUnknownOrOneWhenDeathIsStatedWithoutNumber(String text, List<String> expected) {
        assertThat(figures(STAGE.enrich(english(text)))).containsExactlyInAnyOrderElementsOf(expected);
    }

    static Stream<Arguments> statuses() {
        return Stream.of(
                Arguments.of("Iran's military chief is to visit Pakistan soon.", "CONSULT", "future"),
                Arguments.of("Bajwa visited Tehran last November.", "CONSULT", "asserted"),
                Arguments.of("The army denied that its troops had killed civilians.", "ASSAULT", "negated"),
                Arguments.of("The rebels threatened to attack the capital.", "ASSAULT", "hypothetical"),
                Arguments.of("The prime minister will travel to Moscow to meet the president.", "CONSULT", "future"),
                Arguments.of("Police arrested 14 suspects after the clashes.", "COERCE", "asserted"),
                Arguments.of("The two sides signed an agreement on energy.", "AGREE", "asserted"),
                // a modal after a noun trigger: the attack is said to come, it has not happened
                Arguments.of("A caller told the police that serial blasts would take place in the city.", "ASSAULT",
                        "hypothetical"),
                Arguments.of("Officials warned that further attacks could follow the election.", "ASSAULT", "hypothetical"),
                Arguments.of("The blast may have been caused by a gas leak, but police treated it as a bombing.",
                        "ASSAULT", "asserted"));
    }

    @ParameterizedTest
    @MethodSource("statuses")
    void shouldFlagStatusWhenEventIsPlannedDeniedOrHypothetical(String text, String type, String status) {
        Article a = STAGE.enrich(english(text));
        assertThat(a.events()).filteredOn(e -> type.equals(e.type())).extracting(Event::status).containsExactly(status);
    }

    @Test
    void shouldResolveWeekdayAgainstDatelineWhenEventSaysOnFriday() {
        // 13 May 2018 was a Sunday: "on Friday" is 11 May
        Article a = STAGE.enrich(english("Gunmen killed 30 policemen in Farah on Friday."));
        Event e = a.events().get(0);
        assertThat(e.type()).isEqualTo("ASSAULT");
        assertThat(e.date()).isEqualTo(LocalDate.of(2018, 5, 11));
        assertThat(e.casualties().killed()).singleElement().satisfies(t -> {
            assertThat(t.victims()).isEqualTo("police");
            assertThat(a.text().substring(t.span().start(), t.span().end())).isEqualTo(t.span().text())
                    .isEqualTo("killed 30");
        });
        assertThat(a.text().substring(e.trigger().start(), e.trigger().end())).isEqualTo("killed");
    }

    static Stream<Arguments> dates() {
        // the dateline is KABUL, May 13 (2018, a Sunday); a month or year is held as its first day
        return Stream.of(
                Arguments.of("Police arrested 12 suspects in Herat on May 9.", "2018-05-09", "day"),
                Arguments.of("Troops killed five militants in Kunduz on 2 May.", "2018-05-02", "day"),
                Arguments.of("The foreign minister visited Tehran on Dec. 28 for talks on trade.", "2017-12-28", "day"),
                Arguments.of("The two ministers met in Geneva on March 3, 2016.", "2016-03-03", "day"),
                Arguments.of("The envoy is to visit Islamabad on January 20.", "2019-01-20", "day"),
                // a day beats a month stated earlier in the sentence
                Arguments.of("Gunmen who attacked the village in March struck again on Friday.", "2018-05-11", "day"),
                // "last November": the most recent November strictly before May 2018
                Arguments.of("Bajwa visited Tehran last November.", "2017-11-01", "month"),
                Arguments.of("The minister visited Kandahar last March.", "2018-03-01", "month"),
                Arguments.of("The two leaders met in Doha last May.", "2017-05-01", "month"),
                Arguments.of("The president is to visit Kabul next June.", "2018-06-01", "month"),
                // a month alone: the nearest not after the base month, forward for a planned event
                Arguments.of("Rebels attacked the convoy in March.", "2018-03-01", "month"),
                Arguments.of("Rebels attacked the convoy in August.", "2017-08-01", "month"),
                Arguments.of("Rebels attacked the convoy in early May.", "2018-05-01", "month"),
                Arguments.of("The envoy is to visit Islamabad in August.", "2018-08-01", "month"),
                Arguments.of("The envoy is to visit Islamabad in March.", "2019-03-01", "month"),
                Arguments.of("Militants attacked the air base in November 2015.", "2015-11-01", "month"),
                Arguments.of("Police arrested 40 protesters earlier this month.", "2018-05-01", "month"),
                Arguments.of("Troops killed 12 militants in Helmand last month.", "2018-04-01", "month"),
                Arguments.of("The bombing killed 57 people in Kabul last year.", "2017-01-01", "year"),
                Arguments.of("The two countries signed a trade agreement in 2016.", "2016-01-01", "year"),
                Arguments.of("The ministers are to meet in Ankara next year.", "2019-01-01", "year"),
                // no date: a duration, a lower-case verb, a modal "may", a number that is no year
                Arguments.of("Police have arrested 300 people since March.", null, null),
                Arguments.of("Gunmen killed two guards as the marchers set off.", null, null),
                Arguments.of("Up to 3 may die of their wounds after gunmen attacked the checkpoint.", null, null),
                Arguments.of("Police arrested 14 suspects in 1500 raids.", null, null),
                // s21: parts of months and years, a month with "last year", a year as an attribute
                Arguments.of("Rebels shelled the town in mid-April.", "2018-04-01", "month"),
                Arguments.of("Rebels shelled the town in mid-2016.", "2016-01-01", "year"),
                Arguments.of("Rebels shelled the town in late 2016.", "2016-01-01", "year"),
                Arguments.of("Rebels shelled the town at the beginning of February.", "2018-02-01", "month"),
                Arguments.of("Rebels shelled the town in June last year.", "2017-06-01", "month"),
                Arguments.of("After the 2016 vote was annulled in 2016 elections, police arrested 9 people.", null, null),
                Arguments.of("Police have arrested 300 people since April 2016.", null, null));
    }

    @ParameterizedTest
    @MethodSource("dates")
    void shouldResolveDateAndPrecisionWhenEventStatesThem(String text, String date, String precision) {
        assertThat(STAGE.enrich(english(text)).events()).isNotEmpty().first().satisfies(e -> {
            assertThat(e.date()).isEqualTo(date == null ? null : LocalDate.parse(date));
            assertThat(e.datePrecision()).isEqualTo(precision);
        });
    }

    @Test
    void shouldLeaveDateNullWhenArticleHasNoDatelineNorPublicationDate() {
        Article a = Article.builder("c-00000000000000000003", "Bajwa visited Tehran last November.", "test")
                .language(new Language("en", 0.99)).build();
        assertThat(a.events()).isEmpty();
        assertThat(STAGE.enrich(a).events()).singleElement().satisfies(e -> {
            assertThat(e.date()).isNull();
            assertThat(e.datePrecision()).isNull();
        });
    }

    @ParameterizedTest
    @MethodSource("policeFiring")
    void shouldTypeAssaultWhenPeopleDieInPoliceFiring(String text, int killed) {
        assertThat(STAGE.enrich(english(text)).events()).filteredOn(e -> "ASSAULT".equals(e.type())).singleElement()
                .satisfies(e -> {
                    assertThat(e.mode()).isEqualTo("firearms");
                    assertThat(e.casualties().killed()).singleElement().satisfies(t -> assertThat(t.min()).isEqualTo(killed));
                });
    }

    static Stream<Arguments> policeFiring() {
        // the lower-case form is how some Indian archives store their copy
        return Stream.of(
                Arguments.of("Two protesters died in police firing in Sirsa on Tuesday.", 2),
                Arguments.of("three persons were killed in police firing on a mob near the bus stand.", 3),
                Arguments.of("Four villagers died when the police resorted to firing to disperse the crowd.", 4));
    }

    static Stream<Arguments> economicSenses() {
        return Stream.of(
                // the economic noun: no party demands anything
                Arguments.of("Exports rose as demand for steel from Asian builders stayed firm.", "DEMAND", false),
                Arguments.of("Domestic demand slowed in the third quarter, the statistics office said.", "DEMAND",
                        false),
                Arguments.of("Weaker demand fell short of forecasts.", "DEMAND", false),
                Arguments.of("The firm said the demand for electricity would peak in July.", "DEMAND", false),
                // a party's demand: verb, or a noun with its owner
                Arguments.of("Farmers demanded a higher support price for wheat.", "DEMAND", true),
                Arguments.of("Students demand the release of their detained classmates.", "DEMAND", true),
                Arguments.of("The union repeated its demand for a pay rise for nurses.", "DEMAND", true),
                Arguments.of("Kabul rejected a demand by the group to free its prisoners.", "DEMAND", true),
                Arguments.of("A similar demand has been made by the teachers' union.", "DEMAND", true),
                Arguments.of("Mango leaves are suddenly in demand before the festival.", "DEMAND", false),
                // markets, not fighting or marches
                Arguments.of("The bank came under attack from speculators betting on a weaker currency.", "ASSAULT",
                        false),
                Arguments.of("The convoy came under attack near the border on Monday.", "ASSAULT", true),
                Arguments.of("Shares rallied after the central bank held rates.", "PROTEST", false),
                Arguments.of("Thousands rallied in the capital against the new law.", "PROTEST", true));
    }

    @ParameterizedTest
    @MethodSource("economicSenses")
    void shouldNotReportEventWhenTriggerHasEconomicSense(String text, String type, boolean expected) {
        Article a = STAGE.enrich(english(text));
        assertThat(a.events().stream().anyMatch(e -> type.equals(e.type()))).isEqualTo(expected);
    }

    static Stream<Arguments> passiveKillings() {
        return Stream.of(
                Arguments.of("Four guards were killed by gunmen on motorbikes, officials said.", "ASSAULT"),
                Arguments.of("Two farmers were reportedly killed by security forces during the raid.", "ASSAULT"),
                // an accident's agent is no attacker
                Arguments.of("Two farmers were killed by lightning in the fields on Sunday.", null),
                Arguments.of("Three pedestrians were killed by a speeding truck on the highway.", null));
    }

    @ParameterizedTest
    @MethodSource("passiveKillings")
    void shouldTypeAssaultWhenPassiveDeathHasArmedAgent(String text, String type) {
        Article a = STAGE.enrich(english(text));
        assertThat(a.events()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(type);
            assertThat(e.casualties().killed()).hasSize(1);
        });
    }

    static Stream<Arguments> bareKillings() {
        return Stream.of(
                // a killing with no trigger of its own: ASSAULT when the victims are armed or an attack was just told
                Arguments.of("Ten Taliban fighters were also killed.", "ASSAULT"),
                Arguments.of("Three policemen were martyred in the exchange.", "ASSAULT"),
                Arguments.of("Gunmen stormed a wedding party in the village late on Saturday. Six guests were killed "
                        + "and nine were wounded, police said.", "ASSAULT"),
                Arguments.of("Five were wounded and two guards were killed.", "ASSAULT"),
                Arguments.of("Two soldiers and a village guard were killed in the south.", "ASSAULT"),
                // an accident, a death of any cause, a denied report, or civilians with no attack told: untyped
                Arguments.of("Two soldiers were killed when their helicopter crashed near the base.", null),
                Arguments.of("Eight civilians were killed in Kunduz province on Sunday.", null),
                Arguments.of("Four guards died in the prison on Monday.", null),
                Arguments.of("The ministry denied reports that 12 soldiers were killed in the province.", null));
    }

    @ParameterizedTest
    @MethodSource("bareKillings")
    void shouldTypeAssaultWhenArmedVictimsAreKilledWithoutTrigger(String text, String type) {
        Article a = STAGE.enrich(english(text));
        assertThat(a.events()).filteredOn(e -> !e.casualties().isEmpty()).singleElement()
                .satisfies(e -> assertThat(e.type()).isEqualTo(type));
    }

    @Test
    void shouldGiveNoEventWhenBareKillingOnlyRestatesTheToll() {
        Article a = STAGE.enrich(english("A suicide bomber killed 12 soldiers at a checkpoint. Twelve soldiers were "
                + "killed in all."));
        assertThat(a.events()).singleElement().satisfies(e -> {
            assertThat(e.trigger().text()).isNotEqualTo("killed");
            assertThat(figures(a)).containsExactly("killed=12..12 exact");
        });
    }

    @Test
    void shouldReturnNoEventsWhenGermanCopyReportsKilledSoldiers() {
        Article a = Article.builder("c-00000000000000000002", "Zehn Soldaten wurden ebenfalls getötet.", "test")
                .language(new Language("de", 0.9)).build();
        assertThat(STAGE.enrich(a).events()).isEmpty();
    }

    static Stream<Arguments> earlierCounts() {
        return Stream.of(
                Arguments.of("At least 40 people died in the bombing of the bus station. Earlier, police had said "
                        + "that 18 people were killed.", List.of("killed=40..null at least")),
                Arguments.of("Eleven miners were killed in the explosion; preliminary reports had put the toll at six.",
                        List.of("killed=11..11 exact")),
                // "earlier" dating an act, not a count: both arrests stand
                Arguments.of("Police arrested nine men on Sunday. Earlier, 14 students were arrested at the gate.",
                        List.of("arrested=9..9 exact", "arrested=14..14 exact")),
                // an earlier count alone is the only count: it is kept
                Arguments.of("Earlier reports said five people were killed in the raid.", List.of("killed=5..5 exact")),
                // sources that disagree now are both kept
                Arguments.of("Police said 12 people were killed, while the rebels said they had killed 30 soldiers.",
                        List.of("killed=12..12 exact", "killed=30..30 exact")));
    }

    @ParameterizedTest
    @MethodSource("earlierCounts")
    void shouldKeepCurrentTollWhenArticleRestatesEarlierCount(String text, List<String> expected) {
        Article a = STAGE.enrich(english(text));
        assertThat(figures(a)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(a.events()).allSatisfy(e -> assertThat(e.casualties().isEmpty()).isFalse());
    }

    @Test
    void shouldKeepEachSourceWhenTollsContradict() {
        Article a = STAGE.enrich(english("The Taliban said they killed 40 soldiers, but the ministry put the toll at 9."));
        assertThat(a.events().stream().flatMap(e -> e.casualties().killed().stream()).map(Toll::source))
                .containsExactlyInAnyOrder("The Taliban", "the ministry");
        Article one = STAGE.enrich(english("Police said 12 people were killed in the attack."));
        assertThat(one.events().get(0).casualties().killed()).singleElement()
                .satisfies(t -> assertThat(t.source()).isNull());
    }

    @Test
    void shouldNotTypeAccidentWhenDeathsComeFromCrash() {
        Article a = STAGE.enrich(english("At least five people were killed when a bus plunged into a gorge."));
        assertThat(a.events()).singleElement().satisfies(e -> {
            assertThat(e.type()).isNull();
            assertThat(e.casualties().killed()).hasSize(1);
        });
    }

    /**
     * A death an accident or an agentless event caused ("the explosion ..., killing five") is no
     * ASSAULT; an explosion or a blast is one when the sentence tells a bomb, an attack or gunmen.
     * Expected: the type of the event holding the killed figure ("-" for none).
     */
    static Stream<Arguments> nonAgentDeaths() {
        return Stream.of(
                Arguments.of("The explosion took place at 9:15 a.m. Monday in the Norvale Chemical Works located in "
                        + "Tarsin County, killing four and injuring 12 others, the county government said.", "-"),
                Arguments.of("A blaze swept through a timber market on Sunday night, killing seven people.", "-"),
                Arguments.of("The blast occurred at 7 a.m. in the Halden Steel Company in Marn County, killing five "
                        + "workers.", "-"),
                Arguments.of("A boiler blast at the Rovan paper mill killed two technicians.", "-"),
                Arguments.of("The fire broke out in a dormitory before dawn and killed nine students.", "-"),
                Arguments.of("A gas explosion kills three in a restaurant in the old town.", "-"),
                Arguments.of("The landslide buried two hamlets, killing 14 villagers.", "-"),
                Arguments.of("An explosion at an army depot killed five soldiers on Tuesday.", "-"),
                // the sentence tells a bomb or an attack: an ASSAULT
                Arguments.of("A bomb explosion tore through a bus station on Sunday, killing 11 people.", "ASSAULT"),
                Arguments.of("A suicide bomber set off an explosion at the gate, killing six guards.", "ASSAULT"),
                Arguments.of("The explosion was caused by an IED planted by militants, killing three policemen.",
                        "ASSAULT"),
                Arguments.of("Gunmen opened fire on a wedding party, killing eight guests.", "ASSAULT"));
    }

    @ParameterizedTest
    @MethodSource("nonAgentDeaths")
    void shouldTypeAssaultOnlyWhenExplosionOrFireIsToldAsAttack(String text, String expected) {
        Article a = STAGE.enrich(english(text));
        assertThat(a.events()).filteredOn(e -> !e.casualties().killed().isEmpty()).singleElement()
                .satisfies(e -> assertThat(e.type() == null ? "-" : e.type()).isEqualTo(expected));
    }

    @ParameterizedTest
    @MethodSource("otherLanguages")
    void shouldReturnNoEventsWhenArticleIsNotEnglish(String code, String text) {
        Article a = Article.builder("c-00000000000000000002", text, "test").language(new Language(code, 0.9)).build();
        assertThat(STAGE.enrich(a).events()).isEmpty();
    }

    static Stream<Arguments> otherLanguages() {
        return Stream.of(Arguments.of("fr", "Un attentat a tué au moins 23 personnes mardi à Kunduz."),
                Arguments.of("de", "Bei einem Anschlag wurden 23 Menschen getötet, killed 23."),
                Arguments.of("ru", "В результате взрыва погибли 23 человека."),
                // the industrial accident of issue 12 in copy the stage does not read: no event, not a wrong one
                Arguments.of("zh", "爆炸发生在周五晚6时40分，造成5人死亡、10人受伤。"),
                Arguments.of("fr", "L'explosion s'est produite vendredi dans une aciérie, killing five, faisant cinq morts."),
                // month and year words of English inside other-language copy do not make an event
                Arguments.of("es", "Los rebeldes atacaron el convoy en March 2018, killed 12 last year."));
    }

    /**
     * Roles of the first event of type {@code type}: names marked in the text by the entities and
     * places the earlier stages would give ({@code PER:}, {@code ORG:}, {@code LOC:} entities; places
     * {@code Name}, {@code ~Demonym}, {@code @Dateline}), expected as "actor|target|place" by surface.
     */
    static Stream<Arguments> clauses() {
        return Stream.of(
                // a trip and the meeting it is for, each its own event with its own status
                Arguments.of("The envoy travelled to Doha on Monday for talks with the mediators.",
                        List.of("CONSULT:travelled:asserted", "CONSULT:talks:asserted")),
                Arguments.of("The minister arrived in Oslo on a three-day visit, during which she will meet the king.",
                        List.of("CONSULT:visit:asserted", "CONSULT:meet:future")),
                Arguments.of("The president will visit Lagos next week and hold talks with the governor.",
                        List.of("CONSULT:visit:future", "CONSULT:talks:future")),
                Arguments.of("The general visited Cairo last year and is to travel to Amman in June.",
                        List.of("CONSULT:visited:asserted", "CONSULT:travel:future")),
                Arguments.of("Police detained four activists on Sunday and later expelled a reporter.",
                        List.of("COERCE:detained:asserted", "COERCE:expelled:asserted")),
                Arguments.of("Gunmen attacked a checkpoint on Friday, and a bomb later went off near the market.",
                        List.of("ASSAULT:attacked:asserted", "ASSAULT:bomb:asserted")),
                // the same event told on: one event
                Arguments.of("Gunmen attacked a checkpoint and killed four policemen.", List.of("ASSAULT:attacked:asserted")),
                Arguments.of("The leaders met in Geneva for talks on the border dispute.", List.of("CONSULT:met:asserted")),
                Arguments.of("The two sides held talks, during which they discussed trade.",
                        List.of("CONSULT:talks:asserted")),
                Arguments.of("Militants attacked a post, and the attack lasted two hours.", List.of("ASSAULT:attacked:asserted")),
                Arguments.of("A bomb killed three soldiers, and gunmen shot dead a guard in a separate attack hours later.",
                        List.of("ASSAULT:bomb:asserted", "ASSAULT:shot:asserted")),
                Arguments.of("The prime minister will travel to Moscow later this month to meet the president.",
                        List.of("CONSULT:travel:future")));
    }

    @ParameterizedTest
    @MethodSource("clauses")
    void shouldSplitEventsOfOneTypeWhenTriggerStartsNewClause(String text, List<String> expected) {
        Article a = STAGE.enrich(english(text));
        assertThat(a.events()).filteredOn(e -> e.type() != null)
                .extracting(e -> e.type() + ":" + e.trigger().text() + ":" + e.status())
                .containsExactlyElementsOf(expected);
    }

    @Test
    void shouldKeepOneTollPerEventWhenSentenceHoldsTwoAttacks() {
        Article a = STAGE.enrich(english("A bomb killed three soldiers on Monday, and gunmen later killed"
                + " two policemen in another town."));
        assertThat(a.events()).filteredOn(e -> "ASSAULT".equals(e.type()))
                .extracting(e -> e.casualties().killed().size()).containsExactly(1, 1);
        assertThat(figures(a)).containsExactly("killed=3..3 exact", "killed=2..2 exact");
    }

    static Stream<Arguments> roles() {
        return Stream.of(
                // a place is where, not whom; a demonym is neither
                Arguments.of("Foreign Minister Lena Ortiz met her Brazilian counterpart Paulo Reis in Lima on Monday.",
                        "CONSULT", List.of("PER:Lena Ortiz", "PER:Paulo Reis", "LOC:Brazilian", "LOC:Lima"),
                        List.of("~Brazilian", "Lima"), "Lena Ortiz|Paulo Reis|Lima"),
                Arguments.of("The general visited Baghdad last week.", "CONSULT", List.of("LOC:Baghdad"),
                        List.of("Baghdad"), "-|-|Baghdad"),
                // the most specific place of "X's Y province"; "the town of"
                Arguments.of("Militants attacked a convoy in Nigeria's Zamfara state, officials said.", "ASSAULT",
                        List.of("LOC:Nigeria", "LOC:Zamfara"), List.of("Nigeria", "Zamfara"), "-|-|Zamfara"),
                Arguments.of("Troops withdrew from the town of Kidal after a week of fighting.", "RETREAT",
                        List.of("LOC:Kidal"), List.of("Kidal"), "-|-|Kidal"),
                // a reported clause: the speaker is not the actor, unless a pronoun takes it up
                Arguments.of("Officials in Kabul said the Haqqani network had carried out the attack.", "ASSAULT",
                        List.of("LOC:Kabul", "ORG:Haqqani"), List.of("Kabul"), "Haqqani|-|Kabul"),
                Arguments.of("The Kurdish Workers Union said it had killed 12 soldiers.", "ASSAULT",
                        List.of("ORG:Kurdish Workers Union"), List.of(), "Kurdish Workers Union|-|-"),
                // symmetric events: a coordinated subject gives both parties
                Arguments.of("Chile and Argentina agreed on Tuesday to reopen the border crossing.", "AGREE",
                        List.of("LOC:Chile", "LOC:Argentina"), List.of("Chile", "Argentina"), "Chile|Argentina|-"),
                // a said event stops at the event it is about, and at a trailing attribution
                Arguments.of("Spain condemned the bombing of a school in the city of Mosul, the ministry said.",
                        "DISAPPROVE", List.of("LOC:Spain", "LOC:Mosul"), List.of("Spain", "Mosul"), "Spain|-|-"),
                Arguments.of("Kenya accused Somalia of harbouring militants near the port of Kismayo.", "ACCUSE",
                        List.of("LOC:Kenya", "LOC:Somalia", "LOC:Kismayo"), List.of("Kenya", "Somalia", "Kismayo"),
                        "Kenya|Somalia|-"),
                // a country naming a person's role is not the target
                Arguments.of("The envoy met Iraqi Prime Minister Adel Hamdi in Baghdad.", "CONSULT",
                        List.of("LOC:Iraqi", "PER:Adel Hamdi", "LOC:Baghdad"), List.of("Iraqi", "Baghdad"),
                        "-|Adel Hamdi|Baghdad"),
                // no place in the sentence: the sentence before, else the dateline
                Arguments.of("A car bomb went off outside a hotel in Mogadishu on Sunday. The blast killed nine people.",
                        "ASSAULT", List.of("LOC:Mogadishu"), List.of("Mogadishu"), "-|-|Mogadishu"),
                Arguments.of("Police arrested 14 men after the clashes, a spokesman said.", "COERCE", List.of(),
                        List.of("@Herat"), "-|-|Herat"),
                // an agent after "by": the actor; in the passive its subject is the target
                Arguments.of("Mayor Ali Farouk was kidnapped by the Jaish group near Gao on Friday.", "ASSAULT",
                        List.of("PER:Ali Farouk", "ORG:Jaish", "LOC:Gao"), List.of("Gao"), "Jaish|Ali Farouk|Gao"),
                Arguments.of("Peru rejected a plan by Bolivia to build the dam.", "REJECT",
                        List.of("LOC:Peru", "LOC:Bolivia"), List.of("Peru", "Bolivia"), "Peru|Bolivia|-"),
                // whom something was told is not the actor
                Arguments.of("A spokesman told Reuters about the arrests.", "COERCE", List.of("ORG:Reuters"), List.of(),
                        "-|-|-"),
                // "to" before a verb is no locative: "against X" names the target
                Arguments.of("Serbia threatened to respond against Kosovo over the border closure.", "THREATEN",
                        List.of("LOC:Serbia", "LOC:Kosovo"), List.of("Serbia", "Kosovo"), "Serbia|Kosovo|-"),
                // another word of the same event type, or a relative clause after an attack, tells more of it
                Arguments.of("An air strike killed six Hamza Brigade fighters near Sirte, officials said.", "ASSAULT",
                        List.of("ORG:Hamza Brigade", "LOC:Sirte"), List.of("Sirte"), "-|Hamza Brigade|Sirte"),
                Arguments.of("The group admitted the bombing, which wounded 30 people in Mardan.", "ASSAULT",
                        List.of("LOC:Mardan"), List.of("Mardan"), "-|-|Mardan"),
                // a said event does not take the dateline
                Arguments.of("The government rejected the report as biased.", "REJECT", List.of(), List.of("@Herat"),
                        "-|-|-"),
                // a passive death with an armed agent after "by": an attack by the agent
                Arguments.of("Nine villagers have been killed by Boko Haram fighters near Maiduguri.", "ASSAULT",
                        List.of("ORG:Boko Haram", "LOC:Maiduguri"), List.of("Maiduguri"), "Boko Haram|-|Maiduguri"),
                // an organisation named after "in" or "at" is where the event happened, never its actor
                Arguments.of("Workers at the Orvane Steel Company protested on Monday over unpaid wages.", "PROTEST",
                        List.of("ORG:Orvane Steel Company"), List.of(), "-|-|-"),
                Arguments.of("A gunman in the Telford Savings Bank shot dead two customers on Friday.", "ASSAULT",
                        List.of("ORG:Telford Savings Bank"), List.of(), "-|-|-"),
                // places joined to a place after "in" by "of", "and" or a comma are where it happened too,
                // never actor or target; a place is an actor only as the subject
                Arguments.of("The bombings of bus depots in Harlow of Wessex County and Dunmere killed 14 people.",
                        "ASSAULT", List.of("LOC:Harlow", "LOC:Wessex", "LOC:Dunmere"),
                        List.of("Harlow", "Wessex", "Dunmere"), "-|-|Harlow"),
                Arguments.of("A car bomb went off on Monday in Harlow of Wessex County.", "ASSAULT",
                        List.of("ORG:Harlow", "LOC:Wessex"), List.of("Harlow", "Wessex"), "-|-|Harlow"),
                Arguments.of("Ardovia has tightened border controls since the bombings in Kessel and Marnow.", "ASSAULT",
                        List.of("LOC:Ardovia", "LOC:Kessel", "LOC:Marnow"), List.of("Ardovia", "Kessel", "Marnow"),
                        "-|-|Kessel"),
                // no determiner before an assault ("following terrorist attacks"), and a chain of places over
                // a division noun that the places stage read inside the place ("Marnow Province") or not
                Arguments.of("Ardovia has stepped up security following terrorist attacks on bus depots in Kessel of "
                        + "Marnow Province and Tolvik.", "ASSAULT",
                        List.of("LOC:Ardovia", "LOC:Kessel", "LOC:Marnow", "LOC:Tolvik"),
                        List.of("Kessel", "Marnow Province", "Tolvik"), "-|-|Kessel"),
                Arguments.of("Ardovia tightened controls after attacks in Kessel of Marnow Province and Tolvik.", "ASSAULT",
                        List.of("LOC:Ardovia", "LOC:Kessel", "LOC:Marnow", "LOC:Tolvik"),
                        List.of("Kessel", "Marnow", "Tolvik"), "-|-|Kessel"),
                // before the trigger, a chain's first place is the event's ("in Kessel, Marnow", "Kessel of Marnow")
                Arguments.of("In Kessel, Marnow, gunmen attacked a bus on Sunday.", "ASSAULT",
                        List.of("LOC:Kessel", "LOC:Marnow"), List.of("Kessel", "Marnow"), "-|-|Kessel"),
                Arguments.of("In Kessel of Marnow Province, gunmen attacked a bus on Sunday.", "ASSAULT",
                        List.of("LOC:Kessel", "LOC:Marnow"), List.of("Kessel", "Marnow Province"), "-|-|Kessel"),
                Arguments.of("Norland shelled border posts near Velka, Dravo and Osten on Sunday.", "ASSAULT",
                        List.of("LOC:Norland", "LOC:Velka", "LOC:Dravo", "LOC:Osten"),
                        List.of("!Norland", "Velka", "Dravo", "Osten"), "Norland|-|Velka"),
                // the subject of "were also killed" suffered the attack: the target, never the actor
                Arguments.of("Six Hamza Brigade fighters were also killed in clashes near Sirte.", "ASSAULT",
                        List.of("ORG:Hamza Brigade", "LOC:Sirte"), List.of("Sirte"), "-|Hamza Brigade|Sirte"));
    }

    /**
     * Roles on forms of real copy (several agencies' styles, invented names): a place that only
     * qualifies a noun is no party ("Korvath police", "a Tarvik-bound bus"), nor a name before a place
     * noun; the subject of a passive is its target and the "by" agent its actor, over a quantity or a
     * frame ("by about 30 X rebels", "was carried out by X"). A country marked {@code !} is a state.
     */
    static Stream<Arguments> modifiersAndPassives() {
        return Stream.of(
                // a place below a country before the noun it qualifies names the police, not itself
                Arguments.of("Korvath police have arrested three men after a shootout on Monday.", "COERCE",
                        List.of("LOC:Korvath"), List.of("Korvath"), "-|-|-"),
                Arguments.of("Gunmen opened fire on a Tarvik-bound bus, killing four passengers.", "ASSAULT",
                        List.of("LOC:Tarvik"), List.of("Tarvik"), "-|-|-"),
                Arguments.of("He was detained for holding a Velmora restaurant manager hostage.", "COERCE",
                        List.of("LOC:Velmora"), List.of("Velmora"), "-|-|-"),
                Arguments.of("The governor of Tarsk Province visited the camp on Monday.", "CONSULT",
                        List.of("LOC:Tarsk"), List.of("Tarsk"), "-|-|-"),
                // a country before its army or police is the state acting
                Arguments.of("Norland police have arrested three men after a shootout on Monday.", "COERCE",
                        List.of("LOC:Norland"), List.of("!Norland"), "Norland|-|-"),
                Arguments.of("A Norland drone strike killed two commanders in Kessel.", "ASSAULT",
                        List.of("LOC:Norland", "LOC:Kessel"), List.of("!Norland", "Kessel"), "Norland|-|Kessel"),
                Arguments.of("Norland's army said it had killed 35 rebels in Kessel.", "ASSAULT",
                        List.of("LOC:Norland", "LOC:Kessel"), List.of("!Norland", "Kessel"), "Norland|-|Kessel"),
                // a name before a place noun is a place, whatever the entity stage typed it
                Arguments.of("Gunmen attacked the Marvo community on Tuesday, officials said.", "ASSAULT",
                        List.of("ORG:Marvo"), List.of(), "-|-|-"),
                Arguments.of("Bandits stormed the Kuvo village and shot dead five farmers.", "ASSAULT",
                        List.of("PER:Kuvo"), List.of(), "-|-|-"),
                // a town is where an attack happened, not its target; so is a station after "at"
                Arguments.of("A drone attack on Osk began at dawn.", "ASSAULT", List.of("LOC:Osk"), List.of("Osk"),
                        "-|-|-"),
                // the possessor of a thing is no actor
                Arguments.of("Students rallied near Governor Ruth Ansah's residence in anger over a deadly attack.",
                        "ASSAULT", List.of("PER:Ruth Ansah"), List.of(), "-|-|-"),
                // a clause that opens the sentence does not give the main clause its actor
                Arguments.of("After checking Velcom camera footage, police detained a 40-year-old man.", "COERCE",
                        List.of("ORG:Velcom"), List.of(), "-|-|-"),
                // a "when" clause has its own subject, not the target of the event before it
                Arguments.of("Saturday's ambush was the deadliest since March, when Free Valley rebels killed six people.",
                        "ASSAULT", List.of("ORG:Free Valley"), List.of(), "-|-|-"),
                // the subject of a passive is the target; no agent named, no actor
                Arguments.of("Dario Venn was convicted and sentenced to 12 years in prison on Tuesday.", "COERCE",
                        List.of("PER:Dario Venn"), List.of(), "-|Dario Venn|-"),
                Arguments.of("The suspect, Kenji Orata, was arrested at the Halden Police Station, police said.", "COERCE",
                        List.of("PER:Kenji Orata", "ORG:Halden Police Station"), List.of(), "-|Kenji Orata|-"),
                Arguments.of("Lena Marsh was refused bail in Corby Magistrates Court on Saturday.", "REJECT",
                        List.of("PER:Lena Marsh", "ORG:Corby Magistrates Court"), List.of(), "-|Lena Marsh|-"),
                Arguments.of("Frederick Lang is set to be sentenced in August.", "COERCE", List.of("PER:Frederick Lang"),
                        List.of(), "-|Frederick Lang|-"),
                // over a relative clause to the subject; a name inside one, or after "his", is not it
                Arguments.of("Nadia Haddad, 59, who led Orvane Relief operations in the north, was abducted in Kessel "
                        + "on Monday.", "ASSAULT", List.of("PER:Nadia Haddad", "ORG:Orvane Relief", "LOC:Kessel"),
                        List.of("Kessel"), "-|Nadia Haddad|Kessel"),
                Arguments.of("The singer, who has been linked to actress Mara Lind, was arrested on Friday.", "COERCE",
                        List.of("PER:Mara Lind"), List.of(), "-|-|-"),
                Arguments.of("Actor Tom Ravel was at home the night his wife was shot dead.", "ASSAULT",
                        List.of("PER:Tom Ravel"), List.of(), "-|-|-"),
                // the possessor of a government acts through it
                Arguments.of("President Amon Kaleb's government has accused Norland of arming rebels.", "ACCUSE",
                        List.of("PER:Amon Kaleb", "LOC:Norland"), List.of("!Norland"), "Amon Kaleb|Norland|-"),
                // a speaker before "told ... that" is not the subject of the passive in the reported clause
                Arguments.of("Zamir Khan, police chief of the Sarn Region, told reporters that the soldiers were "
                        + "ambushed near Osk.", "ASSAULT", List.of("PER:Zamir Khan", "LOC:Sarn Region", "LOC:Osk"),
                        List.of("Sarn Region", "Osk"), "-|-|Osk"),
                // the agent after "by", over a quantity or a passive frame after a noun
                Arguments.of("The soldiers were attacked by about 30 Free Valley Army rebels near Osk.", "ASSAULT",
                        List.of("ORG:Free Valley Army", "LOC:Osk"), List.of("Osk"), "Free Valley Army|-|Osk"),
                Arguments.of("The bombing was carried out by the Sarn Liberation Front, a police official said.",
                        "ASSAULT", List.of("ORG:Sarn Liberation Front"), List.of(), "Sarn Liberation Front|-|-"),
                Arguments.of("A blast claimed by the Sarn Liberation Front killed nine people.", "ASSAULT",
                        List.of("ORG:Sarn Liberation Front"), List.of(), "Sarn Liberation Front|-|-"));
    }

    /** Roles that real local and wire copy wrote and the s32 QA found wrong (cause C7). */
    static Stream<Arguments> rolesOfRealCopyForms() {
        return Stream.of(
                // a date inside the passive, and an agent whose name modifies its noun: the agent acts
                Arguments.of("Four kidnap suspects were on Monday shot dead by officers from the Rapid Response "
                        + "Unit near Lokichar.", "ASSAULT", List.of("ORG:Rapid Response Unit", "LOC:Lokichar"),
                        List.of("Lokichar"), "Rapid Response Unit|-|Lokichar"),
                // who is arrested "for allegedly shooting" did the shooting; the arresters did not
                Arguments.of("The two men were arrested by the Umlazi task team on Tuesday for allegedly shooting "
                        + "dead six people.", "ASSAULT", List.of("ORG:Umlazi"), List.of(), "-|-|-"),
                Arguments.of("Sipho Ndlovu was arrested by the Umlazi task team for allegedly shooting a taxi driver.",
                        "ASSAULT", List.of("PER:Sipho Ndlovu", "ORG:Umlazi"), List.of(), "Sipho Ndlovu|-|-"),
                // a state or a town does not attack
                Arguments.of("Gunmen from Zamfara State attacked a village in the area on Sunday.", "ASSAULT",
                        List.of("LOC:Zamfara State"), List.of(), "-|-|-"),
                // a date the entity stage took for a person is no actor
                Arguments.of("On Jul 3 gunmen attacked a bus near the market.", "ASSAULT", List.of("PER:Jul"),
                        List.of(), "-|-|-"),
                // an acronym spelt like a month is a name: the Disasters Emergency Committee
                Arguments.of("DEC accused the ministry of blocking the convoy.", "ACCUSE", List.of("ORG:DEC"),
                        List.of(), "DEC|-|-"),
                // the agency and the date of a credit head are the copy's furniture
                Arguments.of("Kano, (Daily Wire - 15th Jul, 2019 ) :About 300 gunmen attacked a village, police said.",
                        "ASSAULT", List.of("LOC:Kano", "ORG:Daily Wire", "PER:15th Jul"), List.of(), "-|-|-"),
                // s33: the unit that responded is not whom the later clause's passive befell
                Arguments.of("Tarrow RCMP officers searched the cabin and seized a rifle, and a man was arrested "
                        + "later that night.", "COERCE", List.of("ORG:Tarrow RCMP"), List.of(), "-|-|-"),
                Arguments.of("Halden Police officers searched the flat and seized cash, and a woman was detained.",
                        "COERCE", List.of("ORG:Halden Police"), List.of(), "-|-|-"),
                // still the subject: a name with a compound subject, and an adjective in "-ed" before "and"
                Arguments.of("Kofi Mensah and a friend were arrested at the border post.", "COERCE",
                        List.of("PER:Kofi Mensah"), List.of(), "-|Kofi Mensah|-"),
                // the bench a defendant appeared before did not deny the charge
                Arguments.of("Peter Kamau was arraigned before Senior Magistrate Ruth Wanjala and denied the charge "
                        + "of fraud.", "REJECT", List.of("PER:Peter Kamau", "PER:Ruth Wanjala"), List.of(),
                        "Peter Kamau|-|-"),
                Arguments.of("Kofi Mensah, a retired teacher, was arrested at his home.", "COERCE",
                        List.of("PER:Kofi Mensah"), List.of(), "-|Kofi Mensah|-"));
    }

    /**
     * s34: a speaker or a bystander is no actor of a blast; the police, a source and an affiliation are
     * no arrest's target; a name in another clause or another verb's agent phrase is neither role.
     */
    static Stream<Arguments> rolesOfInvestigationsAndGroups() {
        return Stream.of(
                // the Gleaner / the Star: who investigates a deed with an adjective before it did not do it
                Arguments.of("The Independent Police Review Board is investigating the fatal shooting in Linstead.",
                        "ASSAULT", List.of("ORG:Independent Police Review Board"), List.of(), "-|-|-"),
                Arguments.of("The Police Ombudsman is probing the alleged killing of a teenager in Kisumu.", "ASSAULT",
                        List.of("ORG:Police Ombudsman"), List.of(), "-|-|-"),
                // guard: the one who shot is still the actor
                Arguments.of("The Rapid Response Unit carried out the deadly attack in Linstead.", "ASSAULT",
                        List.of("ORG:Rapid Response Unit"), List.of(), "Rapid Response Unit|-|-"),
                // the Independent / Monitor: a group described before its name is an affiliation, not the target
                Arguments.of("Police arrested 31 people suspected to be members of a new rebel group \"Patriotic "
                        + "Front for Renewal\".", "COERCE", List.of("ORG:Patriotic Front for Renewal"), List.of(),
                        "-|-|-"),
                Arguments.of("Police arrested 31 people suspected to be members of a new rebel group \"Patriotic "
                        + "Front for Renewal –PFR\".", "COERCE", List.of("ORG:Patriotic Front for Renewal", "ORG:PFR"),
                        List.of(), "-|-|-"),
                Arguments.of("Officers arrested two men linked to the outlawed Mungiki Sect in Nakuru.", "COERCE",
                        List.of("ORG:Mungiki Sect"), List.of(), "-|-|-"));
    }

    static Stream<Arguments> rolesOfBlastsArrestsAndClauses() {
        return Stream.of(
                // Dawn / APP: a speaker whose pronoun opens another clause, and a vehicle passing by
                Arguments.of("Commissioner Ayo Bello said it was too early to say whether the blast was a suicide "
                        + "attack.", "ASSAULT", List.of("PER:Ayo Bello"), List.of(), "-|-|-"),
                Arguments.of("A Rangers vehicle was passing the area at the time of the blast.", "ASSAULT",
                        List.of("ORG:Rangers"), List.of(), "-|-|-"),
                Arguments.of("Commissioner Omar Baig was not in his car when the blast occurred.", "ASSAULT",
                        List.of("PER:Omar Baig"), List.of(), "-|-|-"),
                // guards: a claim and a "by" agent give the blast its actor; a pronoun right before the verb
                Arguments.of("The Tehrik Front carried out the blast in the market.", "ASSAULT",
                        List.of("ORG:Tehrik Front"), List.of(), "Tehrik Front|-|-"),
                Arguments.of("The blast was carried out by the Tehrik Front, officials said.", "ASSAULT",
                        List.of("ORG:Tehrik Front"), List.of(), "Tehrik Front|-|-"),
                Arguments.of("The Tehrik Front said it had set off the blast.", "ASSAULT",
                        List.of("ORG:Tehrik Front"), List.of(), "Tehrik Front|-|-"),
                // The Star / the Nation: the police, a source and an affiliation are not whom an arrest takes
                Arguments.of("The arrest of the Briton has put the Kenya Police Service on high alert.", "COERCE",
                        List.of("ORG:Kenya Police Service"), List.of(), "-|-|-"),
                Arguments.of("According to the Directorate of Criminal Investigations, 14 suspects were arrested.",
                        "COERCE", List.of("ORG:Directorate of Criminal Investigations"), List.of(), "-|-|-"),
                Arguments.of("Officers arrested a man with leaflets related to the Islamic Front at the airport.",
                        "COERCE", List.of("ORG:Islamic Front"), List.of(), "-|-|-"),
                Arguments.of("Police arrested a cleric with links to the Islamic Front in Garissa.", "COERCE",
                        List.of("ORG:Islamic Front"), List.of(), "-|-|-"),
                // guard: the person arrested is still the target
                Arguments.of("Police arrested Omar Haji in Garissa on Monday.", "COERCE", List.of("PER:Omar Haji"),
                        List.of(), "-|Omar Haji|-"),
                // another verb's agent, a reduced relative, a deed someone is told to look into
                Arguments.of("The arrests follow a crackdown ordered by Interior Minister Amos Kiprono to flush out "
                        + "gangs robbing and killing traders.", "COERCE", List.of("PER:Amos Kiprono"), List.of(),
                        "-|-|-"),
                Arguments.of("The arrests follow a crackdown ordered by Interior Minister Amos Kiprono to flush out "
                        + "gangs robbing and killing traders.", "ASSAULT", List.of("PER:Amos Kiprono"), List.of(),
                        "-|-|-"),
                Arguments.of("The governor ordered the Lagos State Police Command to look into the killing of a "
                        + "trader.", "ASSAULT", List.of("ORG:Lagos State Police Command"), List.of(), "-|-|-"),
                // a police station the attackers went to is where, not who
                Arguments.of("The bandits went to Kaura Police station and attacked officers on duty.", "ASSAULT",
                        List.of("ORG:Kaura Police"), List.of(), "-|-|-"),
                // a country in another clause before "while the ..." is not the actor of the airstrikes
                Arguments.of("The villages border Chad, so while the bandits were fleeing from army airstrikes, the "
                        + "hunters confronted them.", "ASSAULT", List.of("LOC:Chad"), List.of("!Chad"), "-|-|-"),
                // guard: a pronoun after "as" takes the name up
                Arguments.of("Governor Ada Nweke visited the families as she denounced the killings.", "DISAPPROVE",
                        List.of("PER:Ada Nweke"), List.of(), "Ada Nweke|-|-"));
    }

    @ParameterizedTest
    @MethodSource({"roles", "modifiersAndPassives", "rolesOfRealCopyForms", "rolesOfBlastsArrestsAndClauses",
            "rolesOfInvestigationsAndGroups"})
    void shouldLinkActorTargetAndPlaceWhenSentenceNamesThem(String text, String type, List<String> entities,
            List<String> places, String expected) {
        List<io.newswire.model.Entity> es = new ArrayList<>();
        for (String spec : entities) {
            String name = spec.substring(4);
            io.newswire.model.EntityType t = switch (spec.substring(0, 3)) {
                case "PER" -> io.newswire.model.EntityType.PERSON;
                case "ORG" -> io.newswire.model.EntityType.ORGANIZATION;
                default -> io.newswire.model.EntityType.LOCATION;
            };
            es.add(new io.newswire.model.Entity("x:" + name, name, t, null, List.of(name), List.of(mention(text, name)),
                    1, 0.5));
        }
        List<io.newswire.model.Place> ps = new ArrayList<>();
        for (String spec : places) {
            String kind = spec.startsWith("~") ? io.newswire.model.Place.DEMONYM
                    : spec.startsWith("@") ? io.newswire.model.Place.DATELINE : io.newswire.model.Place.LITERAL;
            boolean country = spec.startsWith("!");
            String name = kind.equals(io.newswire.model.Place.LITERAL) && !country ? spec : spec.substring(1);
            ps.add(new io.newswire.model.Place(name, null, country ? "PCLI" : null, null, null, null, null,
                    kind.equals(io.newswire.model.Place.DATELINE) ? List.of() : List.of(mention(text, name)), null, kind));
        }
        Article a = STAGE.enrich(english(text).toBuilder().entities(es).places(ps).build());
        Event e = a.events().stream().filter(x -> type.equals(x.type())).findFirst().orElseThrow();
        String actor = e.actor() == null ? "-" : e.actor().substring(2);
        String target = e.target() == null ? "-" : e.target().substring(2);
        String place = e.place() == null ? "-" : ps.get(e.place()).name();
        assertThat(actor + "|" + target + "|" + place).isEqualTo(expected);
    }

    @Test
    void shouldNotTakeGroupAsArrestTargetWhenItsAcronymFollowsAnAffiliation() {
        String text = "Officers arrested a man with leaflets related to the Islamic Front (IF) at the airport.";
        int a = text.indexOf("Islamic Front");
        int b = text.indexOf("IF)");
        io.newswire.model.Entity group = new io.newswire.model.Entity("x:if", "Islamic Front",
                io.newswire.model.EntityType.ORGANIZATION, null, List.of("Islamic Front", "IF"),
                List.of(new io.newswire.model.Mention(a, a + 13, "Islamic Front"), new io.newswire.model.Mention(b, b + 2,
                        "IF")), 2, 0.5);
        Article art = STAGE.enrich(english(text).toBuilder().entities(List.of(group)).build());
        assertThat(art.events()).filteredOn(e -> "COERCE".equals(e.type())).isNotEmpty()
                .allSatisfy(e -> assertThat(e.target()).isNull());
    }

    private static io.newswire.model.Mention mention(String text, String surface) {
        int at = text.indexOf(surface);
        return new io.newswire.model.Mention(at, at + surface.length(), surface);
    }

    static Stream<Arguments> arrests() {
        return Stream.of(
                Arguments.of("Over 40 traders were taken into custody for blocking the highway.", true),
                Arguments.of("Police have rounded up 200 people across the district since Monday.", true),
                Arguments.of("The councillor was picked up by police from his home late at night.", true),
                Arguments.of("Six men were held in connection with the arson, police said.", true),
                Arguments.of("Two smugglers were caught by the border police near the river.", true),
                Arguments.of("A court remanded the accused to police custody for a week.", true),
                Arguments.of("The opposition demanded the arrest of the minister.", false),
                Arguments.of("An arrest warrant was issued for the preacher on Monday.", false),
                Arguments.of("The volunteers said they would court arrest at the collector's office.", false),
                Arguments.of("The talks were held in the capital on Sunday.", false),
                Arguments.of("Sales picked up in the second quarter.", false));
    }

    @ParameterizedTest
    @MethodSource("arrests")
    void shouldTypeArrestWhenCopyUsesCustodyHeldOrRoundedUp(String text, boolean arrest) {
        Article a = STAGE.enrich(english(text));
        boolean found = a.events().stream().anyMatch(e -> "COERCE".equals(e.type()) && "arrest".equals(e.mode())
                && e.status().equals("asserted"));
        assertThat(found).isEqualTo(arrest);
    }
}
