/**
 * The keywords stage ({@link io.newswire.enrich.keywords.KeywordsEnricher}), after link: up to ten
 * salient key phrases that are not stop words nor entity names. {@code stopwords.txt} is a resource
 * beside this package.
 *
 * <p>May import: {@code text}, the output model and the stage API.
 */
package io.newswire.enrich.keywords;
