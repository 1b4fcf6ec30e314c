package io.newswire.enrich.stories;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.function.Consumer;

/**
 * The state of the story clusterer, explicit (as {@link io.newswire.enrich.duplicates.DuplicateState}
 * is for duplicates) so that one clusterer code runs over two stores: {@link InMemoryStoryState} (the
 * offline {@code newswire enrich} command and the evaluations, over an input in order) and state
 * stores of the streams app's sequencer task (docs/STORIES.md). Calls come from one thread in the order
 * of the input; a replay of the same order must give the same answers, so an implementation answers from
 * what was written before and nothing else (no wall clock: retention is on event time).
 */
public interface StoryState {

    /** Articles counted so far (for the inverse document frequencies). */
    int documents();

    /** In how many counted articles the term (a word hash, or an entity key) occurred. */
    int documentFrequency(long term);

    /** Counts one article's distinct terms. */
    void countDocument(long[] words, long[] entities);

    /**
     * Reports the live stories posted under {@code key} (a word or entity hash), most recent first, at
     * most a bounded number of them; a story may be reported under several keys.
     */
    void forEachPosted(long key, Consumer<StoryRecord> sink);

    /** The story with this id, or null when unknown or dropped. */
    StoryRecord story(String id);

    /**
     * Stores a story after an article joined or started it, and posts it under {@code keys} (those of the
     * new article). The record's id and firstSeen never change once stored.
     */
    void save(StoryRecord story, long[] keys);

    /** Drops the stories whose latest article is older than {@code cutoffMillis} (event time). */
    void expire(long cutoffMillis);

    /** The stories held. */
    int size();

    /**
     * What a story remembers of one of its articles: the article's weighted, length-normalised word and
     * entity vectors (sorted by key) and its salient facts, all as hashes. About 1.5 KB.
     *
     * @param eventMillis the article's event time
     */
    record Member(long eventMillis, long[] words, float[] wordWeights, long[] entities, float[] entityWeights,
            long[] persons, long[] locations, long[] organisations, long[] numbers, long[] countries, long[] days,
            long[] year, long[] anchors, long[] tolls, long[] names, long[] nameWords) {
        public Member {
            requireNonNull(words, "words");
            requireNonNull(wordWeights, "wordWeights");
            requireNonNull(entities, "entities");
            requireNonNull(entityWeights, "entityWeights");
            requireNonNull(persons, "persons");
            requireNonNull(locations, "locations");
            requireNonNull(organisations, "organisations");
            requireNonNull(numbers, "numbers");
            requireNonNull(countries, "countries");
            requireNonNull(days, "days");
            requireNonNull(year, "year");
            requireNonNull(anchors, "anchors");
            requireNonNull(tolls, "tolls");
            requireNonNull(names, "names");
            requireNonNull(nameWords, "nameWords");
        }
    }

    /**
     * A story: its stable id (its first article's), when it was first seen, its size, and its most recent
     * members (a ring of at most {@code recent.length}), which new articles are compared with.
     */
    final class StoryRecord {
        private final String id;
        private Instant firstSeen;
        private long lastMillis;
        private int size;
        private int copies;
        private final Member[] recent;

        public StoryRecord(String id, Instant firstSeen, int capacity) {
            this.id = requireNonNull(id, "id");
            this.firstSeen = requireNonNull(firstSeen, "firstSeen");
            this.lastMillis = firstSeen.toEpochMilli();
            this.recent = new Member[capacity];
        }

        public String id() {
            return id;
        }

        public Instant firstSeen() {
            return firstSeen;
        }

        /** The latest event time among its articles. */
        public long lastMillis() {
            return lastMillis;
        }

        /** The articles added as members ({@link #articles()} counts copies too). */
        public int size() {
            return size;
        }

        /** Its articles, copies included: what a story's size means to a consumer. */
        public int articles() {
            return size + copies;
        }

        /**
         * Counts a copy of one of its articles ({@code duplicateOf} set), which joins it without becoming a compared
         * member: it would only repeat its canonical.
         */
        public void addCopy() {
            copies++;
        }

        /** The members held, most recent first ({@code min(size, capacity)} of them). */
        public int members() {
            return Math.min(size, recent.length);
        }

        /** The {@code i}-th most recent member held. */
        public Member member(int i) {
            return recent[Math.floorMod(size - 1 - i, recent.length)];
        }

        /**
         * A story as it was stored: for a store-backed {@link StoryState} that reads its stories back. The members
         * go into the ring at the places {@link #add} had put them, so the restored story behaves exactly as the
         * stored one did.
         *
         * @param recentFirst its members held, most recent first ({@link #member(int)} order)
         */
        public static StoryRecord restore(String id, Instant firstSeen, long lastMillis, int size, int copies,
                Member[] recentFirst, int capacity) {
            StoryRecord r = new StoryRecord(id, firstSeen, capacity);
            r.lastMillis = lastMillis;
            r.size = size;
            r.copies = copies;
            if (recentFirst.length != Math.min(size, capacity)) {
                throw new IllegalArgumentException("members: " + recentFirst.length + " for size " + size);
            }
            for (int i = 0; i < recentFirst.length; i++) {
                r.recent[Math.floorMod(size - 1 - i, capacity)] = recentFirst[i];
            }
            return r;
        }

        /** The copies counted ({@link #addCopy()}). */
        public int copies() {
            return copies;
        }

        /** The size of its ring of members. */
        public int capacity() {
            return recent.length;
        }

        /** Adds an article; the id never changes, firstSeen only moves earlier. */
        public void add(Member m) {
            recent[size % recent.length] = m;
            size++;
            lastMillis = size == 1 ? m.eventMillis() : Math.max(lastMillis, m.eventMillis());
            if (m.eventMillis() < firstSeen.toEpochMilli()) {
                firstSeen = Instant.ofEpochMilli(m.eventMillis());
            }
        }
    }
}
