package io.newswire.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The settings of the new sources: HTTP ingest and the feed poller. */
class SourceSettingsTest {

    @Test
    void shouldUseTheDocumentedDefaultsWhenNothingIsSet() {
        NewswireConfig config = NewswireConfig.from(Map.of());

        assertThat(config.httpIngest()).isEqualTo(HttpIngestSettings.disabled());
        assertThat(config.httpIngest().maxRequestBytes()).isEqualTo(16 * 1024 * 1024);
        assertThat(config.feeds()).isEqualTo(new FeedSettings("news.feeds.state", "newswire-feeds/0.1",
                Duration.ofSeconds(1), Duration.ofMinutes(5)));
    }

    @Test
    void shouldReadEverySettingAndMaskTheTokenWhenTheyAreSet() {
        NewswireConfig config = NewswireConfig.from(Map.of(
                NewswireConfig.HTTP_INGEST_ENABLED, "true",
                NewswireConfig.HTTP_INGEST_TOKEN, "abc.DEF-123_~+/==",
                NewswireConfig.HTTP_INGEST_MAX_REQUEST_BYTES, "2048",
                NewswireConfig.HTTP_INGEST_MAX_RECORDS, "7",
                NewswireConfig.FEEDS_STATE_TOPIC, "my.feeds",
                NewswireConfig.FEEDS_USER_AGENT, "agence-bot/2.0",
                NewswireConfig.FEEDS_HOST_INTERVAL_MS, "2500",
                NewswireConfig.FEEDS_POLL_INTERVAL_MS, "60000"));

        assertThat(config.httpIngest()).isEqualTo(new HttpIngestSettings(true, "abc.DEF-123_~+/==", 2048, 7));
        assertThat(config.feeds()).isEqualTo(new FeedSettings("my.feeds", "agence-bot/2.0", Duration.ofMillis(2500),
                Duration.ofMinutes(1)));
        assertThat(config.describe()).containsEntry(NewswireConfig.HTTP_INGEST_TOKEN, NewswireConfig.HIDDEN)
                .doesNotContainValue("abc.DEF-123_~+/==");
        assertThat(config.httpIngest().toString()).doesNotContain("abc.DEF");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "newswire.http.ingest.enabled=true|newswire.http.ingest.token",
        "newswire.http.ingest.token=clé secrète|ASCII",
        "newswire.http.ingest.max.records=0|newswire.http.ingest.max.records",
        "newswire.http.ingest.max.request.bytes=100|newswire.http.ingest.max.request.bytes",
        "newswire.feeds.host.interval.ms=-1|newswire.feeds.host.interval.ms",
        "newswire.feeds.poll.interval.ms=10|newswire.feeds.poll.interval.ms",
        "newswire.feeds.state.topic=bad topic|newswire.feeds.state.topic",
        "newswire.feeds.user.agent=|newswire.feeds.user.agent"})
    void shouldFailNamingTheSettingWhenAValueIsInvalid(String setting, String named) {
        String[] kv = setting.split("=", 2);

        assertThatThrownBy(() -> NewswireConfig.from(Map.of(kv[0], kv[1])))
                .isInstanceOf(ConfigException.class).hasMessageContaining(named);
    }
}
