package io.newswire.enrich.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.model.Article;
import io.newswire.model.Entity;
import io.newswire.model.EntityType;
import io.newswire.model.Language;
import io.newswire.model.Mention;
import io.newswire.model.Quote;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class QuotesEnricherTest {

    private static final QuotesEnricher STAGE = new QuotesEnricher();

    /** An English article with a person entity for every occurrence of each name. */
    private static Article article(String text, String... people) {
        List<Entity> entities = new ArrayList<>();
        for (String p : people) {
            List<Mention> ms = new ArrayList<>();
            for (int i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) {
                ms.add(new Mention(i, i + p.length(), p));
            }
            entities.add(new Entity("per:" + p.toLowerCase().replace(' ', '-'), p, EntityType.PERSON, null, List.of(p),
                    ms, ms.size(), 0.5));
        }
        return Article.builder("c-00000000000000000003", text, "test").language(new Language("en", 0.99))
                .entities(entities).build();
    }

    static Stream<Arguments> quotes() {
        return Stream.of(
                // kind, content, speaker id, cue
                Arguments.of(article("\u201CIran has always tried to stand by the Afghan nation,\u201D Baqeri said.",
                        "Baqeri"), "direct", "Iran has always tried to stand by the Afghan nation", "per:baqeri", "said"),
                Arguments.of(article("\"We will not give up,\" said Sergei Ivanov, the chief of the bureau.",
                        "Sergei Ivanov"), "direct", "We will not give up", "per:sergei-ivanov", "said"),
                Arguments.of(article("Bahrami arrived on Saturday. He said: \u201CThe trip is aimed at closer ties.\u201D",
                        "Bahrami"), "direct", "The trip is aimed at closer ties.", "per:bahrami", "said"),
                Arguments.of(article("Defence Minister Khamenei spoke in January. The minister told reporters that the "
                        + "relocation was meant to justify a presence.", "Khamenei"), "indirect",
                        "the relocation was meant to justify a presence", "per:khamenei", "told"),
                Arguments.of(article("Around 10,000 fighters were active in nine provinces, according to Ivanov.",
                        "Ivanov"), "indirect", "Around 10,000 fighters were active in nine provinces", "per:ivanov",
                        "according to"));
    }

    @ParameterizedTest
    @MethodSource("quotes")
    void shouldAttributeQuoteWhenSpeakerAndCueAreBesideIt(Article a, String kind, String content, String speaker,
            String cue) {
        Quote q = STAGE.enrich(a).quotes().get(0);
        assertThat(q.kind()).isEqualTo(kind);
        assertThat(q.content().text()).isEqualTo(content);
        assertThat(a.text().substring(q.content().start(), q.content().end())).isEqualTo(content);
        assertThat(q.speaker()).isEqualTo(speaker);
        assertThat(q.cue().text()).isEqualTo(cue);
    }

    @Test
    void shouldJoinQuoteWhenAttributionInterruptsIt() {
        Article a = article("\u201CWe came to talk,\u201D Bahrami said. \u201CWe leave with an agreement.\u201D", "Bahrami");
        assertThat(STAGE.enrich(a).quotes()).singleElement().satisfies(q -> assertThat(q.content().text())
                .startsWith("We came to talk").endsWith("agreement."));
    }

    static Stream<Arguments> attributionsAwayFromTheMarks() {
        return Stream.of(
                // text, kind, content, speaker as written, cue
                Arguments.of("The ministry said in a statement:\n\n\u201CThe talks were constructive and will resume "
                        + "next week.\u201D", "direct", "The talks were constructive and will resume next week.",
                        "The ministry", "said"),
                Arguments.of("Erdogan told reporters in Ankara on Friday, \u201COur doors remain open to dialogue.\u201D",
                        "direct", "Our doors remain open to dialogue.", "Erdogan", "told"),
                Arguments.of("The embassy issued a statement on Sunday, saying: \"All staff are safe and accounted for.\"",
                        "direct", "All staff are safe and accounted for.", "The embassy", "saying"),
                Arguments.of("As the agency reported, \u201CThe convoy reached the border crossing at dawn.\u201D",
                        "direct", "The convoy reached the border crossing at dawn.", "the agency", "reported"),
                Arguments.of("The spokesman said that \u201Call options remain on the table.\u201D", "indirect",
                        "\u201Call options remain on the table.\u201D", "The spokesman", "said"),
                Arguments.of("Okafor said \u201Cthe worst is over\u201D for farmers in the delta.", "direct",
                        "\u201Cthe worst is over\u201D for farmers in the delta", "Okafor", "said"),
                Arguments.of("Talks broke off at noon.\u00A0\u201CWe stay in the coalition,\u201D former interior minister "
                        + "Lena Vogt told the broadcaster ZDF.", "direct", "We stay in the coalition",
                        "former interior minister Lena Vogt", "told"),
                Arguments.of("\u201CWe are not leaving,\u201D the judge exclaimed, \u201Cuntil the files are returned.\u201D",
                        "direct", "We are not leaving,\u201D the judge exclaimed, \u201Cuntil the files are returned.",
                        "the judge", "exclaimed"),
                // s21: appositives and brackets after the name, lower-case speakers, inverted cues, participles
                Arguments.of("\u201CThe border will stay shut,\u201D Amina Yusuf, a senior aide to the governor, said.",
                        "direct", "The border will stay shut", "Amina Yusuf", "said"),
                Arguments.of("\u201CWe were wrong,\u201D Ramos, 58, told AFP in Mexico City.", "direct", "We were wrong",
                        "Ramos", "told"),
                Arguments.of("\u201CIt reminds us what is at stake,\u201D Sen. Dana Holt (R-Ore.) said on Saturday.", "direct",
                        "It reminds us what is at stake", "Sen. Dana Holt", "said"),
                Arguments.of("\u201CNo more cuts!\u201D some protesters chanted outside the ministry.", "direct",
                        "No more cuts!", "some protesters", "chanted"),
                Arguments.of("\u201CShe helped everyone,\u201D another neighbour, Jo\u00E3o Pereira, said.", "direct",
                        "She helped everyone", "another neighbour", "said"),
                Arguments.of("The mayor toured the site and later said, \u201CWe will rebuild every school.\u201D", "direct",
                        "We will rebuild every school.", "The mayor", "said"),
                Arguments.of("The president took to Twitter, writing: \"Many dead and injured in Nice.\"", "direct",
                        "Many dead and injured in Nice.", "The president", "writing"));
    }

    @Test
    void shouldGiveTheAttributionToTheNextQuoteWhenItEndsInAComma() {
        String text = "\u201CThe zeal of this case was unusual.\u201D He added, \u201CThings happened that are not "
                + "ordinary.\u201D";
        assertThat(STAGE.enrich(article(text)).quotes()).singleElement().satisfies(q -> {
            assertThat(q.content().text()).isEqualTo("Things happened that are not ordinary.");
            assertThat(q.speakerText().text()).isEqualTo("He");
        });
    }

    static Stream<Arguments> speakersWithoutACueVerb() {
        return Stream.of(
                // text, people the entity stage found, kind, content, speaker as written, cue
                Arguments.of("Asked about the strike, Okonkwo:\n\n\u201CWe will talk to the unions first.\u201D",
                        new String[0], null, null, null, null),
                Arguments.of("Pollsters agree - Carl Bialik: \u201CThe polls missed the late swing.\u201D",
                        new String[] {"Carl Bialik"}, "direct", "The polls missed the late swing.", "Carl Bialik", ":"),
                Arguments.of("UPDATE: \u201CThe polls missed the late swing.\u201D", new String[] {"UPDATE"}, null, null,
                        null, null),
                Arguments.of("Related: \u201CThe polls missed the late swing.\u201D", new String[0], null, null, null, null),
                Arguments.of("She went on to say:\n\n\u201CNone of them will come out and support the plan.\u201D",
                        new String[0], "direct", "None of them will come out and support the plan.", "She", "say"),
                Arguments.of("''We run people against watch lists,'' said Tomas Berg, a former official.",
                        new String[0], "direct", "We run people against watch lists", "Tomas Berg", "said"),
                Arguments.of("The ministry, she said, ''will not be moved.''", new String[0], "indirect",
                        "The ministry, she said, ''will not be moved.''", "she", "said"),
                Arguments.of("If the talks fail, he said, \u201Cwe will go to court.\u201D", new String[0], "indirect",
                        "If the talks fail, he said, \u201Cwe will go to court.\u201D", "he", "said"));
    }

    @ParameterizedTest
    @MethodSource("speakersWithoutACueVerb")
    void shouldAttributeQuoteWhenANamedSpeakerOrDoubleApostrophesIntroduceIt(String text, String[] people, String kind,
            String content, String speaker, String cue) {
        List<Quote> quotes = STAGE.enrich(article(text, people)).quotes();
        if (kind == null) {
            assertThat(quotes).isEmpty();
            return;
        }
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.kind()).isEqualTo(kind);
            assertThat(q.content().text()).isEqualTo(content);
            assertThat(q.speakerText().text()).isEqualTo(speaker);
            assertThat(q.cue().text()).isEqualTo(cue);
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\u201CIt is a hard issue,\u201D said the Kenyan senator, \u201Cbecause two rights conflict.\u201D"
                    + "|It is a hard issue,\u201D said the Kenyan senator, \u201Cbecause two rights conflict.",
            "\u201CThe lie contains truth,\u201D said Jan Novak, a D.C.-based strategist. \u201CWe know it.\u201D"
                    + "|The lie contains truth,\u201D said Jan Novak, a D.C.-based strategist. \u201CWe know it.",
            "\u201CThe role is poor,\u201D Ortiz said at a rally in Albany, N.Y. \u201CHer record is weak.\u201D"
                    + "|The role is poor,\u201D Ortiz said at a rally in Albany, N.Y. \u201CHer record is weak."})
    void shouldJoinPiecesWhenAnAbbreviationOrAnInvertedCueStandsBetween(String text, String content) {
        assertThat(STAGE.enrich(article(text)).quotes()).singleElement()
                .satisfies(q -> assertThat(q.content().text()).isEqualTo(content));
    }

    @ParameterizedTest
    @MethodSource("attributionsAwayFromTheMarks")
    void shouldFindSpeakerWhenAttributionIsAwayFromTheMarks(String text, String kind, String content, String speaker,
            String cue) {
        assertThat(STAGE.enrich(article(text)).quotes()).singleElement().satisfies(q -> {
            assertThat(q.kind()).isEqualTo(kind);
            assertThat(q.content().text()).isEqualTo(content);
            assertThat(q.speakerText().text()).isEqualTo(speaker);
            assertThat(q.cue().text()).isEqualTo(cue);
        });
    }

    static Stream<Arguments> signedAndLongAppositives() {
        return Stream.of(
                // text, contents, speakers as written (a vox pop or a reader's letter signed with a dash)
                Arguments.of("\u201CThe water came in the night.\u201D \u2015 Ama Owusu\n"
                        + "\u201CWe lost the harvest, all of it.\u201D \u2014 Tomasz K. Nowak, a farmer near Opole\n",
                        List.of("The water came in the night.", "We lost the harvest, all of it."),
                        List.of("Ama Owusu", "Tomasz K. Nowak")),
                // a dash after a title or a quote that does not end its sentence is no signature
                Arguments.of("The film \u201CThe Long Night\u201D \u2014 Hana Sato\u2019s first \u2014 opens on Friday.",
                        List.of(), List.of()),
                Arguments.of("He called the ruling \u201Ca disgrace.\u201D \u2014 Additional reporting by Ana Lima",
                        List.of(), List.of()),
                // an appositive of many words, and 'said of' naming the topic, not a speaker
                Arguments.of("\u201CThe levy is modest,\u201D Leila Haddad, head of research at the Beirut Institute "
                        + "for Fiscal Studies and a lecturer at the American University, said of the plan. "
                        + "\u201CIt closes few gaps.\u201D",
                        List.of("The levy is modest,\u201D Leila Haddad, head of research at the Beirut Institute "
                                + "for Fiscal Studies and a lecturer at the American University, said of the plan. "
                                + "\u201CIt closes few gaps."),
                        List.of("Leila Haddad")));
    }

    @ParameterizedTest
    @MethodSource("signedAndLongAppositives")
    void shouldAttributeQuoteWhenSignedWithADashOrNamedBeforeALongAppositive(String text, List<String> contents,
            List<String> speakers) {
        List<Quote> quotes = STAGE.enrich(article(text)).quotes().stream().filter(q -> q.kind().equals("direct"))
                .toList();
        assertThat(quotes).extracting(q -> q.content().text()).containsExactlyElementsOf(contents);
        assertThat(quotes).extracting(q -> q.speakerText().text()).containsExactlyElementsOf(speakers);
    }

    static Stream<Arguments> piecesAndNarration() {
        return Stream.of(
                // text, contents of the direct quotes, cues
                // one sentence of narration without a verb of saying between two pieces: one quote
                Arguments.of("\"We have had trouble here before,\" Wanjiru said after meeting the envoy. She left soon "
                        + "after. \"Our goal is calm.\"", List.of("We have had trouble here before,\" Wanjiru said after "
                        + "meeting the envoy. She left soon after. \"Our goal is calm."), List.of("said")),
                // the sentence between reports someone else: the second piece is not joined
                Arguments.of("\"We have had trouble here before,\" Wanjiru said after meeting the envoy. The envoy "
                        + "said little. \"Our goal is calm.\"", List.of("We have had trouble here before"),
                        List.of("said")),
                // 'adding' starts a second statement of the same speaker
                Arguments.of("\u201CThe port will reopen,\u201D Silva said, adding later, \u201CShips are waiting.\u201D",
                        List.of("The port will reopen", "Ships are waiting."), List.of("said", "adding")),
                // quoted words opening a sentence that goes on past the mark before its attribution
                Arguments.of("The bank cut jobs.\n\n\u201CYou squeezed the staff to breaking point\u201D to lift the "
                        + "share price, she said.", List.of("You squeezed the staff to breaking point\u201D to lift the "
                        + "share price"), List.of("said")),
                // a straight mark left open before a curly quote in the next paragraph does not swallow it
                Arguments.of("The agency wrote:\n\n\"Farmers in the north lost most of the harvest.\n\n"
                        + "\u201CLa crue est venue la nuit,\u201D one farmer said in French.",
                        List.of("La crue est venue la nuit"), List.of("said")));
    }

    @ParameterizedTest
    @MethodSource("piecesAndNarration")
    void shouldJoinOrSplitPiecesWhenNarrationOrASecondCueStandsBetween(String text, List<String> contents,
            List<String> cues) {
        List<Quote> quotes = STAGE.enrich(article(text)).quotes().stream().filter(q -> q.kind().equals("direct"))
                .toList();
        assertThat(quotes).extracting(q -> q.content().text()).containsExactlyElementsOf(contents);
        assertThat(quotes).extracting(q -> q.cue().text()).containsExactlyElementsOf(cues);
    }

    static Stream<Arguments> reportedSpeech() {
        return Stream.of(
                // text, content, speaker as written, cue
                Arguments.of("Some protest leaders said they would march to the parliament despite the ban.",
                        "they would march to the parliament despite the ban", "Some protest leaders", "said"),
                Arguments.of("The convoy was stopped at the Torkham crossing, local officials said on Sunday.",
                        "The convoy was stopped at the Torkham crossing", "local officials", "said"),
                Arguments.of("The central bank's monthly report said inflation had eased to 4.1 percent in October.",
                        "inflation had eased to 4.1 percent in October", "The central bank's monthly report", "said"));
    }

    @ParameterizedTest
    @MethodSource("reportedSpeech")
    void shouldFindReportedSpeechWhenSpeakerIsAPlainNounPhrase(String text, String content, String speaker, String cue) {
        assertThat(STAGE.enrich(article(text)).quotes()).singleElement().satisfies(q -> {
            assertThat(q.kind()).isEqualTo("indirect");
            assertThat(q.content().text()).isEqualTo(content);
            assertThat(q.speakerText().text()).isEqualTo(speaker);
            assertThat(q.cue().text()).isEqualTo(cue);
        });
    }

    static Stream<Arguments> titlesWithAFullStop() {
        return Stream.of(
                Arguments.of("The driver fled on foot before officers arrived, said Lt. Marta Quispe.",
                        "The driver fled on foot before officers arrived", "Lt. Marta Quispe", "said"),
                Arguments.of("Two men were detained at the scene, said Sgt. Kwame Mensah.",
                        "Two men were detained at the scene", "Sgt. Kwame Mensah", "said"),
                Arguments.of("Two men were detained at the scene, said Det. Ilse Brandt.",
                        "Two men were detained at the scene", "Det. Ilse Brandt", "said"));
    }

    @ParameterizedTest
    @MethodSource("titlesWithAFullStop")
    void shouldKeepAnAbbreviatedTitleInTheSpeakerWhenItsFullStopEndsNoSentence(String text, String content,
            String speaker, String cue) {
        assertThat(STAGE.enrich(article(text)).quotes()).singleElement().satisfies(q -> {
            assertThat(q.content().text()).isEqualTo(content);
            assertThat(q.speakerText().text()).isEqualTo(speaker);
            assertThat(q.cue().text()).isEqualTo(cue);
        });
    }

    static Stream<Arguments> sourcesAndActsAfterTheCue() {
        return Stream.of(
                // a source after the speaker's own cue: the speaker stays
                Arguments.of("The attackers fled towards the hills, Deputy Inspector General of Police Tariq Rauf said, "
                        + "according to Dawn.", "Deputy Inspector General of Police Tariq Rauf"),
                Arguments.of("Two bridges were closed overnight, the mayor said, according to local radio.", "the mayor"),
                // acts, not speech: no quote of their own
                Arguments.of("Militants responded with rocket-propelled grenades and mortars overnight.", null),
                Arguments.of("The spokesperson for the state command, SP Ade Obinna, confirmed the arrest in a statement.",
                        null),
                Arguments.of("The ministry, in a short notice, denied the report on Monday evening.", null));
    }

    @ParameterizedTest
    @MethodSource("sourcesAndActsAfterTheCue")
    void shouldKeepTheSpeakerBeforeASourceAndFindNoQuoteInAnAct(String text, String speaker) {
        List<Quote> quotes = STAGE.enrich(article(text)).quotes();
        if (speaker == null) {
            assertThat(quotes).isEmpty();
        } else {
            assertThat(quotes).singleElement().satisfies(q -> assertThat(q.speakerText().text()).isEqualTo(speaker));
        }
    }

    static Stream<Arguments> subjectsBeforeAnApposition() {
        return Stream.of(
                // text, kind, content, speaker as written; the words after the cue are content, not a speaker
                Arguments.of("Tomas Reyval, main spokesman for the regional water authority, said an investigation "
                        + "has begun but no cause has been found.", "indirect",
                        "an investigation has begun but no cause has been found", "Tomas Reyval"),
                Arguments.of("Amara Okonjo, the provincial governor for Lenshire, says Sunday that the victims are "
                        + "mostly farm workers.", "indirect", "the victims are mostly farm workers", "Amara Okonjo"),
                Arguments.of("The company, which keeps its books in U.S. dollars, says the profit amounted to 12 "
                        + "million for the quarter.", "indirect", "the profit amounted to 12 million for the quarter",
                        "The company"),
                Arguments.of("Devika Raman, who is also Kestrel North MP, said, \u201CIn the villages nobody has seen "
                        + "a doctor for weeks.\u201D", "direct", "In the villages nobody has seen a doctor for weeks.",
                        "Devika Raman"),
                // a phrase of circumstance opens the sentence: its first word is not the speaker
                Arguments.of("Asked about the border, Raman, who is also Kestrel North MP, said, \u201CWe want calm "
                        + "on both sides.\u201D", "direct", "We want calm on both sides.", "Raman"),
                Arguments.of("In reply to a question on the floods, Devika Raman, who chairs the panel, said, "
                        + "\u201CThe money will reach every village.\u201D", "direct",
                        "The money will reach every village.", "Devika Raman"),
                Arguments.of("Zolt\u00E1n B\u00E9rczi, the head of the miners\u2019 union, said the strike would go "
                        + "on until Friday.", "indirect", "the strike would go on until Friday",
                        "Zolt\u00E1n B\u00E9rczi"),
                // the inverted form still holds when the speaker ends the sentence or an apposition follows it
                Arguments.of("The bridge will reopen in May, said Marta Kovac, the mayor of the town.", "indirect",
                        "The bridge will reopen in May", "Marta Kovac"),
                Arguments.of("The talks will resume next week, said Hamid Qureshi.", "indirect",
                        "The talks will resume next week", "Hamid Qureshi"));
    }

    @ParameterizedTest
    @MethodSource("subjectsBeforeAnApposition")
    void shouldTakeTheSubjectAsSpeakerWhenAnAppositionStandsBeforeTheCue(String text, String kind, String content,
            String speaker) {
        assertThat(STAGE.enrich(article(text)).quotes()).singleElement().satisfies(q -> {
            assertThat(q.kind()).isEqualTo(kind);
            assertThat(q.content().text()).isEqualTo(content);
            assertThat(q.speakerText().text()).isEqualTo(speaker);
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            No one immediately claimed responsibility for the attack on the depot.
            Nobody said anything when the lights went out in the hall.
            """)
    void shouldFindNoQuoteWhenTheSpeakerIsNegated(String text) {
        assertThat(STAGE.enrich(article(text)).quotes()).isEmpty();
    }

    @Test
    void shouldNotGiveABareBodyToAnOrganisationNamedEarlierWhenItIsNotADefiniteDescription() {
        String text = "A bus carrying workers of Halden Textiles overturned near the river late on Monday, killing "
                + "four of them, police said.";
        int at = text.indexOf("Halden Textiles");
        Mention m = new Mention(at, at + 15, "Halden Textiles");
        Article a = Article.builder("c-00000000000000000005", text, "test").language(new Language("en", 0.99))
                .entities(List.of(new Entity("org:halden", "Halden Textiles", EntityType.ORGANIZATION, null,
                        List.of("Halden Textiles"), List.of(m), 1, 0.5)))
                .build();
        assertThat(STAGE.enrich(a).quotes()).singleElement().satisfies(q -> {
            assertThat(q.speakerText().text()).isEqualTo("police");
            assertThat(q.speaker()).isNull();
        });
    }

    @Test
    void shouldReturnNoQuotesWhenAGermanSentenceHasTheSameShape() {
        Article a = Article.builder("c-00000000000000000006", "Klaus Wendt, Sprecher der Stadtwerke, sagte, die "
                + "Ermittlungen h\u00E4tten begonnen.", "test").language(new Language("de", 0.95)).build();
        assertThat(STAGE.enrich(a).quotes()).isEmpty();
    }

    @Test
    void shouldLeaveTheDirectQuoteOutWhenReportedSpeechPrecedesIt() {
        String text = "The embassy posted a message on its website on Monday, saying: \u201CAll staff are safe.\u201D";
        assertThat(STAGE.enrich(article(text)).quotes()).singleElement()
                .satisfies(q -> assertThat(q.kind()).isEqualTo("direct"));
    }

    static Stream<Arguments> paragraphsAfterAnAttribution() {
        return Stream.of(
                // text, contents, the speaker as written of each
                // a paragraph after the one that ends with the attribution is a quote of its own, same speaker
                // (RCMP releases, Reuters, PTI sport copy): no content runs over the narration
                Arguments.of("\u201CWe will rebuild the bridge within a year,\u201D Governor Adeyemi said on Tuesday.\n\n"
                        + "\u201CThe money is already there. The contractors are on site.\u201D\n\n"
                        + "Officials at the ministry of works declined to comment.", List.of(
                                "We will rebuild the bridge within a year",
                                "The money is already there. The contractors are on site."),
                        List.of("Governor Adeyemi", "Governor Adeyemi")),
                Arguments.of("\u201CThe woman was able to leave the house,\u201D the Mounties said in a statement.\n"
                        + "\u201CNegotiators then spoke with the man for several hours.\u201D", List.of(
                                "The woman was able to leave the house",
                                "Negotiators then spoke with the man for several hours."),
                        List.of("the Mounties", "the Mounties")),
                Arguments.of("\"We got a big win against a good side,\" he said.\n\n\"They kept the ball in the second "
                        + "half.\"\n\n\"Our plan changed after the break.\"", List.of(
                                "We got a big win against a good side",
                                "They kept the ball in the second half.\"\n\n\"Our plan changed after the break."),
                        List.of("he", "he")),
                // guards: an attribution before the quote carries over its paragraphs; in one paragraph the
                // pieces around the attribution stay one quote
                Arguments.of("Governor Adeyemi said on Tuesday:\n\n\u201CWe will rebuild the bridge.\u201D\n\n"
                        + "\u201CThe money is already there.\u201D", List.of(
                                "We will rebuild the bridge.\u201D\n\n\u201CThe money is already there."),
                        List.of("Governor Adeyemi")),
                Arguments.of("\u201CWe came to talk,\u201D Bahrami said in Tehran. \u201CWe leave with an agreement.\u201D",
                        List.of("We came to talk,\u201D Bahrami said in Tehran. \u201CWe leave with an agreement."),
                        List.of("Bahrami")));
    }

    @ParameterizedTest
    @MethodSource("paragraphsAfterAnAttribution")
    void shouldStartANewQuoteWithTheSameSpeakerWhenAParagraphFollowsTheAttribution(String text, List<String> contents,
            List<String> speakers) {
        List<Quote> quotes = STAGE.enrich(article(text, "Adeyemi")).quotes();
        assertThat(quotes).extracting(q -> q.content().text()).containsExactlyElementsOf(contents);
        assertThat(quotes).extracting(q -> q.speakerText().text()).containsExactlyElementsOf(speakers);
    }

    @Test
    void shouldGiveThePronounsPersonToEachParagraphWhenTheAttributionStandsBetween() {
        String text = "Coach Marco Vidal admitted that the visitors controlled the second half.\n\n\u201CWe got a big "
                + "win against a good team,\u201D he said.\n\n\u201CThey kept the ball after the break.\u201D";
        assertThat(STAGE.enrich(typed(text, "PERSON:Marco Vidal")).quotes()).filteredOn(q -> q.kind().equals("direct"))
                .hasSize(2).allSatisfy(q -> assertThat(q.speaker()).isEqualTo("per:marco-vidal"));
    }

    @Test
    void shouldGiveTheSpeakerIdToEachParagraphWhenTheAttributionStandsBetween() {
        String text = "\u201CWe will rebuild the bridge within a year,\u201D Governor Adeyemi said on Tuesday.\n\n"
                + "\u201CThe money is already there.\u201D";
        assertThat(STAGE.enrich(article(text, "Adeyemi")).quotes()).hasSize(2)
                .allSatisfy(q -> assertThat(q.speaker()).isEqualTo("per:adeyemi"));
    }

    @Test
    void shouldKeepQuotesApartWhenAnotherSentenceComesBetween() {
        String text = "\u201CWe are ready,\u201D Petrov said. The talks begin on Monday.\n"
                + "The minister later added in a statement: \u201CNothing has been signed yet.\u201D";
        assertThat(STAGE.enrich(article(text, "Petrov")).quotes()).extracting(q -> q.content().text())
                .containsExactly("We are ready", "Nothing has been signed yet.");
    }

    @Test
    void shouldIgnoreScareQuotesWhenNoOneSaysThem() {
        // a quoted word inside a clause is reported speech: the clause, not the word, is what was said
        Article a = article("The chief is to make the trip \u201Csoon,\u201D the agency reported on Saturday.");
        assertThat(STAGE.enrich(a).quotes()).singleElement().satisfies(q -> {
            assertThat(q.kind()).isEqualTo("indirect");
            assertThat(q.content().text()).isEqualTo("The chief is to make the trip \u201Csoon,\u201D");
        });
        Article b = article("The group called it a \u201Chistoric step\u201D in its statement on Friday.");
        assertThat(STAGE.enrich(b).quotes()).isEmpty();
    }

    static Stream<Arguments> fragmentsGoingOn() {
        return Stream.of(
                // text, the one direct quote's content
                Arguments.of("The plan is long.\n\n\u201CI respect the work\u201D of the negotiators, Mensah said. "
                        + "\u201CBut respect is not a deal. We need more.\u201D\n\nTalks resume on Monday.",
                        "I respect the work\u201D of the negotiators, Mensah said. \u201CBut respect is not a deal. We need more."),
                Arguments.of("\u201CIt is more of the same,\u201D said Ana Ribeiro, an economist. \u201CI would not call it "
                        + "reform. It is a tax increase\u201D for the top bracket.\n\nThe vote is on Friday.",
                        "It is more of the same,\u201D said Ana Ribeiro, an economist. \u201CI would not call it reform. "
                                + "It is a tax increase\u201D for the top bracket"),
                // a title whose sentence goes on with a verb is not a piece of the quote before it
                Arguments.of("Lima sang to the crowd, asking, \u201CWhere do we go from here?\u201D\n\n\u201CLong Road\u201D "
                        + "was written in 1999.", "Where do we go from here?"));
    }

    @ParameterizedTest
    @MethodSource("fragmentsGoingOn")
    void shouldJoinTheNextPieceWhenAQuotedFragmentGoesOnInItsClause(String text, String content) {
        assertThat(STAGE.enrich(article(text)).quotes()).filteredOn(q -> q.kind().equals("direct")).singleElement()
                .satisfies(q -> assertThat(q.content().text()).isEqualTo(content));
    }

    static Stream<Arguments> piecesAndTheirEnds() {
        return Stream.of(
                // text, kind, content, speaker as written
                Arguments.of("Ruiz was asked about the tax, saying, \u201CThat makes me smart,\u201D when the host pressed him.",
                        "direct", "That makes me smart", "Ruiz"),
                Arguments.of("\u201CI like Larry,\u201D he said, but \u201Cwhen it comes to coal, Larry is wrong.\u201D", "direct",
                        "I like Larry,\u201D he said, but \u201Cwhen it comes to coal, Larry is wrong.", "he"),
                Arguments.of("Lamenting their luck, Kenyans often say, \u201CSo far from the rain.\u201D", "direct",
                        "So far from the rain.", "Kenyans"),
                Arguments.of("Sanders had previously said, \u201CWe will see.\u201D", "direct", "We will see.", "Sanders"),
                Arguments.of("Police spokesman Bello Lawal spoke on Sunday. According to him, \u201CTwo of the victims died "
                        + "in hospital.\u201D", "direct", "Two of the victims died in hospital.", "him"),
                // a clause of "as" ends at its comma: the main clause after it is no part of what was said
                Arguments.of("As Ito told the clerk that he was armed, police believe he planned the attack.", "indirect",
                        "he was armed", "As Ito"),
                // 'said ... that' further back: reported speech, its content the clause after "that"
                Arguments.of("Spokesman Jan Novak said Friday that if the bill passes, \u201Cthe minister would sign it.\u201D",
                        "indirect", "if the bill passes, \u201Cthe minister would sign it.\u201D", "Spokesman Jan Novak"),
                // reported speech and the quote right after it are one attribution, as PolNeAR annotates them
                Arguments.of("The company said in a statement that it had received the letter. \u201CWe remain committed "
                        + "to the agreement.\u201D", "indirect",
                        "it had received the letter. \u201CWe remain committed to the agreement.\u201D",
                        "The company"));
    }

    @ParameterizedTest
    @MethodSource("piecesAndTheirEnds")
    void shouldEndTheContentWhereTheStatementEnds(String text, String kind, String content, String speaker) {
        assertThat(STAGE.enrich(article(text)).quotes()).singleElement().satisfies(q -> {
            assertThat(q.kind()).isEqualTo(kind);
            assertThat(q.content().text()).isEqualTo(content);
            assertThat(q.speakerText().text()).isEqualTo(speaker);
        });
    }

    @Test
    void shouldFindQuoteWhenItStandsFarIntoALongArticle() {
        String narration = "The plant employs 300 people in the valley and ships coal to three states. ".repeat(400);
        String text = narration + "\n\n\u201CIt is all I can afford,\u201D Ruiz said.";
        assertThat(text.length()).isGreaterThan(25_000);
        assertThat(STAGE.enrich(article(text, "Ruiz")).quotes()).singleElement().satisfies(q -> {
            assertThat(q.content().text()).isEqualTo("It is all I can afford");
            assertThat(q.speaker()).isEqualTo("per:ruiz");
        });
    }

    @Test
    void shouldStayLinearWhenATextHasNoSentenceEnd() {
        // one line of 90,000 characters, a quoted word every 30 and no full stop: bounded scans, no timeout needed
        String text = "and the \u201Cword\u201D went on ".repeat(3_000);
        assertThat(STAGE.enrich(article(text)).quotes()).allSatisfy(q -> assertThat(q.content().end())
                .isLessThanOrEqualTo(text.length()));
    }

    @Test
    void shouldReturnNoQuotesWhenArticleIsNotEnglish() {
        Article a = Article.builder("c-00000000000000000004", "\u00AB Nous resterons \u00BB, a d\u00E9clar\u00E9 le ministre.",
                "test").language(new Language("fr", 0.9)).build();
        assertThat(STAGE.enrich(a).quotes()).isEmpty();
    }

    /**
     * An English article with entities given as "TYPE:Name" (PERSON, ORGANIZATION, LOCATION), each with a
     * mention at every occurrence of the name; ids "per:"/"org:"/"loc:" and the name in lower case.
     */
    private static Article typed(String text, String... entities) {
        List<Entity> es = new ArrayList<>();
        for (String spec : entities) {
            EntityType type = EntityType.valueOf(spec.substring(0, spec.indexOf(':')));
            String name = spec.substring(spec.indexOf(':') + 1);
            List<Mention> ms = new ArrayList<>();
            for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
                ms.add(new Mention(i, i + name.length(), name));
            }
            es.add(new Entity(type.name().substring(0, 3).toLowerCase(java.util.Locale.ROOT) + ":"
                    + name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'), name, type, null, List.of(name), ms,
                    ms.size(), 0.5));
        }
        return Article.builder("c-00000000000000000005", text, "test").language(new Language("en", 0.99))
                .entities(es).build();
    }

    static Stream<Arguments> describedSpeakers() {
        return Stream.of(
                // text, entities, the quote's speaker as written, the id expected (null: none fits)
                Arguments.of("Finance Minister Omar Qadri presented the budget on Friday. \u201CGrowth will return,\u201D "
                        + "the minister said.", new String[] {"PERSON:Omar Qadri"}, "the minister", "per:omar-qadri"),
                Arguments.of("Omar Qadri, the finance minister, met President Lena Brandt in Oslo on Monday. The minister "
                        + "told reporters that the deal was close.", new String[] {"PERSON:Omar Qadri", "PERSON:Lena Brandt"},
                        "The minister", "per:omar-qadri"),
                Arguments.of("President Lena Brandt visited the port with the transport minister. \u201CThe ferries will "
                        + "sail again,\u201D the minister said.", new String[] {"PERSON:Lena Brandt"}, "the minister", null),
                Arguments.of("President Lena Brandt met President Ilir Hoxha in Tirana. The president said the talks "
                        + "had gone well.", new String[] {"PERSON:Lena Brandt", "PERSON:Ilir Hoxha"}, "The president", null),
                Arguments.of("Vice President Ilir Hoxha opened the bridge on Sunday. The president said the road would "
                        + "be finished next year.", new String[] {"PERSON:Ilir Hoxha"}, "The president", null),
                Arguments.of("The Harbour Gazette reported the fraud first. Reuters could not verify the figures. The "
                        + "daily said the audit had found the gap.", new String[] {"ORGANIZATION:Harbour Gazette",
                                "ORGANIZATION:Reuters"}, "The daily", "org:harbour-gazette"),
                Arguments.of("Reuters could not verify the figures. The daily said the audit had found the gap.",
                        new String[] {"ORGANIZATION:Reuters"}, "The daily", null),
                Arguments.of("Norvik Shipping Ltd cut 300 jobs. The company said in a statement on Monday that demand "
                        + "had fallen.", new String[] {"ORGANIZATION:Norvik Shipping Ltd"}, "The company",
                        "org:norvik-shipping-ltd"),
                Arguments.of("The Ministry of Transport closed the road. The ministry said repairs would take a week.",
                        new String[] {"ORGANIZATION:Ministry of Transport"}, "The ministry", "org:ministry-of-transport"),
                Arguments.of("The Ministry of Transport closed the road. The company said repairs would take a week.",
                        new String[] {"ORGANIZATION:Ministry of Transport"}, "The company", null),
                Arguments.of("Spokesman Jan Novak spoke first. A police spokesman later said two men were held. The "
                        + "spokesman added that both were released.", new String[] {"PERSON:Jan Novak"}, "The spokesman",
                        null),
                Arguments.of("A senior Nordic Council official said the vote would be delayed until the spring.",
                        new String[] {"ORGANIZATION:Nordic Council"}, "A senior Nordic Council official", null),
                Arguments.of("The minister of finance, Mr. Omar Qadri, said the budget would be balanced.",
                        new String[] {"PERSON:Omar Qadri"}, "The minister of finance", "per:omar-qadri"),
                // an inverted role with the person in apposition after it: the person, over a rank
                Arguments.of("Police searched the hills. \u201CWe will find them,\u201D said the Kessel Provincial "
                        + "Commissioner, Lieutenant General Ana Moyo.", new String[] {
                                "ORGANIZATION:Kessel Provincial Commissioner", "PERSON:Ana Moyo"},
                        "the Kessel Provincial Commissioner", "per:ana-moyo"),
                Arguments.of("\u201CTwo suspects were arrested,\u201D said police spokesperson, Captain Tomas Vela.",
                        new String[] {"PERSON:Tomas Vela"}, "police spokesperson", "per:tomas-vela"),
                Arguments.of("\u201CThe road is closed,\u201D said the district officer, Supt Idris Kamal.",
                        new String[] {"PERSON:Idris Kamal"}, "the district officer", "per:idris-kamal"),
                // the text ends inside an apposition after a mention, with no closing mark (this threw)
                Arguments.of("The Harbour Gazette reported the fraud first. The daily said the audit had found the gap. "
                        + "Its rival is the Harbour Gazette, a weekly", new String[] {"ORGANIZATION:Harbour Gazette"},
                        "The daily", "org:harbour-gazette"));
    }

    @ParameterizedTest
    @MethodSource("describedSpeakers")
    void shouldResolveADescriptionToTheNearestFittingEntityWhenOneFits(String text, String[] entities, String written,
            String id) {
        assertThat(STAGE.enrich(typed(text, entities)).quotes()).filteredOn(q -> q.speakerText() != null
                && q.speakerText().text().equals(written)).singleElement().satisfies(q -> assertThat(q.speaker())
                        .isEqualTo(id));
    }

    static Stream<Arguments> pronounSpeakers() {
        return Stream.of(
                Arguments.of("Omar Qadri met Lena Brandt in Oslo on Monday. He told reporters that the deal was close.",
                        new String[] {"PERSON:Omar Qadri", "PERSON:Lena Brandt"}, "He", "per:omar-qadri"),
                Arguments.of("After talks with Omar Qadri, Lena Brandt said the deal was close. \u201CWe are nearly "
                        + "there,\u201D she said.", new String[] {"PERSON:Omar Qadri", "PERSON:Lena Brandt"}, "she",
                        "per:lena-brandt"),
                Arguments.of("Mr. Omar Qadri presented the budget on Friday. She said taxes would not rise this year.",
                        new String[] {"PERSON:Omar Qadri"}, "She", null),
                Arguments.of("\u201CI asked Omar Qadri to stay,\u201D said Lena Brandt, a neighbour. She said she "
                        + "heard two shots.", new String[] {"PERSON:Omar Qadri", "PERSON:Lena Brandt"}, "She",
                        "per:lena-brandt"),
                Arguments.of("Norvik Shipping Ltd cancelled 40 sailings. It said in a statement that passengers "
                        + "would be refunded.", new String[] {"ORGANIZATION:Norvik Shipping Ltd"}, "It",
                        "org:norvik-shipping-ltd"),
                // "according to him/her": the person the pronoun takes up
                Arguments.of("Police spokesman Tunde Bakare briefed reporters on Monday. According to him, the suspects "
                        + "fled into the forest.", new String[] {"PERSON:Tunde Bakare"}, "him", "per:tunde-bakare"),
                Arguments.of("Lena Brandt spoke to the press on Monday. According to her, the deal was close.",
                        new String[] {"PERSON:Lena Brandt"}, "her", "per:lena-brandt"),
                Arguments.of("Local officials in Troms\u00F8 moved 300 people. They said no one had been hurt.",
                        new String[] {"LOCATION:Troms\u00F8", "ORGANIZATION:Norvik Shipping Ltd"}, "They", null));
    }

    @ParameterizedTest
    @MethodSource("pronounSpeakers")
    void shouldResolveAPronounToTheSubjectBeforeWhenItIsClear(String text, String[] entities, String written, String id) {
        assertThat(STAGE.enrich(typed(text, entities)).quotes()).filteredOn(q -> q.speakerText() != null
                && q.speakerText().text().equals(written)).singleElement().satisfies(q -> assertThat(q.speaker())
                        .isEqualTo(id));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The ministry said in a statement on Monday that the border would reopen. | the border would reopen",
        "Omar Qadri said in a televised address that taxes would fall. | taxes would fall",
        "Omar Qadri told reporters on Tuesday that taxes would fall. | taxes would fall",
        "Omar Qadri said after the meeting that the deal was close. | the deal was close",
        "Omar Qadri said on Wednesday the country would raise output. | the country would raise output",
        "Omar Qadri said this was a sign that the talks were working. | this was a sign that the talks were working",
        "Omar Qadri said in a statement the company would appeal. | in a statement the company would appeal"})
    void shouldStartReportedSpeechAfterTheAdjunctAndThatWhenTheCueHasThem(String text, String content) {
        assertThat(STAGE.enrich(article(text, "Omar Qadri")).quotes()).singleElement().satisfies(q -> {
            assertThat(q.kind()).isEqualTo("indirect");
            assertThat(q.content().text()).isEqualTo(content);
        });
    }

    static Stream<Arguments> speakersWithAPlaceOrAnAbbreviation() {
        return Stream.of(
                // text, entities, the speaker as written, its id (null: none), the content
                Arguments.of("Police in Dayton said the gunman was shot by officers within a minute.", new String[] {
                        "LOCATION:Dayton"}, "Police in Dayton", null, "the gunman was shot by officers within a minute"),
                Arguments.of("Authorities in the southern province of Hatay said the bridge had collapsed overnight.",
                        new String[] {"LOCATION:Hatay"}, "Authorities in the southern province of Hatay", null,
                        "the bridge had collapsed overnight"),
                Arguments.of("The ministry of health in Gaza said 30 people had died in the strikes.", new String[] {
                        "LOCATION:Gaza"}, "The ministry of health in Gaza", null, "30 people had died in the strikes"),
                Arguments.of("The Disaster and Emergency Management Authority (AFAD) said 12 people were killed in the "
                        + "quake.", new String[] {"ORGANIZATION:Disaster and Emergency Management Authority"},
                        "The Disaster and Emergency Management Authority (AFAD)",
                        "org:disaster-and-emergency-management-authority", "12 people were killed in the quake"),
                Arguments.of("Rescue teams worked through the night. \u201CThe search will go on until everyone is found,"
                        + "\u201D the Disaster and Emergency Management Authority (AFAD) said in a statement.",
                        new String[] {"ORGANIZATION:Disaster and Emergency Management Authority"},
                        "the Disaster and Emergency Management Authority (AFAD)",
                        "org:disaster-and-emergency-management-authority", "The search will go on until everyone is found"),
                Arguments.of("On Monday, the Nordic Road Safety Council (NRSC) said speed limits would be cut.",
                        new String[] {"ORGANIZATION:Nordic Road Safety Council"}, "the Nordic Road Safety Council (NRSC)",
                        "org:nordic-road-safety-council", "speed limits would be cut"));
    }

    @ParameterizedTest
    @MethodSource("speakersWithAPlaceOrAnAbbreviation")
    void shouldTakeTheWholeSpeakerWhenAPlaceOrAnAbbreviationFollowsItsHead(String text, String[] entities,
            String written, String id, String content) {
        assertThat(STAGE.enrich(typed(text, entities)).quotes()).filteredOn(q -> q.content().text().equals(content))
                .singleElement().satisfies(q -> {
                    assertThat(q.speakerText().text()).isEqualTo(written);
                    assertThat(q.speaker()).isEqualTo(id);
                });
    }

    static Stream<Arguments> notOneSpeaker() {
        return Stream.of(
                // two people joined by 'and' are not made one name; a time after the head is no place
                Arguments.of("Merkel and Macron said the summit would go ahead.", "Merkel and Macron"),
                Arguments.of("Prices in March said little about the trend, analysts noted.", "Prices in March"));
    }

    @ParameterizedTest
    @MethodSource("notOneSpeaker")
    void shouldNotJoinASpeakerWhenTheWordsAreNoOneName(String text, String notSpeaker) {
        assertThat(STAGE.enrich(typed(text)).quotes()).noneSatisfy(q -> assertThat(q.speakerText().text())
                .isEqualTo(notSpeaker));
    }

    static Stream<Arguments> cuesWithAThingAsObject() {
        return Stream.of(
                // text, speaker as written (null: no quote at all), content
                // 'maintained', 'announced', 'observed', 'continued' with a thing as object are acts (Dawn, APP,
                // BBC business, RCMP and SIRT releases)
                Arguments.of("The Veloria High Court also maintained the trial court verdict.", null, null),
                Arguments.of("Later, the bench after hearing arguments maintained the tribunal order and dismissed the "
                        + "appeal.", null, null),
                Arguments.of("Tarvo Motors last night announced a threefold rise in quarterly profits to $410m.", null,
                        null),
                Arguments.of("The minister of Water Resources, Amina Okoye, announced this yesterday at a forum held in "
                        + "Lokoja.", null, null),
                Arguments.of("Officers observed a grey sedan and received information that it had been stolen.", null,
                        null),
                Arguments.of("The pursuit of the sedan continued through the reserve before the car stopped near a "
                        + "school.", null, null),
                Arguments.of("The sedan continued around the house and drove through a field toward the highway.", null,
                        null),
                // a cue with nothing after it but 'and': an act ('responded and found ...')
                Arguments.of("Halden RCMP officers responded and found bystanders had put out a small fire.", null, null),
                // an opening phrase with a passive cue is no speaker
                Arguments.of("After months of being promised to receive their wages, the workers reported the firm to "
                        + "police.", null, null),
                // guards: the same verbs with a clause keep their quote (Reuters, AP, Nation court copy)
                Arguments.of("The court observed the prosecution had proved its case against both men.", "The court",
                        "the prosecution had proved its case against both men"),
                Arguments.of("Kestrel Airways announced that it would cut 200 jobs at its main base.", "Kestrel Airways",
                        "it would cut 200 jobs at its main base"),
                Arguments.of("Mr Ferreira maintained that he had never seen the documents.", "Mr Ferreira",
                        "he had never seen the documents"),
                Arguments.of("The ministry announced the ferry service would resume on Monday.", "The ministry",
                        "the ferry service would resume on Monday"));
    }

    @ParameterizedTest
    @MethodSource("cuesWithAThingAsObject")
    void shouldReportNoSpeechWhenTheCueTakesAThingOrNothing(String text, String speaker, String content) {
        List<Quote> quotes = STAGE.enrich(article(text)).quotes();
        if (speaker == null) {
            assertThat(quotes).isEmpty();
        } else {
            assertThat(quotes).singleElement().satisfies(q -> {
                assertThat(q.speakerText().text()).isEqualTo(speaker);
                assertThat(q.content().text()).isEqualTo(content);
            });
        }
    }

    static Stream<Arguments> speakersBehindAPronounOrARole() {
        return Stream.of(
                // text, entities, the quote's content starts with, the id expected (null: none)
                // a role noun goes to the person whose title holds it (APP, Dawn court copy)
                Arguments.of("A bench headed by Chief Justice Tariq Anwar Malik and Justice Sana Qureshi heard the appeal."
                        + "\n\nDuring the hearing, the Chief Justice remarked that the delay was regrettable.",
                        new String[] {"PERSON:Tariq Anwar Malik", "PERSON:Sana Qureshi"}, "the delay",
                        "per:tariq-anwar-malik"),
                // then 'he' after that sentence, and 'he' after a quote of his
                Arguments.of("A bench headed by Chief Justice Tariq Anwar Malik and Justice Sana Qureshi heard the appeal."
                        + "\n\nDuring the hearing, the Chief Justice remarked that the delay was regrettable.\n\nHe "
                        + "remarked that a similar case was closed in a month. \"We are glad that cases now end sooner,\" "
                        + "he added.", new String[] {"PERSON:Tariq Anwar Malik", "PERSON:Sana Qureshi"}, "We are glad",
                        "per:tariq-anwar-malik"),
                Arguments.of("Senior Resident Magistrate Joy Wanjiru heard the case on Monday.\n\u201CThe evidence was full "
                        + "of gaps,\u201D said the magistrate.", new String[] {"PERSON:Joy Wanjiru"}, "The evidence",
                        "per:joy-wanjiru"),
                Arguments.of("Rovers coach Dani Ferro was sent to the stands in the first half. The Rovers manager "
                        + "admitted that his side had been second best.", new String[] {"ORGANIZATION:Rovers",
                                "PERSON:Dani Ferro"}, "his side", "per:dani-ferro"),
                // never the organisation inside the role noun (ESPN, Goal): nobody is named before it
                Arguments.of("The Rovers manager admitted that his side had been second best.",
                        new String[] {"ORGANIZATION:Rovers"}, "his side", null),
                // a role of an organisation, a list in apposition, then the name (Leadership, Punch, Vanguard)
                Arguments.of("The minister of Water Resources, Energy and Mines, Amina Okoye, said that two dams would "
                        + "open in May.", new String[] {"ORGANIZATION:Water Resources", "ORGANIZATION:Energy and Mines",
                                "PERSON:Amina Okoye"}, "two dams", "per:amina-okoye"),
                Arguments.of("The minister of Water Resources, Energy and Mines, Amina Okoye, opened the dam on Friday.\n"
                        + "The minister, who was represented by the director of dams, Bala Musa, said that work on two "
                        + "more dams would begin in May.", new String[] {"ORGANIZATION:Water Resources",
                                "ORGANIZATION:Energy and Mines", "PERSON:Amina Okoye", "PERSON:Bala Musa"}, "work on",
                        "per:amina-okoye"),
                // a role before the name set off by commas, after the quote (Xinhua, AFP)
                Arguments.of("\"The shaking was strong but brief,\" Lakeside Seismic Institute researcher, Li Wenhao, told "
                        + "state television.", new String[] {"ORGANIZATION:Lakeside Seismic Institute",
                                "PERSON:Li Wenhao"}, "The shaking", "per:li-wenhao"),
                // he/she: a sentence whose subject is the same pronoun carries the chain back (PTI, ESPN)
                Arguments.of("Coach Marco Vidal admitted that the visitors controlled the second half. He also spoke about "
                        + "bringing on a defender (Tomas Rey) for a forward (Ivo Lenz).\n\n\u201CWe got a big win against "
                        + "a good team,\u201D he said.", new String[] {"PERSON:Marco Vidal", "PERSON:Tomas Rey",
                                "PERSON:Ivo Lenz"}, "We got", "per:marco-vidal"),
                // the subject after an opening phrase, over a mistyped name in the object (PTI, IANS)
                Arguments.of("Earlier in the day, Ruth Adamu launched the Kuje Nari programme for nurses.\n\nHighlighting "
                        + "health and schooling, she announced that 400 nurses would be hired.", new String[] {
                                "PERSON:Ruth Adamu", "PERSON:Kuje Nari"}, "400 nurses", "per:ruth-adamu"),
                // a surname spelt with one letter fewer or more is the same person (AP, Reuters corrections)
                Arguments.of("Deputy Commissioner Karin Vollmer said two people were hurt.\n\nVolmer says the "
                        + "investigation is continuing.", new String[] {"PERSON:Karin Vollmer"}, "the investigation",
                        "per:karin-vollmer"),
                // the head of a subject whose modifier the tagger took for a person (BBC politics copy)
                Arguments.of("On Sunday, Green Party leader Ana Vidal repeated her call for a pause.\n\nShe told the "
                        + "Morning Show that the vote should wait.", new String[] {"PERSON:Green Party",
                                "PERSON:Ana Vidal"}, "the vote", "per:ana-vidal"),
                // a member of an organisation is a person of it, never the organisation; a spokeswoman for it
                // unnamed is the organisation speaking (a guard: as before)
                Arguments.of("Another member of the Harbour Council said the vote had been rigged.", new String[] {
                        "ORGANIZATION:Harbour Council"}, "the vote", null),
                Arguments.of("\"The vote was fair,\" a spokeswoman for the Harbour Council said.", new String[] {
                        "ORGANIZATION:Harbour Council"}, "The vote", "org:harbour-council"),
                // guards: a different surname stays unresolved; a pronoun after another person's sentence too
                Arguments.of("Anna Berg said two people were hurt.\n\nBorg says the investigation is continuing.",
                        new String[] {"PERSON:Anna Berg"}, "the investigation", null),
                Arguments.of("Coach Marco Vidal admitted that the visitors controlled the second half. Midfielder Ivo Lenz "
                        + "scored twice before the break.\n\n\u201CWe got a big win against a good team,\u201D he said.",
                        new String[] {"PERSON:Marco Vidal", "PERSON:Ivo Lenz"}, "We got", "per:ivo-lenz"));
    }

    @ParameterizedTest
    @MethodSource("speakersBehindAPronounOrARole")
    void shouldResolveAPronounOrARoleToTheNamedPersonWhenOneFits(String text, String[] entities, String content,
            String id) {
        assertThat(STAGE.enrich(typed(text, entities)).quotes()).filteredOn(q -> q.content().text().startsWith(content))
                .singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo(id));
    }

    @Test
    void shouldReturnNoQuotesWhenATurkishArticleNamesAnAuthorityAndAnAbbreviation() {
        Article a = Article.builder("c-00000000000000000007", "Afet ve Acil Durum Yönetimi Başkanlığı (AFAD), "
                + "depremde 12 kişinin öldüğünü açıkladı.", "test").language(new Language("tr", 0.95)).build();
        assertThat(STAGE.enrich(a).quotes()).isEmpty();
    }

    @Test
    void shouldGiveNoSpeakerIdWhenAGermanArticleDescribesTheSpeaker() {
        Article a = Article.builder("c-00000000000000000006", "Finanzminister Omar Qadri legte den Haushalt vor. "
                + "\u201EDas Wachstum kommt zur\u00FCck\u201C, sagte der Minister.", "test")
                .language(new Language("de", 0.95)).build();
        assertThat(STAGE.enrich(a).quotes()).isEmpty();
    }

    static Stream<Arguments> speakersAndObjectsAfterTheCue() {
        return Stream.of(
                // text, speaker as written (null: no quote at all), content (null: any)
                // an NP ending the sentence after 'told' is the addressee, never the content (GNA, NAN, a daily)
                Arguments.of("Inspector Kojo Amankwah, head of public affairs of the regional command, told the Ghana "
                        + "News Agency in Tamale.", null, null),
                Arguments.of("Ms Ifeoma Nwachukwu, spokeswoman for the state command, told the Daily Clarion.", null, null),
                Arguments.of("The suspects were taken to the Central Police Station, Mr Dauda Bello told the News "
                        + "Agency of Nigeria (NAN) on Sunday.", "Mr Dauda Bello",
                        "The suspects were taken to the Central Police Station"),
                // a post-posed speaker with a title and 'of <body>' is the speaker, not content
                Arguments.of("Deputy Carl Henning was killed in a single-car crash as officers tried to stop the "
                        + "fleeing van, said Special Agent Dana Whitcombe of the Marlow Bureau of Investigation.",
                        "Special Agent Dana Whitcombe of the Marlow Bureau of Investigation",
                        "Deputy Carl Henning was killed in a single-car crash as officers tried to stop the fleeing van"),
                // results and acts, not speech
                Arguments.of("Norvik Sports posted a 32% jump in quarterly profit on Tuesday.", null, null),
                Arguments.of("The Asia Pacific region reported a 13% increase in sales in the second quarter.", null, null),
                Arguments.of("Halden Creek RCMP responded to a report of a collision on Highway 6 at about 2 a.m.",
                        null, null),
                Arguments.of("Halden Creek RCMP continues to investigate the cause of the collision.", null, null),
                Arguments.of("Taking these claims into account, the tribunal ordered a fresh inquiry.", null, null),
                Arguments.of("The two men were rushed to the district hospital, where doctors declared both of them "
                        + "dead.", null, null),
                // the same verbs as speech keep their quote
                Arguments.of("The county reported that 14 homes had been flooded overnight.", "The county",
                        "14 homes had been flooded overnight"),
                Arguments.of("Ms Okafor said the council would meet again on Friday.", "Ms Okafor",
                        "the council would meet again on Friday"),
                Arguments.of("Police said they plan to question the driver again.", "Police",
                        "they plan to question the driver again"));
    }

    @ParameterizedTest
    @MethodSource("speakersAndObjectsAfterTheCue")
    void shouldTakeANounPhraseAfterTheCueAsSpeakerOrObjectWhenItIsNoClause(String text, String speaker,
            String content) {
        List<Quote> quotes = STAGE.enrich(article(text)).quotes();
        if (speaker == null) {
            assertThat(quotes).isEmpty();
        } else {
            assertThat(quotes).singleElement().satisfies(q -> {
                assertThat(q.speakerText().text()).isEqualTo(speaker);
                if (content != null) {
                    assertThat(q.content().text()).isEqualTo(content);
                }
            });
        }
    }

    static Stream<Arguments> addresseesBeforeTheContent() {
        return Stream.of(
                // a multi-word addressee after 'told' with no 'that': the content starts after it
                Arguments.of("A neighbour, Tess Marlowe, told Seven News it was the third fire on the street this year.",
                        "it was the third fire on the street this year"),
                Arguments.of("The mayor told Radio Kestrel the bridge would reopen by the weekend.",
                        "the bridge would reopen by the weekend"),
                Arguments.of("The minister told Radio Kestrel's weekly farming programme the harvest had failed.",
                        "the harvest had failed"),
                Arguments.of("Chief Ade Bello told MPs the ferry service would resume on Monday.",
                        "the ferry service would resume on Monday"),
                Arguments.of("The commissioner told the President of the Assembly, Ana Ruiz, that the draft would be "
                        + "withdrawn.", "the draft would be withdrawn"),
                Arguments.of("Mr Bello told the News Agency of Nigeria (NAN) that the road had been closed since Monday.",
                        "the road had been closed since Monday"),
                // a time with 'p.m.' does not end the sentence (Xinhua, AP)
                Arguments.of("The blast hit the market at 3 p.m. local time, a police officer told Xinhua.",
                        "The blast hit the market at 3 p.m. local time"),
                Arguments.of("Officials said the ferry left the pier at 9:40 a.m. Tuesday with 31 passengers aboard.",
                        "the ferry left the pier at 9:40 a.m. Tuesday with 31 passengers aboard"));
    }

    @ParameterizedTest
    @MethodSource("addresseesBeforeTheContent")
    void shouldStartTheContentAfterTheAddresseeAndKeepTimesWhole(String text, String content) {
        assertThat(STAGE.enrich(article(text)).quotes()).singleElement()
                .satisfies(q -> assertThat(q.content().text()).isEqualTo(content));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\u201CThey opened fire,\u201D said SSP Imran Qadir, adding that the attackers escaped on foot.|SSP Imran Qadir",
        "\"We were outnumbered,\" Captain Rosa Ilunga said, adding that two posts had been abandoned.|Captain Rosa Ilunga"})
    void shouldGiveTheQuotesSpeakerToAnAddingThatClauseWhenItFollowsADirectQuote(String text, String speaker) {
        assertThat(STAGE.enrich(article(text)).quotes()).isNotEmpty()
                .allSatisfy(q -> assertThat(q.speakerText().text()).isEqualTo(speaker));
    }

    static Stream<Arguments> cuesWithoutSpeechAndSpeakersBeforeThem() {
        return Stream.of(
                // the cue's object is an act, a thing or a request, not words (BBC court copy, AFP, Xinhua)
                Arguments.of("Daniel Okoro shouted abuse at the magistrate as he was led to the cells.", null, null),
                Arguments.of("The magistrate asked for the accused to be brought back to the dock.", null, null),
                Arguments.of("The Harbour Times posted a photo on Facebook of a warehouse in complete ruins.", null, null),
                // 'remarks' as a noun: 'recent remarks by ...'
                Arguments.of("The ministry spokeswoman denounced recent remarks by the Norwegian envoy about the fishing "
                        + "dispute.", null, null),
                // a participle clause after the named speaker (NAN, PM News)
                Arguments.of("The Lagos State Police spokesman, SP Ayo Bankole, confirming the raid said four suspects "
                        + "were held.", "SP Ayo Bankole", "four suspects were held"),
                // 'When asked ...' is no speaker: the pronoun of the main clause is (IRNA, PTI)
                Arguments.of("When asked about the delay, she said that the files had been lost.", "she",
                        "the files had been lost"),
                // a participle cue after the main clause goes on its subject (UK court copy, Reuters)
                Arguments.of("Judge Harriet Mbeki branded the landlord as 'greedy', stating there was no excuse for the "
                        + "damp.", "Judge Harriet Mbeki", "there was no excuse for the damp"),
                Arguments.of("The state oil company raised output in March, saying demand would recover by the summer.",
                        "The state oil company", "demand would recover by the summer"),
                // 'informed <addressee> that', and a relative clause with no comma before it (Bernama, The Star)
                Arguments.of("Deputy Public Prosecutor Nurul Hanim informed the court that the witness had been served.",
                        "Deputy Public Prosecutor Nurul Hanim", "the witness had been served"),
                Arguments.of("Lawyer Gerald Tan who represented the company, argued that the contract was void.",
                        "Lawyer Gerald Tan", "the contract was void"),
                // a closing attribution that goes on with 'adding that' (Xinhua, AFP): both clauses are said
                Arguments.of("Gunmen burned 30 houses in the village, the official said on Sunday, adding that no arrest "
                        + "had been made.", "the official", "no arrest had been made"),
                Arguments.of("Gunmen burned 30 houses in the village, the official said on Sunday, adding that no arrest "
                        + "had been made.", "the official", "Gunmen burned 30 houses in the village"),
                // guards: the same verbs with speech keep their quote; no speech stays none
                Arguments.of("The ministry informed the embassy of the decision on Friday.", null, null),
                Arguments.of("Residents shouted that the water was rising.", "Residents", "the water was rising"),
                Arguments.of("The minister posted that the talks had collapsed.", "The minister", "the talks had collapsed"),
                Arguments.of("Parliament will debate the bill on Tuesday, stating the reasons in a white paper.", null, null),
                Arguments.of("Inspector Lena Maurer, speaking at the scene, said the driver had fled on foot.",
                        "Inspector Lena Maurer", "the driver had fled on foot"),
                Arguments.of("Critics say remarks by the mayor were careless.", "Critics",
                        "remarks by the mayor were careless"),
                // guards on the participle rules: acts after 'adding'; a noun in -ing after a time; an opening
                // prepositional phrase is no subject
                Arguments.of("The film won two awards in Berlin on Sunday, adding to the prizes it has already "
                        + "collected.", null, null),
                Arguments.of("The broadcaster launched two channels in March, adding sports and films later.", null, null),
                Arguments.of("Late in January, marketing magazine Screen Weekly reported that the studio would close.",
                        "marketing magazine Screen Weekly", "the studio would close"),
                Arguments.of("Despite her concerns, Ms Khan called the plan a start, saying she was hopeful about the "
                        + "talks.", "Ms Khan", "she was hopeful about the talks"),
                // 'telling' as a participle cue: the content starts after its addressee
                Arguments.of("Mr Varga denied the charges, telling the court that he had acted in good faith.",
                        "Mr Varga", "he had acted in good faith"));
    }

    @ParameterizedTest
    @MethodSource("cuesWithoutSpeechAndSpeakersBeforeThem")
    void shouldReportSpeechOnlyWhenTheCueTakesWordsAndFindTheNamedSpeakerWhenAClauseStandsBetween(String text,
            String speaker, String content) {
        List<Quote> quotes = STAGE.enrich(article(text)).quotes();
        if (speaker == null) {
            assertThat(quotes).isEmpty();
        } else {
            assertThat(quotes).isNotEmpty().allSatisfy(q -> assertThat(q.speakerText().text()).isEqualTo(speaker))
                    .anySatisfy(q -> assertThat(q.content().text()).isEqualTo(content));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a dateline credit the dateline stage left in the body is not what was said (APP, Bernama, NAN)
        "Kano, Nigeria, (Daily Courier / APP - 3rd Mar, 2021 ) :About 40 gunmen raided a market, police said."
                + "|About 40 gunmen raided a market",
        "KUALA LUMPUR, March 3 (Bernama) -- Floods cut off three villages in the district, the agency said."
                + "|Floods cut off three villages in the district",
        // guards: a parenthesised abbreviation inside the clause stays
        "The Kestrel Mining Company (KMC) raised its forecast for the year, the chief executive said."
                + "|The Kestrel Mining Company (KMC) raised its forecast for the year",
        "Officials in Lagos (Nigeria) expect more rain this week, the agency said."
                + "|Officials in Lagos (Nigeria) expect more rain this week"})
    void shouldStartTheContentAfterADatelineCreditWhenTheCreditOpensTheSentence(String text, String content) {
        assertThat(STAGE.enrich(article(text)).quotes()).singleElement()
                .satisfies(q -> assertThat(q.content().text()).isEqualTo(content));
    }

    static Stream<Arguments> confirmedAndModifiedCues() {
        return Stream.of(
                // text, speaker as written (null: no quote at all), content
                // 'confirmed' with a thing as its object reports no words (NAN, Leadership, Punch)
                Arguments.of("DSP Halima Garba, the command's spokesperson, confirmed the attack to journalists in Jos.",
                        null, null),
                Arguments.of("The Sector Commander, FRSC Bala Yusuf confirmed the crash to our correspondent in Zaria.",
                        null, null),
                Arguments.of("Inspector Tomas Lind confirms this news in a statement on the force's website.", null, null),
                // a participle before its noun is no cue; the inverted attribution after it is (Xinhua)
                Arguments.of("The newly confirmed cases were all mild, said Zhou Lan, head of the county health bureau.",
                        "Zhou Lan", "The newly confirmed cases were all mild"),
                Arguments.of("The recently announced curfew will be lifted on Friday, said Mayor Ilse Brandt.",
                        "Mayor Ilse Brandt", "The recently announced curfew will be lifted on Friday"),
                // guards: a clause after 'confirmed' keeps the quote; an -ly noun before a cue is a speaker
                Arguments.of("Police confirmed the driver had died at the scene.", "Police",
                        "the driver had died at the scene"),
                Arguments.of("The spokesman confirmed that two officers were hurt.", "The spokesman",
                        "two officers were hurt"),
                Arguments.of("The daily said the figures came from a leaked audit.", "The daily",
                        "the figures came from a leaked audit"),
                Arguments.of("The family said the boy had been missing since Monday.", "The family",
                        "the boy had been missing since Monday"));
    }

    @ParameterizedTest
    @MethodSource("confirmedAndModifiedCues")
    void shouldReportSpeechAfterConfirmedOnlyWithAClauseAndPassOverAParticipleBeforeItsNoun(String text,
            String speaker, String content) {
        List<Quote> quotes = STAGE.enrich(article(text)).quotes();
        if (speaker == null) {
            assertThat(quotes).isEmpty();
        } else {
            assertThat(quotes).singleElement().satisfies(q -> {
                assertThat(q.speakerText().text()).isEqualTo(speaker);
                assertThat(q.content().text()).isEqualTo(content);
            });
        }
    }

    static Stream<Arguments> speakersAfterATitleOrAnAside() {
        return Stream.of(
                // text, entities, the quote's content starts with, the id expected (null: none)
                // a title the tagger typed as an organisation, the name in apposition: the name speaks (NAN)
                Arguments.of("Road Safety Unit Commander, Musa Kallamu, said in Bida on Monday that 11 people were hurt.",
                        new String[] {"ORGANIZATION:Road Safety Unit Commander", "PERSON:Musa Kallamu"}, "11 people",
                        "per:musa-kallamu"),
                // and the chain after it: 'He said', 'The unit commander said', 'According to him'
                Arguments.of("Road Safety Unit Commander, Musa Kallamu, said in Bida on Monday that 11 people were hurt."
                        + "\n\nHe said the driver lost control after a tyre burst.\n\nThe unit commander said the injured "
                        + "were taken to the general hospital.", new String[] {"ORGANIZATION:Road Safety Unit Commander",
                                "PERSON:Musa Kallamu"}, "the injured", "per:musa-kallamu"),
                // an agency's aside between the officer and 'He said:' (NAN, Leadership)
                Arguments.of("Supt. Aliyu Dauda, the state police spokesman, spoke in Lafia on Monday.\n\nThe Plains News "
                        + "Agency (PNA) reports that the gunmen fled into the bush.\n\nHe said: \"The officers were on "
                        + "duty when the gunmen opened fire.\"", new String[] {"PERSON:Aliyu Dauda",
                                "ORGANIZATION:Plains News Agency"}, "The officers", "per:aliyu-dauda"),
                // a public relations officer is the spokesman later (Ghana, Nigeria police copy)
                Arguments.of("ASP Comfort Mensah, the regional Police Public Relations Officer (PPRO), visited the scene on "
                        + "Friday.\n\nThe police spokesperson said the bodies had been released to the families.",
                        new String[] {"PERSON:Comfort Mensah"}, "the bodies", "per:comfort-mensah"),
                // a country's spokesman is the one named before (IRNA, Press TV, Xinhua)
                Arguments.of("Iran's Foreign Ministry spokesman Reza Tavakoli said talks would resume.\n\nIran's spokesman "
                        + "also said the embassy would reopen in May.", new String[] {"LOCATION:Iran",
                                "PERSON:Reza Tavakoli"}, "the embassy", "per:reza-tavakoli"),
                // guards: a non-media organisation as subject still stops the chain; a person's spokesman stays none
                Arguments.of("Supt. Aliyu Dauda, the state police spokesman, spoke in Lafia on Monday.\n\nThe Farmers "
                        + "Union condemned the attack.\n\nHe said the officers were on duty.", new String[] {
                                "PERSON:Aliyu Dauda", "ORGANIZATION:Farmers Union"}, "the officers", null),
                Arguments.of("Reza Tavakoli met the press on Monday.\n\nTavakoli's spokesman said the trip was off.",
                        new String[] {"PERSON:Reza Tavakoli"}, "the trip", null),
                Arguments.of("Governor Ali Demir visited the town on Sunday.\n\nForty people were hurt, according to "
                        + "Turkey's official disaster agency.", new String[] {"PERSON:Ali Demir", "LOCATION:Turkey"},
                        "Forty people", null));
    }

    @ParameterizedTest
    @MethodSource("speakersAfterATitleOrAnAside")
    void shouldFindTheNamedPersonWhenATitleOrAnAgencysAsideStandsBetween(String text, String[] entities,
            String content, String id) {
        assertThat(STAGE.enrich(typed(text, entities)).quotes()).filteredOn(q -> q.content().text().startsWith(content))
                .singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo(id));
    }

    static Stream<Arguments> speakersAfterADatelineOrAnAbbreviatedTitle() {
        return Stream.of(
                // text, speaker as written, content
                // the dash after a dateline's agency credit opens the sentence; 'here' before 'that' (IRNA, APP)
                Arguments.of("Tehran, Jan 5, IRNA -- Foreign Ministry spokesman Dariush Karimi said here Sunday that "
                        + "reports of secret talks were baseless.", "Foreign Ministry spokesman Dariush Karimi",
                        "reports of secret talks were baseless"),
                Arguments.of("KABUL (Pajhwok) -- A police spokesman said two civilians were wounded in the blast.",
                        "A police spokesman", "two civilians were wounded in the blast"),
                // an abbreviated rank of four letters is part of the speaker (Philstar, Inquirer)
                Arguments.of("City police spokesman Capt. Rogelio Santos said the guard was charged with homicide.",
                        "City police spokesman Capt. Rogelio Santos", "the guard was charged with homicide"),
                Arguments.of("Supt. Mary Wanjiru said the suspects would be arraigned on Monday.", "Supt. Mary Wanjiru",
                        "the suspects would be arraigned on Monday"),
                // quoted words that end the sentence end what was said; the next sentence is no attribution
                Arguments.of("Spokesman Dariush Karimi said the report was \"entirely false.\" He made the remarks at "
                        + "his weekly briefing.", "Spokesman Dariush Karimi", "the report was \"entirely false."),
                // guard: dashes inside the clause stay in what was said
                Arguments.of("The storm -- the worst in years -- left 2,000 homes without power, the agency said.",
                        "the agency", "The storm -- the worst in years -- left 2,000 homes without power"));
    }

    @ParameterizedTest
    @MethodSource("speakersAfterADatelineOrAnAbbreviatedTitle")
    void shouldTakeTheWholeSpeakerWhenADatelineCreditOrAnAbbreviatedRankStandsBeforeIt(String text, String speaker,
            String content) {
        List<Quote> quotes = STAGE.enrich(article(text)).quotes();
        if (speaker == null) {
            assertThat(quotes).isEmpty();
        } else {
            assertThat(quotes).singleElement().satisfies(q -> {
                assertThat(q.speakerText().text()).isEqualTo(speaker);
                assertThat(q.content().text()).isEqualTo(content);
            });
        }
    }

    static Stream<Arguments> singleMarksAndSentenceBounds() {
        return Stream.of(
                // text, kind, speaker as written, content (single-marked quotes as British papers print them)
                Arguments.of("'It was a terrible night for the whole street,' said Mary Holt, 54.", "direct", "Mary Holt",
                        "It was a terrible night for the whole street"),
                Arguments.of("Inspector Dan Reeve said: 'We are appealing for witnesses to come forward.'", "direct",
                        "Inspector Dan Reeve", "We are appealing for witnesses to come forward."),
                Arguments.of("\u2018We lost everything,\u2019 the baker told reporters.", "direct", "the baker",
                        "We lost everything"),
                Arguments.of("'The workers' union has not been told,' Ms Holt said.", "direct", "Ms Holt",
                        "The workers' union has not been told"),
                // a name in -ly is a name, not an adverb before the cue
                Arguments.of("Ms Kelly said: 'We will table the bill in May.'", "direct", "Ms Kelly",
                        "We will table the bill in May."),
                // a quote alone before a sentence that ends with its attribution is that speaker's (BBC)
                Arguments.of("\"Their only answer is to tax and to spend.\" Mr Lowe liked to boast of his surplus, the "
                        + "party leader said.", "direct", "the party leader", "Their only answer is to tax and to spend."),
                // the subject after 'But', a role and the name in apposition (BBC, Guardian)
                Arguments.of("But the chairman of the Harbour Trust, Sir Ian Vale, said the decision was wrong.",
                        "indirect", "the chairman of the Harbour Trust", "the decision was wrong"),
                // a name and its apposition before the cue; the clause after it is what was said
                Arguments.of("Singer Jo Bell, real name Joanna Bellamy, said the truce came on the anniversary of the "
                        + "feud.", "indirect", "Singer Jo Bell", "the truce came on the anniversary of the feud"),
                Arguments.of("His mother, Ana, said her son had copied the game.", "indirect", "His mother",
                        "her son had copied the game"),
                // guards: an inverted speaker with a determiner stays; apostrophes alone are no quote
                Arguments.of("The town's population looks set to double within ten years, says a report.", "indirect",
                        "a report", "The town's population looks set to double within ten years"),
                Arguments.of("The growers union said the 'fair price' scheme had failed.", "indirect",
                        "The growers union", "the 'fair price' scheme had failed"));
    }

    @ParameterizedTest
    @MethodSource("singleMarksAndSentenceBounds")
    void shouldReadSingleMarksAndAppositionsWhenTheTextQuotesThatWay(String text, String kind, String speaker,
            String content) {
        assertThat(STAGE.enrich(article(text)).quotes()).anySatisfy(q -> {
            assertThat(q.kind()).isEqualTo(kind);
            assertThat(q.speakerText().text()).isEqualTo(speaker);
            assertThat(q.content().text()).isEqualTo(content);
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // an inserted 'according to X,' before the clause goes on: the opening words were not said
        "But later on Monday, according to The Courier, Vidal spoke to a smaller group of reporters.",
        // a participle before its noun with no cue after it
        "The newly announced curfew starts at nine."})
    void shouldReportNoSpeechWhenTheSourceIsInsertedOrTheCueIsAParticiple(String text) {
        assertThat(STAGE.enrich(article(text)).quotes()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // guards: 'according to X' at the end, with an apposition, or a relative clause after it stays a quote
        "The fire destroyed 40 homes, according to Ana Lopez, the fire chief.|The fire destroyed 40 homes",
        "Two people died, according to police, who said the fire began at night.|Two people died",
        "About 300 houses collapsed, according to the county government.|About 300 houses collapsed"})
    void shouldKeepAccordingToWhenItEndsTheSentence(String text, String content) {
        assertThat(STAGE.enrich(article(text)).quotes()).anySatisfy(q -> assertThat(q.content().text())
                .isEqualTo(content));
    }

    static Stream<Arguments> speakersBehindATimeWordOrARole() {
        return Stream.of(
                // text, entities, the quote's content starts with, the id expected
                // the Monitor / Daily Nation: a time word between the subject and its cue
                Arguments.of("The police spokesperson, Mr John Okot, yesterday said the suspects would be charged on "
                        + "Friday.", new String[] {"PERSON:John Okot"}, "the suspects", "per:john-okot"),
                Arguments.of("Police spokesman Peter Mwangi on Monday said that the teams had recovered two guns.",
                        new String[] {"PERSON:Peter Mwangi"}, "the teams", "per:peter-mwangi"),
                Arguments.of("Deputy Governor Aisha Lema today said the bridge would reopen in June.",
                        new String[] {"PERSON:Aisha Lema"}, "the bridge", "per:aisha-lema"),
                // IOL / SAPS: an inverted cue, a role set off by a comma, then the name
                Arguments.of("\"We found the weapons in their possession,\" said provincial police spokesperson, "
                        + "Colonel Thabo Mokoena.", new String[] {"PERSON:Thabo Mokoena"}, "We found",
                        "per:thabo-mokoena"),
                // guards: the speaker before 'said in the afternoon that', and a name right after the cue
                Arguments.of("Deputy commissioner Anil Roy said in the afternoon that the bodies had been sent to the "
                        + "morgue.", new String[] {"PERSON:Anil Roy"}, "the bodies", "per:anil-roy"),
                Arguments.of("\"The road is closed,\" said Inspector Maria Costa.", new String[] {"PERSON:Maria Costa"},
                        "The road", "per:maria-costa"));
    }

    @ParameterizedTest
    @MethodSource("speakersBehindATimeWordOrARole")
    void shouldFindTheNamedSpeakerWhenATimeWordOrAnApposedRoleStandsBetween(String text, String[] entities,
            String content, String id) {
        assertThat(STAGE.enrich(typed(text, entities)).quotes()).filteredOn(q -> q.content().text().startsWith(content))
                .singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo(id));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // IOL / SAPS: a role opening with a plain adjective, set off by a comma before the name
        "\u201CWe found the weapons,\u201D said provincial police spokesperson, Colonel Thabo Mokoena.|provincial police spokesperson",
        "\u201CThe gate was open,\u201D said regional fire commander, Chief Ana Duarte.|regional fire commander"})
    void shouldTakeTheRoleAsWrittenWhenAnInvertedCueHasARoleBeforeTheName(String text, String written) {
        assertThat(STAGE.enrich(article(text)).quotes()).singleElement()
                .satisfies(q -> assertThat(q.speakerText().text()).isEqualTo(written));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // Borneo Post / Daily Star: a toll after 'claimed' is no speech
        "The accident claimed the life of a five-year-old boy from the village.",
        "The crash claimed the lives of two teachers on the highway on Sunday.",
        "The floods have claimed many lives in the district since June."})
    void shouldReportNoSpeechWhenClaimedTakesALifeAsObject(String text) {
        assertThat(STAGE.enrich(article(text)).quotes()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // guard: 'claimed' with a clause is still speech (Prothom Alo style)
        "Station officer Karim Uddin claimed the opposition men started the attack on the office.|the opposition men"})
    void shouldKeepClaimedWhenAClauseFollows(String text, String content) {
        assertThat(STAGE.enrich(article(text)).quotes()).anySatisfy(q -> assertThat(q.content().text())
                .startsWith(content));
    }
}
