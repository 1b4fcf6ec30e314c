package io.newswire.enrich.events;

import io.newswire.enrich.text.WordList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The trigger table ({@code triggers.txt}): a word, its PLOVER type and mode, and a condition on its
 * sentence that keeps precision ("agreement" only when signed or reached, "protest" not when an
 * envoy is summoned). Loaded once; thread-safe.
 */
final class EventTriggers {

    /** One trigger word's entry. */
    record Trigger(String type, String mode, String condition, Set<String> words, Trigger also) {
    }

    static final Map<String, Trigger> TABLE = load();

    /** Words of accidents and disasters: their deaths are casualties of an event PLOVER has no type for. */
    static final Set<String> ACCIDENTS = WordList.load(EventTriggers.class, "accidents.txt");

    /** Verbs that refer to an attack reported elsewhere ("condemned the attack"): not a report of it. */
    private static final Set<String> REFERRING = Set.of("condemned", "condemn", "condemns", "condemning",
            "denounced", "denounce", "denounces", "deplored", "mourned");

    private EventTriggers() {
    }

    private static Map<String, Trigger> load() {
        Map<String, Trigger> m = new HashMap<>();
        for (String line : WordList.load(EventTriggers.class, "triggers.txt")) {
            String[] f = line.split("\t");
            String mode = f[2].equals("-") ? null : f[2];
            // "cond&cond": both must hold
            String[] conds = f[3].split("&");
            Trigger t = null;
            for (int i = conds.length - 1; i >= 0; i--) {
                t = condition(f[1], mode, conds[i], t);
            }
            m.put(f[0], t);
        }
        return Map.copyOf(m);
    }

    private static Trigger condition(String type, String mode, String cond, Trigger also) {
        int colon = cond.indexOf(':');
        if (colon > 0) {
            return new Trigger(type, mode, cond.substring(0, colon), Set.of(cond.substring(colon + 1).split("\\|")),
                    also);
        }
        return new Trigger(type, mode, cond, Set.of(), also);
    }

    /** Whether the trigger at {@code i} holds in the sentence {@code low}. */
    static boolean holds(Trigger t, String[] low, int i) {
        return holdsOne(t, low, i) && (t.also() == null || holds(t.also(), low, i));
    }

    private static boolean holdsOne(Trigger t, String[] low, int i) {
        switch (t.condition()) {
            case "-" -> {
                return true;
            }
            case "active" -> {
                for (String w : low) {
                    if (ACCIDENTS.contains(w)) {
                        return false; // "killed when a bus plunged": casualties without an attack
                    }
                }
                String p = i == 0 ? "" : low[i - 1];
                return !(p.equals("was") || p.equals("were") || p.equals("been") || p.equals("be") || p.equals("is")
                        || p.equals("are") || p.equals("being") || p.equals("people") || p.equals("others"));
            }
            case "next" -> {
                return i + 1 < low.length && t.words().contains(low[i + 1]);
            }
            case "prev" -> {
                return i > 0 && t.words().contains(low[i - 1]);
            }
            case "notnext" -> {
                return i + 1 >= low.length || !t.words().contains(low[i + 1]);
            }
            case "notprev" -> {
                return i == 0 || !t.words().contains(low[i - 1]);
            }
            case "with", "without" -> {
                boolean has = false;
                for (String w : low) {
                    if (t.words().contains(w)) {
                        has = true;
                        break;
                    }
                }
                return has == t.condition().equals("with");
            }
            default -> throw new IllegalStateException("unknown trigger condition " + t.condition());
        }
    }

    private static boolean referredTo(Trigger t, String[] low, int i) {
        if (!t.type().equals("ASSAULT")) {
            return false;
        }
        for (int j = Math.max(0, i - 3); j < i; j++) {
            if (REFERRING.contains(low[j])) {
                return true;
            }
        }
        return false;
    }

    /** The triggers that hold in a sentence, as token indexes, at most one per type (the first). */
    static List<Integer> find(String[] low) {
        List<Integer> out = new ArrayList<>(2);
        List<String> types = new ArrayList<>(2);
        for (int i = 0; i < low.length; i++) {
            Trigger t = TABLE.get(low[i]);
            if (t != null && !types.contains(t.type()) && holds(t, low, i) && !referredTo(t, low, i)) {
                out.add(i);
                types.add(t.type());
            }
        }
        return out;
    }
}
