package io.newswire.streams;

import static java.util.Objects.requireNonNull;

import io.newswire.enrich.duplicates.DuplicatesStage;
import io.newswire.model.Article;
import io.newswire.model.Json;
import io.newswire.model.Provenance;
import io.newswire.model.RejectReason;
import io.newswire.model.StageError;
import io.newswire.model.StageTiming;
import io.newswire.streams.DedupCodec.Decision;
import io.newswire.streams.DedupCodec.Parked;
import io.newswire.streams.DedupCodec.Pending;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The last half of the duplicates step. Since s28 it runs in the sequencer task ({@link #onSequenced}): the
 * sequence record carries the article, so the decision is set on it at once and the article goes to
 * news.enriched in the sequencer's transaction. The join over two topics below is what it was until s27, kept
 * so that an app upgraded from s27 still completes the articles an older app parked (its parked records, its
 * sequence records without the article and their decisions, its two stores): it reads the parked
 * topic and the decisions topic, both partitioned like news.raw: whichever of an article and its decision
 * comes first waits in a store under the raw offset ({@code pending-articles} or {@code early-decisions}),
 * the second completes the join, so the answer does not depend on which of the two partitions Kafka
 * Streams reads first. The join sets {@code duplicateOf} and {@code story} on the parked article (and the
 * stage's timing, or its error, in the provenance, as the offline command does), emits it with the
 * timestamp and headers enrich gave it, and forgets both. An article that the two fields push over the
 * output limit is dead-lettered (key: its id; value: the enriched JSON without them).
 *
 * <p>Two processors, one per input ({@link OnParked}, {@link OnDecision}), share the two stores; the
 * stores put them in one sub-topology, co-partitioned, so a task holds one raw partition's articles and
 * decisions. The stores hold only what is in flight: an article waits for its decision about one commit
 * of the sequencer, however long the backlog on news.raw (the enrich task parks at its own pace, and the
 * join task no longer shares a task with news.raw).
 */
final class JoinBackProcessor {

    static final String STAGE = DuplicatesStage.NAME;
    /** The same-event stories stage's name in provenance, as {@code newswire enrich} writes it. */
    static final String STORIES = io.newswire.enrich.stories.SameEventStories.NAME;
    /** Enriched articles whose decision has not come yet, by raw offset. */
    static final String PENDING_STORE = "pending-articles";
    /** Decisions whose article has not come yet, by raw offset. */
    static final String DECISIONS_STORE = "early-decisions";

    private final int maxOutputBytes;
    private final DeadLetterRouter deadLetters;

    JoinBackProcessor(int maxOutputBytes, DeadLetterRouter deadLetters) {
        this.maxOutputBytes = maxOutputBytes;
        this.deadLetters = requireNonNull(deadLetters, "deadLetters");
    }

    /** The processor of the parked topic. */
    Processor<String, Parked, String, Outcome<byte[]>> onParked() {
        return new OnParked();
    }

    /** The processor of the decisions topic. */
    Processor<String, Decision, String, Outcome<byte[]>> onDecision() {
        return new OnDecision();
    }

    /**
     * The processor of the sequencer's output (s28), in the sequencer task: the decision and the article it
     * carried in its sequence record, joined at once, without a store; a decision without its article (the
     * answer to an older app's record, whose article is parked) is not its to join.
     */
    Processor<String, SequencerProcessor.Sequenced, String, Outcome<byte[]>> onSequenced() {
        return new OnSequenced();
    }

    /** Sets the decision on the article and forwards it, or its dead letter. */
    private abstract class Joiner<V> implements Processor<String, V, String, Outcome<byte[]>> {
        ProcessorContext<String, Outcome<byte[]>> context;

        @Override
        public void init(ProcessorContext<String, Outcome<byte[]>> context) {
            this.context = context;
        }

        void join(Record<String, V> record, Decision d, Pending parked) {
            Record<String, Outcome<byte[]>> out;
            try {
                byte[] bytes = output(parked, d);
                if (bytes.length > maxOutputBytes) {
                    reject(record, d, parked, RejectReason.RECORD_TOO_LARGE, new RecordTooLargeException(
                            "enriched article with duplicateOf and story is " + bytes.length + " bytes, more than "
                            + "the output limit of " + maxOutputBytes));
                    return;
                }
                out = new Record<>(d.id(), new Outcome.Passed<>(bytes), parked.timestamp(),
                        parked.headers());
            } catch (RuntimeException e) {
                reject(record, d, parked, RejectReason.PROCESSING_FAILED, e);
                return;
            }
            context.forward(out);
        }

        private void reject(Record<String, V> record, Decision d, Pending parked, RejectReason reason,
                Throwable cause) {
            Record<byte[], byte[]> letter = deadLetters.reject(context.recordMetadata(),
                    d.id().getBytes(StandardCharsets.UTF_8), parked.json(),
                    new Record<>(d.id(), parked.json(), parked.timestamp(), parked.headers()), reason, STAGE, cause);
            context.forward(record.withValue(new Outcome.Rejected<>(letter)));
        }
    }

    private abstract class Side<V> extends Joiner<V> {
        KeyValueStore<Long, Pending> pending;
        KeyValueStore<Long, Decision> decisions;

        @Override
        public void init(ProcessorContext<String, Outcome<byte[]>> context) {
            super.init(context);
            this.pending = context.getStateStore(PENDING_STORE);
            this.decisions = context.getStateStore(DECISIONS_STORE);
        }
    }

    private final class OnSequenced extends Joiner<SequencerProcessor.Sequenced> {
        @Override
        public void process(Record<String, SequencerProcessor.Sequenced> record) {
            SequencerProcessor.Sequenced s = record.value();
            if (s.decision() != null && s.article() != null) {
                join(record, s.decision(), s.article());
            }
        }
    }

    private final class OnParked extends Side<Parked> {
        @Override
        public void process(Record<String, Parked> record) {
            Parked p = record.value();
            Decision d = decisions.get(p.offset());
            if (d == null) {
                pending.put(p.offset(), p.pending());
                return;
            }
            decisions.delete(p.offset());
            join(record, d, p.pending());
        }
    }

    private final class OnDecision extends Side<Decision> {
        @Override
        public void process(Record<String, Decision> record) {
            Decision d = record.value();
            Pending parked = pending.get(d.offset());
            if (parked == null) {
                decisions.put(d.offset(), d);
                return;
            }
            pending.delete(d.offset());
            join(record, d, parked);
        }
    }

    /**
     * The output JSON: the parked article with the decision's fields and the step's provenance, as {@code newswire
     * enrich} gives it. Only the JSON's tail is written again when enrich found it ({@link ArticleTail}); otherwise
     * (a record parked before s26) the article is decoded and encoded whole. The two give the same bytes.
     */
    static byte[] output(Pending parked, Decision d) {
        if (parked.split() >= 0) {
            // the step's stages appended to the provenance's JSON, which is not decoded (s28)
            Provenance added = provenance(new Provenance("", java.util.List.of(), java.util.List.of()), d);
            byte[] out = ArticleTail.append(parked.json(), parked.split(), d.duplicateOf(), d.story(), added.stages(),
                    added.errors());
            if (out != null) {
                return out;
            }
            Provenance provenance = provenance(ArticleTail.provenance(parked.json(), parked.split()), d);
            return ArticleTail.join(parked.json(), parked.split(), d.duplicateOf(), d.story(), provenance);
        }
        Article article = Json.readArticle(parked.json());
        return Json.toBytes(article.toBuilder().duplicateOf(d.duplicateOf()).story(d.story())
                .provenance(provenance(article.provenance(), d)).build());
    }

    /** The article's provenance with the step's stages (duplicates, then same-event stories when they ran). */
    private static Provenance provenance(Provenance before, Decision d) {
        StageTiming timing = new StageTiming(STAGE, d.micros(), d.error() == null);
        StageError error = d.error() == null ? null : new StageError(STAGE, errorClass(d.error()), d.error());
        var provenance = before.plus(timing, error);
        if (d.stories() != null) {
            // the same-event stories stage, after the duplicates one, as the offline sequencer records it
            String storiesError = d.stories().error();
            provenance = provenance.plus(new StageTiming(STORIES, d.stories().micros(), storiesError == null),
                    storiesError == null ? null : new StageError(STORIES, errorClass(storiesError), storiesError));
        }
        return provenance;
    }

    private static String errorClass(String error) {
        int colon = error.indexOf(':');
        return colon > 0 ? error.substring(0, colon) : error;
    }
}
