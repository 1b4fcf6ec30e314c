package io.newswire.enrich.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** This module's tests run without newswire-enrichment: the factory must say what is missing. */
class PipelinesTest {

    @Test
    void shouldNameTheMissingModuleWhenNoProviderIsOnTheClassPath() {
        assertThatThrownBy(Pipelines::standard)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(PipelineProvider.class.getName())
                .hasMessageContaining("newswire-enrichment");
    }

    @Test
    void shouldKeepTheOtherOptionWhenOneIsChanged() {
        Clock clock = Clock.fixed(Instant.parse("2026-05-13T08:00:00Z"), ZoneOffset.UTC);
        Path file = Path.of("aliases.tsv");

        PipelineOptions options = PipelineOptions.defaults().withClock(clock).withEntityAliasesFile(file);

        assertThat(options.clock()).isEqualTo(clock);
        assertThat(options.entityAliasesFile()).isEqualTo(file);
        assertThat(options.withEntityAliasesFile(null).clock()).isEqualTo(clock);
        assertThat(PipelineOptions.defaults().entityAliasesFile()).isNull();
    }
}
