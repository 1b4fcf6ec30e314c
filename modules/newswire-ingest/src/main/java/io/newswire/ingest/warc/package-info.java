/**
 * WARC archives as a backfill source: {@link io.newswire.ingest.warc.WarcArticleReader} streams the
 * response records of a {@code .warc} or {@code .warc.gz} file (such as Common Crawl's CC-NEWS) with
 * jwarc, one record in memory at a time, and turns each HTML page into a raw article whose Kafka
 * timestamp is the page's publication date (else the capture's {@code WARC-Date}); the normalize
 * stage extracts the body. A run can resume from a record offset.
 */
package io.newswire.ingest.warc;
