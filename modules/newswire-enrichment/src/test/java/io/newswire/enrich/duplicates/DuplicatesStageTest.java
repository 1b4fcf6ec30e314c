package io.newswire.enrich.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.model.Article;
import io.newswire.model.DuplicateOf;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class DuplicatesStageTest {

    private static final DuplicatesStage STAGE = new DuplicatesStage();
    private static final Instant T0 = Instant.parse("2026-05-13T08:00:00Z");

    static final String GERMAN = "Das Hochwasser am Rhein hat am Dienstag in mehreren Gemeinden südlich von Köln "
            + "Keller und Straßen überflutet. Die Feuerwehr brachte nach eigenen Angaben 120 Bewohner in Sicherheit. "
            + "„Wir haben so einen Pegel seit Jahren nicht gesehen“, sagte die Bürgermeisterin Anna Becker. Der "
            + "Wetterdienst erwartet bis Freitag weiteren Regen in der Eifel und im Westerwald.";

    static Article article(String id, String text, Instant publishedAt, Instant ingestedAt) {
        return Article.builder(id, text, "test").publishedAt(publishedAt).ingestedAt(ingestedAt).build();
    }

    static List<Object[]> copies() {
        String story = DuplicateIndexTest.join(DuplicateIndexTest.STORY);
        return List.of(
                new Object[] {story, story.toUpperCase(java.util.Locale.ROOT), DuplicateOf.EXACT},
                new Object[] {story, "By a staff reporter\n\n" + story + "\n\nAll rights reserved.", DuplicateOf.NEAR},
                new Object[] {GERMAN, GERMAN.replace("„", "\"").replace("“", "\""), DuplicateOf.EXACT},
                new Object[] {GERMAN, GERMAN + " Mehr dazu in Kürze.", DuplicateOf.NEAR});
    }

    @ParameterizedTest
    @MethodSource("copies")
    void shouldPointAtTheOriginalAndJoinItsStoryWhenACopyArrives(String original, String copy, String kind) {
        DuplicateIndex state = new DuplicateIndex();
        Article first = STAGE.apply(article("a", original, T0, T0.plusSeconds(60)), state);
        Article second = STAGE.apply(article("b", copy, null, T0.plusSeconds(3600)), state);

        assertThat(first.duplicateOf()).isNull();
        assertThat(first.story().id()).isEqualTo("a");
        assertThat(first.story().size()).isEqualTo(1);
        assertThat(second.duplicateOf().id()).isEqualTo("a");
        assertThat(second.duplicateOf().kind()).isEqualTo(kind);
        assertThat(second.duplicateOf().similarity()).isBetween(0.5, 1.0);
        assertThat(second.story().id()).isEqualTo("a");
        assertThat(second.story().size()).isEqualTo(2);
        assertThat(second.story().firstSeen()).isEqualTo(T0);
    }

    @Test
    void shouldStartItsOwnStoryWhenTheArticleCopiesNothing() {
        DuplicateIndex state = new DuplicateIndex();
        STAGE.apply(article("a", DuplicateIndexTest.join(DuplicateIndexTest.STORY), T0, T0), state);
        Article other = STAGE.apply(article("b", DuplicateIndexTest.OTHER, null, T0.plusSeconds(5)), state);
        assertThat(other.duplicateOf()).isNull();
        assertThat(other.story().id()).isEqualTo("b");
        assertThat(other.story().firstSeen()).isEqualTo(T0.plusSeconds(5));
    }

    @Test
    void shouldKeepTheStoryIdOfABackfilledOriginalWhenItArrivesAfterItsCopies() {
        DuplicateIndex state = new DuplicateIndex();
        String story = DuplicateIndexTest.join(DuplicateIndexTest.STORY);
        Article copy = STAGE.apply(article("copy", story + " Updated.", T0.plusSeconds(7200), T0), state);
        Article original = STAGE.apply(article("original", story, T0, T0.plusSeconds(60)), state);
        Article late = STAGE.apply(article("late", story + " More to follow.", T0.plusSeconds(9000), T0), state);

        // the earlier original becomes the canonical, but the story keeps the id it was emitted with
        assertThat(copy.story().id()).isEqualTo("copy");
        assertThat(original.duplicateOf()).isNull();
        assertThat(original.story().id()).isEqualTo("copy");
        assertThat(original.story().firstSeen()).isEqualTo(T0);
        assertThat(late.duplicateOf().id()).isEqualTo("original");
        assertThat(late.story().id()).isEqualTo("copy");
        assertThat(late.story().size()).isEqualTo(3);
    }

    @Test
    void shouldGiveNoStoryWhenTheArticleHasNoTimeAtAll() {
        Article a = STAGE.apply(article("a", DuplicateIndexTest.OTHER, null, null), new DuplicateIndex());
        assertThat(a.story()).isNull();
        assertThat(a.duplicateOf()).isNull();
    }

    @Test
    void shouldGiveTheSameAnswersWhenTheSameInputIsReplayedInTheSameOrder() {
        List<String> texts = List.of(DuplicateIndexTest.join(DuplicateIndexTest.STORY), GERMAN,
                DuplicateIndexTest.join(DuplicateIndexTest.STORY.subList(0, 4)), GERMAN + " Ende.",
                DuplicateIndexTest.OTHER);
        assertThat(run(texts)).isEqualTo(run(texts));
    }

    private static List<String> run(List<String> texts) {
        DuplicateIndex state = new DuplicateIndex();
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            Article a = STAGE.apply(article("id-" + i, texts.get(i), null, T0.plusSeconds(i)), state);
            out.add(a.duplicateOf() + " " + a.story());
        }
        return out;
    }
}
