package io.newswire.enrich.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TokenizerViewTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Mayor Ilse Varga met the mayor of Tarnow. The mayor's aides said \"talks went well\".",
        "Ndeye Faye’s team won (again)! Faye's coach: \"We won, we won.\"\nThe team flew home.",
        "Le maire de Brivonne a dit « non ». Le maire a dit non -- encore.",
        "Глава района Ирина Волкова заявила. Волкова заявила: «нет».",
        "U.S. officials and U.S.-led forces, 10,000 troops, 3.5 km: U.S. officials said so.",
    })
    void shouldGiveEqualWordsOneIdAndOtherWordsOthersWhenTheTextIsSplit(String text) {
        Tokenizer.View view = Tokenizer.view(text);
        if (!view.hasIds()) {
            // the thread's table, filled by earlier tests in this JVM, was emptied while this text was
            // split (the documented way a view loses its ids); the refilled table has room for it now
            assertThat(Tokenizer.epoch()).isNotEqualTo(view.epoch());
            view = Views.withIds(text);
        }
        assertThat(view.sentences()).isSameAs(Tokenizer.sentences(text));
        assertThat(view.hasIds()).isTrue();
        Map<String, Integer> idOf = new HashMap<>();
        Map<Integer, String> wordOf = new HashMap<>();
        int index = 0;
        for (List<Tokenizer.Token> sentence : view.sentences()) {
            for (Tokenizer.Token t : sentence) {
                int id = view.id(index++);
                assertThat(id).as(t.word()).isNotNegative();
                assertThat(idOf.computeIfAbsent(t.word(), w -> id)).as(t.word()).isEqualTo(id);
                assertThat(wordOf.computeIfAbsent(id, i -> t.word())).as(t.word()).isEqualTo(t.word());
            }
        }
        assertThat(idOf.size()).isLessThan(index); // each text repeats a word
    }

    @Test
    void shouldGiveNoIdWhenAWordIsLongerThanTheTableKeeps() {
        String text = "The Donaudampfschifffahrtsgesellschaftskapitaen spoke.";
        Tokenizer.View view = Views.withIds(text);
        assertThat(view.sentences().get(0).get(1).word()).hasSizeGreaterThan(24);
        assertThat(view.id(1)).isEqualTo(-1);
        assertThat(view.id(0)).isNotNegative();
    }

    @Test
    void shouldDropTheIdsWhenTheTableIsEmptiedWhileOrAfterATextIsSplit() {
        Tokenizer.View first = Views.withIds("Officials of Quarrinton met on Monday.");
        assertThat(first.hasIds()).isTrue();
        // more distinct invented words than the table holds: it is emptied while this text is split
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            sb.append("vorl").append(Integer.toString(i, 36)).append(i % 12 == 11 ? ".\n" : " ");
        }
        Tokenizer.View big = Tokenizer.view(sb.toString());
        assertThat(big.hasIds()).isFalse();
        assertThat(first.hasIds()).isFalse();
        // the table, refilled by the rest of that text, may be emptied once more by the next few words
        boolean again = Tokenizer.view("Officials of Quarrinton met again.").hasIds()
                || Tokenizer.view("Officials of Quarrinton met once more.").hasIds();
        assertThat(again).isTrue();
    }

    @Test
    void shouldGiveNoIdsWhenTheViewWasMadeOnAnotherThread() throws Exception {
        String text = "Harbour pilots at Port Velmar walked out on Friday.";
        Tokenizer.View[] made = new Tokenizer.View[1];
        Thread other = new Thread(() -> made[0] = Tokenizer.view(text));
        other.start();
        other.join();
        assertThat(made[0].sentences()).isEqualTo(Tokenizer.sentences(text));
        assertThat(made[0].hasIds()).isFalse(); // its ids are slots of the other thread's table
        assertThat(Views.withIds(text).hasIds()).isTrue();
    }

    @Test
    void shouldKeepAWordsValueAcrossTextsWhenTheMemoIsAskedAgain() {
        // the tokenizer's table may be emptied by these very words after other tests filled it: then
        // the memo is rightly emptied too, and the second run sees a table with room
        List<String> seen = null;
        for (int run = 0; run < 2 && seen == null; run++) {
            int epoch = Tokenizer.epoch();
            List<String> known = memoRun();
            seen = Tokenizer.epoch() == epoch ? known : null;
        }
        assertThat(seen).containsExactly("sail", "at", ".");
    }

    private static List<String> memoRun() {
        WordMemo memo = new WordMemo();
        List<String> seen = new ArrayList<>();
        for (String text : List.of("Ships sail at dawn.", "The ships sail at dusk.")) {
            Tokenizer.View view = Tokenizer.view(text);
            long[] values = memo.values(view);
            int index = 0;
            for (List<Tokenizer.Token> sentence : view.sentences()) {
                for (Tokenizer.Token t : sentence) {
                    int id = view.id(index++);
                    if (WordMemo.known(values[id])) {
                        seen.add(t.word());
                        assertThat(WordMemo.value(values[id])).isEqualTo(t.word().length() - 7);
                    } else {
                        values[id] = WordMemo.store(t.word().length() - 7); // negative values too
                    }
                }
            }
        }
        return seen;
    }
}
