package io.newswire.enrich.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WordMapTest {

    private static final Map<String, Integer> MONTHS = months();

    private static Map<String, Integer> months() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("januar", 1);
        m.put("février", 2);
        m.put("mart", 3);
        m.put("Μάιος", 5);
        m.put("七月", 7);
        m.put("Aa", 10); // "Aa" and "BB" share a hash code
        m.put("BB", 11);
        m.put("dec.", 12);
        return m;
    }

    static Stream<Arguments> keys() {
        return Stream.of(
                Arguments.of("januar", 1),
                Arguments.of("Januar", null),
                Arguments.of("février", 2),
                Arguments.of("fevrier", null),
                Arguments.of("Μάιος", 5),
                Arguments.of("七月", 7),
                Arguments.of("七", null),
                Arguments.of("Aa", 10),
                Arguments.of("BB", 11),
                Arguments.of("C#", null), // the same hash code as "Aa", not a key
                Arguments.of("dec.", 12),
                Arguments.of("dec", null),
                Arguments.of(new String("mart".toCharArray()), 3));
    }

    @ParameterizedTest
    @MethodSource("keys")
    void shouldAnswerAsTheJdkMapWhenAskedAKey(String key, Integer value) {
        Map<String, Integer> jdk = Map.copyOf(MONTHS);
        WordMap<Integer> map = WordMap.copyOf(MONTHS);

        assertThat(map.get(key)).isEqualTo(value).isEqualTo(jdk.get(key));
        assertThat(map.containsKey(key)).isEqualTo(value != null).isEqualTo(jdk.containsKey(key));
        assertThat(map.getOrDefault(key, -1)).isEqualTo(jdk.getOrDefault(key, -1));
    }

    @Test
    void shouldFindEveryKeyWhenTheTableHoldsThousandsOfKeys() {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < 6000; i++) {
            m.put("k" + Integer.toString(i * 7919, 36), i);
        }
        WordMap<Integer> map = WordMap.copyOf(m);

        assertThat(map).hasSize(6000).isEqualTo(m);
        m.forEach((k, v) -> assertThat(map.get(k)).isEqualTo(v));
        assertThat(map.get("k-missing")).isNull();
    }

    @Test
    void shouldKeepTheCopiedOrderAndEqualTheJdkMapWhenIteratedOrCompared() {
        WordMap<Integer> map = WordMap.copyOf(MONTHS);

        assertThat(map.keySet()).containsExactlyElementsOf(MONTHS.keySet());
        assertThat(map).isEqualTo(Map.copyOf(MONTHS));
        assertThat(Map.copyOf(MONTHS)).isEqualTo(map);
        assertThat(map.hashCode()).isEqualTo(MONTHS.hashCode());
        assertThat(WordMap.copyOf(map)).isSameAs(map);
        assertThat(WordMap.copyOf(Map.of())).isEmpty();
    }

    @Test
    void shouldRejectWhatTheJdkMapRejectsWhenBuiltOrAsked() {
        Map<String, Integer> nullValue = new HashMap<>();
        nullValue.put("a", null);
        assertThatThrownBy(() -> WordMap.copyOf(nullValue)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> WordMap.copyOf(MONTHS).get(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> WordMap.copyOf(MONTHS).containsKey(null)).isInstanceOf(NullPointerException.class);
        assertThat(WordMap.copyOf(MONTHS).get(12)).isNull();
    }

    static Stream<Arguments> mutators() {
        return Stream.<Consumer<Map<String, Integer>>>of(
                m -> m.put("x", 1),
                m -> m.remove("mart"),
                m -> m.putAll(Map.of("x", 1)),
                Map::clear,
                m -> m.merge("mart", 1, Integer::sum),
                m -> m.entrySet().iterator().next().setValue(9),
                m -> {
                    var it = m.keySet().iterator();
                    it.next();
                    it.remove();
                }).map(Arguments::of);
    }

    @ParameterizedTest
    @MethodSource("mutators")
    void shouldRefuseEveryChangeWhenAskedToChange(Consumer<Map<String, Integer>> change) {
        WordMap<Integer> map = WordMap.copyOf(MONTHS);

        assertThatThrownBy(() -> change.accept(map)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(map).isEqualTo(MONTHS);
    }
}
