package io.newswire.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.enrich.text.Tokenizer;
import io.newswire.enrich.text.Views;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The alias table's look-up of each word's aliases by word id ({@link AliasTable#find(List, Tokenizer.View, int)})
 * finds what the look-up by the word itself finds, in every sentence of a text, on the first reading and
 * the next, and per table (a user file's aliases are not another table's). Texts written for this test.
 */
class AliasTableMemoTest {

    private static final AliasTable TABLE = AliasTable.builtIn();

    /** The matches of every sentence of {@code view}, by the words themselves or by their ids. */
    private static List<AliasTable.Match> matches(AliasTable table, Tokenizer.View view, boolean byId) {
        List<AliasTable.Match> out = new ArrayList<>();
        int base = 0;
        for (List<Tokenizer.Token> sentence : view.sentences()) {
            out.addAll(byId ? table.find(sentence, view, base) : table.find(sentence));
            base += sentence.size();
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "KUWAIT, April 3 (KUNA) -- The minister opened the fair. Later the UN Security Council met, and UN envoys left.",
        "Officials said al-Qaeda and Islamic State fighters clashed. The Islamic State group denied it. Hamas said nothing.",
        "Jakarta (ANTARA) - Floods struck three villages. Antara reported that the U.N. sent aid; the UN later confirmed.",
        "Le porte-parole de l'ONU a parlé. Selon Reuters, le Hezbollah a nié. Hezbollah et Hamas ont répondu.",
        "Nothing here names a body the table knows. Nor does this second sentence, written in plain words.",
        "ISIS-K claimed the attack, said Daesh Khorasan. The Taliban and the Pakistani Taliban (TTP) condemned it.",
    })
    void shouldFindTheSameMatchesByWordIdWhenReadTwice(String text) {
        Tokenizer.View view = Views.withIds(text);
        assertThat(view.hasIds()).isTrue();
        List<AliasTable.Match> expected = matches(TABLE, view, false);
        assertThat(matches(TABLE, view, true)).isEqualTo(expected);
        assertThat(matches(TABLE, view, true)).isEqualTo(expected); // the words' answers now remembered
    }

    @Test
    void shouldFindSomethingInTheRowsAboveSoTheyTestMatches() {
        Tokenizer.View view = Views.withIds("Later the UN Security Council met, and Hamas said nothing.");
        assertThat(matches(TABLE, view, true)).extracting(m -> m.known().id())
                .containsExactly("org:un-security-council", "org:hamas");
    }

    @Test
    void shouldKeepEachTablesOwnAnswersWhenTwoTablesReadOneText() throws IOException {
        AliasTable user = AliasTable.builder().addBuiltIn()
                .add(new StringReader("org:kestrel-wire\tORGANIZATION\tKestrel Wire\tKestrel\n"), "test").build();
        Tokenizer.View view = Views.withIds("Kestrel Wire said Hamas had agreed. Kestrel reported it first.");
        assertThat(matches(TABLE, view, true)).extracting(m -> m.known().id()).containsExactly("org:hamas");
        assertThat(matches(user, view, true)).extracting(m -> m.known().id())
                .containsExactly("org:kestrel-wire", "org:hamas", "org:kestrel-wire");
        assertThat(matches(TABLE, view, true)).isEqualTo(matches(TABLE, view, false));
        assertThat(matches(user, view, true)).isEqualTo(matches(user, view, false));
    }
}
