package io.newswire.enrich.link;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.enrich.entities.AliasTable;
import io.newswire.enrich.entities.EntitiesEnricher;
import io.newswire.enrich.geo.GeoEnricher;
import io.newswire.model.Article;
import io.newswire.model.Entity;
import io.newswire.model.EntityType;
import io.newswire.model.Mention;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LinkEnricherTest {

    private static final EntitiesEnricher ENTITIES = new EntitiesEnricher(AliasTable.builtIn());
    private final GeoEnricher geo = new GeoEnricher();
    private final LinkEnricher enricher = new LinkEnricher();

    /** Entities, then link, as the standard pipeline runs them (geo adds nothing to these texts' ids). */
    private List<Entity> entities(String text, String headline) {
        Article a = enricher.enrich(ENTITIES.enrich(Article.builder("c-1", text, "t").title(headline).build()));
        for (Entity e : a.entities()) {
            assertThat(e.id()).isNotNull();
            assertThat(e.salience()).isBetween(0.0, 1.0);
        }
        return a.entities();
    }

    private static Optional<Entity> named(List<Entity> entities, String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    private static Entity entity(String text, EntityType type, String... surfaces) {
        List<Mention> mentions = new java.util.ArrayList<>();
        int from = 0;
        for (String surface : surfaces) {
            java.util.regex.Matcher word = java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(surface)
                    + "\\b").matcher(text);
            int at = word.find(from) ? word.start() : -1;
            mentions.add(new Mention(at, at + surface.length(), surface));
            from = at + surface.length();
        }
        return new Entity((type == EntityType.LOCATION ? "loc:" : "org:") + surfaces[0].toLowerCase(java.util.Locale.ROOT),
                surfaces[0], type, null, List.of(surfaces), mentions, mentions.size(), 0.5);
    }

    @Test
    void shouldLinkLocationEntitiesToOneGeonamesIdWhenSpellingsAndDemonymsDiffer() {
        String text = "Iranian border guards met Pakistani officers in Baluchistan on Monday. Iran says attacks in "
                + "Balochistan and in Sistan and Baluchestan must stop. The US said it was watching. Troops "
                + "were also sent to Farah Province in western Afghanistan. Talks were held in the Élysée Palace.";
        Article in = Article.builder("c-link", text, "t").entities(List.of(
                entity(text, EntityType.LOCATION, "Iranian"),
                entity(text, EntityType.LOCATION, "Pakistani"),
                entity(text, EntityType.LOCATION, "Baluchistan"),
                entity(text, EntityType.LOCATION, "Iran"),
                entity(text, EntityType.LOCATION, "Balochistan"),
                entity(text, EntityType.LOCATION, "Sistan"),
                entity(text, EntityType.LOCATION, "Baluchestan"),
                entity(text, EntityType.ORGANIZATION, "US"),
                entity(text, EntityType.ORGANIZATION, "Farah Province"),
                entity(text, EntityType.ORGANIZATION, "Élysée Palace"))).build();

        List<Entity> out = enricher.enrich(geo.enrich(in)).entities();

        java.util.Map<String, Entity> byName = new java.util.HashMap<>();
        out.forEach(e -> byName.put(e.name(), e));
        assertThat(byName.get("Iran").id()).isEqualTo("geonames:130758");
        assertThat(byName.get("Iran").aliasesSeen()).containsExactly("Iranian", "Iran");
        assertThat(byName.get("Iran").count()).isEqualTo(2);
        assertThat(byName.get("Pakistan").id()).isEqualTo("geonames:1168579");
        assertThat(byName.get("Balochistan").id()).isEqualTo("geonames:1183606");
        assertThat(byName.get("Balochistan").aliasesSeen()).containsExactly("Baluchistan", "Balochistan");
        Entity province = byName.get("Sistan and Baluchestan");
        assertThat(province).as("two tagger pieces, one province").isNotNull();
        assertThat(province.mentions()).extracting(Mention::text).containsExactly("Sistan and Baluchestan");
        assertThat(byName.get("United States").type()).isEqualTo(EntityType.LOCATION);
        assertThat(byName.get("United States").aliasesSeen()).containsExactly("US");
        assertThat(byName.get("Farah").type()).isEqualTo(EntityType.LOCATION);
        assertThat(byName.get("Farah").aliasesSeen()).containsExactly("Farah Province");
        assertThat(byName.get("Afghanistan")).as("a resolved place no entity covered becomes one").isNotNull();
        assertThat(byName.get("Afghanistan").id()).isEqualTo("geonames:1149361");
        assertThat(byName.get("Élysée Palace").type()).as("an organisation that is no place stays one")
                .isEqualTo(EntityType.ORGANIZATION);
        assertThat(out).extracting(Entity::name).doesNotHaveDuplicates()
                .doesNotContain("Iranian", "Pakistani", "Baluchistan", "Sistan", "Baluchestan", "US", "Farah Province");
        for (Entity e : out) {
            for (Mention m : e.mentions()) {
                assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
            }
        }
    }

    @Test
    void shouldGiveOneIdWhenArticlesSpellAPersonDifferently() {
        Entity a = named(entities("Major General Mohammad Baqeri visited the border on Monday.", null),
                "Mohammad Baqeri").orElseThrow();
        Entity b = named(entities("Chief of staff Mohammad Bagheri said on Tuesday that the drills would go on.",
                null), "Mohammad Bagheri").orElseThrow();
        assertThat(a.id()).isEqualTo(b.id()).startsWith("per:");
    }

    @Test
    void shouldRankTheMostMentionedEntityFirstWhenSalienceIsComputed() {
        List<Entity> entities = entities("Reuters reported the visit. Taliban fighters attacked a post. The Taliban "
                + "said the Taliban would talk. A Taliban spokesman confirmed it.", null);
        assertThat(entities.get(0).id()).isEqualTo("org:taliban");
        assertThat(entities.get(0).salience()).isGreaterThan(entities.get(entities.size() - 1).salience());
    }

    @Test
    void shouldAddTheHeadlineTermWhenTheHeadlineNamesTheEntity() {
        String text = "Reuters reported the visit. Officials in Kabul said the Taliban would talk.";
        Entity without = named(entities(text, null), "Taliban").orElseThrow();
        Entity with = named(entities(text, "Taliban to talk"), "Taliban").orElseThrow();
        assertThat(with.salience()).isEqualTo(Math.round((without.salience() + 0.2) * 1000) / 1000.0);
    }

    @Test
    void shouldMakeAResolvedPlaceAnEntityWhenNoEntityCoversIt() {
        Article in = geo.enrich(Article.builder("c-1", "Officials in Kabul met on Monday.", "t").build());
        Article out = enricher.enrich(in);
        assertThat(out.entities()).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo("geonames:1138958");
            assertThat(e.type()).isEqualTo(EntityType.LOCATION);
            assertThat(e.aliasesSeen()).containsExactly("Kabul");
        });
        assertThat(out.places()).isEqualTo(in.places());
    }

    private static Entity person(String text, String name, int mentions) {
        List<Mention> found = new java.util.ArrayList<>();
        int at = text.indexOf(name);
        while (at >= 0 && found.size() < mentions) {
            found.add(new Mention(at, at + name.length(), name));
            at = text.indexOf(name, at + name.length());
        }
        return new Entity(null, name, EntityType.PERSON, null, List.of(name), found, found.size(), 0.0);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        // first (more mentions) | second | one person?
        "Haidar al-Abadi | Heydar al-Abadi | true",
        "Abdulaziz al-Saud | Abd al-Aziz al-Saud | true",
        "Mohammad Javad Zarif | Muhammad Jawad Zareef | true",
        "Gholamreza Soleimani | Ghulamreza Suleimani | true",
        "Mohammad Bagheri | Mohammad Baqir Qalibaf | false",
        "Amir Hatami | Amir Hamidi | false",
        "Jean Dupont | Jean Dupond | false",
    })
    void shouldJoinPeopleWhenNamesAreSpellingsOfOneName(String first, String second, boolean one) {
        String text = first + " met officials on Monday. " + first + " said talks went well. Later " + second
                + " spoke to reporters.";
        Article in = Article.builder("c-var", text, "t")
                .entities(List.of(person(text, first, 2), person(text, second, 1))).build();
        List<Entity> out = enricher.enrich(in).entities().stream().filter(e -> e.type() == EntityType.PERSON).toList();
        if (one) {
            assertThat(out).hasSize(1);
            Entity joined = out.get(0);
            assertThat(joined.name()).isEqualTo(first);
            // the id is the one the first spelling alone would have had: ids come from nameKey, unchanged
            assertThat(joined.id()).isEqualTo("per:" + io.newswire.enrich.text.Folding.nameKey(first).replace(' ', '-'));
            assertThat(joined.mentions()).hasSize(3);
            assertThat(joined.aliasesSeen()).contains(first, second);
        } else {
            assertThat(out).extracting(Entity::name).containsExactlyInAnyOrder(first, second);
        }
    }
}
