/**
 * The normalizer that runs before every stage ({@link io.newswire.enrich.normalize.StandardNormalizer}):
 * HTML extraction, text cleaning, dateline, boilerplate (source, licence lines), publication dates,
 * headline and text statistics.
 *
 * <p>May import: {@code text}, the output model and the stage API. Nothing of the stages.
 */
package io.newswire.enrich.normalize;
