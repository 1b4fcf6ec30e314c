package io.newswire.enrich.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static io.newswire.enrich.geo.GeoTexts.entity;
import static io.newswire.enrich.geo.GeoTexts.place;

import io.newswire.model.Article;
import io.newswire.model.Country;
import io.newswire.model.Dateline;
import io.newswire.model.Entity;
import io.newswire.model.EntityType;
import io.newswire.model.Mention;
import io.newswire.model.Place;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GeoEnricherTest {

    private final GeoEnricher enricher = new GeoEnricher();

    private Article enrich(String dateline, String text) {
        Article.Builder b = Article.builder("c-1", text, "t");
        if (dateline != null) {
            b.dateline(new Dateline(dateline.toUpperCase(java.util.Locale.ROOT), dateline, null, null, null));
        }
        return enricher.enrich(b.build());
    }

    @ParameterizedTest(name = "{1} in \"{2}\"")
    @CsvSource(delimiter = '|', value = {
        "    | São Paulo      | Protesters marched through São Paulo on Sunday against the new fuel tax.                | BR",
        "    | Zürich         | Die Polizei in Zürich nahm am Montag drei Verdächtige fest.                              | CH",
        "    | Москва         | Москва объявила о новых ограничениях для автомобилей в центре города.                    | RU",
        "    | Rio de Janeiro | Heavy rain flooded several streets of Rio de Janeiro overnight, the city hall said.     | BR",
        "    | Balochistan    | Gunmen attacked a bus in Balochistan late on Tuesday, police said.                      | PK",
        "    | Baluchistan    | Gunmen attacked a bus in Baluchistan late on Tuesday, police said.                      | PK",
        "    | Côte d'Ivoire  | Cocoa farmers in Côte d'Ivoire expect a smaller harvest this season.                    | CI",
        "    | Paris          | Paris, Texas, held its annual rodeo on Saturday despite the heat.                       | US",
        "    | Paris          | The ministers met in Paris on Friday to discuss the climate accord.                     | FR",
        "Kabul | Washington   | Officials in Washington said the talks with the Taliban would resume next month.        | US",
        "Karachi | Hyderabad  | Flooding closed the main road to Hyderabad on Monday, officials said.                   | PK",
        "    | Hyderabad      | Software exports from Hyderabad grew by a fifth last year.                              | IN",
        "    | New South Wales | Bushfires forced thousands to leave their homes in New South Wales.                    | AU",
    })
    void shouldResolvePlaceToCountryWhenContextPointsToIt(String dateline, String surface, String text, String cc) {
        Article a = enrich(dateline, text);
        Place p = place(a, surface).orElseThrow(() -> new AssertionError("no place for " + surface + " in " + a.places()));
        assertThat(p.countryCode()).isEqualTo(cc);
        assertThat(p.geonameId()).isNotNull();
        Mention m = p.mentions().get(0);
        assertThat(text.substring(m.start(), m.end())).isEqualTo(surface);
        assertThat(a.countries()).extracting(Country::code).contains(cc);
    }

    @ParameterizedTest(name = "{0}, {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // location | region        | focus country
        "San Jose   | Calif.        | US",
        "Birmingham | Ala.          | US",
        "Cambridge  | Mass.         | US",
        "Reading    | Penn.         | US",
        "Paris      | Tex.          | US",
        "London     | Ont.          | CA",
        "Perth      | W.A., Australia | AU",
        "Sydney     | N.S.W.        | AU",
        "Quetta     | Balochistan   | PK",
        "Taupo      | New Zealand   | NZ",
        "Smallville | Kan.          | US",
        "San Jose   | -             | CR",
        "Birmingham | -             | GB",
    })
    void shouldPlaceTheDatelineInItsRegionWhenTheDatelineNamesOne(String location, String region, String cc) {
        Article a = enricher.enrich(Article.builder("c-r", "The company said quarterly profit rose 12 pct on higher "
                + "sales and lower costs, and it expects the trend to continue.", "t")
                .dateline(new Dateline(location.toUpperCase(java.util.Locale.ROOT), location, region, null, null, null))
                .build());
        assertThat(a.countries()).filteredOn(Country::focus).extracting(Country::code).containsExactly(cc);
    }

    @Test
    void shouldLeaveTheEntitiesAsTheyWereWhenResolvingPlaces() {
        String text = "Iranian border guards met officers in Baluchistan on Monday. Iran says attacks must stop.";
        List<Entity> entities = List.of(
                new Entity("loc:iran", "Iran", EntityType.LOCATION, null, List.of("Iran"),
                        List.of(new Mention(text.indexOf("Iran says"), text.indexOf("Iran says") + 4, "Iran")), 1, 0.5));

        Article out = enricher.enrich(Article.builder("c-link", text, "t").entities(entities).build());

        assertThat(out.places()).isNotEmpty();
        assertThat(out.entities()).as("ids and merging are the link stage's").isEqualTo(entities);
    }

    @Test
    void shouldResolveWashingtonToUsCapitalWhenStoryIsDatelinedKabul() {
        Article a = enrich("Kabul", "Officials in Washington said on Sunday that talks with Afghan and Pakistani "
                + "delegations would resume in Doha.");
        Place washington = place(a, "Washington").orElseThrow();
        assertThat(washington.geonameId()).isEqualTo(4140963L);
        assertThat(washington.featureCode()).isEqualTo("PPLC");
        assertThat(a.countries()).filteredOn(Country::focus).extracting(Country::code).containsExactly("AF");
        assertThat(a.countries()).extracting(Country::code).contains("US", "PK", "QA");
    }

    @Test
    void shouldMapBalochistanSpellingsToOneEntryWhenTransliterationsDiffer() {
        List<Long> ids = java.util.stream.Stream.of("Balochistan", "Baluchistan", "Baluchestan")
                .map(n -> place(enrich(null, "Security was tightened across " + n + " after the attack."), n)
                        .orElseThrow().geonameId())
                .distinct().toList();
        assertThat(ids).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Iranian and Pakistani border guards met Afghan elders near the crossing. | IR,PK,AF",
        "Les Français et les Allemands ont voté dimanche, a-t-on appris à Bruxelles. | FR,DE,BE",
        "American and British negotiators left the room without a statement.     | US,GB",
    })
    void shouldCountDemonymsAsCountryMentionsWhenNoCountryIsNamed(String text, String codes) {
        Article a = enrich(null, text);
        assertThat(a.countries()).extracting(Country::code).contains(codes.split(","));
        assertThat(a.countries()).filteredOn(Country::focus).hasSize(1);
        for (Country c : a.countries()) {
            assertThat(c.score()).isBetween(0.0, 1.0);
            for (Mention m : c.mentions()) {
                assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
            }
        }
    }

    @Test
    void shouldMarkDatelineCountryAsFocusWhenStoryIsAboutIt() {
        Article a = enrich("Tehran", "Iran's parliament approved the budget on Sunday. The speaker said talks with "
                + "the U.S. and France on the nuclear programme would continue in Geneva.");
        assertThat(a.countries()).filteredOn(Country::focus).extracting(Country::code).containsExactly("IR");
        assertThat(a.countries()).extracting(Country::code).contains("US", "FR", "CH");
    }

    @Test
    void shouldNotFindPlacesWhenCapitalisedWordsAreOrdinary() {
        Article a = enrich(null, "Reading the report, the chairman said March sales of Mobile phones rose. "
                + "Nice results, said John Of.");
        assertThat(a.places()).isEmpty();
        assertThat(a.countries()).isEmpty();
    }

    @Test
    void shouldDropPlaceWhenEntitiesSayItIsAPerson() {
        String text = "Georgia Brown sang in the choir of the cathedral.";
        Entity person = new Entity(null, "Georgia Brown", EntityType.PERSON, null, List.of("Georgia Brown"),
                List.of(new Mention(0, 13, "Georgia Brown")), 1, 1.0);
        Article a = enricher.enrich(Article.builder("c-1", text, "t").entities(List.of(person)).build());
        assertThat(a.places()).isEmpty();
    }

    @Test
    void shouldResolveLocationEntityWhenSpotterMissesIt() {
        String text = "the convoy reached kandahar before dawn.";
        Entity loc = new Entity(null, "kandahar", EntityType.LOCATION, null, List.of("kandahar"),
                List.of(new Mention(19, 27, "kandahar")), 1, 1.0);
        Article a = enricher.enrich(Article.builder("c-1", text, "t").entities(List.of(loc)).build());
        assertThat(a.places()).extracting(Place::countryCode).containsExactly("AF");
    }

    @Test
    void shouldReturnNothingWhenTextHasNoPlaces() {
        Article a = enrich(null, "The committee will meet again after the holidays.");
        assertThat(a.places()).isEmpty();
        assertThat(a.countries()).isEmpty();
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', value = {
        // text | surface | feature code | country
        "Floods forced families out of their homes in Thar Parkar district on Sunday.  | Thar Parkar        | ADM2 | PK",
        "The governor of Kano State visited the flooded villages on Monday.             | Kano State         | ADM1 | NG",
        "Deputies in Orange County arrested a man after a chase on Friday.              | Orange County      | ADM2 | US",
        "Les inondations ont touché le département du Gard et la ville d'Alès lundi.    | Gard               | ADM2 | FR",
    })
    void shouldResolveTheDivisionWhenADivisionWordNamesIt(String text, String surface, String feature, String cc) {
        Place p = place(enrich(null, text), surface)
                .orElseThrow(() -> new AssertionError("no place for " + surface));
        assertThat(p.featureCode()).isEqualTo(feature);
        assertThat(p.countryCode()).isEqualTo(cc);
        assertThat(p.kind()).isEqualTo(Place.LITERAL);
        assertThat(p.precision()).isIn(Place.EXACT, Place.ADMIN1, Place.COUNTRY);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "A driver from Greenwood, Miss., was hurt when his truck left the road on Tuesday.  | Greenwood  | Mississippi",
        "She grew up in Florence, Ala., and moved north after college.                      | Florence   | Alabama",
        "The plant in Richmond, Ky., will add 200 jobs, the company said.                   | Richmond   | Kentucky",
    })
    void shouldPlaceATownInTheStateWhenAnApAbbreviationFollowsIt(String text, String surface, String state) {
        Article a = enrich(null, text);
        Place p = place(a, surface).orElseThrow(() -> new AssertionError("no place for " + surface));
        assertThat(p.countryCode()).isEqualTo("US");
        assertThat(p.admin1()).isEqualTo(state);
        // the abbreviation is a mention of the state itself
        assertThat(a.places()).filteredOn(x -> x.featureCode() != null && x.featureCode().equals("ADM1"))
                .extracting(Place::name).containsExactly(state);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // text | surface | feature code | GeoNames id (- for none)
        "Two tankers were stopped in the Strait of Hormuz on Monday, the navy said.      | Strait of Hormuz | STRT | -",
        "Drought has driven herders south across the Sahel since March.                  | Sahel            | RGN | 2425938",
        "Ministers of the EU will meet in Brussels next week to discuss tariffs.         | EU               | ZN | -",
        "La sécheresse frappe le Sahel depuis le mois de mars, selon l'ONU.              | Sahel            | RGN | 2425938",
        "Rescuers pulled 40 migrants from the Mediterranean overnight.                   | Mediterranean    | SEA | 363196",
        "Heavy snow closed passes in the Himalayas, stranding hundreds of trucks.        | Himalayas        | MTS | 1252558",
    })
    void shouldFindRegionsSeasAndRangesWhenNewsNamesThem(String text, String surface, String feature, String id) {
        Place p = place(enrich(null, text), surface).orElseThrow(() -> new AssertionError("no place for " + surface));
        assertThat(p.featureCode()).isEqualTo(feature);
        // GeoNames' own id where regions.tsv gives it (s30) or GeoNames' no-country.txt has the feature of that name
        // (s35), none where the point is derived from anchors
        assertThat(p.geonameId()).isEqualTo(id.equals("-") ? null : Long.valueOf(id));
        assertThat(p.lat()).isNotNull();
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', value = {
        // text | surface | region
        "Relations between Moscow and the West have not been this cold since 1983.      | West     | Western Europe    | 9408659",
        "Two dozen Western countries expelled diplomats on the same day.                | Western  | Western Europe    | 9408659",
        "Saudi Arabia has led an Arab intervention in the war since 2015.               | Arab     | Arabian Peninsula | 6957698",
        "Le Kremlin accuse les gouvernements Western de double langage.                 | Western  | Western Europe    | 9408659",
    })
    void shouldReadADemonymLikeWordAsItsRegionWhenItIsUsedOfTheRegion(String text, String surface, String region,
            String id) {
        Place p = place(enrich(null, text), surface).orElseThrow(() -> new AssertionError("no place for " + surface));
        assertThat(p.name()).isEqualTo(region);
        assertThat(p.geonameId()).isEqualTo(id.equals("-") ? null : Long.valueOf(id));
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', value = {
        // text | surface that must not be a place of its own
        "Kanye West released a new album on Friday.                                     | West",
        "West said the club would appeal against the ban.                               | West",
        "Shares of Western Union fell after the results.                                | Western",
        "Settlers moved into the West Bank overnight, officials said.                   | West",
    })
    void shouldNotReadADemonymLikeWordAsARegionWhenItIsANameOrPartOfOne(String text, String surface) {
        assertThat(place(enrich(null, text), surface)).isEmpty();
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', value = {
        // text | compass word that must not become a region abroad | country that must not be listed
        "North Korea fired a missile on Sunday; officials of the South and the United States met. | South | CM",
        "South Korea said the North's capital region was the launch site.                          | North | FR",
        "Sudan's army said fighters from the South had crossed into Darfur.                        | South | CM",
    })
    void shouldNotPlaceACompassWordAbroadWhenTheStoryGivesNoReasonForThatCountry(String text, String surface,
            String abroad) {
        Entity loc = entity(text, surface, EntityType.LOCATION);
        for (Article a : List.of(enrich(null, text),
                enricher.enrich(Article.builder("c-1", text, "t").entities(List.of(loc)).build()))) {
            assertThat(place(a, surface)).isEmpty();
            assertThat(a.countries()).extracting(Country::code).doesNotContain(abroad);
        }
    }

    @Test
    void shouldPlaceACompassWordInItsCountryWhenTheStoryIsAboutThatCountry() {
        String text = "Separatists attacked two villages in Cameroon on Sunday, and schools in the South "
                + "stayed closed, officials in Yaoundé said.";
        Article a = enricher.enrich(Article.builder("c-1", text, "t")
                .entities(List.of(entity(text, "South", EntityType.LOCATION))).build());
        assertThat(place(a, "South")).map(Place::countryCode).contains("CM");
    }

    @Test
    void shouldResolveAWestLocationEntityToTheRegionNotATownWhenEntitiesHandItOver() {
        String text = "Sanctions by the West hit the rouble.";
        Entity loc = new Entity(null, "West", EntityType.LOCATION, null, List.of("West"),
                List.of(new Mention(17, 21, "West")), 1, 1.0);
        Article a = enricher.enrich(Article.builder("c-1", text, "t").entities(List.of(loc)).build());
        assertThat(place(a, "West")).map(Place::name).contains("Western Europe");
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', value = {
        // text | surface | expected name | country
        "Flood warnings went out for towns across far north Qld as the cyclone moved inland.   | Qld       | Queensland    | AU",
        "Gunmen attacked two villages in southern Kaduna overnight, police said.             | Kaduna    | Kaduna        | NG",
        "Farmers in Barabanki district said the rains came too late for the paddy crop.      | Barabanki | Bāra Banki    | IN",
        "Des hommes armés ont attaqué deux villages du southern Kaduna, selon la police.     | Kaduna    | Kaduna        | NG",
    })
    void shouldReadTheRegionWhenLocalPapersWriteItShortOrByPart(String text, String surface, String name, String cc) {
        Place p = place(enrich(null, text), surface).orElseThrow(() -> new AssertionError("no place for " + surface));
        assertThat(p.name()).isEqualTo(name);
        assertThat(p.countryCode()).isEqualTo(cc);
        assertThat(p.featureCode()).startsWith("ADM");
    }

    @Test
    void shouldPlaceATownInTheStateOfTheStorysOtherPlacesWhenNoDivisionIsNamed() {
        Article a = enrich(null, "Commuters between Dundee, Kirkcaldy and Perth faced delays as rail services were cut "
                + "across Fife on Monday.");
        assertThat(place(a, "Perth")).map(Place::countryCode).contains("GB");
        Article b = enrich(null, "Mining shares lifted the market in Perth on Monday.");
        assertThat(place(b, "Perth")).map(Place::countryCode).contains("AU");
    }

    @Test
    void shouldReadACityAtTheHeadOfAnOrganisationWhenTheEntitiesStageFoundIt() {
        String text = "He pitched for the Buffalo Bisons last season before the trade.";
        Entity org = new Entity(null, "Buffalo Bisons", EntityType.ORGANIZATION, null, List.of("Buffalo Bisons"),
                List.of(new Mention(19, 33, "Buffalo Bisons")), 1, 1.0);
        Article a = enricher.enrich(Article.builder("c-1", text, "t").entities(List.of(org)).build());
        assertThat(place(a, "Buffalo")).map(Place::countryCode).contains("US");
        // without the entities stage's organisation, the city inside a longer name is left out as before
        assertThat(place(enrich(null, text), "Buffalo")).isEmpty();
    }

    @Test
    void shouldPlaceTheSeaOnItsCoastsWhenTheBuilderDerivesItsPoint() {
        Place p = place(enrich(null, "Shipping in the Black Sea resumed on Tuesday."), "Black Sea").orElseThrow();
        // the spherical mean of Odesa, Sevastopol, Constanta, Varna, Samsun, Batumi, Novorossiysk: inside the sea
        assertThat(p.lat()).isBetween(41.0, 47.0);
        assertThat(p.lon()).isBetween(28.0, 41.5);
    }

    @Test
    void shouldNotReadARegionWhenItIsPartOfALongerName() {
        Article a = enrich(null, "Shares of Gulf Oil and Union Pacific rose on Monday in New York.");
        assertThat(place(a, "Gulf")).isEmpty();
        assertThat(place(a, "Pacific")).isEmpty();
    }

    @Test
    void shouldListTheDatelinePlaceWithKindDatelineWhenTheStoryHasADateline() {
        Article a = enricher.enrich(Article.builder("c-d", "The council met on Monday to discuss the budget.", "t")
                .dateline(new Dateline("SPRINGFIELD", "Springfield", "Ill.", null, null, null)).build());
        Place d = a.places().stream().filter(p -> Place.DATELINE.equals(p.kind())).findFirst().orElseThrow();
        assertThat(d.admin1()).isEqualTo("Illinois");
        assertThat(d.mentions()).isEmpty();
        assertThat(d.precision()).isEqualTo(Place.EXACT);
    }

    @Test
    void shouldGiveAnUnknownDatelineTownItsRegionsPointWithThatPrecisionWhenTheGazetteerLacksIt() {
        Article a = enricher.enrich(Article.builder("c-u", "The mill will close in March, the owners said.", "t")
                .dateline(new Dateline("SMALLVILLE", "Smallville", "Kan.", null, null, null)).build());
        Place d = a.places().stream().filter(p -> Place.DATELINE.equals(p.kind())).findFirst().orElseThrow();
        assertThat(d.geonameId()).isNull();
        assertThat(d.precision()).isEqualTo(Place.ADMIN1);
        assertThat(d.admin1()).isEqualTo("Kansas");
    }

    @Test
    void shouldListDemonymsAsPlacesOfKindDemonymWhenTheTextUsesThem() {
        Article a = enrich(null, "Pakistani and Afghan officials met in Doha on Sunday.");
        assertThat(a.places()).filteredOn(p -> Place.DEMONYM.equals(p.kind()))
                .extracting(Place::countryCode).contains("PK", "AF");
        assertThat(a.places()).filteredOn(p -> Place.DEMONYM.equals(p.kind()))
                .allSatisfy(p -> assertThat(p.featureCode()).isEqualTo("PCLI"));
    }

    @Test
    void shouldNotGiveAnUnknownLocationATownsPointWhenTheGazetteerLacksIt() {
        String text = "Police closed Frenchmen Street in Lahore on Friday after the protest.";
        int s = text.indexOf("Frenchmen Street");
        Entity loc = new Entity(null, "Frenchmen Street", EntityType.LOCATION, null, List.of(),
                List.of(new Mention(s, s + 16, "Frenchmen Street")), 1, 0.5);
        Article a = enricher.enrich(Article.builder("c-s", text, "t").entities(List.of(loc)).build());
        Place street = place(a, "Frenchmen Street").orElseThrow();
        assertThat(street.geonameId()).isNull();
        // the point of Lahore's district, which the gazetteer knows from the town's admin2 code
        assertThat(street.precision()).isEqualTo(Place.ADMIN2);
        assertThat(street.admin1()).isEqualTo("Punjab");
        assertThat(Math.abs(street.lat() - 31.55)).isLessThan(0.5);
        assertThat(Math.abs(street.lon() - 74.34)).isLessThan(0.5);
    }

    @ParameterizedTest(name = "{0} in \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        // surface | text (written for this test) | GeoNames id of the place meant
        "Gawadar | Fishermen staged a sit-in at the port in Gawadar on Monday, and traders in Pakistan's Balochistan joined them. | 1177446",
        "Kirman | Pistachio farmers near Kirman in Iran said the harvest fell by a third this year. | 128234",
        "Sistan and Balouchestan | Border guards were killed in Sistan and Balouchestan province, Iran's state media said. | 1159456",
    })
    void shouldResolveSpellingVariantsWhenTheCountryIsNamed(String surface, String text, long geonameId) {
        assertThat(place(enrich(null, text), surface)).get().extracting(Place::geonameId).isEqualTo(geonameId);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // sound-alikes of towns (Sendai, Boulder, Torrance) that are a day, a word and a first name
        "Sunday | On Sunday the Japanese prime minister flew to Osaka for talks.",
        "Builder | The Builder magazine of Denver, Colorado, named its home of the year.",
        "Terence | Terence Crutcher was shot in Tulsa, Oklahoma, police said.",
    })
    void shouldNotReadWordsAsSpellingVariantsWhenTheySoundLikeTowns(String surface, String text) {
        assertThat(place(enrich(null, text), surface)).isEmpty();
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // text (written for this test) | abbreviation | the division (or country) meant
        "Wildfire crews from Kamloops were sent north as BC declared a state of emergency, Canada's public safety minister said. | BC | British Columbia",
        "Ferry fares in NS will rise in April, the Halifax port authority said, as Canada reviews its subsidies. | NS | Nova Scotia",
        "Farmers in SA say the drought is the worst since the 1990s, Adelaide's water authority and Australia's weather bureau said. | SA | South Australia",
        "Mining towns near Rustenburg are the poorest in SA, and South Africa's platinum output fell again. | SA | South Africa",
        "Police in Peshawar said two militants were killed in KP, Pakistan's most troubled province. | KP | Khyber Pakhtunkhwa",
        "Les routes de Moncton et de Fredericton sont fermées, et le NB attend d'autres chutes de neige, a dit le Canada. | NB | New Brunswick",
    })
    void shouldReadAProvinceAbbreviationWhenItsCountryIsSupported(String text, String surface, String meant) {
        Article a = enrich(null, text);
        Optional<Place> p = place(a, surface);
        Optional<Country> c = a.countries().stream()
                .filter(x -> x.mentions().stream().anyMatch(m -> m.text().equals(surface))).findFirst();
        assertThat(p.map(Place::name).or(() -> c.map(Country::name))).contains(meant);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', value = {
        // an era, organisations, and a court in a story whose country is not the abbreviation's
        "The temple near Vancouver, Canada, copies one built in 400 BC in Greece. | BC",
        "Small Business BC opened an office in Nelson, British Columbia, Canada's trade minister said. | BC",
        "BC Hydro raised rates in Victoria and Kamloops, Canada's regulator said. | BC",
        "The SC bench in Islamabad heard the petition on Monday; Lahore lawyers said the US embassy sent an observer. | SC",
        "Shares of SA Power Networks fell in Sydney, Australia, after the storm. | SA",
        "The SA rugby coach named his squad on Monday. | SA",
    })
    void shouldNotReadAnAbbreviationWhenItIsAnEraAnOrganisationOrUnsupported(String text, String surface) {
        Article a = enrich(null, text);
        assertThat(place(a, surface)).isEmpty();
        assertThat(a.countries()).allSatisfy(c -> assertThat(c.mentions()).extracting(Mention::text)
                .doesNotContain(surface));
    }

    @ParameterizedTest(name = "{1}, {2}")
    @CsvSource(delimiter = '|', value = {
        // text (written for this test) | town | state or province | country
        "The fire at the mill in Columbia, SC, forced 300 people from their homes. | Columbia | South Carolina | US",
        "A storm left 40,000 homes in Halifax, NS, without power on Sunday. | Halifax | Nova Scotia | CA",
        "The council in Portland, OR, voted to extend the shelter program. | Portland | Oregon | US",
        "Flooding closed roads around Darwin, NT, for a second day. | Darwin | Northern Territory | AU",
        "Le maire de Moncton, NB, a demandé l'aide d'Ottawa. | Moncton | New Brunswick | CA",
    })
    void shouldPlaceATownInTheStateWhenAPostalAbbreviationFollowsIt(String text, String town, String state, String cc) {
        Article a = enrich(null, text);
        Place p = place(a, town).orElseThrow(() -> new AssertionError("no place for " + town));
        assertThat(p.countryCode()).isEqualTo(cc);
        assertThat(p.admin1()).isEqualTo(state);
        assertThat(a.places()).filteredOn(x -> "ADM1".equals(x.featureCode())).extracting(Place::name)
                .contains(state);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // text (written for this test) | surface | country | first-level division
        "HELENA, Mont. (AP) - Montana and the prison company are at an impasse, officials said. | Montana | US | Montana",
        "Residents of Victoria and Nanaimo said BC ferries were late again; Canada's transport agency is looking into it. | Victoria | CA | British Columbia",
        "Iran's parliament approved the budget. The speaker said talks with the U.S. and France would continue in Geneva. | Geneva | CH | Geneva",
    })
    void shouldReadANameInTheDivisionTheStoryNamesWhenItIsWrittenAnotherWay(String text, String surface, String cc,
            String admin1) {
        Place p = place(enrich(null, text), surface).orElseThrow(() -> new AssertionError("no place for " + surface));
        assertThat(p.countryCode()).isEqualTo(cc);
        assertThat(p.admin1()).isEqualTo(admin1);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // text (written for this test) | surface | country | first-level division
        "LOS ANGELES (AP) - The city council voted on Tuesday to widen the freeway. | LOS ANGELES | US | California",
        "By ANNA KOVAC, Associated Press WASHINGTON (AP) - The Senate passed the bill. | WASHINGTON | US | Washington, D.C.",
        "Tickets are sold in 44 states, Washington, D.C., and Puerto Rico. | Washington, D.C. | US | Washington, D.C.",
        "SAN JOSE, Costa Rica - Le gouvernement a annoncé de nouvelles mesures. | SAN JOSE | CR | San José",
    })
    void shouldFindANameInCapitalsOrWithItsDistrictWhenNoDatelineIsParsed(String text, String surface, String cc,
            String admin1) {
        Place p = place(enrich(null, text), surface).orElseThrow(() -> new AssertionError("no place for " + surface));
        assertThat(p.countryCode()).isEqualTo(cc);
        assertThat(p.admin1()).isEqualTo(admin1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // an unsupported "D.C." (one surname-town vote is not enough), and one inside an organisation's name
        "In D.C., we have had a problem with murals, said Jeffrey Scott. | D.C.",
        "Washington is fine, said Jeffrey Scott of the D.C. Commission on the Arts. | D.C.",
    })
    void shouldNotReadDcWhenNothingElseSupportsTheUnitedStates(String text, String surface) {
        assertThat(place(enrich(null, text), surface)).isEmpty();
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', value = {
        // text (written for this test) | mention | country | first-level division of the place | feature code
        "A farmer from Listowel, Co Kerry, was fined for polluting a river.          | Kerry                | IE | Munster         | ADM2",
        "Une femme de Letterkenny, Co. Donegal, a été arrêtée samedi.                | Donegal              | IE | Ulster          | ADM2",
        "Police in Greater Manchester arrested three men after the raid.             | Greater Manchester   | GB | England         | PPLA2",
        "A school in Townsville, Qld, was closed after the storm.                     | Qld                  | AU | Queensland      | ADM1",
        "Flooding hit Bendigo, Vic, overnight, the bureau said.                      | Vic                  | AU | Victoria        | ADM1",
        "Power was restored in the U.S. Virgin Islands on Tuesday.                   | U.S. Virgin Islands  | VI |                 | PCLI",
        "The Borno State government said schools in Maiduguri would reopen.          | Borno State          | NG | Borno           | ADM1",
    })
    void shouldReadTheLocalFormOfADivisionWhenLocalPapersWriteIt(String text, String surface, String cc, String admin1,
            String feature) {
        Place p = place(enrich(null, text), surface).orElseThrow(() -> new AssertionError("no place for " + surface));
        assertThat(p.countryCode()).isEqualTo(cc);
        if (admin1 != null) {
            assertThat(p.admin1()).isEqualTo(admin1);
        }
        assertThat(p.featureCode()).isEqualTo(feature);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', value = {
        // text (written for this test, s33 QA C8) | mention | country | first-level division | feature code
        "Wildfires forced evacuations in the US state of Washington on Sunday.        | Washington | US | Washington | ADM1",
        "Flooding cut roads across the state of Lagos after two days of rain.         | Lagos      | NG | Lagos      | ADM1",
        "Officials in the province of Punjab closed schools for a week.               | Punjab     | PK | Punjab     | ADM1",
    })
    void shouldReadTheDivisionWhenTextNamesItWithStateOrProvinceOf(String text, String surface, String cc,
            String admin1, String feature) {
        Place p = place(enrich(null, text), surface).orElseThrow(() -> new AssertionError("no place for " + surface));
        assertThat(p.countryCode()).isEqualTo(cc);
        assertThat(p.admin1()).isEqualTo(admin1);
        assertThat(p.featureCode()).isEqualTo(feature);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', value = {
        // no lower-case division word before: "city of", and "State" as part of a title (read as the main reading reads it)
        "Traffic stopped in the city of Washington as the parade passed.             | Washington | PPLC",
        "The Secretary of State of Washington said the count would finish Friday.      | Washington | PPLC",
    })
    void shouldKeepTheReadingWhenNoLowerCaseDivisionWordStandsBefore(String text, String surface, String feature) {
        Place p = place(enrich(null, text), surface).orElseThrow(() -> new AssertionError("no place for " + surface));
        assertThat(p.featureCode()).isEqualTo(feature);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', value = {
        // a university, a police force and a team keep their own names; a person called Vic is no state
        "Forecasters at Colorado State University expect an active season.            | Colorado State",
        "The Osun State Police Command said it recovered 86 phones.                    | Osun State",
        "Mississippi State beat Louisville in the semi-final.                          | Mississippi State",
        "The award went to Smith, Vic, a retired teacher from the club.                | Vic",
    })
    void shouldNotWidenOrReadTheFormWhenItBelongsToAnotherName(String text, String surface) {
        assertThat(place(enrich(null, text), surface)).isEmpty();
    }

    @Test
    void shouldNameTheStateForTheStoryWhenAnApAbbreviationFollowsAnUnknownPlace() {
        // a made-up base the gazetteer does not know: only the abbreviation says where the story is
        Article a = enrich(null, "FORT QUINCEWORTH, Wash. (AP) - Soldiers from the base will help fight the fires "
                + "in eastern Washington, officials said.");
        Place wash = place(a, "Wash.").orElseThrow(() -> new AssertionError("no place for Wash."));
        assertThat(wash.featureCode()).isEqualTo("ADM1");
        assertThat(wash.name()).isEqualTo("Washington");
        assertThat(place(a, "Washington")).map(Place::featureCode).contains("ADM1");
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', value = {
        // text (written for this test; no dateline, every town has a bigger namesake abroad) | town | country
        "Pickers near Boston in Lincolnshire were moved to farms near Lincoln, the union said. | Lincoln   | GB",
        "Pickers near Boston in Lincolnshire were moved to farms near Lincoln, the union said. | Boston    | GB",
        "Trains between Perth and Dundee stopped as rain swept Perth and Kinross, Scotland's agency said. | Perth | GB",
        "Les pompiers de Victoria, en Colombie-Britannique, ont été appelés à Nanaimo.        | Victoria  | CA",
    })
    void shouldPlaceATownInTheCountyOrProvinceTheStoryNamesWhenANamesakeIsBigger(String text, String town,
            String cc) {
        Place p = place(enrich(null, text), town).orElseThrow(() -> new AssertionError("no place for " + town));
        assertThat(p.countryCode()).isEqualTo(cc);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', value = {
        // text (written for these tests) | the span the entities stage marked LOCATION, a word and no town here
        "Crews cleared debris from Dam Site 9 above the town of Elkins, West Virginia, after the storm. | Dam",
        "Inspectors walked along Dam Road near Beckley, West Virginia, on Tuesday.                     | Dam",
        "Market Square in Hagerstown, Maryland, will be closed for the parade on Saturday.           | Market",
    })
    void shouldNotReadAWordAsAFarTownWhenOnlyAnAlternateNameMatchesIt(String text, String surface) {
        Article a = enricher.enrich(Article.builder("c-w", text, "t")
                .entities(List.of(entity(text, surface, EntityType.LOCATION))).build());
        assertThat(place(a, surface)).isEmpty();
        assertThat(a.places()).extracting(Place::countryCode).containsOnly("US");
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', value = {
        // capitalised common words whose spelling-variant key is a country's or a town's, in a story that names
        // that country, so that only the word list keeps them out | marked LOCATION by the entities stage
        "Agenda items for the talks in Kampala, Uganda, were agreed on Monday.                 | Agenda  | false",
        "Killing of the two fishermen off Keelung angered Taiwan, officials in Taipei said.     | Killing | true",
    })
    void shouldNotMatchACommonWordBySpellingVariantWhenTheCountryIsNamed(String text, String surface, boolean marked) {
        Article.Builder b = Article.builder("c-v", text, "t");
        if (marked) {
            b.entities(List.of(entity(text, surface, EntityType.LOCATION)));
        }
        // a span the entities stage marked stays an unknown location (no GeoNames entry), never Uganda or Keelung
        assertThat(place(enricher.enrich(b.build()), surface).map(Place::geonameId)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // dateline | GeoNames id of the town (not the state or province of that name)
        "New York   | 5128581",
        "Quebec     | 6325494",
    })
    void shouldReadTheDatelineAsTheTownWhenADivisionHasTheSameName(String dateline, long geonameId) {
        Article a = enrich(dateline, "Shares rose on Tuesday as investors weighed new figures on jobs and prices.");
        Place d = a.places().stream().filter(p -> Place.DATELINE.equals(p.kind())).findFirst().orElseThrow();
        assertThat(d.geonameId()).isEqualTo(geonameId);
        assertThat(d.featureCode()).startsWith("PPL");
    }

    @Test
    void shouldNotReadAPlaceInsideAnOrganisationWhenItIsWeakOrASpellingGuess() {
        String text = "Turkey and Iran condemned the bombing, which Islamic State in Khorasan Province claimed. "
                + "The Bank of Japan left rates unchanged.";
        Article plain = enrich(null, text);
        // "Khorasan" is an alternate name of Turkey's Horasan; "Khorasan Province" names a province, no town
        assertThat(place(plain, "Khorasan")).isEmpty();
        Article withEntities = enricher.enrich(Article.builder("c-o", text, "t").entities(List.of(
                entity(text, "Islamic State in Khorasan", EntityType.ORGANIZATION),
                entity(text, "Province", EntityType.LOCATION),
                entity(text, "Bank of Japan", EntityType.ORGANIZATION))).build());
        assertThat(place(withEntities, "Khorasan")).isEmpty();
        // a generic word the tagger cut off the organisation is no place either
        assertThat(place(withEntities, "Province")).isEmpty();
        // a country an organisation is named after is still a mention of it
        assertThat(place(withEntities, "Japan")).map(Place::countryCode).contains("JP");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Two soldiers were killed in Lakki Marwat on Sunday, police said.",
        "Gunmen attacked a police post in Lakki Marwat, a district of Khyber Pakhtunkhwa, overnight.",
        "Curfew was imposed in Lakki Marwat district after the clashes.",
        "Shops in Lakki Marwat's main bazaar stayed shut; Bannu and Lakki Marwat were calm by evening.",
    })
    void shouldReadTheWholeNameWhenATownHasOnlyItsFirstWord(String text) {
        Article a = enrich(null, text);
        // GeoNames lists the town as "Lakki" and the district as "Lakki Marwat District"
        assertThat(a.places()).filteredOn(p -> p.mentions().stream().anyMatch(m -> m.text().equals("Lakki Marwat")))
                .extracting(Place::geonameId).containsOnly(7419039L);
    }

    @Test
    void shouldListTheDatelinePlaceOnceWhenTheTextAlsoNamesIt() {
        Article a = enrich("Karachi", "Traders in Karachi said flour prices rose again; Karachi markets stayed shut.");
        assertThat(a.places()).filteredOn(p -> Long.valueOf(1174872L).equals(p.geonameId())).singleElement()
                .satisfies(p -> {
                    assertThat(p.kind()).isEqualTo(Place.DATELINE);
                    assertThat(p.mentions()).extracting(Mention::text).containsExactly("Karachi", "Karachi");
                });
    }
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // text (written for these tests) | landmark | latitude and longitude it lies near (its town's, within 50 km)
        // | its town's country (s40: a site carries it; before, none)
        "Reporters waited outside the White House on Monday for the president's statement.  | White House | 38.90 | -77.04 | US",
        "Flights out of Heathrow were delayed by fog on Tuesday morning.                     | Heathrow    | 51.47 | -0.45 | GB",
        "The two leaders met at Camp David over the weekend.                                  | Camp David  | 39.65 | -77.46 | US",
        "Pilgrims gathered in St. Peter's Square for the Easter blessing.                     | St. Peter's Square | 41.90 | 12.46 | VA",
        "Stocks on Wall Street ended mixed on Monday as traders awaited the jobs report.      | Wall Street | 40.71 | -74.01 | US",
    })
    void shouldPlaceAWellKnownLandmarkAtItsTownWhenTheStoryNamesIt(String text, String surface, double lat, double lon,
            String country) {
        Place p = place(enrich(null, text), surface).orElseThrow(() -> new AssertionError("no place for " + surface));
        assertThat(p.countryCode()).isEqualTo(country);
        assertThat(Math.abs(p.lat() - lat)).isLessThan(0.5);
        assertThat(Math.abs(p.lon() - lon)).isLessThan(0.5);
    }

    @Test
    void shouldPlaceTheEuropeanUnionAtItsGeographicCentreWhenTheStoryNamesIt() {
        Place eu = place(enrich(null, "The EU agreed new rules on Tuesday."), "EU").orElseThrow();
        // the union's centre since 2020 (Gadheim, beside Würzburg), not its seat in Brussels
        assertThat(eu.lat()).isBetween(49.5, 50.1);
        assertThat(eu.lon()).isBetween(9.6, 10.3);
    }

    @Test
    void shouldReadEachPlaceOfAListWhenTheEntitiesStageDrewOneSpanOverIt() {
        String text = "Crews were sent to Hawaii and Guam, Louisiana and Nevada after the storms.";
        Article a = enricher.enrich(Article.builder("c-l", text, "t")
                .entities(List.of(entity(text, "Hawaii and Guam, Louisiana", EntityType.LOCATION))).build());
        assertThat(place(a, "Hawaii")).map(Place::featureCode).contains("ADM1");
        assertThat(place(a, "Guam")).map(Place::countryCode).contains("GU");
        assertThat(place(a, "Louisiana")).map(Place::featureCode).contains("ADM1");
        assertThat(place(a, "Hawaii and Guam, Louisiana")).isEmpty();
    }

    @Test
    void shouldKeepAStateInsideALongerLocationWhenTheGazetteerLacksTheLongerName() {
        String text = "Historians marked the anniversary of the Louisiana Purchase in New Orleans on Sunday.";
        Article a = enricher.enrich(Article.builder("c-p", text, "t")
                .entities(List.of(entity(text, "Louisiana Purchase", EntityType.LOCATION))).build());
        assertThat(place(a, "Louisiana")).map(Place::geonameId).contains(4331987L);
        // the longer name stays an unknown location of its own, without a GeoNames id
        assertThat(place(a, "Louisiana Purchase")).map(Place::geonameId).isEmpty();
    }

    @Test
    void shouldNotLetAUniversityTeamNameItsStateWhenTheOtherTeamIsACity() {
        Article a = enrich(null, "Mississippi State beat Louisville 73-63 in the semifinal on Friday night.");
        assertThat(place(a, "Louisville")).map(Place::admin1).contains("Kentucky");
    }
    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // text (written for these tests) | the PERSON span a tagger drew | the place it begins | its country, or none
        "U.S. Trade Representative Robert Lighthizer said talks would resume in May. | U.S. Trade Representative Robert Lighthizer | U.S.   | US",
        "UK Foreign Secretary Jane Doe flew to Nairobi on Monday.                     | UK Foreign Secretary Jane Doe               | UK     | GB",
        "Jordan Henderson Smith scored twice on Saturday.                             | Jordan Henderson Smith                      | Jordan | -",
        "Chad Smith said the band would tour again.                                   | Chad Smith                                  | Chad   | -",
    })
    void shouldKeepACountryAcronymThatBeginsAPersonSpanWhenATitleFollows(String text, String person, String surface,
            String cc) {
        Article a = enricher.enrich(Article.builder("c-t", text, "t")
                .entities(List.of(entity(text, person, EntityType.PERSON))).build());
        assertThat(place(a, surface).map(Place::countryCode)).isEqualTo(Optional.ofNullable(cc));
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', value = {
        // text (written for these tests) | the city | its first-level division, for every mention of it
        "Houston beat the Portland Trail Blazers 101-96 and Dallas lost in San Antonio; the Rockets swept their series with Portland. | Portland | Oregon",
        "Los Portland Trail Blazers perdieron en Dallas; Houston y San Antonio ganaron, y Portland jugará el jueves.                 | Portland | Oregon",
        "A late goal gave the Columbus Crew a draw in Atlanta, Georgia; Macon and Savannah fans watched Columbus play on TV.         | Columbus | Ohio",
        "Fans of the Hamilton Tiger-Cats filled the stadium as Hamilton celebrated the win.                                          | Hamilton | Ontario",
    })
    void shouldReadATeamsCityAsTheLeagueCityWhenTheStoryNamesTheTeam(String text, String city, String admin1) {
        Article a = enrich(null, text);
        assertThat(a.places()).filteredOn(p -> p.mentions().stream().anyMatch(m -> m.text().equals(city)))
                .singleElement().satisfies(p -> {
                    assertThat(p.admin1()).isEqualTo(admin1);
                    assertThat(p.mentions()).extracting(Mention::text).containsOnly(city);
                });
    }

    @Test
    void shouldKeepATownWrittenWithItsStateWhenATeamOfThatCityIsNamedToo() {
        Article a = enrich(null, "The Portland Trail Blazers won in Denver, while in Portland, Maine, the harbour "
                + "festival opened.");
        assertThat(a.places()).filteredOn(p -> p.mentions().stream().anyMatch(m -> m.text().equals("Portland")))
                .extracting(Place::admin1).containsExactlyInAnyOrder("Oregon", "Maine");
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // text (written for these tests) | the PERSON span a tagger drew | the place in it | its country, or none
        "Harare Mayor Bernard Moyo opened the new market on Friday.            | Harare Mayor Bernard Moyo          | Harare  | ZW",
        "Lagos Governor Ade Bello toured the flooded estates in Ikeja.         | Lagos Governor Ade Bello           | Lagos   | NG",
        "Crown Prince of Dubai Hamdan Saeed watched the race at Meydan.        | Crown Prince of Dubai Hamdan Saeed | Dubai   | AE",
        "Paris Hilton a chanté à Lyon samedi soir.                             | Paris Hilton                       | Paris   | -",
        "Houston Nutt coached the Razorbacks for ten seasons.                  | Houston Nutt                       | Houston | -",
        "Dallas Green managed the team in 1980.                                | Dallas Green                       | Dallas  | -",
    })
    void shouldKeepAPlaceInAPersonSpanWhenATitleNamesIt(String text, String person, String surface, String cc) {
        Article a = enricher.enrich(Article.builder("c-t", text, "t")
                .entities(List.of(entity(text, person, EntityType.PERSON))).build());
        assertThat(place(a, surface).map(Place::countryCode)).isEqualTo(Optional.ofNullable(cc));
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
        // text (written for these tests) | locations a tagger marked (;) | what "SA" stands for
        "Chiefs in Limpopo, Mpumalanga and Gauteng hold the mining rights, and in post-apartheid SA the land stays theirs. | Limpopo;Mpumalanga;Gauteng    | South Africa",
        "Wine growers in Victoria, Tasmania and Queensland had a dry year, while SA had its wettest spring.              | Victoria;Tasmania;Queensland | South Australia",
    })
    void shouldReadSAByTheDivisionsTheStoryNamesWhenATaggerMarkedThem(String text, String locations, String name) {
        List<Entity> entities = java.util.Arrays.stream(locations.split(";"))
                .map(l -> entity(text, l, EntityType.LOCATION)).toList();
        Article a = enricher.enrich(Article.builder("c-sa", text, "t").entities(entities).build());
        assertThat(place(a, "SA")).map(Place::name).contains(name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // text (written for these tests) | the name | whether it is read: a union of countries as a country, a sea not
        "The EU Transport Commissioner met airline chiefs on Monday.                | EU   | true",
        "Die EU Kommission legte am Dienstag einen neuen Entwurf vor.               | EU   | true",
        "Shares of Gulf Oil rose on Monday in New York.                             | Gulf | false",
    })
    void shouldReadAUnionOfCountriesBeforeACapitalisedWordWhenARegionWouldNotBe(String text, String surface,
            boolean read) {
        assertThat(place(enrich(null, text), surface).isPresent()).isEqualTo(read);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // text (written for these tests) | the name | its first-level division
        "The team flew home from Columbus, Ohio, and will play Louisville on Sunday.                        | Louisville | Kentucky",
        "El equipo viajó desde Columbus, Ohio, y jugará contra Louisville el domingo.                       | Louisville | Kentucky",
        "Crews from Canton, Alliance and Massillon fought a barn fire in Louisville overnight, Ohio police said. | Louisville | Ohio",
        "Louisville, Ohio, held its street fair on Saturday; Columbus sent a brass band.                    | Louisville | Ohio",
    })
    void shouldKeepTheBigCityOfANameWhenOnlyOneOtherPlaceIsInTheSmallTownsState(String text, String name,
            String admin1) {
        assertThat(place(enrich(null, text), name)).map(Place::admin1).contains(admin1);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // text (written for these tests) | the PERSON span a tagger drew | kept as a place (its country), or not
        "Aides met on the 26th floor of Trump Tower before the inauguration.   | Trump Tower | -",
        "Die Gespräche in Camp David dauerten bis Sonntag.                     | Camp David  | -",
        "St. Paul wrote to the Corinthians about charity.                      | St. Paul    | vetoed",
    })
    void shouldKeepACuratedLandmarkWhenATaggerReadItAsAPerson(String text, String person, String vetoed) {
        Article a = enricher.enrich(Article.builder("c-lm", text, "t")
                .entities(List.of(entity(text, person, EntityType.PERSON))).build());
        assertThat(place(a, person).isPresent()).isEqualTo(vetoed == null);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // text (written for these tests) | a street the gazetteer lacks, marked LOCATION | the state it is placed in
        "A Boston native was arrested in Evanston after a chase from Skokie along Maple Grove Avenue, police said. | Maple Grove Avenue | Illinois",
        "Un vecino de Boston fue detenido en Evanston tras una persecución desde Skokie por Maple Grove Avenue.    | Maple Grove Avenue | Illinois",
    })
    void shouldPlaceAnUnknownStreetInTheStateOfMostOfTheStorysPlacesWhenOneTownIsElsewhere(String text,
            String street, String admin1) {
        Article a = enricher.enrich(Article.builder("c-st", text, "t")
                .entities(List.of(entity(text, street, EntityType.LOCATION))).build());
        Place p = place(a, street).orElseThrow(() -> new AssertionError("no place for " + street));
        assertThat(p.geonameId()).isNull();
        assertThat(p.admin1()).isEqualTo(admin1);
        assertThat(p.precision()).isIn(Place.ADMIN2, Place.ADMIN1);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // text (written for these tests) | a name the gazetteer lacks, marked LOCATION | the country it is placed in
        "Traders in London waited for the Bank of Japan decision on Friday.                 | Bank of Japan                      | JP",
        "Les étudiants de l'Université de Calamba ont manifesté à Manille jeudi.            | Université de Calamba              | PH",
        "Protesters in Paris gathered outside the Embassy of the Republic of Armenia.       | Embassy of the Republic of Armenia | FR",
    })
    void shouldPlaceANameTheGazetteerLacksAtThePlaceInsideItWhenItLiesThere(String text, String name, String cc) {
        Article a = enricher.enrich(Article.builder("c-in", text, "t")
                .entities(List.of(entity(text, name, EntityType.LOCATION))).build());
        Place p = place(a, name).orElseThrow(() -> new AssertionError("no place for " + name));
        assertThat(p.geonameId()).isNull();
        assertThat(p.precision()).isNotEqualTo(Place.EXACT);
        assertThat(p.countryCode()).isEqualTo(cc);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // text (written for these tests) | the name | its first-level division: the town of that very name, not a
        // bigger town that GeoNames also lists under it
        "Fishermen from Southold met county officials in Riverhead on Tuesday.   | Southold | New York",
        "Los pescadores se reunieron en Southold con funcionarios de Riverhead.   | Southold | New York",
    })
    void shouldPreferATownOfItsOwnNameWhenAnotherHasTheNameOnlyAsAnAlternate(String text, String name,
            String admin1) {
        assertThat(place(enrich(null, text), name)).map(Place::admin1).contains(admin1);
    }
}
