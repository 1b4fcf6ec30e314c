package io.newswire.model;

/**
 * Size limits applied to raw records, in ingest and in the streams app alike.
 *
 * @param maxRecordBytes largest accepted serialized record
 * @param maxBodyChars   largest accepted body, in UTF-16 chars; for an HTML body, largest text extracted
 *                       from it ({@link #checkExtractedText}), the markup itself bounded by
 *                       {@code maxRecordBytes}
 */
public record ArticleLimits(int maxRecordBytes, int maxBodyChars) {

    /** 1 MiB of body text; 8 MiB records, which leaves room for JSON escaping and HTML markup. */
    public static final ArticleLimits DEFAULT = new ArticleLimits(8 * 1024 * 1024, 1024 * 1024);

    public ArticleLimits {
        if (maxRecordBytes <= 0) {
            throw new IllegalArgumentException("maxRecordBytes must be positive: " + maxRecordBytes);
        }
        if (maxBodyChars <= 0) {
            throw new IllegalArgumentException("maxBodyChars must be positive: " + maxBodyChars);
        }
    }

    /**
     * Largest enriched article written to the output topic: twice the raw-record limit, since an
     * enriched article carries its text, the removed boilerplate and every enrichment with its
     * mentions. A larger one is dead-lettered ({@link RejectReason#RECORD_TOO_LARGE}).
     */
    public int maxOutputBytes() {
        return (int) Math.min(Integer.MAX_VALUE / 2, 2L * maxRecordBytes);
    }

    /**
     * Checks the text extracted from an HTML body against {@link #maxBodyChars()}: the body limit of
     * an HTML page applies to its text, not to its markup.
     *
     * @throws InvalidArticleException {@link RejectReason#BODY_TOO_LARGE} when the text is longer
     */
    public void checkExtractedText(int chars) throws InvalidArticleException {
        checkText(chars);
    }

    /**
     * Checks the text a pipeline made of {@code raw} against {@link #maxBodyChars()} when {@code raw} is an HTML
     * page (a text body was checked as it was decoded): the one place that says which bodies are held to the limit
     * after extraction.
     *
     * @throws InvalidArticleException {@link RejectReason#BODY_TOO_LARGE} when the text is longer
     */
    public void checkExtractedText(RawArticle raw, String text) throws InvalidArticleException {
        if (raw.format() == ContentFormat.HTML) {
            checkText(text.length());
        }
    }

    private void checkText(int chars) throws InvalidArticleException {
        if (chars > maxBodyChars) {
            throw new InvalidArticleException(RejectReason.BODY_TOO_LARGE,
                    "text extracted from the HTML body is " + chars + " characters, limit is " + maxBodyChars);
        }
    }
}
