package io.newswire.model;

/** Counts over the normalized text; characters are Unicode code points. */
public record TextStats(int characters, int words, int sentences, int paragraphs) {

    public static final TextStats EMPTY = new TextStats(0, 0, 0, 0);
}
