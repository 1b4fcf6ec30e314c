package io.newswire.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NewswireConfigTest {

    @Test
    void shouldRejectStatsTopicWhoseEventsTopicClashesWithAnotherTopic() {
        assertThatThrownBy(() -> NewswireConfig.from(Map.of(NewswireConfig.TOPIC_STATS, "news",
                NewswireConfig.TOPIC_RAW, "news.events")))
                .isInstanceOf(ConfigException.class).hasMessageContaining(NewswireConfig.TOPIC_STATS);
    }

    @Test
    void shouldTurnStatisticsOffWhenSettingIsFalse() {
        assertThat(NewswireConfig.from(Map.of()).statsEnabled()).isTrue();
        assertThat(NewswireConfig.from(Map.of(NewswireConfig.STATS_ENABLED, "FALSE")).statsEnabled()).isFalse();
        assertThatThrownBy(() -> NewswireConfig.from(Map.of(NewswireConfig.STATS_ENABLED, "yes")))
                .isInstanceOf(ConfigException.class).hasMessageContaining(NewswireConfig.STATS_ENABLED);
    }

    @Test
    void shouldUseDefaultsWhenNothingIsSet() {
        NewswireConfig c = NewswireConfig.from(Map.of("bootstrap.servers", "k:9092"));
        assertThat(c.topics().names()).containsExactly(NewswireTopics.DEFAULT_RAW, NewswireTopics.DEFAULT_ENRICHED,
                NewswireTopics.DEFAULT_DLQ, NewswireTopics.DEFAULT_STATS,
                NewswireTopics.DEFAULT_STATS + NewswireTopics.EVENTS_SUFFIX);
        assertThat(c.partitions()).isEqualTo(3);
        assertThat(c.applicationId()).isEqualTo("newswire");
        assertThat(c.clientProperties()).containsEntry("bootstrap.servers", "k:9092");
    }

    @Test
    void shouldTakeAnEntityAliasFileWhenItIsReadable(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("aliases.tsv"),
                "org:sepahan\tORGANIZATION\tSepahan Steel Club\tSepahan\n");
        NewswireConfig c = NewswireConfig.from(Map.of(NewswireConfig.ENTITY_ALIASES_FILE, file.toString()));
        assertThat(c.entityAliasesFile()).isEqualTo(file);
        assertThat(NewswireConfig.from(Map.of()).entityAliasesFile()).isNull();
        assertThatThrownBy(() -> NewswireConfig.from(Map.of(NewswireConfig.ENTITY_ALIASES_FILE,
                dir.resolve("missing.tsv").toString()))).isInstanceOf(ConfigException.class)
                .hasMessageContaining(NewswireConfig.ENTITY_ALIASES_FILE);
    }

    @Test
    void shouldPassKafkaSettingsThroughAndMaskSecretsWhenDescribed() {
        NewswireConfig c = NewswireConfig.from(Map.of(
                "bootstrap.servers", "k:9093",
                "security.protocol", "SASL_SSL",
                "sasl.mechanism", "SCRAM-SHA-512",
                "sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required "
                        + "username=\"u\" password=\"p4ss\";",
                "ssl.truststore.password", "hunter2"));
        assertThat(c.clientProperties()).containsEntry("security.protocol", "SASL_SSL")
                .containsKey("sasl.jaas.config");
        assertThat(c.describe().toString()).doesNotContain("p4ss", "hunter2").contains("SASL_SSL", "[hidden]");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "newswire.topic.partitions | zero     | newswire.topic.partitions",
        "newswire.topic.partitions | 0        | newswire.topic.partitions",
        "newswire.topic.raw        | bad name | newswire.topic.raw",
        "newswire.max.body.chars   | -5       | newswire.max.body.chars",
        "newswire.topci.raw        | x        | newswire.topci.raw",
        "application.id            | ' '      | application.id",
        "newswire.topic.replication.factor | 0 | newswire.topic.replication.factor",
        "newswire.topic.replication.factor | 40000 | newswire.topic.replication.factor",
        "newswire.max.record.bytes | 1023 | newswire.max.record.bytes",
        "newswire.entities.aliases.file | /no/such/aliases.tsv | newswire.entities.aliases.file",
        "newswire.duplicates.enabled | maybe | newswire.duplicates.enabled",
        "newswire.duplicates.retention.ms | 1000 | newswire.duplicates.retention.ms",
    })
    void shouldFailNamingTheSettingWhenAValueIsInvalid(String key, String value, String named) {
        assertThatThrownBy(() -> NewswireConfig.from(Map.of(key, value)))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(named);
    }

    @Test
    void shouldLeaveDuplicatesOffWithASevenDayRetentionUnlessConfiguredOtherwise() {
        assertThat(NewswireConfig.from(Map.of()).duplicates()).isEqualTo(DuplicatesSettings.DEFAULT)
                .isEqualTo(new DuplicatesSettings(false, java.time.Duration.ofDays(7), DuplicatesSettings.DEFAULT_STORIES));
        NewswireConfig on = NewswireConfig.from(Map.of(NewswireConfig.DUPLICATES_ENABLED, "true"));
        assertThat(on.duplicates().enabled()).isTrue();
        NewswireConfig off = NewswireConfig.from(Map.of(NewswireConfig.DUPLICATES_ENABLED, "false",
                NewswireConfig.DUPLICATES_RETENTION_MS, "86400000"));
        assertThat(off.duplicates()).isEqualTo(new DuplicatesSettings(false, java.time.Duration.ofDays(1),
                DuplicatesSettings.DEFAULT_STORIES));
        assertThatThrownBy(() -> NewswireConfig.from(Map.of(NewswireConfig.TOPIC_STORIES, "news.raw")))
                .isInstanceOf(ConfigException.class).hasMessageContaining(NewswireConfig.TOPIC_STORIES);
        assertThat(off.describe()).containsEntry(NewswireConfig.DUPLICATES_ENABLED, "false")
                .containsEntry(NewswireConfig.DUPLICATES_RETENTION_MS, "86400000");
        assertThat(DuplicatesSettings.sequenceTopic("newswire")).isEqualTo("newswire-dedup-sequence");
    }

    @Test
    void shouldRejectSameNameForTwoTopicsWhenConfigured() {
        assertThatThrownBy(() -> NewswireConfig.from(Map.of("newswire.topic.dlq", "news.raw")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("must differ");
    }

    @Test
    void shouldRequireBootstrapServersWhenAClientIsBuilt() {
        assertThatThrownBy(() -> NewswireConfig.from(Map.of()).clientProperties())
                .isInstanceOf(ConfigException.class).hasMessageContaining("bootstrap.servers");
    }

    @Test
    void shouldKeepTheDefaultWhenANumberOrBooleanIsLeftEmpty() {
        NewswireConfig c = NewswireConfig.from(Map.of(NewswireConfig.TOPIC_PARTITIONS, "",
                NewswireConfig.STATS_ENABLED, " ", NewswireConfig.ENTITY_ALIASES_FILE, ""));
        assertThat(c.partitions()).isEqualTo(NewswireConfig.DEFAULT_PARTITIONS);
        assertThat(c.statsEnabled()).isTrue();
        assertThat(c.entityAliasesFile()).isNull();
    }

    @Test
    void shouldTrimValuesWhenTheyAreParsed() {
        NewswireConfig c = NewswireConfig.from(Map.of(NewswireConfig.TOPIC_PARTITIONS, " 6 ",
                NewswireConfig.TOPIC_RAW, " in ", NewswireConfig.TOPIC_REPLICATION_FACTOR, "3"));
        assertThat(c.partitions()).isEqualTo(6);
        assertThat(c.topics().raw().name()).isEqualTo("in");
        assertThat(c.replicationFactor()).isEqualTo((short) 3);
    }

    @Test
    void shouldListTheKnownSettingsWhenOneIsUnknown() {
        assertThatThrownBy(() -> NewswireConfig.from(Map.of("newswire.topic.rwa", "x")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("newswire.topic.rwa").hasMessageContaining(NewswireConfig.TOPIC_RAW);
    }

    @Test
    void shouldDescribeEveryDefinedSettingWhenDescribed() {
        assertThat(NewswireConfig.from(Map.of()).describe()).containsKeys(
                NewswireConfig.configDef().names().toArray(String[]::new));
    }

    @Test
    void shouldDeclareEveryNewswireSettingWithDocumentationWhenTheDefinitionIsRead() {
        assertThat(NewswireConfig.configDef().configKeys().values()).allSatisfy(key -> {
            assertThat(key.documentation).as(key.name).isNotBlank();
            assertThat(key.importance).as(key.name).isNotNull();
        });
        assertThat(NewswireConfig.configDef().names()).contains(NewswireConfig.BOOTSTRAP_SERVERS,
                NewswireConfig.APPLICATION_ID, NewswireConfig.TOPIC_RAW, NewswireConfig.TOPIC_ENRICHED,
                NewswireConfig.TOPIC_DLQ, NewswireConfig.TOPIC_STATS, NewswireConfig.TOPIC_PARTITIONS,
                NewswireConfig.TOPIC_REPLICATION_FACTOR, NewswireConfig.MAX_BODY_CHARS,
                NewswireConfig.MAX_RECORD_BYTES, NewswireConfig.STATS_ENABLED, NewswireConfig.ENTITY_ALIASES_FILE);
    }

    @Test
    void shouldTakeNerModelsPerLanguageWhenTheFilesAreReadable(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path es = java.nio.file.Files.writeString(dir.resolve("ner-es.bin.gz"), "x");
        java.nio.file.Path nl = java.nio.file.Files.writeString(dir.resolve("ner-nl.bin.gz"), "x");

        NewswireConfig c = NewswireConfig.from(Map.of(NewswireConfig.ENTITY_NER_MODELS, "es=" + es + ", nl=" + nl));

        assertThat(c.nerModelFiles()).containsExactlyInAnyOrderEntriesOf(Map.of("es", es, "nl", nl));
        assertThat(c.describe()).containsEntry(NewswireConfig.ENTITY_NER_MODELS, "es=" + es + ",nl=" + nl);
        assertThat(NewswireConfig.from(Map.of()).nerModelFiles()).isEmpty();
        assertThat(NewswireConfig.from(Map.of(NewswireConfig.ENTITY_NER_MODELS, "")).nerModelFiles()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ner-es.bin.gz              | two-letter",
        "spa={es}                   | two-letter",
        "ES={es}                    | two-letter",
        "en={es}                    | English",
        "es={es},es={es}            | twice",
        "es=                        | not a readable file",
        "nl={dir}/absent.bin.gz     | absent.bin.gz",
    })
    void shouldFailNamingTheSettingWhenANerModelEntryIsInvalid(String value, String reason,
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path es = java.nio.file.Files.writeString(dir.resolve("ner-es.bin.gz"), "x");
        String setting = value.replace("{es}", es.toString()).replace("{dir}", dir.toString());

        assertThatThrownBy(() -> NewswireConfig.from(Map.of(NewswireConfig.ENTITY_NER_MODELS, setting)))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(NewswireConfig.ENTITY_NER_MODELS)
                .hasMessageContaining(reason);
    }
}
