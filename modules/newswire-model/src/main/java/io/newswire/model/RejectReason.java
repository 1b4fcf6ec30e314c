package io.newswire.model;

/**
 * Why a raw record was dead-lettered. The code travels in the {@code newswire.dlq.reason} header;
 * these names are part of the contract and never change meaning.
 */
public enum RejectReason {
    /** The record had no value or an empty one. */
    EMPTY_RECORD,
    /** The record is larger than the configured maximum. */
    RECORD_TOO_LARGE,
    /** The bytes are not valid UTF-8 (or UTF-16 with a byte-order mark). */
    INVALID_ENCODING,
    /** The bytes are not a JSON object. */
    MALFORMED_JSON,
    /** A field has the wrong type or an invalid value. */
    INVALID_FIELD,
    /** The JSON object has no {@code body}. */
    MISSING_BODY,
    /** The body is empty or only whitespace, control or invisible format characters. */
    EMPTY_BODY,
    /** The body is longer than the configured maximum. */
    BODY_TOO_LARGE,
    /** The record declares a schema version this code does not read. */
    UNSUPPORTED_SCHEMA_VERSION,
    /** Processing failed as a whole in a way no stage isolation could contain. */
    PROCESSING_FAILED
}
