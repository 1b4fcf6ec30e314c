package io.newswire.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.newswire.enrich.text.LinearModel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinearTopicTrainerTest {

    private static final List<String> CLASSES = List.of("a", "b");

    // every example starts with class "a" ahead by `lead`; bucket 1 means "b", bucket 2 means "a"
    @ParameterizedTest
    @CsvSource({"0.5, 1, 1", "2.0, 1, 1", "2.0, 2, 0"})
    void shouldLearnWhatTheOffsetLacksWhenTrainedOnTopOfAnotherModel(double lead, int bucket, int expected) {
        List<LinearTopicTrainer.Example> data = new ArrayList<>();
        List<double[]> offsets = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            data.add(new LinearTopicTrainer.Example(i % 2 == 0 ? 1 : 0, new int[] {i % 2 == 0 ? 1 : 2}));
            offsets.add(new double[] {lead, 0});
        }
        LinearModel m = LinearTopicTrainer.train(data, offsets, CLASSES, 8, 10, 2.0, 7);
        double[] p = m.probabilities(new int[] {bucket}, new double[] {lead, 0});
        assertThat(TopicsEvaluation.argmax(p)).isEqualTo(expected);
        assertThat(p[0] + p[1]).isCloseTo(1.0, within(1e-9));
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "1.5, -0.5"})
    void shouldGiveTheOffsetsSoftmaxWhenThereAreNoFeaturesAndNoWeights(double za, double zb) {
        LinearModel empty = new LinearModel(CLASSES, 4, new float[8], new float[2]);
        double[] p = empty.probabilities(new int[0], new double[] {za, zb});
        assertThat(p[0]).isCloseTo(1 / (1 + Math.exp(zb - za)), within(1e-12));
    }
}
