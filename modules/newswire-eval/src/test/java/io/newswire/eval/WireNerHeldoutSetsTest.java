package io.newswire.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The third to nineteenth held-out parts of the English wire set read as labelled: each written and
 * labelled before the code it measures ran on it (docs/EVALUATION.md), each with its article count and
 * agency styles.
 */
class WireNerHeldoutSetsTest {

    static Stream<Arguments> parts() {
        return Stream.of(
                Arguments.of("heldout3", WireNerEvaluation.HELDOUT3, 28,
                        List.of("AP", "Reuters", "AFP", "Xinhua", "Anadolu", "PTI", "Dawn", "Premium Times", "IRNA",
                                "Yonhap")),
                Arguments.of("heldout4", WireNerEvaluation.HELDOUT4, 28,
                        List.of("AP", "Reuters", "AFP", "Xinhua", "Anadolu", "PTI", "Dawn", "IRNA", "Local")),
                Arguments.of("heldout5", WireNerEvaluation.HELDOUT5, 12,
                        List.of("AP", "Reuters", "AFP", "Xinhua", "PTI", "Dawn", "Local")),
                Arguments.of("heldout6", WireNerEvaluation.HELDOUT6, 25,
                        List.of("AP", "Reuters", "AFP", "Xinhua", "Anadolu", "PTI", "Dawn", "IRNA", "BBC", "Local",
                                "Premium Times", "Daily Nation", "Punch")),
                Arguments.of("heldout7", WireNerEvaluation.HELDOUT7, 25,
                        List.of("AP", "Reuters", "AFP", "Xinhua", "Anadolu", "PTI", "Dawn", "IRNA", "Yonhap", "Kyodo",
                                "TASS", "EFE", "ANSA", "BBC", "Al Jazeera", "Local", "Premium Times", "Daily Nation",
                                "News24", "Inquirer", "Punch")),
                Arguments.of("heldout8", WireNerEvaluation.HELDOUT8, 26,
                        List.of("Bernama", "Yonhap", "Kyodo", "NNN", "KUNA", "WAM", "Prensa Latina", "The Hindu",
                                "Daily Nation", "Gulf News", "PNA", "Local US", "Local UK", "Local Australia",
                                "Antara", "Ghana News Agency", "Vietnam News Agency")),
                Arguments.of("heldout9", WireNerEvaluation.HELDOUT9, 29,
                        List.of("CP", "AP", "Reuters", "AAP", "ABC", "RNZ", "Stuff", "SABC", "Premium Times", "The Star",
                                "Dhaka Tribune", "Daily Star", "Dawn", "Jakarta Post", "Rappler", "Straits Times",
                                "Bangkok Post", "Arab News", "Interfax", "Ukrinform", "Kyiv Independent", "EFE",
                                "AFP")),
                Arguments.of("heldout10", WireNerEvaluation.HELDOUT10, 34,
                        List.of("IANS", "The Hindu", "Times of India", "PTI", "Punch", "Vanguard", "Daily Nation",
                                "Daily Monitor", "The Citizen", "Graphic", "Yonhap", "Kyodo", "Focus Taiwan", "PNA",
                                "Bernama", "Malay Mail", "Express Tribune", "Gulf Times", "PA", "Local UK", "Local US",
                                "AP", "Reuters", "AFP", "Xinhua", "Anadolu", "IRNA", "RTE", "NZ Herald")),
                Arguments.of("heldout11", WireNerEvaluation.HELDOUT11, 34,
                        List.of("BSS", "The Kathmandu Post", "Daily Mirror", "Business Recorder",
                                "The News International", "Deccan Herald", "Hindustan Times", "Economic Times",
                                "Khaleej Times", "The National", "Daily Sabah", "Tehran Times", "Ahram Online",
                                "Morocco World News", "ThisDay", "The Guardian", "The New Times", "The Herald", "News24",
                                "The EastAfrican", "The Korea Herald", "The Japan Times", "South China Morning Post",
                                "Taipei Times", "VnExpress", "The Philippine Star", "New Straits Times",
                                "The Irish Times", "The Scotsman", "WalesOnline", "The Globe and Mail",
                                "The Sydney Morning Herald", "Local US", "dpa")),
                Arguments.of("heldout12", WireNerEvaluation.HELDOUT12, 34,
                        List.of("Addis Standard", "The Gleaner", "Trinidad Guardian", "Buenos Aires Times", "CBC",
                                "Saudi Gazette", "The Jordan Times", "Times of Malta", "Cyprus Mail",
                                "Hurriyet Daily News", "The Namibian", "Mmegi", "Lusaka Times", "Nyasa Times",
                                "The Standard", "New Vision", "Daily News", "Liberian Observer", "Khmer Times",
                                "Kuensel", "The Island", "The Fiji Times", "Post-Courier", "Stabroek News",
                                "The Tico Times", "MercoPress", "The Baltic Times", "Helsinki Times", "Irish Examiner",
                                "Manchester Evening News", "Belfast Telegraph", "Toronto Star", "Winnipeg Free Press",
                                "Honolulu Star-Advertiser")),
                Arguments.of("heldout13", WireNerEvaluation.HELDOUT13, 34,
                        List.of("Jamaica Observer", "Barbados Today", "The Nassau Guardian", "The Royal Gazette",
                                "Samoa Observer", "Solomon Star", "Otago Daily Times", "The West Australian",
                                "The Canberra Times", "Vancouver Sun", "Ottawa Citizen", "Chicago Tribune",
                                "The Boston Globe", "Miami Herald", "Liverpool Echo", "Yorkshire Post",
                                "Irish Independent", "The Irish News", "Daily Record", "Gibraltar Chronicle",
                                "The Malta Independent", "The Brussels Times", "The Moscow Times", "Kyiv Post",
                                "The Astana Times", "TOLOnews", "The Himalayan Times", "The Irrawaddy", "Borneo Post",
                                "Manila Bulletin", "The Korea Times", "NewsDay", "Daily Maverick", "Times of Oman")),
                Arguments.of("heldout14", WireNerEvaluation.HELDOUT14, 32,
                        List.of("AP", "Reuters", "AFP", "Xinhua", "Anadolu", "PTI", "Dawn", "IRNA", "Star Tribune",
                                "The Oregonian", "Tampa Bay Times", "The Denver Post", "Houston Chronicle",
                                "The Seattle Times", "Bristol Post", "Birmingham Mail", "The Northern Echo",
                                "Press and Journal", "Calgary Herald", "Montreal Gazette", "The Chronicle Herald",
                                "The Courier-Mail", "The Advertiser", "The Mercury", "Business Daily", "Daily Trust",
                                "The Reporter", "Mint", "The Edge", "The Business Times", "BusinessWorld",
                                "Phnom Penh Post")),
                Arguments.of("heldout15", WireNerEvaluation.HELDOUT15, 32,
                        List.of("Des Moines Register", "The Arizona Republic", "Detroit Free Press",
                                "The Plain Dealer", "The Atlanta Journal-Constitution", "Milwaukee Journal Sentinel",
                                "The Kansas City Star", "PR Newswire", "Business Wire", "GlobeNewswire",
                                "Courthouse News", "Eastern Daily Press", "Oxford Mail", "Lancashire Telegraph",
                                "Evening Standard", "Herald Sun", "Newcastle Herald", "Townsville Bulletin", "NT News",
                                "Edmonton Journal", "Hamilton Spectator", "Regina Leader-Post", "Leadership",
                                "The Nation", "Kenya News Agency", "Capital FM", "The Indian Express", "The Tribune",
                                "The Telegraph", "SunStar", "GMA News", "The Province")),
                Arguments.of("heldout16", WireNerEvaluation.HELDOUT16, 34,
                        List.of("Reuters", "AP", "AFP", "Xinhua", "Anadolu", "PTI", "Dawn", "IRNA", "WRAL", "WFAA",
                                "Derby Telegraph", "York Press", "Sowetan", "TimesLIVE", "Citi Newsroom", "MyJoyOnline",
                                "Geo News", "Daily Times", "The Financial Express", "New Age", "Daily FT", "Ada Derana",
                                "Free Malaysia Today", "theSun", "CNA", "TODAY", "Kent Online", "KSDK")),
                Arguments.of("heldout17", WireNerEvaluation.HELDOUT17, 34,
                        List.of("AP", "Reuters", "AFP", "Xinhua", "Pajhwok", "The Nation", "Daily Monitor",
                                "The Citizen", "Daily Nation", "The Hindu", "IANS", "The Daily Star",
                                "The Kathmandu Post", "Pakistan Today", "Inquirer", "Rappler", "Jakarta Post",
                                "Bangkok Post", "VnExpress", "The Korea Herald", "The Japan Times", "Straits Times",
                                "Malaysiakini", "ABC", "RNZ", "CBC", "The Irish Times", "BBC", "WBAL", "ESPNcricinfo",
                                "Autosport")),
                Arguments.of("heldout18", WireNerEvaluation.HELDOUT18, 34,
                        List.of("EFE", "dpa", "Kyodo", "Bernama", "Yonhap", "Xinhua", "AP", "Reuters", "AFP",
                                "Anadolu", "PTI", "IANS", "IRNA", "APP", "Dunya News", "The New Indian Express",
                                "Deccan Chronicle", "Channels TV", "BusinessDay", "Citizen Digital", "IOL",
                                "Mail & Guardian", "ABS-CBN News", "The Age", "Illawarra Mercury",
                                "The Frederick News-Post", "The Berkshire Eagle", "Shropshire Star", "Hull Daily Mail",
                                "The Cairns Post")),
                Arguments.of("heldout19", WireNerEvaluation.HELDOUT19, 36,
                        List.of("AP", "Reuters", "AFP", "Xinhua", "Anadolu", "PTI", "IRNA", "Dawn", "EFE", "Kyodo",
                                "Yonhap", "dpa", "The Sacramento Bee", "KOMO News", "The Buffalo News",
                                "Nottingham Post", "Plymouth Herald", "The London Free Press", "Saskatoon StarPhoenix",
                                "Geelong Advertiser", "The Press", "The Statesman", "Telangana Today", "Samaa",
                                "The Business Standard", "Prothom Alo", "Daily Post", "Tribune Online", "KBC", "EWN",
                                "Ghanaian Times", "BusinessMirror", "The Vibes", "The Peninsula", "Arab Times",
                                "Oman Observer")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("parts")
    void shouldReadEveryLabelledArticleWhenAHeldOutPartIsLoaded(String name, String resource, int articles,
            List<String> agencies) throws Exception {
        List<WireNerEvaluation.Doc> docs = WireNerEvaluation.read(resource);

        assertThat(docs).hasSize(articles);
        assertThat(docs).extracting(WireNerEvaluation.Doc::agency).containsOnlyElementsOf(agencies)
                .containsAll(agencies);
        Map<String, Long> byType = docs.stream().flatMap(d -> d.gold().stream())
                .collect(Collectors.groupingBy(WireNerEvaluation.Span::type, Collectors.counting()));
        assertThat(byType).containsOnlyKeys("PERSON", "ORGANIZATION", "LOCATION");
        assertThat(byType.get("ORGANIZATION")).isGreaterThan(byType.get("PERSON"));
        for (WireNerEvaluation.Doc d : docs) {
            assertThat(d.text()).doesNotContain("[PER", "[ORG", "[LOC");
            assertThat(d.gold()).allSatisfy(s -> assertThat(d.text().substring(s.start(), s.end())).isNotBlank());
        }
    }
}
