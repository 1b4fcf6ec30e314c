package io.newswire.enrich.events;

import io.newswire.enrich.text.WordSet;

/**
 * Whether the sentence reports the event as having happened: {@code negated} ("denied", "did not",
 * "foiled", "no plans to", "reports ... were false"), {@code future} ("is to visit", "will", "plans
 * to", "upcoming", "next week") or {@code hypothetical} ("could", "may", "threatened to", "if"); else
 * {@code asserted}. Precision first: a planned visit must not read as a visit.
 */
final class Factuality {

    static final String ASSERTED = "asserted";
    static final String NEGATED = "negated";
    static final String FUTURE = "future";
    static final String HYPOTHETICAL = "hypothetical";

    private Factuality() {
    }

    /** Verbs of an event's coming about, after a modal right after a noun trigger: "blasts would take place". */
    private static final java.util.Set<String> OCCUR = WordSet.of("take", "happen", "occur", "follow", "come",
            "hit", "strike", "start", "begin", "resume", "erupt", "break");

    static String of(String[] low, int t, String type) {
        return of(low, t, type, 0, low.length, null);
    }

    /**
     * As {@link #of(String[], int, String)}, reading only the trigger's clause, tokens {@code from}
     * until {@code to}: of two events of a type in one sentence, "visited Riyadh last month and is to
     * travel to Washington next week", each has its own status. {@code cls}, the sentence's
     * {@link WordClasses} or null, lets words that are none of the words below be passed over.
     */
    static String of(String[] low, int t, String type, int from, int to, int[] cls) {
        int n = low.length;
        if (type.equals("REJECT")) {
            return ASSERTED; // "would not negotiate", "denied": the refusal is the event
        }
        // negation close before the trigger
        for (int j = Math.max(from, t - 5); j < t; j++) {
            if (!WordClasses.has(cls, j, WordClasses.FACT)) {
                continue;
            }
            switch (low[j]) {
                case "not", "n't", "never", "no", "without", "nor", "neither" -> {
                    return NEGATED;
                }
                default -> {
                }
            }
        }
        boolean future = false;
        boolean hypothetical = false;
        boolean defining = t > 1 && quoted(low, t); // "the word 'neutralized'": the word, not the act // "the word 'neutralized' is used to mean surrendered": a definition
        for (int j = from; j < t; j++) {
            if (!WordClasses.has(cls, j, WordClasses.FACT)) {
                continue;
            }
            String w = low[j];
            switch (w) {
                case "denied", "deny", "denies", "foiled", "thwarted", "averted", "prevented" -> {
                    if (t - j > 7) {
                        break; // another clause: "foiled a plot ... and arrested 3 suspects"
                    }
                    // "denied any involvement in the bombing": the bombing happened
                    if (!(j + 2 < n && (low[j + 1].equals("any") || low[j + 1].equals("its") || low[j + 1].equals("all"))
                            && (low[j + 2].equals("involvement") || low[j + 2].equals("responsibility")
                            || low[j + 2].equals("role")))
                            && !type.equals("REJECT")) {
                        return NEGATED;
                    }
                }
                case "will", "'ll", "shall", "upcoming", "planned", "scheduled", "forthcoming", "proposed" ->
                        future = true;
                case "could", "may", "might", "if", "unless", "considering", "plotting", "planning", "possible",
                        "threatened", "threatening", "vowed", "warned", "should" -> hypothetical = t - j <= 8;
                case "would" -> {
                    if (t - j <= 4) {
                        hypothetical = true;
                    }
                }
                // a habit, not one event: "police are often accused of", "are routinely detained"
                case "often", "frequently", "routinely", "regularly", "commonly", "usually", "typically",
                        "sometimes", "generally" -> hypothetical |= t - j <= 3;
                case "mean", "means", "refer", "refers", "describe", "describes", "denote", "denotes" ->
                        defining |= t - j <= 8 && j > 0 && (low[j - 1].equals("to") || word(low, from, j));
                default -> {
                }
            }
        }
        for (int j = Math.max(Math.max(1, from), t - 4); j < t - 1; j++) {
            if (low[j].equals("to") && (low[j - 1].equals("is") || low[j - 1].equals("are"))) {
                future = true; // "is to make the trip", "are to hold talks"
            }
        }
        if (t > 0 && low[t - 1].equals("to") && isAct(type)) {
            String v = t > 1 ? low[t - 2] : "";
            switch (v) {
                case "is", "are", "was", "were", "plans", "plan", "planned", "expected", "due", "set", "scheduled",
                        "intends", "hopes", "wants", "likely", "going", "aims", "invited", "ready", "seeks" ->
                        future = true;
                default -> hypothetical = true;
            }
        }
        if (t + 2 < Math.min(n, to) && OCCUR.contains(low[t + 2])) {
            switch (low[t + 1]) {
                // "claiming that serial blasts would take place", "attacks could follow": said, not done
                // (not "the meeting would be remembered": the meeting happened)
                case "would", "could", "might", "may" -> hypothetical = true;
                case "will" -> future = true;
                default -> {
                }
            }
        }
        for (int j = t + 1; j < Math.min(to, t + 10); j++) {
            if (!WordClasses.has(cls, j, WordClasses.FACT)) {
                continue;
            }
            String w = low[j];
            if (w.equals("next") || w.equals("tomorrow") || w.equals("soon") || w.equals("planned")
                    || w.equals("later") && j + 1 < n && low[j + 1].equals("this")
                    || w.equals("scheduled") || w.equals("postponed")) {
                future = true;
            }
            if (w.equals("will") && type.equals("CONSULT")) {
                future = true; // "the visit ... will focus on"
            }
            if (w.equals("false") || w.equals("baseless") || w.equals("untrue") || w.equals("fabricated")) {
                return NEGATED;
            }
        }
        if (hypothetical || defining) {
            return HYPOTHETICAL; // a habit or a definition asserts no event; the schema has no "generic"
        }
        return future ? FUTURE : ASSERTED;
    }

    /** Whether the trigger is a word mentioned, not used: "the word 'neutralized'", "the term “martyred”". */
    private static boolean quoted(String[] low, int t) {
        String q = low[t - 1];
        boolean mark = q.equals("\"") || q.equals("'") || q.equals("“") || q.equals("‘");
        String w = mark ? low[t - 2] : q;
        return w.equals("word") || w.equals("term");
    }

    /** Whether "word", "term" or "phrase" stands before {@code j}: "the term X means ...". */
    private static boolean word(String[] low, int from, int j) {
        for (int i = Math.max(from, j - 6); i < j; i++) {
            if (low[i].equals("word") || low[i].equals("term") || low[i].equals("phrase")) {
                return true;
            }
        }
        return false;
    }

    /** Types for acts, which an infinitive before the trigger makes unreal ("threatened to attack"). */
    private static boolean isAct(String type) {
        return switch (type) {
            case "COOPERATE", "DEMAND", "DISAPPROVE", "PROTEST", "REJECT" -> false;
            default -> true;
        };
    }
}
