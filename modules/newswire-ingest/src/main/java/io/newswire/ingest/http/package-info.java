/**
 * HTTP ingest: {@link io.newswire.ingest.http.HttpIngestHandler} serves {@code POST /api/articles}
 * on the pipeline's HTTP port when {@code newswire.http.ingest.enabled} is set. It validates every
 * record of a request as the streams app would, publishes all of them or none, and answers with the
 * article ids (202) or with the reason of each bad record (4xx).
 */
package io.newswire.ingest.http;
