package io.newswire.enrich.stories;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@link StoryState} in memory, for one thread. Document frequencies live in a fixed table of counts
 * indexed by term hash (4 MB, never grows; a rare collision only adds to a count); postings in an
 * open-addressing table from key to a ring of the most recent stories posted under it (no boxing on a
 * lookup); stories in a map by id. Expiry runs when the event time enters a new day.
 */
public final class InMemoryStoryState implements StoryState {

    private static final int DF_BITS = 20;
    private static final long DAY = 86_400_000L;

    private final int perKey;
    private final int[] df = new int[1 << DF_BITS];
    private int documents;
    private final Map<String, StoryRecord> stories = new HashMap<>();
    private long[] keys = new long[1 << 12];
    private StoryRecord[][] rings = new StoryRecord[1 << 12][];
    private int[] heads = new int[1 << 12];
    private int used;
    private final StoryRecord[] scratch;

    /** @param perKey the stories kept per posting key (the most recent ones): caps the candidates */
    public InMemoryStoryState(int perKey) {
        if (perKey < 1) {
            throw new IllegalArgumentException("perKey: " + perKey);
        }
        this.perKey = perKey;
        this.scratch = new StoryRecord[perKey];
    }

    public InMemoryStoryState() {
        this(8);
    }

    @Override
    public int documents() {
        return documents;
    }

    @Override
    public int documentFrequency(long term) {
        return df[dfSlot(term)];
    }

    @Override
    public void countDocument(long[] words, long[] entities) {
        documents++;
        for (long w : words) {
            df[dfSlot(w)]++;
        }
        for (long e : entities) {
            df[dfSlot(e)]++;
        }
    }

    /**
     * The slot of the table of document frequencies a term counts in (terms sharing a slot share a count): a
     * store-backed state keeps the counts by slot, so that its counts equal these.
     */
    public static int frequencySlot(long term) {
        return dfSlot(term);
    }

    /** The count in a slot ({@link #frequencySlot}). */
    public int frequencyAt(int slot) {
        return df[slot];
    }

    /** Restores a stored count (a store-backed state reading its state back). */
    public void restoreFrequency(int slot, int count) {
        df[slot] = count;
    }

    /** Restores the stored number of documents counted. */
    public void restoreDocuments(int n) {
        documents = n;
    }

    /**
     * Restores a stored story, not posted under any key ({@link #restorePosting} posts it); a story already held
     * under its id is replaced.
     */
    public void restoreStory(StoryRecord story) {
        stories.put(story.id(), story);
    }

    /**
     * Restores a key's postings, most recent first ({@link #forEachPosted} order, at most the ring's size): the
     * ring then reports them in that order and drops the oldest first, as the stored one did.
     */
    public void restorePosting(long key, java.util.List<StoryRecord> recentFirst) {
        if (recentFirst.isEmpty()) {
            return;
        }
        int slot = insert(key);
        StoryRecord[] ring = rings[slot];
        int live = Math.min(recentFirst.size(), ring.length);
        java.util.Arrays.fill(ring, null);
        for (int i = 0; i < live; i++) {
            ring[live - 1 - i] = recentFirst.get(i);
        }
        heads[slot] = live % ring.length;
    }

    private static int dfSlot(long term) {
        long h = term * 0x9E3779B97F4A7C15L;
        return (int) (h >>> (64 - DF_BITS));
    }

    @Override
    public void forEachPosted(long key, Consumer<StoryRecord> sink) {
        int slot = find(key);
        if (slot < 0) {
            return;
        }
        StoryRecord[] ring = rings[slot];
        int head = heads[slot];
        for (int i = 0; i < ring.length; i++) {
            StoryRecord s = ring[Math.floorMod(head - 1 - i, ring.length)];
            if (s == null) {
                break;
            }
            sink.accept(s);
        }
    }

    /**
     * The story most recently posted under {@code key} (the first {@link #forEachPosted} gives), or null: a
     * store-backed state skips writing a posting list that {@link #save} leaves as it was.
     */
    public StoryRecord mostRecent(long key) {
        int slot = find(key);
        if (slot < 0) {
            return null;
        }
        StoryRecord[] ring = rings[slot];
        return ring[Math.floorMod(heads[slot] - 1, ring.length)];
    }

    @Override
    public StoryRecord story(String id) {
        return stories.get(id);
    }

    @Override
    public void save(StoryRecord story, long[] postKeys) {
        stories.put(story.id(), story);
        for (long key : postKeys) {
            int slot = insert(key);
            StoryRecord[] ring = rings[slot];
            int head = heads[slot];
            // already the most recent under this key: nothing to do
            if (ring[Math.floorMod(head - 1, ring.length)] == story) {
                continue;
            }
            ring[head] = story;
            heads[slot] = (head + 1) % ring.length;
        }
    }

    @Override
    public void expire(long cutoffMillis) {
        boolean dropped = stories.values().removeIf(s -> s.lastMillis() < cutoffMillis);
        if (!dropped) {
            return;
        }
        // rebuild the key table without the keys left with no live story; rings are compacted in place
        // and moved, not reallocated (this runs once per day of event time over the whole table)
        long[] oldKeys = keys;
        StoryRecord[][] oldRings = rings;
        int[] oldHeads = heads;
        keys = new long[oldKeys.length];
        rings = new StoryRecord[oldKeys.length][];
        heads = new int[oldKeys.length];
        used = 0;
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            StoryRecord[] ring = oldRings[i];
            if (ring == null) {
                continue;
            }
            int n = ring.length;
            int head = oldHeads[i];
            int live = 0;
            // oldest to newest, kept in order at the front of the ring
            for (int j = n; j >= 1; j--) {
                StoryRecord s = ring[Math.floorMod(head - j, n)];
                if (s != null && s.lastMillis() >= cutoffMillis) {
                    scratch[live++] = s;
                }
            }
            if (live == 0) {
                continue;
            }
            System.arraycopy(scratch, 0, ring, 0, live);
            java.util.Arrays.fill(ring, live, n, null);
            int slot = mix(oldKeys[i]) & mask;
            while (rings[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = oldKeys[i];
            rings[slot] = ring;
            heads[slot] = live % n;
            used++;
        }
        java.util.Arrays.fill(scratch, null);
    }

    @Override
    public int size() {
        return stories.size();
    }

    /** The day an event time falls in, for callers that expire once a day. */
    static long day(long millis) {
        return Math.floorDiv(millis, DAY);
    }

    private int find(long key) {
        int mask = keys.length - 1;
        for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
            if (rings[i] == null) {
                return -1;
            }
            if (keys[i] == key) {
                return i;
            }
        }
    }

    private int insert(long key) {
        int mask = keys.length - 1;
        for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
            if (rings[i] == null) {
                if (2 * (used + 1) > keys.length) {
                    grow();
                    return insert(key);
                }
                keys[i] = key;
                rings[i] = new StoryRecord[perKey];
                used++;
                return i;
            }
            if (keys[i] == key) {
                return i;
            }
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        StoryRecord[][] oldRings = rings;
        int[] oldHeads = heads;
        keys = new long[oldKeys.length * 2];
        rings = new StoryRecord[oldKeys.length * 2][];
        heads = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldRings[j] == null) {
                continue;
            }
            int i = mix(oldKeys[j]) & mask;
            while (rings[i] != null) {
                i = (i + 1) & mask;
            }
            keys[i] = oldKeys[j];
            rings[i] = oldRings[j];
            heads[i] = oldHeads[j];
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    @Override
    public String toString() {
        return "InMemoryStoryState[" + stories.size() + " stories, " + used + " posting keys]";
    }
}
