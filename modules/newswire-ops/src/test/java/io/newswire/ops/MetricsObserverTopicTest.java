package io.newswire.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newswire.model.Article;
import io.newswire.model.Topic;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetricsObserverTopicTest {

    @Test
    void shouldCountEachTopLevelTopicWhenArticlesAreEnriched() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        MetricsObserver observer = new MetricsObserver(registry);
        Topic conflict = new Topic("medtop:16000000", "conflict, war and peace", 0.8);
        Topic politics = new Topic("medtop:11000000", "politics", 0.5);
        Topic subtopic = new Topic("medtop:20000053", "a subject below the top level", 0.4);
        observer.enriched(Article.builder("u-1", "Text.", "1").topics(List.of(conflict, politics)).build());
        observer.enriched(Article.builder("u-2", "Text.", "1").topics(List.of(conflict, subtopic)).build());
        observer.enriched(Article.builder("u-3", "Texte.", "1").build());

        assertThat(registry.get("newswire.articles.by.topic").tag("topic", "medtop:16000000").counter().count())
                .isEqualTo(2.0);
        assertThat(registry.get("newswire.articles.by.topic").tag("topic", "medtop:11000000").counter().count())
                .isEqualTo(1.0);
        assertThat(registry.find("newswire.articles.by.topic").counters()).hasSize(2);
    }
}
