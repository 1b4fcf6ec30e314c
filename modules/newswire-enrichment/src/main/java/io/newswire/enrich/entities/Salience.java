package io.newswire.enrich.entities;

import io.newswire.model.Entity;
import java.util.List;

/**
 * How central an entity is to its article, in [0, 1]: {@code 0.5 * count / (the article's highest
 * count) + 0.3 * (1 - first mention offset / text length) + 0.2 * (named in the headline)}, rounded
 * to 3 decimals. The one definition. The link stage writes it into {@link Entity#salience()}; the
 * entities stage only orders its list by it, because the geo stage reads the entities in that order
 * (a PERSON read after a LOCATION can veto the place it added) and its published figures depend on it.
 */
public final class Salience {

    private Salience() {
    }

    /** The highest mention count among the entities, at least 1. */
    public static int maxCount(List<Entity> entities) {
        int max = 1;
        for (Entity e : entities) {
            max = Math.max(max, e.count());
        }
        return max;
    }

    /** Whether the headline contains one of the entity's surface forms. */
    public static boolean inHeadline(List<String> surfaces, String headline) {
        if (headline == null) {
            return false;
        }
        for (String s : surfaces) {
            if (headline.contains(s)) {
                return true;
            }
        }
        return false;
    }

    /** The salience of an entity the entities stage found. */
    public static double of(int count, int maxCount, int firstOffset, int textLength, boolean inHeadline) {
        // the operations in this order: the figures were published with it
        double salience = 0.5 * count / maxCount
                + 0.3 * (1.0 - firstOffset / (double) Math.max(1, textLength))
                + (inHeadline ? 0.2 : 0.0);
        return round(salience);
    }

    /**
     * The salience of entities merged into one place: the highest of the parts' ({@code partsBest}) or
     * the formula without its headline term over the merged mentions, whichever is higher (a part the
     * tagger missed was never scored against the headline).
     */
    public static double merged(double partsBest, int count, int maxCount, int firstOffset, int textLength) {
        double own = 0.5 * Math.min(1.0, (double) count / maxCount)
                + 0.3 * (1 - (double) firstOffset / Math.max(1, textLength));
        return round(Math.max(partsBest, own));
    }

    private static double round(double salience) {
        return Math.round(salience * 1000) / 1000.0;
    }
}
