/**
 * The contracts as records: the raw article on {@code news.raw} ({@link io.newswire.model.RawArticle},
 * input schema v1), the enriched article on {@code news.enriched} ({@link io.newswire.model.Article}
 * and its parts, output contract v1), the reasons a record is refused, article ids, and the one strict
 * JSON codec for both.
 *
 * <p>The bottom of the dependency graph: imports only the JDK and Jackson. Every other module may
 * import it; it imports none of ours. A field added here is an additive contract change: the JSON
 * schemas under {@code docs/schema} and {@code ContractSchemaTest} change with it.
 */
package io.newswire.model;
