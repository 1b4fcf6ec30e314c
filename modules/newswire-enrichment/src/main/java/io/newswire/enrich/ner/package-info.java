/**
 * Named-entity recognition: the averaged-perceptron tagger ({@link io.newswire.enrich.ner.NerTagger}),
 * its features ({@code NerFeatures}), training ({@link io.newswire.enrich.ner.NerTrainer}), the case
 * lexicon and the title words, and loading the committed model {@code ner-gmb.bin.gz}. Labels spans;
 * does not make entities of them (that is {@code entities}).
 *
 * <p>May import: {@code text}, {@code gazetteer} (its names are features). Not {@code geo},
 * {@code entities} or {@code link}.
 */
package io.newswire.enrich.ner;
