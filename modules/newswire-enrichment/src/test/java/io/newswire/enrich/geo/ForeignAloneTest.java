package io.newswire.enrich.geo;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.model.Article;
import io.newswire.model.Country;
import io.newswire.model.Dateline;
import io.newswire.model.Entity;
import io.newswire.model.EntityType;
import io.newswire.model.Language;
import io.newswire.model.Mention;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * False countries on real copy (issue 15, s32 QA causes C3 and C5): a common noun, a make or a given name read as a
 * town abroad when the story is firmly set elsewhere; a word of a person's name read as a town; a dateline region
 * that is a Mexican state's abbreviation or a province held at the second level; a place before a possessive
 * ("X's Y") that holds the next. Every sentence is written for these tests; the people are invented.
 */
class ForeignAloneTest {

    private final GeoEnricher enricher = new GeoEnricher();

    /**
     * {@code spans} "Surface:TYPE;Surface:TYPE", each over the last occurrence of its surface (so that a name's
     * second mention can be a LOCATION after its first inside a PERSON span).
     */
    private Article enrich(String language, String dateline, String region, String text, String spans) {
        List<Entity> entities = new ArrayList<>();
        for (String sp : spans == null ? new String[0] : spans.split(";")) {
            String[] p = sp.strip().split(":");
            int at = text.lastIndexOf(p[0]);
            entities.add(new Entity(null, p[0], EntityType.valueOf(p[1]), null, List.of(),
                    List.of(new Mention(at, at + p[0].length(), p[0])), 1, 0.9));
        }
        Article.Builder b = Article.builder("f-1", text, "t").language(new Language(language, 0.99)).entities(entities);
        if (dateline != null) {
            b.dateline(new Dateline(dateline.toUpperCase(java.util.Locale.ROOT), dateline, region, null, null, null));
        }
        return enricher.enrich(b.build());
    }

    @ParameterizedTest(name = "{5} not in \"{3}\"")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // language | dateline | its region | text | entity spans | a country the story must not get
        // a make, a common noun, a given name, the story firmly set elsewhere (two towns, a division, a dateline)
        "en | - | - | Officers in Eldoret and Nakuru stopped the gang's Honda pick-up at a roadblock on Friday. | Eldoret:LOCATION;Nakuru:LOCATION;Honda:LOCATION | CO",
        "de | - | - | In Passau und Deggendorf musste die Feuerwehr den Fahrer mit schwerem Gerät aus dem Wagen befreien. | Passau:LOCATION;Deggendorf:LOCATION | AF",
        "en | Mardan | - | Police arrested Tariq Shah on Monday while his brother, Kamran, escaped on a motorbike. | Kamran:LOCATION | VN",
        "id | - | - | Polisi di Kabupaten Balangan menangkap sopir mobil Honda Brio warna hitam itu. | Kabupaten Balangan:LOCATION;Honda:LOCATION | CO",
        // a word of the name of a person the story gives
        "en | - | - | Craig Pellow, 31, of Southall, was jailed at Isleworth Crown Court. It took Craig months to admit it. | Craig Pellow:PERSON;Southall:LOCATION;Craig:LOCATION | US",
        // "Central" is a part of the town, not Paraguay's department
        "pt | - | - | O suspeito foi preso num hospital da Região Central de Belo Horizonte, em Minas Gerais. | Central:LOCATION;Belo Horizonte:LOCATION;Minas Gerais:LOCATION | PY",
        // a dateline region: a Mexican state's abbreviation, a Philippine province
        "es | Morelia | Mich. | Un agente murió en un enfrentamiento en la carretera a Uruapan, informaron las autoridades. | Uruapan:LOCATION | US",
        "en | Carmen | Cotabato | The police chief of this town was shot dead on Tuesday while chasing two suspects. | - | MX",
        // a place the text holds inside another country's division by a possessive
        "en | - | - | A bus plunged into a ditch in Munshiganj's Srinagar upazila on Friday, injuring 12 passengers. | Munshiganj:LOCATION;Srinagar:LOCATION | IN",
        // a division's name inside a person's name (s33 QA)
        "es | - | - | La fiscalía de Veracruz y de Puebla identificó a la víctima como Marisol Ortega Lagunes, de 34 años. | Veracruz:LOCATION;Puebla:LOCATION;Lagunes:LOCATION | CI",
        // an acronym the text defines after a name that is no place
        "en | - | - | The Serious Incident Response Team (SIRT) said a man died in Saskatoon, Saskatchewan. SIRT said it would report. | SIRT:LOCATION;Saskatoon:LOCATION;Saskatchewan:LOCATION | LY",
        "en | Islamabad | - | The Supreme Court (SC) reserved its verdict on the appeal of two men from Lahore, Pakistan. | - | US",
        // a compass region of the story's own state, a common word with a capital
        "en | - | - | Fires burned across the state's South West as residents of Bunbury and Perth, Western Australia, fled. | South West:LOCATION;Bunbury:LOCATION;Perth:LOCATION | CM",
        "en | - | - | He was charged under section 124 of the Penal Code at the Milimani court in Nairobi, Kenya. | Nairobi:LOCATION;Kenya:LOCATION | TT",
        // a company named like a division abroad: a company cue after one mention speaks for the others
        "en | - | - | US regulators will review cancellations at Atlanta and Cincinnati airports. Troubled Delta, parent of the carrier Skyhop, cut 300 flights. Delta said crews were short. | US:LOCATION;Atlanta:LOCATION;Cincinnati:LOCATION;Delta:LOCATION | NG",
        // an adjective inside a division's name (s34 QA C1)
        "en | - | - | A magnitude 5.1 quake struck Jinghe County in the Bortala Mongolian Autonomous Prefecture of Xinjiang, China. | - | MN",
        // a state named with its division word, then by its name alone: one name, one place (s34 QA C1)
        "en | Minna | - | Six people died on the Bida-Lapai road in Niger State on Sunday. The road safety commander in Niger said the bus was overloaded. | - | NE",
    })
    void shouldNotGiveAForeignCountryWhenTheTextGivesNoEvidenceForIt(String language, String dateline, String region,
            String text, String spans, String country) {
        Article a = enrich(language, dateline, region, text, spans);
        assertThat(a.countries()).as("%s", a.places()).extracting(Country::code).doesNotContain(country);
    }

    @ParameterizedTest(name = "{5} in \"{3}\"")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // a city by its own name of 100,000 people or more stays alone, a make or not: such a name is a mention more
        // often than not (Manchester, Liverpool, Glasgow in stories set elsewhere), so Toyota stays too
        "en | - | - | Officers in Eldoret and Nakuru stopped the gang's Toyota pick-up at a roadblock on Friday. | Eldoret:LOCATION;Nakuru:LOCATION;Toyota:LOCATION | JP",
        // the text's own cue keeps a town abroad, even by an English name, in a story set elsewhere
        "en | London | - | The British brewer will build a plant in Ghent, the company said. | Ghent:LOCATION | BE",
        "en | - | - | Officers in Eldoret and Nakuru said the suspect had lived in Toyota for years. | Eldoret:LOCATION;Nakuru:LOCATION;Toyota:LOCATION | JP",
        // the demonym alone, and a country listed beside another, keep their country
        "en | - | - | The Mongolian delegation met Chinese officials in Ulaanbaatar on Monday. | - | MN",
        "en | - | - | Floods in Niger and Mali displaced thousands, the UN said. In Nigeria, Niger State and Kogi were hit hardest. | - | NE",
        // one demonym is no firm setting elsewhere: the town alone stays
        "nl | - | - | De Belgische verdachte werd donderdag op de A2 bij Eindhoven aangehouden. | Eindhoven:LOCATION | NL",
        // the country of the town named: nothing to doubt
        "en | - | - | Talks resumed in Kabul and Herat, Afghan officials said. | Kabul:LOCATION;Herat:LOCATION | AF",
        // the regions the abbreviation and the province name, read as the story's country
        "es | Morelia | Mich. | Un agente murió en un enfrentamiento en la carretera a Uruapan, informaron las autoridades. | Uruapan:LOCATION | MX",
        "en | Lansing | Mich. | The governor signed the budget on Tuesday, her office said. | - | US",
        "en | Carmen | Cotabato | The police chief of this town was shot dead on Tuesday while chasing two suspects. | - | PH",
        "en | - | - | A bus plunged into a ditch in Munshiganj's Srinagar upazila on Friday, injuring 12 passengers. | Munshiganj:LOCATION;Srinagar:LOCATION | BD",
        "en | - | - | Pilgrims crowded the shrines of Kashmir's Srinagar on Friday. | Kashmir:LOCATION;Srinagar:LOCATION | IN",
        // a division the story situates stays, whatever its name
        "en | - | - | Gunmen attacked a village in Delta on Sunday, police in Asaba, Nigeria, said. | Delta:LOCATION;Asaba:LOCATION;Nigeria:LOCATION | NG",
        // a town an organisation is named after ("University of X") is a mention of it
        "en | - | - | A study by the University of Edinburgh found more positive results in the US than in Europe. | University of Edinburgh:ORGANIZATION;US:LOCATION;Europe:LOCATION | GB",
        // an acronym after a place keeps its reading: "Flagstaff (US)" is no definition
        "en | - | - | Reporting by AP Flagstaff (US); the sheriff of Coconino County said the road reopened. | Flagstaff:LOCATION | US",
    })
    void shouldKeepTheCountryWhenTheTextSupportsIt(String language, String dateline, String region, String text,
            String spans, String country) {
        Article a = enrich(language, dateline, region, text, spans);
        assertThat(a.countries()).as("%s", a.places()).extracting(Country::code).contains(country);
    }
}
