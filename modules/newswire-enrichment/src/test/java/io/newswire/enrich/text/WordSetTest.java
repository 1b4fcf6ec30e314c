package io.newswire.enrich.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WordSetTest {

    private static final List<String> MEMBERS = List.of("said", "told", "reported", "Ministry", "Bürgermeister",
            "préfet", "Δήμαρχος", "市长", "Aa", "BB", "Co.", ",", "");

    static Stream<Arguments> words() {
        return Stream.of(
                Arguments.of("said", true),
                Arguments.of("Said", false),
                Arguments.of("sai", false),
                Arguments.of("saidx", false),
                Arguments.of("Bürgermeister", true),
                Arguments.of("Burgermeister", false),
                Arguments.of("Δήμαρχος", true),
                Arguments.of("市长", true),
                Arguments.of("市", false),
                // "Aa" and "BB" share a hash code: each is found by its chars, not its hash
                Arguments.of("Aa", true),
                Arguments.of("BB", true),
                Arguments.of("C#", false),
                Arguments.of("Co.", true),
                Arguments.of("Co", false),
                Arguments.of(",", true),
                Arguments.of("", true),
                Arguments.of(new String("reported".toCharArray()), true));
    }

    @ParameterizedTest
    @MethodSource("words")
    void shouldAnswerAsTheJdkSetWhenAskedAWord(String word, boolean member) {
        Set<String> jdk = Set.copyOf(MEMBERS);
        WordSet set = WordSet.copyOf(MEMBERS);

        assertThat(set.contains(word)).isEqualTo(member).isEqualTo(jdk.contains(word));
    }

    @Test
    void shouldFindEveryMemberAndNoOtherWordWhenTheTableHoldsManyCollidingWords() {
        // words of equal hash codes in chains ("AaAa", "AaBB", "BBAa", "BBBB", ...), and thousands of plain ones
        List<String> members = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            StringBuilder sb = new StringBuilder();
            for (int bit = 0; bit < 6; bit++) {
                sb.append((i >> bit & 1) == 0 ? "Aa" : "BB");
            }
            (i % 2 == 0 ? members : others).add(sb.toString());
        }
        for (int i = 0; i < 5000; i++) {
            (i % 3 == 0 ? others : members).add("w" + Integer.toString(i * 7919, 36));
        }
        WordSet set = WordSet.copyOf(members);

        assertThat(set).hasSize(members.size());
        assertThat(members).allMatch(set::contains);
        assertThat(others).noneMatch(set::contains);
        assertThat(new HashSet<>(set)).isEqualTo(new HashSet<>(members));
    }

    @Test
    void shouldKeepTheOrderGivenWhenIterated() {
        assertThat(WordSet.of("weekly", "daily", "monthly")).containsExactly("weekly", "daily", "monthly");
        assertThat(WordSet.copyOf(List.of("b", "a", "b", "c"))).containsExactly("b", "a", "c");
    }

    @Test
    void shouldEqualTheJdkSetOfTheSameWordsWhenCompared() {
        Set<String> jdk = Set.of("police", "station", "district");
        WordSet set = WordSet.of("district", "police", "station");

        assertThat(set).isEqualTo(jdk);
        assertThat(jdk).isEqualTo(set);
        assertThat(set.hashCode()).isEqualTo(jdk.hashCode());
        assertThat(WordSet.of()).isEmpty();
        assertThat(WordSet.copyOf(List.of())).isEqualTo(Set.of());
    }

    @Test
    void shouldRejectWhatTheJdkSetsRejectWhenBuiltOrAsked() {
        assertThatThrownBy(() -> WordSet.of("a", "b", "a")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WordSet.of("a", null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> WordSet.copyOf(java.util.Arrays.asList("a", null)))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> WordSet.of("a").contains(null)).isInstanceOf(NullPointerException.class);
        assertThat(WordSet.of("1").contains(1)).isFalse();
    }

    static Stream<Arguments> mutators() {
        return Stream.<java.util.function.Consumer<Collection<String>>>of(
                s -> s.add("x"),
                s -> s.remove("a"),
                s -> s.addAll(List.of("x")),
                s -> s.removeAll(List.of("a")),
                s -> s.retainAll(List.of("a")),
                s -> s.removeIf(w -> true),
                Collection::clear,
                s -> {
                    var it = s.iterator();
                    it.next();
                    it.remove();
                }).map(Arguments::of);
    }

    @ParameterizedTest
    @MethodSource("mutators")
    void shouldRefuseEveryChangeWhenAskedToChange(java.util.function.Consumer<Collection<String>> change) {
        WordSet set = WordSet.of("a", "b");

        assertThatThrownBy(() -> change.accept(set)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(set).containsExactly("a", "b");
    }

    @Test
    void shouldReturnAWordSetWhenAWordListIsLoaded() {
        Set<String> list = WordList.load(Tokenizer.class, "title-abbreviations.txt");

        assertThat(list).isInstanceOf(WordSet.class).isNotEmpty();
        assertThat(WordSet.copyOf(list)).isSameAs(list);
    }
}
