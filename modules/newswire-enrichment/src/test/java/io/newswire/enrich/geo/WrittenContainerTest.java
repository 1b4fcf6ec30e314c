package io.newswire.enrich.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static io.newswire.enrich.geo.GeoTexts.entity;
import static io.newswire.enrich.geo.GeoTexts.place;

import io.newswire.model.Article;
import io.newswire.model.Dateline;
import io.newswire.model.Entity;
import io.newswire.model.EntityType;
import io.newswire.model.Language;
import io.newswire.model.Place;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A name the gazetteer lacks takes its region from what the text says contains it ("X county in Xinjiang",
 * "X, a village in Sindh province", "X village in Nigeria's Niger state"), not from the dateline's or another
 * place's (issue 15, s28 QA cause 9); a name that is itself a county, a province, an island or a region does not
 * sit inside the anchor town's county or province. Every sentence and every unknown name here is written for
 * these tests (the unknown names are invented).
 */
class WrittenContainerTest {

    private final GeoEnricher enricher = new GeoEnricher();

    private Article enrich(String dateline, String text, String locations) {
        List<Entity> entities = new ArrayList<>();
        for (String loc : locations.split(";")) {
            entities.add(entity(text, loc.strip(), EntityType.LOCATION));
        }
        Article.Builder b = Article.builder("w-1", text, "t").language(new Language("en", 0.99)).entities(entities);
        if (dateline != null) {
            b.dateline(new Dateline(dateline.toUpperCase(java.util.Locale.ROOT), dateline, null, null, null));
        }
        return enricher.enrich(b.build());
    }

    @ParameterizedTest(name = "{3} -> {4}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // dateline | text | LOCATION spans | the unknown name | admin1 the text gives it | its country
        "Beijing | A strong quake hit Tashgurvek county in Xinjiang on Monday, state media said. | Tashgurvek; Xinjiang | Tashgurvek | Xinjiang | CN",
        "Beijing | Rescuers reached Tashgurvek County, Xinjiang, late on Monday. | Tashgurvek; Xinjiang | Tashgurvek | Xinjiang | CN",
        "Abuja | Gunmen raided Tungan Dodo village in Nigeria's Niger state overnight, police said. | Tungan Dodo; Nigeria; Niger | Tungan Dodo | Niger | NG",
        "Islamabad | Floods cut off Goth Mirzani, a village in Sindh province, officials said. | Goth Mirzani; Sindh | Goth Mirzani | Sindh | PK",
        "Nairobi | Police in Kiptabach, a town in Nakuru county, arrested two men. | Kiptabach; Nakuru | Kiptabach | Nakuru | KE",
        "Jakarta | Fires spread near Sungai Lemak in Riau province, the agency said. | Sungai Lemak; Riau | Sungai Lemak | Riau | ID",
        // no container written: the region of the story's own towns, not of the city it was filed from
        "Beijing | Herders in Tashgurvek lost their flocks, officials in Kashgar said on Tuesday. | Tashgurvek; Kashgar | Tashgurvek | Xinjiang | CN",
        "Kano | Traders at Kasuwar Dandali said prices in Sokoto had doubled since the Sokoto floods. | Kasuwar Dandali; Sokoto | Kasuwar Dandali | Sokoto | NG",
        // the dateline's town named again in the body is no place of its region of the story's own (s38)
        "Nairobi | Gunmen attacked a bus near Kulesa Dadi as it travelled from Garissa to Nairobi; police in Garissa said four people died. | Kulesa Dadi; Garissa; Nairobi | Kulesa Dadi | Garissa | KE",
        // the story names the dateline's region too: the dateline's stays
        "Lahore | The suspects were held at Mohallah Kotwalan, police in Lahore said. | Mohallah Kotwalan; Lahore | Mohallah Kotwalan | Punjab | PK",
    })
    void shouldTakeTheRegionTheTextGivesWhenTheDatelineIsElsewhere(String dateline, String text, String locations,
            String surface, String admin1, String country) {
        Place p = place(enrich(dateline, text, locations), surface)
                .orElseThrow(() -> new AssertionError("no place for " + surface));
        assertThat(p.geonameId()).isNull();
        assertThat(p.countryCode()).isEqualTo(country);
        assertThat(p.admin1()).isEqualTo(admin1);
        assertThat(p.precision()).isIn(Place.ADMIN1, Place.ADMIN2);
    }

    @ParameterizedTest(name = "{3}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // dateline | text | LOCATION spans | a name that is itself a division, an island or a region | its country
        "Jakarta | Haze from fires on Pulau Serimbang island reached the capital on Tuesday. | Pulau Serimbang | Pulau Serimbang | ID",
        "Beijing | Officials in Tashgurvek county said the roads were closed. | Tashgurvek | Tashgurvek | CN",
        "Manila | Troops were sent to Tagbaran province after the clashes. | Tagbaran | Tagbaran | PH",
    })
    void shouldNotPutADivisionOrIslandInsideTheDatelinesRegion(String dateline, String text, String locations,
            String surface, String country) {
        Place p = place(enrich(dateline, text, locations), surface)
                .orElseThrow(() -> new AssertionError("no place for " + surface));
        assertThat(p.geonameId()).isNull();
        assertThat(p.countryCode()).isEqualTo(country);
        assertThat(p.admin1()).isNull();
        assertThat(p.precision()).isEqualTo(Place.COUNTRY);
    }
}
