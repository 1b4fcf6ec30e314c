package io.newswire.enrich.entities;

import static io.newswire.enrich.entities.EntityTexts.mentions;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Forms of wire copy (session s46, issue 16): a body's head word, then "of" and a place, inside one name ("Board
 * of Education of X County"); a railway line is a place, the company that runs it a body; two companies joined by "and" when the first
 * ends in its sector word and the second in none; a club before a player's position ("X halfback Y"); places whose names hold a lower-case particle
 * ("Dar es Salaam"); a town of two or three words after "and" in a list of places ("in the X and Y districts"); a short form
 * in brackets that spells a company's name after its leading legal form ("PT X Y (Xy)"), or after a body the tagger left untyped ("X Network (Jx)"); a senior counsel's letters after a name ("X SC"); two places joined by "and" before a comma and an
 * apposition ("between X and Y, capital of Z") stay two, and a town the tagger left untyped
 * after a place and "and" is a place ("between Paris and Kunming"); a body's short form in brackets written
 * with an inner capital or opening like the name ("(Afreximbank)") is a name of its own, not a qualifier; a place
 * the tagger cut off a body named by its head, "of" and its field ("X City" + "University of Music"); a camp named after a person or place ("Camp X"); a name ending in a local place's tail word ("X Nagar")
 * beside a place in a list; the honorific "Hon." and "Rt Hon" before a name; a public body
 * that joins two fields with "and" before its head ("X and Y Agency").
 * Sentences and names
 * written for this test; the places are real.
 */
class EntitiesBodiesLinesAndPartnersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The plan needs approval from the Board of Education of Harford County, which meets in May. | ORGANIZATION Board of Education of Harford County",
        "Students at the Community College of Allegany County returned to class on Monday. | ORGANIZATION Community College of Allegany County",
        "The Bank of Valletta said profit rose. | ORGANIZATION Bank of Valletta",
        "Traffic on the Benguela Railway resumed on Monday, the ministry said. | LOCATION Benguela Railway",
        "Freight on the Mombasa-Nairobi Railway rose by a tenth last year. | LOCATION Mombasa-Nairobi Railway",
        "The Lagos-Kano Railway will reopen next year, the minister said. | LOCATION Lagos-Kano Railway",
        "Orders were led by Tarvik Logistics and Quellmart, the survey said. | ORGANIZATION Tarvik Logistics",
        "Orders were led by Tarvik Logistics and Quellmart, the survey said. | ORGANIZATION Quellmart",
        "The contract went to Arden Builders and Development Corporation last year. | ORGANIZATION Arden Builders and Development Corporation",
        "The scheme by Harcourt Land and Property includes a school. | ORGANIZATION Harcourt Land and Property",
        "Roosters halfback Remy Sauer kicked three goals as his side won 20-12. | ORGANIZATION Roosters",
        "Roosters halfback Remy Sauer kicked three goals as his side won 20-12. | PERSON Remy Sauer",
        "Renegades wicketkeeper Dev Sorell took three catches. | ORGANIZATION Renegades",
        "Ships queued outside the Dar es Salaam Container Terminal last month. | LOCATION Dar es Salaam Container Terminal",
        "Fighting spread to Ras al Khaimah on Monday. | LOCATION Ras al Khaimah",
        "He studied at the University of Dar es Salaam in the 1990s. | ORGANIZATION University of Dar es Salaam",
        "The talks in Frankfurt am Main ended on Friday. | LOCATION Frankfurt am Main",
        "Timber permits in the Sandakan and Ranau districts were revoked. | LOCATION Ranau",
        "Ferries run from Cebu to Misamis Oriental and Misamis Occidental every day. | LOCATION Misamis Occidental",
        "He spoke in Leeds and Jordan Ashby spoke in York. | PERSON Jordan Ashby",
        "Creditors of PT Sinar Kencana Logam (Sinkalo) met in Jakarta on Monday. | ORGANIZATION PT Sinar Kencana Logam",
        "Creditors of PT Sinar Kencana Logam (Sinkalo) met in Jakarta on Monday. | ORGANIZATION Sinkalo",
        "The Tax Fairness Network (Jarifa) said the levy was unfair. | ORGANIZATION Tax Fairness Network",
        "The Tax Fairness Network (Jarifa) said the levy was unfair. | ORGANIZATION Jarifa",
        "Counsel for the State, Declan Hurley SC, said the case was weak. | PERSON Declan Hurley",
        "Trains between Lyon and Paris, capital of France, run daily. | LOCATION Lyon",
        "Trains between Lyon and Paris, capital of France, run daily. | LOCATION Paris",
        "Fighting in Jammu and Kashmir eased on Monday. | LOCATION Jammu and Kashmir",
        "Trains between Paris and Kunming now run four times a day. | LOCATION Kunming",
        "The Pan-African Shipping Bank (Pashibank) approved the loan. | ORGANIZATION Pan-African Shipping Bank",
        "The Pan-African Shipping Bank (Pashibank) approved the loan. | ORGANIZATION Pashibank",
        "The Nordic Weather Service (NordWeather) issued a warning. | ORGANIZATION NordWeather",
        "The Communist Party of India (Marxist) won the seat. | ORGANIZATION Communist Party of India (Marxist)",
        "Students at Sapporo City University of Music protested. | ORGANIZATION Sapporo City University of Music",
        "Officials in Nagoya said the University of Tokyo would help. | LOCATION Nagoya",
        "Troops returned to Camp Crame on Monday. | LOCATION Camp Crame",
        "Flooding hit Dwarka and Shastri Nagar on Monday. | LOCATION Shastri Nagar",
        "Speaking at the rally, Hon. Grace Atim thanked voters. | PERSON Grace Atim",
        "The Rt Hon Ann Lowe said the bill would pass. | PERSON Ann Lowe",
        "Shares of Hon Hai Precision Industry rose. | ORGANIZATION Hon Hai Precision Industry",
        "Maps from the Remote-Sensing and Space Research Agency were used. | ORGANIZATION Remote-Sensing and Space Research Agency",
        "The Fisheries and Oceans Department said stocks fell. | ORGANIZATION Fisheries and Oceans Department",
        "He thanked Kenya and the African Union Commission. | LOCATION Kenya",
        "Ireland captain Cian Doyle said the side had grown. | LOCATION Ireland",
        "Ireland fly-half Cian Doyle hailed the win. | LOCATION Ireland",
        "The Camp Crame Police Station was closed. | ORGANIZATION Camp Crame Police Station",
        "She moved to Lyon and Kunming later. | LOCATION Kunming",
        "John Hale KC said the ruling was wrong. | PERSON John Hale",
        "The lawyer, Chief Wole Ade SAN, told the court. | PERSON Wole Ade",
    })
    void shouldFindTheNameWhenCopyGivesThisForm(String text, String mention) {
        assertThat(mentions(text)).contains(mention);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The Gulf of Aden was calm on Monday, the navy said. | LOCATION Gulf of Aden",
        "The ferry to the Isle of Man was cancelled on Friday. | LOCATION Isle of Man",
        "Officials of the Union of the Comoros met in Moroni on Monday. | LOCATION Union of the Comoros",
        "The county board met in Towson, the seat of Baltimore County. | LOCATION Baltimore County",
        "The Tax Fairness Network (Kenya) said the levy was unfair. | LOCATION Kenya",
        "The Rovers beat Ballymena SC 2-1 on Saturday. | ORGANIZATION Ballymena SC",
    })
    void shouldKeepThePlaceWhenNoBodyHeadStandsBeforeOf(String text, String mention) {
        assertThat(mentions(text)).contains(mention);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "es | La Universidad de Sevilla y el Banco de España firmaron un acuerdo el lunes en Madrid. | ORGANIZATION Universidad de Sevilla",
        "es | La Universidad de Sevilla y el Banco de España firmaron un acuerdo el lunes en Madrid. | LOCATION Madrid",
        "es | Los combates llegaron a Santa Cruz de Tenerife el lunes, dijo el ejército. | LOCATION Santa Cruz de Tenerife",
        "fr | Les trains entre Paris et Kunming circulent quatre fois par jour. | LOCATION Kunming",
        "de | Der SC Freiburg gewann am Samstag mit 2:1 in Mainz. | ORGANIZATION SC Freiburg",
        "de | Die Benguela Railway wurde am Montag wieder geöffnet, teilte das Ministerium in Luanda mit. | LOCATION Luanda",
    })
    void shouldReadOtherLanguagesAsBeforeWhenTheyHoldTheseForms(String language, String text, String mention) {
        assertThat(mentions(text, language)).contains(mention);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Kenya Railways said the trains would run on time from Monday. | LOCATION Kenya Railways",
        "The Lusaka Railway Company Limited said freight rose. | LOCATION Lusaka Railway",
        "Kenyan fullback Ali Noor scored twice on Sunday. | ORGANIZATION Kenyan",
        "Speaking at the rally, Hon. Grace Atim thanked voters. | LOCATION Hon",
        "Arsenal and Manchester United drew 1-1. | ORGANIZATION Arsenal and Manchester United",
        "Talks between Fiat and General Motors broke down on Monday. | ORGANIZATION Fiat and General Motors",
        "The officials included a QC, Mark Hale, and two clerks. | ORGANIZATION QC",
        "The team was led by Rourke QC, who said the case was weak. Later Rourke said more. | ORGANIZATION QC",
        "Barristers Alan Rourke QC, Peter Vane QC and Tom Lowe were named. | PERSON QC",
        "He met Juan de la Cruz in Manila. | LOCATION Juan de la Cruz",
    })
    void shouldNotFindTheWrongNameWhenCopyGivesThisForm(String text, String notAMention) {
        assertThat(mentions(text)).doesNotContain(notAMention);
    }
}
