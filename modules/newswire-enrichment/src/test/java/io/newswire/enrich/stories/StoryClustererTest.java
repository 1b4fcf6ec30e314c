package io.newswire.enrich.stories;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.model.Article;
import io.newswire.model.Entity;
import io.newswire.model.EntityType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StoryClustererTest {

    private static final Instant T0 = Instant.parse("2026-04-02T06:00:00Z");

    // Two reports of one made-up flood, written differently, a report of another flood elsewhere, and an
    // unrelated story; in English and German.
    private static final String FLOOD_A = "Floodwaters swept through Marlow Creek on Tuesday after the Tamsin river burst "
            + "its banks, forcing about 4,000 residents from their homes, the county emergency office said.";
    private static final String FLOOD_B = "Some 4,000 people fled their homes in Marlow Creek as the Tamsin river "
            + "overflowed on Tuesday; emergency officials said boats were rescuing residents trapped by the floodwaters.";
    private static final String FLOOD_DE = "Nach dem Hochwasser des Tamsin mussten in Marlow Creek rund 4.000 Bewohner "
            + "ihre Häuser verlassen, teilte die Notfallbehörde des Bezirks am Dienstag mit.";
    private static final String BANK = "The central bank of Veronia left its main interest rate unchanged on Thursday, "
            + "saying inflation had slowed for a fourth month while wage growth stayed strong.";

    private static Article article(String id, String title, String text, String... entities) {
        List<Entity> es = java.util.Arrays.stream(entities).map(e -> new Entity("org:" + e.toLowerCase(
                java.util.Locale.ROOT).replace(' ', '-'), e, EntityType.LOCATION, null, List.of(e), List.of(), 1, 0.5))
                .toList();
        return Article.builder(id, text, "t").title(title).entities(es).build();
    }

    private static StoryClusterer.Assignment assign(StoryClusterer c, Article a, Instant t) {
        return c.assign(a.id(), t, StoryClusterer.features(a));
    }

    @Test
    void shouldJoinTheStoryWhenAnotherReportOfTheSameEventArrivesInAnyLanguage() {
        StoryClusterer c = new StoryClusterer();
        StoryClusterer.Assignment first = assign(c, article("a", "Thousands flee Marlow Creek flood", FLOOD_A,
                "Marlow Creek", "Tamsin"), T0);
        StoryClusterer.Assignment bank = assign(c, article("b", "Veronia holds rates", BANK, "Veronia"),
                T0.plusSeconds(60));
        StoryClusterer.Assignment second = assign(c, article("c", "Marlow Creek residents flee as Tamsin floods",
                FLOOD_B, "Marlow Creek", "Tamsin"), T0.plusSeconds(3600));
        StoryClusterer.Assignment german = assign(c, article("d", "Hochwasser in Marlow Creek", FLOOD_DE,
                "Marlow Creek", "Tamsin"), T0.plusSeconds(7200));

        assertThat(first.storyId()).isEqualTo("a");
        assertThat(first.size()).isEqualTo(1);
        assertThat(bank.storyId()).isEqualTo("b");
        assertThat(second.storyId()).isEqualTo("a");
        assertThat(second.size()).isEqualTo(2);
        assertThat(second.similarity()).isGreaterThan(0);
        assertThat(german.storyId()).isEqualTo("a");
        assertThat(german.firstSeen()).isEqualTo(T0);
        assertThat(c.stories()).isEqualTo(2);
    }

    // two made-up earthquakes: the same words, other places, people and figures
    private static final String QUAKE_A1 = "A magnitude 6.4 earthquake struck near Dorvast on Monday, killing 12 people "
            + "and damaging hundreds of homes, said regional governor Ilka Varn.";
    private static final String QUAKE_A2 = "Rescuers in Dorvast searched rubble on Monday after the 6.4 earthquake killed "
            + "12 people; governor Ilka Varn said hundreds of homes were damaged.";
    private static final String QUAKE_B = "A magnitude 5.1 earthquake struck near Salmira on Monday, killing 3 people "
            + "and damaging dozens of homes, said mayor Teo Brandt.";

    private static Article quake(String id, String text, String place, String person) {
        return Article.builder(id, text, "t").entities(List.of(
                new Entity("loc:" + place.toLowerCase(java.util.Locale.ROOT), place, EntityType.LOCATION, null,
                        List.of(place), List.of(), 1, 0.8),
                new Entity("per:" + person.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'), person,
                        EntityType.PERSON, null, List.of(person), List.of(), 1, 0.6))).build();
    }

    @Test
    void shouldKeepTwoEventsOfOneKindApartWhenTheirPlacesPeopleAndFiguresDiffer() {
        StoryClusterer c = new StoryClusterer();
        assign(c, article("bank", "Veronia holds rates", BANK, "Veronia"), T0);
        StoryClusterer.Assignment a1 = assign(c, quake("a1", QUAKE_A1, "Dorvast", "Ilka Varn"), T0.plusSeconds(60));
        StoryClusterer.Assignment b = assign(c, quake("b", QUAKE_B, "Salmira", "Teo Brandt"), T0.plusSeconds(120));
        StoryClusterer.Assignment a2 = assign(c, quake("a2", QUAKE_A2, "Dorvast", "Ilka Varn"), T0.plusSeconds(180));
        assertThat(a1.storyId()).isEqualTo("a1");
        assertThat(b.storyId()).isEqualTo("b");
        assertThat(a2.storyId()).isEqualTo("a1");
        assertThat(a2.size()).isEqualTo(2);
    }

    private static Entity named(String name, EntityType type, double salience) {
        return new Entity(null, name, type, null, List.of(name), List.of(), 1, salience);
    }

    private static long word(String w) {
        long[] out = {0};
        io.newswire.enrich.text.WordHashes.scan(w, 0, w.length(), (h, stem, b) -> out[0] = stem);
        return out[0];
    }

    @Test
    void shouldKeepEachSalientNameAsItsRarestWordWhenItIsBelowCountryLevel() {
        Article a = Article.builder("n", "Indian police said the ship INS Sukanya drove off a pirate skiff; Naval Ship "
                + "Sukanya had left Mumbai on Friday.", "t")
                .entities(List.of(named("India", EntityType.LOCATION, 0.8), named("INS Sukanya", EntityType.ORGANIZATION,
                        0.7), named("Naval Ship Sukanya", EntityType.ORGANIZATION, 0.4), named("Police",
                        EntityType.ORGANIZATION, 0.6), named("Mumbai", EntityType.LOCATION, 0.3)))
                .places(List.of(new io.newswire.model.Place("India", 1269750L, "PCLI", "IN", null, null, null, List.of()),
                        new io.newswire.model.Place("Mumbai", 1275339L, "PPLA", "IN", "16", null, null, List.of())))
                .build();
        StoryClusterer.Features f = StoryClusterer.features(a);
        // the country and the common "Police" are no distinct names; both forms of the ship are one
        assertThat(f.names()).containsExactlyInAnyOrder(word("Sukanya"), word("Mumbai"));
        // only words rare enough to be a distinct name's are kept to be matched
        assertThat(f.nameWords()).contains(word("INS"), word("Sukanya"), word("Mumbai"))
                .doesNotContain(word("Police"), word("India"));
    }

    @Test
    void shouldTakeTheHeadOfANameWhenNoneOfItsWordsIsKnown() {
        Article a = Article.builder("r", "Тяжёлый крейсер «Адмирал Кузнецов» вышел из Североморска.", "t")
                .entities(List.of(named("Адмирал Кузнецов", EntityType.ORGANIZATION, 0.7)))
                .build();
        assertThat(StoryClusterer.features(a).names()).containsExactly(word("Кузнецов"));
    }

    @ParameterizedTest
    @CsvSource({"'1,2', '1,2,7', '1,2', '1,2,8', 1.0", "'1,2', '3,4', '3,4', '5,6', -1.0",
            "'1,2', '1', '3', '9', -0.3333333", "'', '1', '1', '1', 0.0", "'1', '1', '', '1', 0.0"})
    void shouldScoreHowFarEachSideMentionsTheOthersSalientNames(String namesA, String wordsB, String namesB,
            String wordsA, double expected) {
        assertThat(StoryClusterer.mentioned(keys(namesA), keys(wordsB), keys(namesB), keys(wordsA)))
                .isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-6));
    }

    @ParameterizedTest
    @CsvSource({"'1,5,9', '5,9', 1.0", "'1,5,9', '2,5', 0.0", "'1,5,9', '2,6', -1.0", "'', '2,6', 0.0",
            "'3', '', 0.0"})
    void shouldScoreAgreementOfTwoFactSetsWhenBothOrOneAreStated(String a, String b, double expected) {
        assertThat(StoryClusterer.agree(keys(a), keys(b))).isEqualTo(expected);
    }

    private static long[] keys(String csv) {
        return csv.isEmpty() ? new long[0] : java.util.Arrays.stream(csv.split(",")).mapToLong(Long::parseLong)
                .toArray();
    }

    @ParameterizedTest
    @CsvSource({"'100,200', '201', 1.0", "'100', '102', 1.0", "'100', '109', -1.0", "'100', '130', -1.0",
            "'100', '105', 0.1428571", "'', '100', 0.0"})
    void shouldScoreHowCloseTwoDateAnchorsAreWhenBothHaveOne(String a, String b, double expected) {
        assertThat(StoryClusterer.near(keys(a), keys(b))).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void shouldTakeTheDateAnchorFromTheTextAndTheDatelineWhenTheyStateFullDates() {
        Article a = Article.builder("f", "Ein Fährunglück vor Kessin Point am 3. März 2019 forderte Opfer; die Küstenwache "
                + "von Arvel berichtete am March 5, 2019 erneut. Im Jahr 2018 war es ruhig.", "t")
                .dateline(new io.newswire.model.Dateline("KESSIN", "Kessin", "March 4", java.time.LocalDate.of(2019, 3, 4),
                        null))
                .build();
        assertThat(StoryClusterer.features(a).anchors()).containsExactly(
                java.time.LocalDate.of(2019, 3, 3).toEpochDay() + 1, java.time.LocalDate.of(2019, 3, 4).toEpochDay() + 1,
                java.time.LocalDate.of(2019, 3, 5).toEpochDay() + 1);
    }

    @Test
    void shouldFindNumbersAndSalientEntitiesAsFactsWhenTheArticleStatesThem() {
        StoryClusterer.Features f = StoryClusterer.features(quake("a1", QUAKE_A1, "Dorvast", "Ilka Varn"));
        // 6, 4 and 12 stand alone
        assertThat(f.numbers()).hasSize(3);
        assertThat(f.persons()).hasSize(1);
        assertThat(f.locations()).hasSize(1);
        assertThat(f.organisations()).isEmpty();
        assertThat(f.year()).isEmpty();
    }

    @Test
    void shouldTakeTheLatestYearInTheTextWhenSeveralAreNamed() {
        StoryClusterer.Features f = StoryClusterer.features(article("y", null,
                "Das Beben von 2011 war stärker als das von 1999; 2013 folgte ein drittes, 12345 Menschen flohen."));
        assertThat(f.year()).containsExactly(2013L);
    }

    @Test
    void shouldGiveTheSameAnswersWhenTheSameOrderIsReplayedOnFreshState() {
        List<Article> input = List.of(article("bank", "Veronia holds rates", BANK, "Veronia"),
                quake("a1", QUAKE_A1, "Dorvast", "Ilka Varn"), quake("b", QUAKE_B, "Salmira", "Teo Brandt"),
                article("de", "Hochwasser in Marlow Creek", FLOOD_DE, "Marlow Creek", "Tamsin"),
                quake("a2", QUAKE_A2, "Dorvast", "Ilka Varn"));
        List<StoryClusterer.Assignment> first = new java.util.ArrayList<>();
        List<StoryClusterer.Assignment> replay = new java.util.ArrayList<>();
        StoryClusterer c1 = new StoryClusterer(StoryClusterer.Settings.STANDARD, new InMemoryStoryState());
        StoryClusterer c2 = new StoryClusterer(StoryClusterer.Settings.STANDARD, new InMemoryStoryState());
        for (int i = 0; i < input.size(); i++) {
            first.add(assign(c1, input.get(i), T0.plusSeconds(60L * i)));
        }
        for (int i = 0; i < input.size(); i++) {
            replay.add(assign(c2, input.get(i), T0.plusSeconds(60L * i)));
        }
        assertThat(replay).isEqualTo(first);
        assertThat(first).extracting(StoryClusterer.Assignment::storyId).contains("a1", "b", "bank");
    }

    @Test
    void shouldStartANewStoryWhenTheSameKindOfEventHappensAMonthLater() {
        StoryClusterer c = new StoryClusterer();
        assign(c, article("a", "Thousands flee Marlow Creek flood", FLOOD_A, "Marlow Creek", "Tamsin"), T0);
        StoryClusterer.Assignment later = assign(c, article("b", "Marlow Creek residents flee as Tamsin floods",
                FLOOD_B, "Marlow Creek", "Tamsin"), T0.plus(Duration.ofDays(30)));
        assertThat(later.storyId()).isEqualTo("b");
    }

    @Test
    void shouldDropStoriesWhenNoArticleJoinedThemWithinTheRetention() {
        StoryClusterer c = new StoryClusterer();
        for (int day = 0; day < 30; day++) {
            assign(c, article("d" + day, "Day " + day, BANK.replace("Thursday", "day " + day + " of the month")
                    + " Item " + day + ".", "Veronia"), T0.plus(Duration.ofDays(day * 2L)));
        }
        assertThat(c.stories()).isLessThanOrEqualTo(5);
    }

    private static io.newswire.model.Event killed(int min, Integer max) {
        io.newswire.model.Mention m = new io.newswire.model.Mention(0, 5, "toll");
        io.newswire.model.Toll toll = new io.newswire.model.Toll(min, max, "exact", null, null, m);
        return new io.newswire.model.Event(null, null, m, null, null, null, null, "asserted",
                new io.newswire.model.Casualties(List.of(toll), null, null, null, null), m);
    }

    @Test
    void shouldTakeTheCasualtyFiguresOfTheEventsWhenTheEventsStageStatesThem() {
        Article withTolls = Article.builder("t", "Bei dem Beben starben mindestens 12 Menschen.", "t")
                .events(List.of(killed(12, null), killed(12, 15))).build();
        Article without = Article.builder("n", "A magnitude 6.4 earthquake struck near Dorvast.", "t").build();
        // "at least 12" and "12 to 15" dead: two figures of one kind, keyed by kind and number
        assertThat(StoryClusterer.features(withTolls).tolls()).hasSize(2);
        assertThat(StoryClusterer.features(without).tolls()).isEmpty();
    }

    @Test
    void shouldWeighACommonWordLessWhenTheBackgroundCountsItOnAColdStart() {
        long common = io.newswire.enrich.text.WordHashes.hash("said");
        long rare = io.newswire.enrich.text.WordHashes.hash("dorvast");
        BackgroundFrequencies bg = BackgroundFrequencies.standard();
        assertThat(bg.documents()).isGreaterThan(1000);
        assertThat(bg.frequency(common)).isGreaterThan(bg.documents() / 10);
        assertThat(bg.frequency(rare)).isZero();
        StoryClusterer.Features f = StoryClusterer.features(Article.builder("s", "Dorvast said.", "t").build());
        StoryState.Member warm = new StoryClusterer(StoryClusterer.Settings.STANDARD).member(f, 0);
        StoryState.Member cold = new StoryClusterer(StoryClusterer.Settings.STANDARD
                .withBackground(BackgroundFrequencies.NONE)).member(f, 0);
        assertThat(weight(warm, common)).isLessThan(weight(warm, rare) / 2);
        assertThat(weight(cold, common)).isCloseTo(weight(cold, rare), org.assertj.core.data.Offset.offset(1e-6f));
    }

    private static float weight(StoryState.Member m, long word) {
        for (int i = 0; i < m.words().length; i++) {
            if (m.words()[i] == word) {
                return m.wordWeights()[i];
            }
        }
        return -1;
    }

    @Test
    void shouldReadBackTheCountsItWroteWhenATableIsSaved() throws java.io.IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        BackgroundFrequencies.write(40, new long[] {9, -3, 0}, new int[] {5, 7, 2}, out);
        BackgroundFrequencies back = BackgroundFrequencies.read(new java.io.ByteArrayInputStream(out.toByteArray()));
        assertThat(back.documents()).isEqualTo(40);
        assertThat(back.frequency(9)).isEqualTo(5);
        assertThat(back.frequency(-3)).isEqualTo(7);
        assertThat(back.frequency(0)).isEqualTo(2);
        assertThat(back.frequency(4)).isZero();
        assertThat(back.size()).isEqualTo(3);
    }

    // s32, issue 11 C8: look-alikes of one template (invented wording in several agencies' styles) that name other
    // places and people, and true follow-ups of one event, all at one event time (the time decay cannot help)
    private static Entity ent(String id, String name, EntityType type, double salience) {
        return new Entity(id, name, type, null, List.of(name), List.of(), 1, salience);
    }

    private static Article lookAlike(String id, String title, String text, List<Entity> entities,
            List<io.newswire.model.Place> places, List<io.newswire.model.Event> events) {
        return Article.builder(id, text, "t").title(title).entities(entities).places(places).events(events).build();
    }

    private static io.newswire.model.Place place(String name, Long geonameId, String featureCode) {
        return new io.newswire.model.Place(name, geonameId, featureCode, "XR", "Orvania", null, null, List.of());
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        // the national or provincial force's spokesperson, before the name, after it, in a compound or as a title
        "Zimbabwe's national police spokesperson Assistant Commissioner Tamuka Rwodzi said the driver fled.|Tamuka Rwodzi||true",
        "The victims were named by provincial police spokesperson, Colonel Sipho Mavela, on Monday.|Sipho Mavela||true",
        "Juru bicara Polri nasional, Brigjen Hendra Kusuma, mengatakan dua orang tewas.|Hendra Kusuma||true",
        "Ein Sprecher der Bundespolizei, Jonas Keller, bestätigte den Einsatz.|Jonas Keller||true",
        "Anele Dube said the crash happened at dawn.|Anele Dube|National Police Spokesperson|true",
        "Tamsin Okoro, a spokeswoman for the federal police, said two men were held.|Tamsin Okoro||true",
        // a local spokesperson, a celebrity's or a company's, stays evidence of one event
        "County sheriff's spokesman Dale Mercer said the gunman was shot.|Dale Mercer||false",
        "A spokeswoman for the singer, Lara Quint, confirmed she had entered rehab.|Lara Quint||false",
        // a victim named next to the spokesperson's sentence is not one
        "The man killed was Tomas Reyna. National police spokesperson Ayo Bello gave no motive.|Tomas Reyna||false",
        "The driver, Kofi Mensah, died at the scene, the national police spokesperson said.|Kofi Mensah||false"
    })
    void shouldTellANationalOrProvincialSpokespersonWhenTheWordsAroundTheNameSaySo(String text, String name,
            String title, boolean expected) {
        int at = text.indexOf(name);
        Entity e = new Entity("per:x", name, EntityType.PERSON, title, List.of(name),
                List.of(new io.newswire.model.Mention(at, at + name.length(), name)), 1, 0.5);

        assertThat(StoryClusterer.spokesperson(e, text)).isEqualTo(expected);
    }

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> lookAlikes() {
        String crashDe = "Ein Streifenwagen ist am Sonntagabend frontal gegen eine Hausmauer gekracht. Der Fahrer "
                + "wurde schwer verletzt und mit dem Rettungswagen in ein Krankenhaus gebracht, wie die Polizei "
                + "mitteilte. Die beiden Beamten waren auf dem Weg zu einem Einsatz. Der Schaden wird auf mehrere "
                + "tausend Euro geschätzt.";
        String crashDe2 = "Während einer Unfallaufnahme auf der Autobahn bei Kellbach ist ein Auto von der Fahrbahn "
                + "abgekommen und in einen Streifenwagen gekracht. Zwei Beamte erlitten leichte Verletzungen, der "
                + "Fahrer des Autos kam mit schweren Verletzungen in eine Klinik, teilte die Polizei mit.";
        String opA = "ANKARA - Turkish security forces neutralized three terrorists in an operation in the Korvan "
                + "district, the Interior Ministry said on Sunday. Turkish authorities use the word neutralized "
                + "to imply the terrorists in question surrendered or were killed or captured. Minister Selim Arda "
                + "said the operation in Korvan would continue.";
        String opB = "ANKARA - Turkish security forces neutralized two terrorists in an operation near Tepeli, the "
                + "Interior Ministry said in a statement. Turkish authorities use the word neutralized to imply the "
                + "terrorists in question surrendered or were killed or captured. Governor Murat Ozerin said the "
                + "operation around Tepeli was carried out by gendarmerie units.";
        String rcmpA = "RCMP say a man is dead after a collision on Highway 16 near Pine Hollow on Friday evening. "
                + "Police say a pickup truck travelling west collided with a semi, and the driver of the pickup was "
                + "pronounced dead at the scene. The investigation continues.";
        String rcmpB = "RCMP say a woman is dead after a rollover on a rural road outside Elkford on Saturday. Police "
                + "say her car left the road and rolled into a ditch, and a passenger was flown to hospital. The "
                + "investigation continues.";
        String day1 = "A woman was critically injured when two cars collided at the corner of Staley Road and Brack "
                + "Avenue in Marrowind on Tuesday. Police are appealing for dashcam footage of the crash; the driver "
                + "of a grey sedan, 34, was arrested at the scene.";
        String day4 = "The woman injured in Tuesday's two-car crash at Staley Road in Marrowind has died in hospital, "
                + "police said. The 34-year-old driver arrested at the scene now faces a charge of dangerous driving "
                + "causing death; officers renewed their appeal for dashcam footage.";
        String fireA = "SEOUL, (Yonhap) -- A fire broke out at an apartment in Hanmok Ward in northern Seoul early "
                + "Sunday, March 1, 2026, killing one resident and injuring 3 others, fire authorities said. The "
                + "blaze started on the 7th floor and was put out in about 40 minutes after 60 firefighters and 18 "
                + "fire engines were mobilized. Authorities are investigating the exact cause of the fire.";
        String fireB = "SEOUL, (Yonhap) -- A fire broke out at an apartment in Sorim-dong in eastern Seoul early "
                + "Tuesday, March 17, 2026, killing one resident and injuring 5 others, fire authorities said. The "
                + "blaze started on the 12th floor and was put out in about 90 minutes after 85 firefighters and 25 "
                + "fire engines were mobilized. Authorities are investigating the exact cause of the fire.";
        String rollA = "RCMP say three people are dead after a single-vehicle rollover on Highway 7 late Friday. "
                + "Police say the SUV left the road and rolled into the ditch; the driver and two passengers were "
                + "pronounced dead at the scene. A collision reconstructionist attended and the investigation "
                + "continues.";
        String rollB = "RCMP say one person is dead after a single-vehicle rollover on Highway 44 early Sunday. "
                + "Police say the pickup left the road and rolled into the ditch; the driver was pronounced dead at "
                + "the scene. A collision reconstructionist attended and the investigation continues.";
        String rollUpdate = "A fourth person has died after Friday's rollover on Highway 7, RCMP say. The SUV left "
                + "the road and rolled into the ditch; three people were pronounced dead at the scene and a "
                + "passenger died in hospital. The collision reconstructionist's investigation continues.";
        String fireC = "Un incendio en un edificio de viviendas del barrio de Hanmok, en el norte de Seúl, dejó un "
                + "muerto y 3 heridos el domingo, según los bomberos. El fuego se declaró en la planta 7 y fue "
                + "sofocado en unos 40 minutos por 60 bomberos; las autoridades investigan la causa del incendio.";
        return java.util.stream.Stream.of(
                // a report that names no place and no person shares only the template's common words
                org.junit.jupiter.params.provider.Arguments.of("German police-car crash with no name",
                        lookAlike("a", "Streifenwagen kracht gegen Hausmauer", crashDe, List.of(), List.of(), List.of()),
                        lookAlike("b", "Streifenwagen kracht gegen Mauer", crashDe2,
                                List.of(ent("loc:kellbach", "Kellbach", EntityType.LOCATION, 0.6)),
                                List.of(place("Kellbach", null, null)), List.of()), false),
                // two operations of one template: each names its own district and official, never the other's
                org.junit.jupiter.params.provider.Arguments.of("two neutralised operations",
                        lookAlike("a", "Security forces neutralize 3 terrorists", opA, List.of(
                                ent("geonames:1", "Turkey", EntityType.LOCATION, 0.9),
                                ent("loc:korvan", "Korvan", EntityType.LOCATION, 0.5),
                                ent("per:selim-arda", "Selim Arda", EntityType.PERSON, 0.4)),
                                List.of(place("Turkey", 1L, "PCLI"), place("Korvan", null, null)), List.of()),
                        lookAlike("b", "Security forces neutralize 2 terrorists", opB, List.of(
                                ent("geonames:1", "Turkey", EntityType.LOCATION, 0.9),
                                ent("loc:tepeli", "Tepeli", EntityType.LOCATION, 0.5),
                                ent("per:murat-ozerin", "Murat Ozerin", EntityType.PERSON, 0.4)),
                                List.of(place("Turkey", 1L, "PCLI"), place("Tepeli", null, null)), List.of()), false),
                // two fatal crashes of one province, told by one police force, in two towns
                org.junit.jupiter.params.provider.Arguments.of("two RCMP fatal crashes in two towns",
                        lookAlike("a", "Man dead after Highway 16 collision", rcmpA, List.of(
                                ent("org:rcmp", "RCMP", EntityType.ORGANIZATION, 0.7),
                                ent("loc:pine-hollow", "Pine Hollow", EntityType.LOCATION, 0.6),
                                ent("geonames:2", "Orvania", EntityType.LOCATION, 0.5)),
                                List.of(place("Pine Hollow", null, null), place("Orvania", 2L, "ADM1")),
                                List.of(killed(1, 1))),
                        lookAlike("b", "Woman dead in rollover near Elkford", rcmpB, List.of(
                                ent("org:rcmp", "RCMP", EntityType.ORGANIZATION, 0.7),
                                ent("geonames:3", "Elkford", EntityType.LOCATION, 0.6),
                                ent("geonames:2", "Orvania", EntityType.LOCATION, 0.5)),
                                List.of(place("Elkford", 3L, "PPL"), place("Orvania", 2L, "ADM1")),
                                List.of(killed(1, 1))), false),
                // a day-4 follow-up: the injured woman died, the toll changed, the place and the street are the same
                org.junit.jupiter.params.provider.Arguments.of("a follow-up with a changed toll",
                        lookAlike("a", "Woman critical after Marrowind crash", day1, List.of(
                                ent("loc:staley-road", "Staley Road", EntityType.LOCATION, 0.7),
                                ent("geonames:4", "Marrowind", EntityType.LOCATION, 0.6)),
                                List.of(place("Marrowind", 4L, "PPL"), place("Staley Road", null, null)), List.of()),
                        lookAlike("b", "Woman dies days after Marrowind crash", day4, List.of(
                                ent("geonames:4", "Marrowind", EntityType.LOCATION, 0.7),
                                ent("loc:staley-road", "Staley Road", EntityType.LOCATION, 0.5)),
                                List.of(place("Marrowind", 4L, "PPL"), place("Staley Road", null, null)),
                                List.of(killed(1, 1))), true),
                // one agency's template for two fires in two wards of one city: the wording is close, but the wards,
                // the figures and the floors differ
                org.junit.jupiter.params.provider.Arguments.of("two apartment fires in two wards of one city",
                        lookAlike("a", "1 dead, 3 injured in apartment fire in Seoul", fireA, List.of(
                                ent("geonames:5", "Seoul", EntityType.LOCATION, 0.9),
                                ent("loc:hanmok-ward", "Hanmok Ward", EntityType.LOCATION, 0.6)),
                                List.of(place("Seoul", 5L, "ADM1"), place("Hanmok Ward", null, null)),
                                List.of(killed(1, 1))),
                        lookAlike("b", "1 dead, 5 injured in apartment fire in Seoul", fireB, List.of(
                                ent("geonames:5", "Seoul", EntityType.LOCATION, 0.9),
                                ent("loc:sorim-dong", "Sorim-dong", EntityType.LOCATION, 0.6)),
                                List.of(place("Seoul", 5L, "ADM1"), place("Sorim-dong", null, null)),
                                List.of(killed(1, 1))), false),
                // the first fire told again in Spanish: the same ward and the same figures
                org.junit.jupiter.params.provider.Arguments.of("one ward's fire told in two languages",
                        lookAlike("a", "1 dead, 3 injured in apartment fire in Seoul", fireA, List.of(
                                ent("geonames:5", "Seoul", EntityType.LOCATION, 0.9),
                                ent("loc:hanmok-ward", "Hanmok Ward", EntityType.LOCATION, 0.6)),
                                List.of(place("Seoul", 5L, "ADM1"), place("Hanmok Ward", null, null)),
                                List.of(killed(1, 1))),
                        lookAlike("b", "Un muerto en un incendio en Seúl", fireC, List.of(
                                ent("geonames:5", "Seoul", EntityType.LOCATION, 0.9),
                                ent("loc:hanmok", "Hanmok", EntityType.LOCATION, 0.6)),
                                List.of(place("Seoul", 5L, "ADM1"), place("Hanmok", null, null)),
                                List.of(killed(1, 1))), true),
                // one police force's template for two rollovers: different tolls and no figure in common
                org.junit.jupiter.params.provider.Arguments.of("two rollovers with different tolls",
                        lookAlike("a", "Three dead in rollover", rollA, List.of(
                                ent("org:rcmp", "RCMP", EntityType.ORGANIZATION, 0.7),
                                ent("geonames:2", "Orvania", EntityType.LOCATION, 0.5)),
                                List.of(place("Orvania", 2L, "ADM1")), List.of(killed(3, 3))),
                        lookAlike("b", "One dead in rollover", rollB, List.of(
                                ent("org:rcmp", "RCMP", EntityType.ORGANIZATION, 0.7),
                                ent("geonames:2", "Orvania", EntityType.LOCATION, 0.5)),
                                List.of(place("Orvania", 2L, "ADM1")), List.of(killed(1, 1))), false),
                // the toll rose, but the highway's number is shared: one developing story
                org.junit.jupiter.params.provider.Arguments.of("a rollover whose toll rose",
                        lookAlike("a", "Three dead in rollover", rollA, List.of(
                                ent("org:rcmp", "RCMP", EntityType.ORGANIZATION, 0.7),
                                ent("geonames:2", "Orvania", EntityType.LOCATION, 0.5)),
                                List.of(place("Orvania", 2L, "ADM1")), List.of(killed(3, 3))),
                        lookAlike("b", "Fourth person dies after Highway 7 rollover", rollUpdate, List.of(
                                ent("org:rcmp", "RCMP", EntityType.ORGANIZATION, 0.7),
                                ent("geonames:2", "Orvania", EntityType.LOCATION, 0.5)),
                                List.of(place("Orvania", 2L, "ADM1")), List.of(killed(4, 4))), true));
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("lookAlikes")
    void shouldJoinOnlyReportsOfOneEventWhenLookAlikesOfOneTemplateShareAnEventTime(String name, Article a,
            Article b, boolean same) {
        // in both orders: the vetoes are symmetric, so the answer does not depend on which arrived first
        StoryClusterer ab = new StoryClusterer();
        assign(ab, a, T0);
        StoryClusterer.Assignment second = assign(ab, b, T0);
        StoryClusterer ba = new StoryClusterer();
        assign(ba, b, T0);
        StoryClusterer.Assignment first = assign(ba, a, T0);

        assertThat(second.storyId()).isEqualTo(same ? "a" : "b");
        assertThat(first.storyId()).isEqualTo(same ? "b" : "a");
    }
}
