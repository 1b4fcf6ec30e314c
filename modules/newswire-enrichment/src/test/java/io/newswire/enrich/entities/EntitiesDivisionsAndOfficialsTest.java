package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityTexts.entities;
import static io.newswire.enrich.entities.EntityTexts.mentions;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Administrative divisions named by a name and a division word (places, never people or bodies), and lists of
 * officials whose titles hold a body, an adjective and a rank; in sentences with invented names written for this
 * test, from Chinese, Japanese, Russian, Turkish and Nigerian-style copy.
 */
class EntitiesDivisionsAndOfficialsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Officials in Yarkel Prefecture said the road would reopen on Monday. | Yarkel Prefecture",
        "The Qinglan Uygur Autonomous Region government said output rose by 8 percent. | Qinglan Uygur Autonomous Region",
        "Floods hit Qinglan Uygur Autonomous Region and Tashan Province last week. | Qinglan Uygur Autonomous Region",
        "Floods hit Qinglan Uygur Autonomous Region and Tashan Province last week. | Tashan Province",
        "Snow closed roads in Hokkaido Prefecture and Niigata Prefecture on Tuesday. | Niigata Prefecture",
        "Officials in Sverdlovsk Oblast and Krasnoyarsk Krai said the fires were contained. | Krasnoyarsk Krai",
        "Residents of Tarsk District said the water was unsafe. | Tarsk District",
        "Officials from Alvora Governorate met on Sunday. | Alvora Governorate",
        "Police in Mardel County said two people were injured. | Mardel County",
    })
    void shouldMakeANameWithADivisionWordAPlaceWhenTheTaggerTypesItOtherwise(String text, String place) {
        List<String> found = mentions(text);

        assertThat(found).contains("LOCATION " + place).noneMatch(m -> m.contains(place) && !m.startsWith("LOCATION"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The Kano State Government said it had paid the salaries. | Kano State Government",
    })
    void shouldKeepABodyWhenItsHeadFollowsTheDivisionWord(String text, String body) {
        assertThat(mentions(text)).contains("ORGANIZATION " + body);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Chief Public Prosecutor Ayşe Korkmaz opened an inquiry on Friday. | Ayşe Korkmaz | Chief Public Prosecutor",
        "Public Prosecutor Lena Vogt asked for a longer sentence. | Lena Vogt | Public Prosecutor",
        "Kazan University Rector Prof. Dr. Ilnur Sabirov spoke at the opening. | Ilnur Sabirov | Rector Prof. Dr.",
        "Ordel University Rector Prof. Dr. Meral Tunç, Ordel Mayor Kemal Aydın and Chief Public Prosecutor Sinan Er attended. | Sinan Er | Chief Public Prosecutor",
    })
    void shouldSplitARectorOrProsecutorTitleOffTheNameWhenItStandsBeforeIt(String text, String name, String title) {
        assertThat(entities(text)).filteredOn(e -> e.name().equals(name))
                .singleElement().satisfies(e -> assertThat(e.title()).isEqualTo(title));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Kazan University Rector Prof. Dr. Ilnur Sabirov spoke at the opening. | Kazan University",
        "Ordel University Rector Prof. Dr. Meral Tunç, Ordel Mayor Kemal Aydın and Chief Public Prosecutor Sinan Er attended. | Ordel University",
    })
    void shouldEndTheUniversityBeforeTheRectorWhenATitleFollowsIt(String text, String body) {
        assertThat(mentions(text)).contains("ORGANIZATION " + body).noneMatch(m -> m.contains("Rector"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Provincial Police Chief Fahri Aktaş said the road was closed. | Provincial",
        "Gendarmerie Regional Commander Brigadier General Selim Yurt inspected the posts. | Regional",
        "Yesterday Federal Police Commissioner Dmitri Orlov and Municipal Water Director Anna Belova met. | Federal",
        "Yesterday Federal Police Commissioner Dmitri Orlov and Municipal Water Director Anna Belova met. | Municipal",
        "Sivrel Regional Commander Brigadier General Hasan Doğru, Sivrel Mayor Oya Kılıç and Provincial Council President Cem Arslan attended. | Regional",
    })
    void shouldFindNoEntityWhenALevelAdjectiveOpensATitle(String text, String adjective) {
        assertThat(mentions(text)).noneMatch(m -> m.endsWith(" " + adjective) || m.contains(adjective + " Commander"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Provincial Police Chief Fahri Aktaş said the road was closed. | Fahri Aktaş",
        "Gendarmerie Regional Commander Brigadier General Selim Yurt inspected the posts. | Selim Yurt",
        "Yesterday Federal Police Commissioner Dmitri Orlov and Municipal Water Director Anna Belova met. | Anna Belova",
    })
    void shouldKeepThePersonWhenALevelAdjectiveOpensTheirTitle(String text, String name) {
        assertThat(mentions(text)).contains("PERSON " + name);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Khorasan Razavi Province Governor Yaqoub Hashemi said the dam was full. | Khorasan Razavi | Yaqoub Hashemi",
        "Aomori Prefecture Governor Kenji Mimura said the snow had stopped. | Aomori | Kenji Mimura",
        "Tarsk District Governor Omar Haidari said the road was open. | Tarsk | Omar Haidari",
    })
    void shouldMakeTheNameBeforeADivisionWordAndATitleAPlace(String text, String place, String person) {
        List<String> found = mentions(text);

        assertThat(found).contains("PERSON " + person).anyMatch(m -> m.startsWith("LOCATION " + place))
                .noneMatch(m -> m.contains(place) && !m.startsWith("LOCATION"));
    }
}
