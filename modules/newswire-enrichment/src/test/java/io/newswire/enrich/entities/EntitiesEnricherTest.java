package io.newswire.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.model.Article;
import io.newswire.model.Entity;
import io.newswire.model.EntityType;
import io.newswire.model.Mention;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntitiesEnricherTest {

    private static final EntitiesEnricher ENRICHER = new EntitiesEnricher(AliasTable.builtIn());

    private static List<Entity> entities(String text) {
        Article a = ENRICHER.enrich(Article.builder("c-1", text, "t").build());
        assertThat(a.text()).isEqualTo(text);
        for (Entity e : a.entities()) {
            assertThat(e.count()).isEqualTo(e.mentions().size());
            assertThat(e.salience()).isBetween(0.0, 1.0);
            for (Mention m : e.mentions()) {
                assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
            }
        }
        return a.entities();
    }

    private static Optional<Entity> named(List<Entity> entities, String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "Major General Mohammad Baqeri met the visiting delegation in Tehran on Sunday."
                + " | Mohammad Baqeri | PERSON | Major General",
        "Afghanistan's Defense Minister Tariq Shah Bahrami arrived in Kabul late on Friday."
                + " | Tariq Shah Bahrami | PERSON | Defense Minister",
        "Ayatollah Ahmad Jannati led the Friday prayers in the city on Friday. | Ahmad Jannati | PERSON | Ayatollah",
        "Prime Minister Recep Tayyip Erdoğan visited the new bridge on Monday."
                + " | Recep Tayyip Erdoğan | PERSON | Prime Minister",
        "The talks were held in Islamabad and Tehran last week. | Islamabad | LOCATION | -",
        "Officials from the IRGC met Press TV reporters. | Islamic Revolution Guards Corps | ORGANIZATION | -",
        "The spokesman told TASS that the talks went well. | TASS | ORGANIZATION | -",
        "Fighters of the Islamic State Khorasan Province attacked the post. | Islamic State Khorasan Province"
                + " | ORGANIZATION | -",
    })
    void shouldFindTypeAndTitleWhenNameIsInASentence(String text, String name, EntityType type, String title) {
        Entity e = named(entities(text), name).orElseThrow(() -> new AssertionError(name + " not found in "
                + entities(text)));
        assertThat(e.type()).isEqualTo(type);
        assertThat(e.title()).isEqualTo(title);
        assertThat(e.name()).doesNotContain("General", "Minister", "Ayatollah");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "On Monday the Chief of Staff of the Iranian Armed Forces Major General Mohammad Baqeri flew to Islamabad."
                + " | Mohammad Baqeri | Chief of Staff of the Iranian Armed Forces Major General",
        "Talks were held with Secretary of Iran's Supreme National Security Council Ali Shamkhani on Sunday."
                + " | Ali Shamkhani | Secretary of Iran's Supreme National Security Council",
    })
    void shouldAttachTheRoleWhenATitleNamesAnOrganisation(String text, String name, String title) {
        List<Entity> entities = entities(text);
        Entity person = named(entities, name).orElseThrow(() -> new AssertionError(name + " not in " + entities));
        assertThat(person.type()).isEqualTo(EntityType.PERSON);
        assertThat(person.title()).isEqualTo(title);
        assertThat(entities).as("an organisation named in the title").anyMatch(e -> e.type() == EntityType.ORGANIZATION
                && (title.endsWith(e.aliasesSeen().get(0)) || title.contains(e.aliasesSeen().get(0) + " ")));
    }

    @Test
    void shouldLinkASurnameToTheFullNameWhenBothAreInTheArticle() {
        List<Entity> entities = entities("Major General Mohammad Baqeri will visit Islamabad next week. "
                + "Baqeri is expected to meet army officials during the visit.");
        Entity baqeri = named(entities, "Mohammad Baqeri").orElseThrow();
        assertThat(baqeri.count()).isEqualTo(2);
        assertThat(baqeri.aliasesSeen()).containsExactly("Mohammad Baqeri", "Baqeri");
        assertThat(baqeri.title()).isEqualTo("Major General");
        assertThat(entities).filteredOn(e -> e.name().equals("Baqeri")).isEmpty();
    }

    @Test
    void shouldMergeDaeshIsilAndIsisWhenTheyAreOneGroup() {
        List<Entity> entities = entities("Daesh lost ground last year. Officials said ISIL fighters had moved "
                + "east, and that ISIS still held two villages. Da’esh denied it.");
        Entity is = entities.stream().filter(e -> "org:islamic-state".equals(e.id())).findFirst().orElseThrow();
        assertThat(is.name()).isEqualTo("Islamic State");
        assertThat(is.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(is.count()).isEqualTo(4);
        assertThat(is.aliasesSeen()).containsExactly("Daesh", "ISIL", "ISIS", "Da’esh");
    }

    @Test
    void shouldReadIsAsIslamicStateOnlyWhenTheArticleNamesItOtherwise() {
        assertThat(entities("IS claimed the attack near the border on Sunday."))
                .noneMatch(e -> "org:islamic-state".equals(e.id()));
        List<Entity> both = entities("Daesh fighters attacked a checkpoint. IS claimed the attack on Sunday.");
        Entity is = both.stream().filter(e -> "org:islamic-state".equals(e.id())).findFirst().orElseThrow();
        assertThat(is.aliasesSeen()).containsExactly("Daesh", "IS");
    }

    @Test
    void shouldUseTheUserAliasFileWhenOneIsGiven(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("my-aliases.tsv");
        Files.writeString(file, "# mine\n"
                + "org:islamic-state\tORGANIZATION\t\tDAESH-e-Islami\n"
                + "org:sepahan\tORGANIZATION\tSepahan Steel Club\tSepahan|Zob Ahan Sepahan\n");
        EntitiesEnricher enricher = new EntitiesEnricher(AliasTable.withUserFile(file));
        List<Entity> entities = enricher.entities("Sepahan beat the visitors on Friday, while Daesh was blamed for "
                + "a blast in the city.", null);
        assertThat(entities).anySatisfy(e -> {
            assertThat(e.id()).isEqualTo("org:sepahan");
            assertThat(e.name()).isEqualTo("Sepahan Steel Club");
        });
        assertThat(entities).anySatisfy(e -> assertThat(e.id()).isEqualTo("org:islamic-state"));
    }

    @Test
    void shouldRunTheUserFileInTheStandardPipelineWhenOneIsConfigured(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("aliases.tsv"),
                "org:persepolis-fc\tORGANIZATION\tPersepolis F.C.\tPerspolis|Persepolis\n");
        io.newswire.enrich.api.Pipeline pipeline = io.newswire.enrich.api.Pipelines.standard(
                io.newswire.enrich.api.PipelineOptions.defaults().withEntityAliasesFile(file));
        Article a = pipeline.process(io.newswire.model.RawArticle.ofText(null,
                "Perspolis fans gathered in Azadi stadium on Friday before the derby.").withId("c-2"));
        assertThat(a.entities()).anySatisfy(e -> assertThat(e.id()).isEqualTo("org:persepolis-fc"));
        assertThat(pipeline.stageNames()).containsExactly("normalize", "language", "entities", "geo", "link", "events",
                "quotes", "keywords", "topics", "tone");
    }

    @Test
    void shouldFindNothingWhenTextHasNoNames() {
        assertThat(entities("it rained all day and nobody went out.")).isEmpty();
        assertThat(entities("")).isEmpty();
    }

    @Test
    void shouldLeaveDerivedIdsAndSalienceToTheLinkStageWhenRecognising() {
        List<Entity> entities = entities("Major General Mohammad Baqeri met Taliban envoys on Monday.");
        assertThat(named(entities, "Mohammad Baqeri")).hasValueSatisfying(e -> assertThat(e.id()).isNull());
        assertThat(entities).filteredOn(e -> "org:taliban".equals(e.id())).hasSize(1);
        assertThat(entities).allSatisfy(e -> assertThat(e.salience()).isZero());
    }
}
