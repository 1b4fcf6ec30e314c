package io.newswire.enrich.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordHashesTest {

    // Texts written for this test, in several scripts; the words that open each sentence.
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Troops withdrew. The army's statement said: calm returned! Was it over? | Troops The calm Was",
        ". Leading dots; then words and more. | Leading then",
        "Der Minister sprach. Die Lage bleibt angespannt; niemand weiß mehr. | Der Die niemand",
        "Москва заявила о перемирии. Киев ответил: нет. | Москва Киев нет",
        "Don't stop — they said it won’t end. U.S. forces left. | Don't U S forces",
    })
    void shouldNoteWhereEachSentenceBeginsWhenScanReportsABreak(String text, String firstWords) {
        SentenceStarts starts = new SentenceStarts();
        List<Boolean> breaks = new ArrayList<>();
        int words = WordHashes.scan(text, 0, text.length(), (h, stem, brk) -> breaks.add(brk), starts);
        List<String> opened = new ArrayList<>();
        for (int i = 0; i < starts.count(); i++) {
            int s = starts.start(i);
            int e = s;
            while (e < text.length() && (Character.isLetterOrDigit(text.charAt(e)) || text.charAt(e) == '\'')) {
                e++;
            }
            opened.add(text.substring(s, e));
        }
        long sentencesByScan = words == 0 ? 0 : 1 + breaks.subList(1, breaks.size()).stream().filter(b -> b).count();
        assertThat(String.join(" ", opened)).isEqualTo(firstWords);
        assertThat(starts.count()).isEqualTo((int) sentencesByScan);
        assertThat(starts.sentenceAt(starts.start(starts.count() - 1) + 1)).isEqualTo(starts.count() - 1);
        assertThat(starts.sentenceAt(starts.start(0) - 1)).isEqualTo(-1);
    }
}
