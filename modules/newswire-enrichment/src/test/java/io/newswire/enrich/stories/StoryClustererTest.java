package io.newswire.enrich.stories;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.model.Article;
import io.newswire.model.Entity;
import io.newswire.model.EntityType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryClustererTest {

    private static final Instant T0 = Instant.parse("2026-04-02T06:00:00Z");

    // Two reports of one made-up flood, written differently, a report of another flood elsewhere, and an
    // unrelated story; in English and German.
    private static final String FLOOD_A = "Floodwaters swept through Marlow Creek on Tuesday after the Tamsin river burst "
            + "its banks, forcing about 4,000 residents from their homes, the county emergency office said.";
    private static final String FLOOD_B = "Some 4,000 people fled their homes in Marlow Creek as the Tamsin river "
            + "overflowed on Tuesday; emergency officials said boats were rescuing residents trapped by the floodwaters.";
    private static final String FLOOD_DE = "Nach dem Hochwasser des Tamsin mussten in Marlow Creek rund 4.000 Bewohner "
            + "ihre Häuser verlassen, teilte die Notfallbehörde des Bezirks am Dienstag mit.";
    private static final String BANK = "The central bank of Veronia left its main interest rate unchanged on Thursday, "
            + "saying inflation had slowed for a fourth month while wage growth stayed strong.";

    private static Article article(String id, String title, String text, String... entities) {
        List<Entity> es = java.util.Arrays.stream(entities).map(e -> new Entity("org:" + e.toLowerCase(
                java.util.Locale.ROOT).replace(' ', '-'), e, EntityType.LOCATION, null, List.of(e), List.of(), 1, 0.5))
                .toList();
        return Article.builder(id, text, "t").title(title).entities(es).build();
    }

    private static StoryClusterer.Assignment assign(StoryClusterer c, Article a, Instant t) {
        return c.assign(a.id(), t, StoryClusterer.features(a));
    }

    @Test
    void shouldJoinTheStoryWhenAnotherReportOfTheSameEventArrivesInAnyLanguage() {
        StoryClusterer c = new StoryClusterer();
        StoryClusterer.Assignment first = assign(c, article("a", "Thousands flee Marlow Creek flood", FLOOD_A,
                "Marlow Creek", "Tamsin"), T0);
        StoryClusterer.Assignment bank = assign(c, article("b", "Veronia holds rates", BANK, "Veronia"),
                T0.plusSeconds(60));
        StoryClusterer.Assignment second = assign(c, article("c", "Marlow Creek residents flee as Tamsin floods",
                FLOOD_B, "Marlow Creek", "Tamsin"), T0.plusSeconds(3600));
        StoryClusterer.Assignment german = assign(c, article("d", "Hochwasser in Marlow Creek", FLOOD_DE,
                "Marlow Creek", "Tamsin"), T0.plusSeconds(7200));

        assertThat(first.storyId()).isEqualTo("a");
        assertThat(first.size()).isEqualTo(1);
        assertThat(bank.storyId()).isEqualTo("b");
        assertThat(second.storyId()).isEqualTo("a");
        assertThat(second.size()).isEqualTo(2);
        assertThat(second.similarity()).isGreaterThan(0);
        assertThat(german.storyId()).isEqualTo("a");
        assertThat(german.firstSeen()).isEqualTo(T0);
        assertThat(c.stories()).isEqualTo(2);
    }

    @Test
    void shouldStartANewStoryWhenTheSameKindOfEventHappensAMonthLater() {
        StoryClusterer c = new StoryClusterer();
        assign(c, article("a", "Thousands flee Marlow Creek flood", FLOOD_A, "Marlow Creek", "Tamsin"), T0);
        StoryClusterer.Assignment later = assign(c, article("b", "Marlow Creek residents flee as Tamsin floods",
                FLOOD_B, "Marlow Creek", "Tamsin"), T0.plus(Duration.ofDays(30)));
        assertThat(later.storyId()).isEqualTo("b");
    }

    @Test
    void shouldDropStoriesWhenNoArticleJoinedThemWithinTheRetention() {
        StoryClusterer c = new StoryClusterer();
        for (int day = 0; day < 30; day++) {
            assign(c, article("d" + day, "Day " + day, BANK.replace("Thursday", "day " + day + " of the month")
                    + " Item " + day + ".", "Veronia"), T0.plus(Duration.ofDays(day * 2L)));
        }
        assertThat(c.stories()).isLessThanOrEqualTo(5);
    }
}
