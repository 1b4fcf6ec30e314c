package io.newswire.model;

import static java.util.Objects.requireNonNull;

/**
 * One casualty figure as the text states it ("at least 128", "dozens", "two others"), normalised.
 *
 * @param min       the smallest number the wording allows, {@code null} when unbounded below ("up to 20")
 *                  or not stated ({@code unknown})
 * @param max       the largest number the wording allows, {@code null} when open ("at least 128", "dozens")
 *                  or not stated ({@code unknown})
 * @param qualifier {@code exact}, {@code at least}, {@code more than}, {@code about}, {@code up to},
 *                  {@code between}, or {@code unknown}: deaths or injuries stated without a number
 *                  ("soldiers were killed", "killing civilians"), min and max both {@code null};
 *                  consumers that add tolls up skip {@code unknown} ones (one victim, "a policeman was
 *                  shot dead", is {@code exact} 1)
 * @param victims   who they were when stated (police, soldiers, civilians, militants, children,
 *                  protesters, guards, workers, journalists), {@code null} otherwise
 * @param source    who gave this figure when the text says so and it differs from another figure
 *                  of the same event ("the Taliban"), {@code null} otherwise
 * @param span      the figure and its verb in {@link Article#text()}
 */
public record Toll(Integer min, Integer max, String qualifier, String victims, String source, Mention span) {

    public Toll {
        requireNonNull(qualifier, "qualifier");
        requireNonNull(span, "span");
    }
}
