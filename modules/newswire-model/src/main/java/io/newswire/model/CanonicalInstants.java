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
import java.time.Instant;

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
        // only UTC with a four-digit year, as Instant.toString() writes it; IsoInstants reads offsets too
        return n >= 20 && n <= 30 && text.charAt(n - 1) == 'Z' ? IsoInstants.parse(text) : null;
    }
}
