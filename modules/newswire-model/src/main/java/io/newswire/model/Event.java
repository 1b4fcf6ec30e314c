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
 * @param date       when it happened, resolved against the dateline or publication date ("on Friday"),
 *                   {@code null} when not stated; for a month or year precision the first day of that
 *                   month or year: {@code 2025-11-01} with precision {@code month} means some day in
 *                   November 2025, never the 1st
 * @param datePrecision {@link #DAY}, {@link #MONTH} ("last November", "earlier this month") or
 *                   {@link #YEAR} ("in 2019", "last year"); {@code null} exactly when {@code date} is
 *                   {@code null}
 * @param status     {@code asserted} (reported as having happened), {@code negated} (denied, did not
 *                   happen), {@code future} (planned, "is to visit") or {@code hypothetical}
 *                   ("could", "threatened to", "if")
 * @param casualties the figures stated for it, {@link Casualties#NONE} when none
 * @param sentence   the sentence that states it
 */
public record Event(String type, String mode, Mention trigger, String actor, String target, Integer place,
        LocalDate date, String datePrecision, String status, Casualties casualties, Mention sentence) {

    /** {@code date} is the day itself. */
    public static final String DAY = "day";
    /** {@code date} is the first day of the month it happened in. */
    public static final String MONTH = "month";
    /** {@code date} is January 1 of the year it happened in. */
    public static final String YEAR = "year";

    public Event {
        requireNonNull(trigger, "trigger");
        if ((date == null) != (datePrecision == null)) {
            throw new IllegalArgumentException("datePrecision must be null exactly when date is null: " + date
                    + " / " + datePrecision);
        }
        if (datePrecision != null) {
            switch (datePrecision) {
                case DAY -> {
                }
                case MONTH -> {
                    if (date.getDayOfMonth() != 1) {
                        throw new IllegalArgumentException("a month-precision date is the month's first day: " + date);
                    }
                }
                case YEAR -> {
                    if (date.getDayOfYear() != 1) {
                        throw new IllegalArgumentException("a year-precision date is January 1: " + date);
                    }
                }
                default -> throw new IllegalArgumentException("datePrecision: " + datePrecision);
            }
        }
        requireNonNull(status, "status");
        requireNonNull(sentence, "sentence");
        casualties = casualties == null ? Casualties.NONE : casualties;
    }

    /** An event whose date, when there is one, is a day (the constructor before {@code datePrecision}). */
    public Event(String type, String mode, Mention trigger, String actor, String target, Integer place,
            LocalDate date, String status, Casualties casualties, Mention sentence) {
        this(type, mode, trigger, actor, target, place, date, date == null ? null : DAY, status, casualties, sentence);
    }
}
