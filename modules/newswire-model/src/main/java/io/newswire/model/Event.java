package io.newswire.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * An event the article reports, with the evidence for every part of it.
 *
 * @param type       PLOVER top-level type (ASSAULT, PROTEST, CONSULT, AGREE, COOPERATE, THREATEN, ACCUSE,
 *                   SANCTION, MOBILIZE, COERCE, AID, DEMAND, REJECT, RETREAT, CONCEDE, DISAPPROVE), or
 *                   {@code null} for an event PLOVER has no type for that still has casualties (a crash,
 *                   a flood)
 * @param mode       PLOVER mode where it defines one (ASSAULT: bombing, firearms, ...; COERCE: arrest,
 *                   ...), {@code null} otherwise
 * @param trigger    the word or words that say what happened
 * @param actor      {@code entities[].id} of who did it when the text names them, else {@code null}
 * @param target     {@code entities[].id} of whom it was done to when named, else {@code null}
 * @param place      index into {@code places[]} of where it happened when named, else {@code null}
 * @param date       the day it happened, resolved against the dateline or publication date ("on
 *                   Friday"), {@code null} when not stated
 * @param status     {@code asserted} (reported as having happened), {@code negated} (denied, did not
 *                   happen), {@code future} (planned, "is to visit") or {@code hypothetical}
 *                   ("could", "threatened to", "if")
 * @param casualties the figures stated for it, {@link Casualties#NONE} when none
 * @param sentence   the sentence that states it
 */
public record Event(String type, String mode, Mention trigger, String actor, String target, Integer place,
        LocalDate date, String status, Casualties casualties, Mention sentence) {

    public Event {
        requireNonNull(trigger, "trigger");
        requireNonNull(status, "status");
        requireNonNull(sentence, "sentence");
        casualties = casualties == null ? Casualties.NONE : casualties;
    }
}
