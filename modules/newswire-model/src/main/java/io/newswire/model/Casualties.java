package io.newswire.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * The casualties of one event, by kind. Each list holds one toll per event (a restated or broken
 * down toll is not repeated); two entries of one kind are contradicting figures, each with its source.
 */
public record Casualties(List<Toll> killed, List<Toll> injured, List<Toll> missing, List<Toll> kidnapped,
        List<Toll> arrested) {

    /** No casualties stated. */
    public static final Casualties NONE = new Casualties(null, null, null, null, null);

    public Casualties {
        killed = List.copyOf(killed == null ? List.of() : killed);
        injured = List.copyOf(injured == null ? List.of() : injured);
        missing = List.copyOf(missing == null ? List.of() : missing);
        kidnapped = List.copyOf(kidnapped == null ? List.of() : kidnapped);
        arrested = List.copyOf(arrested == null ? List.of() : arrested);
    }

    /**
     * Whether no figure of any kind is stated. Not a field of the output contract: without
     * {@code @JsonIgnore} Jackson would write it as {@code "empty"} beside the five lists.
     */
    @JsonIgnore
    public boolean isEmpty() {
        return killed.isEmpty() && injured.isEmpty() && missing.isEmpty() && kidnapped.isEmpty() && arrested.isEmpty();
    }
}
