package io.newswire.streams;

import static java.util.Objects.requireNonNull;

import io.newswire.enrich.duplicates.DuplicateIndex;
import io.newswire.enrich.duplicates.DuplicateState;
import io.newswire.enrich.duplicates.TextSignature;
import io.newswire.streams.DedupCodec.LogEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The sequencer task's {@link DuplicateState}: a {@link DuplicateIndex} in memory, which answers, and a
 * log of every article it holds in a changelogged store ({@code dedup-log}: sequence number to {@link
 * LogEntry}, about 1.2 KB each), from which {@link #rebuild} makes the index again when the task starts,
 * moves to another instance, or is re-initialised after an aborted transaction. The store and the
 * changelog are committed with the decisions, so the index rebuilt is the one of the last committed
 * decision, whatever happened after it.
 *
 * <p>A replay adds each logged article with the canonical and story it was given (no lookups), so it
 * costs an insert per article. The index's state is then a function of the log: the log's entries, in
 * their order. To keep it so when the index drops articles by retention, the log drops the same articles
 * and the index is rebuilt from the log at once (at most once an hour of ingest time, when retention runs):
 * an uninterrupted run and a restarted one hold the same index after every article. Until the first
 * article is dropped the index is exactly the one {@code newswire enrich} holds over the same order; after
 * it, a rebuilt index differs from one that never was in what the dropped articles left behind (a band
 * key's ring no longer pushed, a story's count of dropped members), so answers can differ from the offline
 * command's in those rare cases, never between two runs of the app over one order.
 */
final class StoredDuplicateState implements DuplicateState {

    private final DuplicateIndex.Settings settings;
    private final KeyValueStore<Long, LogEntry> log;
    private DuplicateIndex index;
    private long next;
    private long rebuilds;

    StoredDuplicateState(DuplicateIndex.Settings settings, KeyValueStore<Long, LogEntry> log) {
        this.settings = requireNonNull(settings, "settings");
        this.log = requireNonNull(log, "log");
    }

    /**
     * Makes the index from the log; when a replay drops articles by retention, drops them from the log
     * too and replays again, until a replay drops none.
     */
    void rebuild() {
        while (true) {
            DuplicateIndex fresh = new DuplicateIndex(settings);
            long last = -1;
            try (KeyValueIterator<Long, LogEntry> it = log.all()) {
                while (it.hasNext()) {
                    KeyValue<Long, LogEntry> kv = it.next();
                    replay(fresh, kv.value);
                    last = kv.key;
                }
            }
            index = fresh;
            next = last + 1;
            rebuilds++;
            if (fresh.evicted() == 0) {
                return;
            }
            dropEvicted();
        }
    }

    /** How many times the index was built from the log (the first build included). */
    long rebuilds() {
        return rebuilds;
    }

    /** Whether the index still holds an article of the story. */
    boolean holdsStory(String storyId) {
        return index.story(storyId).isPresent();
    }

    /** Articles the index holds. */
    int size() {
        return index.size();
    }

    private static void replay(DuplicateIndex index, LogEntry e) {
        // add() takes only the canonical and the story of a match: the logged ones give the same entry
        DuplicateIndex.Match decided = new DuplicateIndex.Match(e.canonical(), e.id(), 1.0,
                DuplicateIndex.Kind.EXACT, e.storyId());
        index.add(e.id(), e.publishedAt(), e.ingestedAt(), e.signature(), Optional.of(decided));
    }

    private void dropEvicted() {
        List<Long> gone = new ArrayList<>();
        try (KeyValueIterator<Long, LogEntry> it = log.all()) {
            while (it.hasNext()) {
                KeyValue<Long, LogEntry> kv = it.next();
                if (!index.contains(kv.value.id())) {
                    gone.add(kv.key);
                }
            }
        }
        for (Long key : gone) {
            log.delete(key);
        }
    }

    @Override
    public Optional<DuplicateIndex.Match> find(TextSignature signature, Instant eventTime) {
        return index.find(signature, eventTime);
    }

    @Override
    public DuplicateIndex.Entry add(String id, Instant publishedAt, Instant ingestedAt, TextSignature signature,
            Optional<DuplicateIndex.Match> match) {
        long evictedBefore = index.evicted();
        DuplicateIndex.Entry entry = index.add(id, publishedAt, ingestedAt, signature, match);
        log.put(next++, new LogEntry(id, publishedAt, ingestedAt, signature, entry.canonical(), entry.storyId()));
        if (index.evicted() != evictedBefore) {
            dropEvicted();
            rebuild();
        }
        return entry;
    }

    @Override
    public Optional<StoryStatus> story(String storyId) {
        return index.story(storyId);
    }
}
