package io.newswire.streams;

import static java.util.Objects.requireNonNull;

import io.newswire.enrich.duplicates.DuplicatesStage;
import io.newswire.model.Article;
import io.newswire.model.Json;
import io.newswire.model.RejectReason;
import io.newswire.model.StageError;
import io.newswire.model.StageTiming;
import io.newswire.streams.DedupCodec.Decision;
import io.newswire.streams.DedupCodec.Pending;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last half of the duplicates step, in the task that owns the article's {@code pending-articles}
 * partition: takes the sequencer's decision, sets {@code duplicateOf} and {@code story} on the parked
 * article (and the stage's timing, or its error, in the provenance, as the offline command does), emits
 * it with the timestamp and headers enrich gave it, and forgets it. An article that the two fields push
 * over the output limit is dead-lettered (key: its id; value: the enriched JSON without them).
 */
final class JoinBackProcessor implements Processor<String, Decision, String, Outcome<Enriched>> {

    static final String STAGE = DuplicatesStage.NAME;
    private static final Logger LOG = LoggerFactory.getLogger(JoinBackProcessor.class);

    private final int maxOutputBytes;
    private final DeadLetterRouter deadLetters;
    private ProcessorContext<String, Outcome<Enriched>> context;
    private KeyValueStore<Long, Pending> pending;

    JoinBackProcessor(int maxOutputBytes, DeadLetterRouter deadLetters) {
        this.maxOutputBytes = maxOutputBytes;
        this.deadLetters = requireNonNull(deadLetters, "deadLetters");
    }

    @Override
    public void init(ProcessorContext<String, Outcome<Enriched>> context) {
        this.context = context;
        this.pending = context.getStateStore(PendingProcessor.STORE);
    }

    @Override
    public void process(Record<String, Decision> record) {
        Decision d = record.value();
        Pending parked = pending.get(d.offset());
        if (parked == null) {
            // Only a decisions topic shared with another app, or pending state deleted by hand, gets here.
            LOG.error("no pending article for decision {} (raw offset {}): dropped", d.id(), d.offset());
            return;
        }
        pending.delete(d.offset());
        Record<String, Outcome<Enriched>> out;
        try {
            Article article = Json.readArticle(parked.json());
            StageTiming timing = new StageTiming(STAGE, d.micros(), d.error() == null);
            StageError error = d.error() == null ? null : new StageError(STAGE, errorClass(d.error()), d.error());
            Article decided = article.toBuilder().duplicateOf(d.duplicateOf()).story(d.story())
                    .provenance(article.provenance().plus(timing, error)).build();
            byte[] bytes = Json.toBytes(decided);
            if (bytes.length > maxOutputBytes) {
                reject(record, parked, RejectReason.RECORD_TOO_LARGE, new RecordTooLargeException("enriched article "
                        + "with duplicateOf and story is " + bytes.length + " bytes, more than the output limit of "
                        + maxOutputBytes));
                return;
            }
            out = new Record<>(d.id(), new Outcome.Passed<>(new Enriched(decided, bytes)), parked.timestamp(),
                    parked.headers());
        } catch (RuntimeException e) {
            reject(record, parked, RejectReason.PROCESSING_FAILED, e);
            return;
        }
        context.forward(out);
    }

    private static String errorClass(String error) {
        int colon = error.indexOf(':');
        return colon > 0 ? error.substring(0, colon) : error;
    }

    private void reject(Record<String, Decision> record, Pending parked, RejectReason reason, Throwable cause) {
        Record<byte[], byte[]> letter = deadLetters.reject(context.recordMetadata(),
                record.value().id().getBytes(StandardCharsets.UTF_8), parked.json(),
                new Record<>(record.key(), parked.json(), parked.timestamp(), parked.headers()), reason, STAGE, cause);
        context.forward(record.withValue(new Outcome.Rejected<>(letter)));
    }
}
