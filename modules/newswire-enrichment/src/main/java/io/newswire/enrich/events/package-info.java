/**
 * The events stage ({@link io.newswire.enrich.events.EventsEnricher}), after link: PLOVER event types
 * with trigger, actor and target (entity ids), place (index into places), date, status, and casualty
 * figures normalised ("at least 128", "dozens", "two others") with one toll per event. Tables
 * ({@code triggers.txt}, {@code casualty-words.txt}, {@code victims.txt}, {@code people.txt}) are
 * resources beside this package.
 *
 * <p>May import: {@code text}, the output model and the stage API.
 */
package io.newswire.enrich.events;
