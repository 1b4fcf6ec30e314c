package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityTexts.mentions;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Forms found by the eleventh blind set and the s34 QA (issue 16): companies named after sector nouns or two
 * surnames typed PERSON, stock indexes and tournaments named, features and localities typed PERSON, offices
 * typed ORGANIZATION, honours, money and Irish counties read as names. Every sentence and name is invented
 * for this test.
 */
class EntitiesIndexesAndCompaniesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Pune-based Sarangdhar Forgings said it would build a plant near Nashik. | ORGANIZATION Sarangdhar Forgings",
        "The deal values Brightwell Robotics at $2 billion. | ORGANIZATION Brightwell Robotics",
        "Orbis Textile Mills was the volume leader with 12 million shares. | ORGANIZATION Orbis Textile Mills",
        "The company will list on the Dar es Salaam Stock Exchange next year. | ORGANIZATION Dar es Salaam Stock Exchange",
    })
    void shouldTypeACompanyWhenASectorNounEndsIt(String text, String expected) {
        List<String> found = mentions(text);

        assertThat(found).contains(expected.split(";"));
        assertThat(found).noneMatch(m -> m.startsWith("PERSON"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The Sensex ended 0.4% lower, while the Kospi gained 1.1 percent.",
        "In Osaka, the Nikkei 225 fell 1.8%, and the Hang Seng index edged up 0.3%.",
        "The Lagos All-Share Index closed flat on Friday.",
        "Counsel to the defendant, Obinna Eze, SAN, asked for an adjournment.",
        "Station House Officer Inspector Harjit Brar said the accused had fled.",
        "The Sector Commander, Garba Lawan, said the road was reopened.",
    })
    void shouldNameNoBodyOrPlaceWhenTheWordsAreAnIndexAnHonourOrAnOffice(String text) {
        assertThat(mentions(text)).allMatch(m -> m.startsWith("PERSON ") || m.equals("LOCATION Osaka"))
                .noneMatch(m -> m.contains("Sensex") || m.contains("Kospi") || m.contains("Nikkei")
                        || m.contains("Hang Seng") || m.contains("Open") || m.contains("Championship")
                        || m.contains("Cup") || m.contains("SAN") || m.contains("Station") || m.contains("Sector"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Toxic froth returned to Varthur Lake after the first rains. | LOCATION Varthur Lake",
        "The final will be played at Putra Arena on Sunday. | LOCATION Putra Arena",
        "Plans for 90 homes in Greater Manchester were approved. | LOCATION Greater Manchester",
        "Gardai in Co Clare said a man in his 40s was arrested. | LOCATION Co Clare",
        "The officer said the parks in Koramangala, Hebbagodi and Chandapura had been given 15 days to reply. | LOCATION Koramangala;LOCATION Hebbagodi;LOCATION Chandapura",
    })
    void shouldTypeAPlaceWhenAPlacingWordAPlaceListOrAPlaceWordSaysSo(String text, String expected) {
        List<String> found = mentions(text);

        assertThat(found).contains(expected.split(";"));
        assertThat(found).noneMatch(m -> m.startsWith("PERSON") || m.startsWith("ORGANIZATION"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "US coach Bruce Arena said the team had played well. | PERSON Bruce Arena",
        "Hayley Mills starred in the film. | PERSON Hayley Mills",
        "Bass player Mike Mills was taken to hospital. | PERSON Mike Mills",
        "While it has 15 million customers in Japan, Kelvorn has found it difficult to grow. | LOCATION Japan",
        "Helen Steel and David Morris, from north London, lost the case. | PERSON David Morris",
        "The Dow Chemical plant in Texas was closed. | ORGANIZATION Dow Chemical",
        "Nikkei reported that the company would cut jobs. | ORGANIZATION Nikkei",
        "Mark Salter of Kestrel Ventures and Amy Holt spoke at the launch. | ORGANIZATION Kestrel Ventures;PERSON Amy Holt",
    })
    void shouldKeepThePersonOrBodyWhenNothingSaysOtherwise(String text, String expected) {
        assertThat(mentions(text)).contains(expected.split(";"));
    }
}
