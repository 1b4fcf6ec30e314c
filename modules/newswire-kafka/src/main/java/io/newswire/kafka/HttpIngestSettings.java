package io.newswire.kafka;

/**
 * The HTTP ingest endpoint ({@code POST /api/articles} on the pipeline's HTTP port).
 *
 * @param enabled         whether the endpoint is served at all
 * @param token           the bearer token a request must carry (RFC 6750 characters); {@code null} only when
 *                        disabled
 * @param maxRequestBytes largest request body accepted (larger ones get 413)
 * @param maxRecords      most articles in one request (more get 413)
 */
public record HttpIngestSettings(boolean enabled, String token, int maxRequestBytes, int maxRecords) {

    public HttpIngestSettings {
        if (enabled && (token == null || token.isBlank())) {
            throw new ConfigException(NewswireConfig.HTTP_INGEST_TOKEN + " is required when "
                    + NewswireConfig.HTTP_INGEST_ENABLED + " is true");
        }
        if (token != null && !token.matches("[A-Za-z0-9._~+/-]+=*")) {
            // RFC 6750's b64token: what a client can put in an Authorization header unchanged
            throw new ConfigException(NewswireConfig.HTTP_INGEST_TOKEN
                    + " must be ASCII letters, digits and - . _ ~ + / (then = padding), as a bearer token is");
        }
    }

    /** Disabled, with the default limits. */
    public static HttpIngestSettings disabled() {
        return new HttpIngestSettings(false, null, NewswireConfig.DEFAULT_HTTP_INGEST_MAX_REQUEST_BYTES,
                NewswireConfig.DEFAULT_HTTP_INGEST_MAX_RECORDS);
    }

    @Override
    public String toString() {
        // the token is a credential: never in a log line
        return "HttpIngestSettings[enabled=" + enabled + ", token=" + (token == null ? "null" : NewswireConfig.HIDDEN)
                + ", maxRequestBytes=" + maxRequestBytes + ", maxRecords=" + maxRecords + "]";
    }
}
