/**
 * The bottom layer: cutting text into tokens and sentences ({@link io.newswire.enrich.text.Tokenizer})
 * and the one name-folding routine with its named variants ({@link io.newswire.enrich.text.Folding}:
 * place keys, name transliteration keys, the tagger's word form).
 *
 * <p>May import: the JDK only. Not the output model, not the stage API, no other package of ours.
 */
package io.newswire.enrich.text;
