package io.newswire.model;

import static java.util.Objects.requireNonNull;

/** Who a republished story really came from, as in "(Source: Press TV)". */
public record Attribution(String originalSource) {

    public Attribution {
        requireNonNull(originalSource, "originalSource");
    }
}
