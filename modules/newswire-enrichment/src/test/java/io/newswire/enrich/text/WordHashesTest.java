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

    // A long text written for this test (a scan is replayed only for ranges of 512 characters or more),
    // cut at offsets that fall inside a word, on an apostrophe, on a separator and at a sentence end.
    private static final String LONG = ("The council's vote didn't settle it. Officials in Tarvenna said "
            + "the bridge would reopen; workers weren't sure. Die Brücke bleibt gesperrt: niemand weiß, wann. "
            + "Residents' groups met on Tuesday — they'll meet again! Was it over? Prices rose 4.5% in May. ").repeat(4);

    @ParameterizedTest
    @CsvSource({"600", "601", "602", "603", "640", "700", "777", "800", "1000", "1200"})
    void shouldReportTheSameWordsWhenAShorterRangeOfTheLastTextIsScannedAgain(int cut) {
        // each range read afresh first, from texts of their own (no earlier scan recorded them)
        List<List<String>> fresh = new ArrayList<>();
        List<List<Integer>> freshStarts = new ArrayList<>();
        for (int to = cut; to < cut + 12; to++) { // every offset near the cut: inside words and between them
            fresh.add(words(new String(LONG.toCharArray()), to, freshStarts));
        }
        // then the whole text once, and each range of it again: replayed from the record of the first scan
        String text = new String(LONG.toCharArray());
        assertThat(words(text, text.length(), new ArrayList<>())).hasSizeGreaterThan(150);
        for (int to = cut; to < cut + 12; to++) {
            List<List<Integer>> replayedStarts = new ArrayList<>();
            assertThat(words(text, to, replayedStarts)).as("to %d", to).isEqualTo(fresh.get(to - cut));
            assertThat(replayedStarts.get(0)).as("to %d", to).isEqualTo(freshStarts.get(to - cut));
        }
    }

    /** Each word of {@code text[0, to)} as hash/stem/break, and the sentence starts added to {@code starts}. */
    private static List<String> words(String text, int to, List<List<Integer>> starts) {
        List<String> words = new ArrayList<>();
        SentenceStarts s = new SentenceStarts();
        int n = WordHashes.scan(text, 0, to, (h, stem, brk) -> words.add(h + "/" + stem + "/" + brk), s);
        assertThat(n).isEqualTo(words.size());
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < s.count(); i++) {
            offsets.add(s.start(i));
        }
        starts.add(offsets);
        return words;
    }
}
