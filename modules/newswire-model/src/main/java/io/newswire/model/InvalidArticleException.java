package io.newswire.model;

import static java.util.Objects.requireNonNull;

/** A raw record that cannot be decoded or validated; {@link #reason()} says why. */
public final class InvalidArticleException extends Exception {

    private static final long serialVersionUID = 1L;

    private final RejectReason reason;

    public InvalidArticleException(RejectReason reason, String message) {
        this(reason, message, null);
    }

    public InvalidArticleException(RejectReason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = requireNonNull(reason, "reason");
    }

    public RejectReason reason() {
        return reason;
    }
}
