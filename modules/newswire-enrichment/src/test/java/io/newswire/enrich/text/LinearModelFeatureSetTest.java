package io.newswire.enrich.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LinearModelFeatureSetTest {

    private static final int BUCKETS = 1 << 12;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Flood closes bridge | Rain fell all night in the valley.",
        "Überschwemmung in Köln | Der Rhein trat über die Ufer.",
        "Наводнение в Казани | Вода поднялась за ночь.",
    })
    void shouldAddTheHeadlineAsBodyWordsWhenFeatureSetIsOne(String title, String text) {
        int[] apart = HashedFeatures.of(title, text, BUCKETS, HashedFeatures.HEADLINE_APART);
        int[] both = HashedFeatures.of(title, text, BUCKETS, HashedFeatures.HEADLINE_ALSO_AS_BODY);
        int[] headlineAsBody = HashedFeatures.of(null, title, BUCKETS);
        assertThat(apart).isEqualTo(HashedFeatures.of(title, text, BUCKETS));
        int[] expected = java.util.stream.IntStream.concat(Arrays.stream(apart), Arrays.stream(headlineAsBody))
                .sorted().toArray();
        assertThat(Arrays.stream(both).sorted().toArray()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(ints = {HashedFeatures.HEADLINE_APART, HashedFeatures.HEADLINE_ALSO_AS_BODY})
    void shouldKeepTheFeatureSetWhenWrittenAndRead(int set) throws Exception {
        float[] w = new float[16 * 2];
        for (int i = 0; i < w.length; i++) {
            w[i] = i * 0.25f - 3;
        }
        LinearModel model = new LinearModel(List.of("a", "b"), 16, w, new float[] {0.5f, -0.5f}, set);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.write(bytes);
        LinearModel read = LinearModel.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertThat(read.featureSet()).isEqualTo(set);
        assertThat(read.weights()).isEqualTo(w);
        assertThat(read.probabilities("Grève à Paris", "Les cheminots arrêtent le travail."))
                .isEqualTo(model.probabilities("Grève à Paris", "Les cheminots arrêtent le travail."));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 2})
    void shouldRejectAnUnknownFeatureSetWhenBuilt(int set) {
        assertThatThrownBy(() -> new LinearModel(List.of("a"), 1, new float[1], new float[1], set))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
