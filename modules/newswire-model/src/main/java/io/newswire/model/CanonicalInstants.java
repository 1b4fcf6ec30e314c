package io.newswire.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads an {@link Instant} in the form {@link Instant#toString()} writes ({@code 2026-11-30T16:19:00Z},
 * {@code 2026-11-30T16:19:00.123Z}: a four-digit year, UTC, an optional fraction of one to nine digits) with a
 * few comparisons instead of {@code DateTimeFormatter.ISO_INSTANT}, which took a third of the CPU of decoding a
 * raw record (s32: every record carries {@code ingestedAt} in this form). Every other form (offsets, lower-case
 * {@code t}/{@code z}, hour 24, leap seconds, impossible dates, numbers, padding, a property with its own
 * {@code @JsonFormat}) goes to Jackson's own {@link InstantDeserializer}, so the value or the error is the one
 * it gives; for the form read here it gives the same instant ({@code ISO_INSTANT} resolves these fields to
 * exactly this epoch second and nanosecond).
 */
final class CanonicalInstants extends StdDeserializer<Instant> implements ContextualDeserializer {

    private static final long serialVersionUID = 1L;

    private final JsonDeserializer<Instant> delegate;
    /** Only where Jackson's reader has no property-specific format: a {@code @JsonFormat} pattern reads otherwise. */
    private final boolean fast;

    CanonicalInstants() {
        this(InstantDeserializer.INSTANT, true);
    }

    private CanonicalInstants(JsonDeserializer<Instant> delegate, boolean fast) {
        super(Instant.class);
        this.delegate = delegate;
        this.fast = fast;
    }

    @Override
    @SuppressWarnings("unchecked")
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
            throws JsonMappingException {
        JsonDeserializer<Instant> contextual = delegate instanceof ContextualDeserializer c
                ? (JsonDeserializer<Instant>) c.createContextual(ctxt, property) : delegate;
        return contextual == delegate ? this : new CanonicalInstants(contextual, false);
    }

    @Override
    public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (fast && p.hasToken(JsonToken.VALUE_STRING)) {
            Instant instant = parse(p.getText());
            if (instant != null) {
                return instant;
            }
        }
        return delegate.deserialize(p, ctxt);
    }

    /**
     * The instant {@code text} writes in {@link Instant#toString()}'s form with a four-digit year, or null
     * when {@code text} is in any other form or names no valid date and time.
     */
    static Instant parse(String text) {
        int n = text.length();
        // yyyy-MM-ddTHH:mm:ss then Z, or . and 1-9 digits and Z
        if (n < 20 || n > 30 || n == 21 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':' || text.charAt(n - 1) != 'Z') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59
                || second < 0 || second > 59) {
            return null;
        }
        long epochDay;
        try {
            epochDay = LocalDate.of(year, month, day).toEpochDay();
        } catch (DateTimeException e) {
            return null; // 30 February and the like: the standard reader gives its own error
        }
        int nanos = 0;
        if (n > 20) {
            if (text.charAt(19) != '.') {
                return null;
            }
            int fraction = digits(text, 20, n - 1);
            if (fraction < 0) {
                return null;
            }
            nanos = fraction;
            for (int i = n - 1 - 20; i < 9; i++) {
                nanos *= 10;
            }
        }
        return Instant.ofEpochSecond(epochDay * 86_400L + hour * 3_600L + minute * 60L + second, nanos);
    }

    /** The value of the ASCII digits in [from, to), or -1 when any character is not one. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            int d = text.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            value = value * 10 + d;
        }
        return value;
    }
}
