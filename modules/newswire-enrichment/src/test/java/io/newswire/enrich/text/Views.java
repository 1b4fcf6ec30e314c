package io.newswire.enrich.text;

/** Test help: a text's {@link Tokenizer.View} with word ids, whatever earlier tests left in this thread's word table. */
public final class Views {

    private Views() {
    }

    /**
     * The view of {@code text}; when the tokenizer's word table was emptied while the text was split
     * (other tests filled it), the text is split once more, which then fits in the emptied table.
     */
    public static Tokenizer.View withIds(String text) {
        Tokenizer.View view = Tokenizer.view(text);
        if (!view.hasIds()) {
            Tokenizer.view(new String(text)); // another text, so that the next call splits this one again
            view = Tokenizer.view(text);
        }
        return view;
    }
}
