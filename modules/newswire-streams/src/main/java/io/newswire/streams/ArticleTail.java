package io.newswire.streams;

import io.newswire.model.Article;
import io.newswire.model.DuplicateOf;
import io.newswire.model.Json;
import io.newswire.model.Provenance;
import io.newswire.model.Story;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The join-back's way of setting {@code duplicateOf}, {@code story} and the provenance on an enriched article's JSON
 * without decoding and encoding the whole article (about 300 us for a 12 KB article, most of the step's cost at the
 * join-back). The three are the last properties of {@link Article} ({@code @JsonPropertyOrder}), so the JSON enrich
 * wrote ends with {@code ,"duplicateOf":null,"story":null,"provenance":{...}}}: enrich finds where that tail begins
 * ({@link #split}, checked byte for byte against the encoding of its provenance), and the join-back keeps what comes
 * before it and writes the tail again with the decision ({@link #join}), decoding only the provenance. The result is
 * byte for byte what {@code Json.toBytes} gives for the article with the three set (the mapper writes compact JSON, a
 * value the same wherever it stands). When the tail is not found, {@link #split} says so and the join-back decodes
 * the whole article as before.
 */
final class ArticleTail {

    private static final byte[] DUPLICATE_OF = bytes(",\"duplicateOf\":");
    private static final byte[] STORY = bytes(",\"story\":");
    private static final byte[] PROVENANCE = bytes(",\"provenance\":");
    private static final byte[] NULL = bytes("null");
    /** The tail as enrich writes it, up to the provenance's value. */
    private static final byte[] UNDECIDED = bytes(",\"duplicateOf\":null,\"story\":null,\"provenance\":");

    private ArticleTail() {
    }

    /**
     * Where the tail of {@code json}, the encoding of {@code article}, begins (the comma before {@code
     * "duplicateOf"}), or -1 when it does not end as an undecided article's JSON does (either field set, or another
     * layout), so that the join-back decodes it whole.
     */
    static int split(byte[] json, Article article) {
        if (article.duplicateOf() != null || article.story() != null) {
            return -1;
        }
        byte[] provenance = Json.toBytes(article.provenance());
        int tail = UNDECIDED.length + provenance.length + 1;
        int at = json.length - tail;
        if (at <= 0 || json[json.length - 1] != '}'
                || !Arrays.equals(json, at, at + UNDECIDED.length, UNDECIDED, 0, UNDECIDED.length)
                || !Arrays.equals(json, at + UNDECIDED.length, json.length - 1, provenance, 0, provenance.length)) {
            return -1;
        }
        return at;
    }

    /** The provenance in the tail of {@code json}, which begins at {@code split}. */
    static Provenance provenance(byte[] json, int split) {
        int from = split + UNDECIDED.length;
        try {
            return Json.mapper().readValue(json, from, json.length - 1 - from, Provenance.class);
        } catch (IOException e) {
            throw new UncheckedIOException("not an enriched article's provenance: " + e.getMessage(), e);
        }
    }

    /**
     * {@code json} (an undecided article's JSON whose tail begins at {@code split}) with {@code duplicateOf},
     * {@code story} and {@code provenance} in place of its tail.
     */
    static byte[] join(byte[] json, int split, DuplicateOf duplicateOf, Story story, Provenance provenance) {
        byte[] provenanceJson = Json.toBytes(provenance);
        byte[] out = head(json, split, duplicateOf, story, provenanceJson.length);
        int at = put(out, out.length - provenanceJson.length - 1, provenanceJson);
        out[at] = '}';
        return out;
    }

    /**
     * A new article of {@code json} up to {@code split}, then {@code duplicateOf}, {@code story} and the
     * provenance's key, with room after them for {@code provenanceBytes} of provenance and the closing brace.
     */
    private static byte[] head(byte[] json, int split, DuplicateOf duplicateOf, Story story, int provenanceBytes) {
        byte[] duplicateJson = duplicateOf == null ? NULL : Json.toBytes(duplicateOf);
        byte[] storyJson = story == null ? NULL : Json.toBytes(story);
        byte[] out = new byte[split + DUPLICATE_OF.length + duplicateJson.length + STORY.length + storyJson.length
                + PROVENANCE.length + provenanceBytes + 1];
        System.arraycopy(json, 0, out, 0, split);
        int at = put(out, split, DUPLICATE_OF);
        at = put(out, at, duplicateJson);
        at = put(out, at, STORY);
        at = put(out, at, storyJson);
        put(out, at, PROVENANCE);
        return out;
    }

    /** Where the provenance's stages end and its errors begin, as the mapper writes them. */
    private static final byte[] STAGES_END = bytes("],\"errors\":[");

    /**
     * As {@link #join} with the provenance of the tail plus {@code stages} and {@code errors} appended, without
     * decoding the provenance (s28: its decoding and encoding were half the join's time): the new stages' and
     * errors' JSON goes in before the ends of the two arrays. Null when the provenance is not laid out as {@code
     * {"pipelineVersion":...,"stages":[...],"errors":[...]}} (then decode it and call {@link #join}). The array
     * ends are found by the first {@code ],"errors":[} after the provenance's start: a string in JSON cannot hold
     * an unescaped quote, so no stage or message can hold that sequence.
     */
    static byte[] append(byte[] json, int split, DuplicateOf duplicateOf, Story story,
            java.util.List<io.newswire.model.StageTiming> stages, java.util.List<io.newswire.model.StageError> errors) {
        int from = split + UNDECIDED.length;
        int end = json.length - 1;
        if (end - from < 4 || json[end - 1] != '}' || json[end - 2] != ']') {
            return null;
        }
        int stagesEnd = indexOf(json, STAGES_END, from, end);
        if (stagesEnd < 0) {
            return null;
        }
        boolean noStages = json[stagesEnd - 1] == '[';
        boolean noErrors = json[end - 3] == '[' && end - 3 == stagesEnd + STAGES_END.length - 1;
        byte[][] stageJson = new byte[stages.size()][];
        int added = 0;
        for (int i = 0; i < stageJson.length; i++) {
            stageJson[i] = Json.toBytes(stages.get(i));
            added += stageJson[i].length + 1;
        }
        byte[][] errorJson = new byte[errors.size()][];
        for (int i = 0; i < errorJson.length; i++) {
            errorJson[i] = Json.toBytes(errors.get(i));
            added += errorJson[i].length + 1;
        }
        int provenanceBytes = (end - from) + added;
        byte[] out = head(json, split, duplicateOf, story, provenanceBytes);
        int at = copy(json, from, stagesEnd, out, out.length - provenanceBytes - 1);
        boolean first = noStages;
        for (byte[] stage : stageJson) {
            if (!first) {
                out[at++] = ',';
            }
            first = false;
            at = put(out, at, stage);
        }
        at = copy(json, stagesEnd, end - 2, out, at);
        first = noErrors;
        for (byte[] error : errorJson) {
            if (!first) {
                out[at++] = ',';
            }
            first = false;
            at = put(out, at, error);
        }
        out[at++] = ']';
        out[at++] = '}';
        out[at++] = '}';
        return at == out.length ? out : Arrays.copyOf(out, at);
    }

    private static int indexOf(byte[] in, byte[] part, int from, int to) {
        outer:
        for (int i = from; i <= to - part.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (in[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static int copy(byte[] in, int from, int to, byte[] out, int at) {
        System.arraycopy(in, from, out, at, to - from);
        return at + to - from;
    }

    private static int put(byte[] out, int at, byte[] part) {
        System.arraycopy(part, 0, out, at, part.length);
        return at + part.length;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
