package io.newswire.ops;

import io.newswire.model.Article;
import io.newswire.model.Topic;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Enriched articles per minute by IPTC Media Topics subject (top level) over the last
 * {@link #MINUTES} minutes, for {@code /api/stats} and the dashboard when the streams app's windowed
 * statistics are not at hand (the {@code feeds} command, a single process). A fixed ring of
 * {@code MINUTES x 17} counters: memory and keys stay bounded however many articles or codes come;
 * a code below the top level is not counted, as in the Prometheus counter. Thread-safe.
 */
final class TopicsPerMinute {

    /** How many minutes are kept, the current one included. */
    static final int MINUTES = 15;
    private static final int SUBJECTS = 17;
    private static final long MINUTE_MS = 60_000;

    private final Clock clock;
    private final long[] minuteOf = new long[MINUTES];
    private final long[][] counts = new long[MINUTES][SUBJECTS];

    TopicsPerMinute(Clock clock) {
        this.clock = clock;
        Arrays.fill(minuteOf, -1);
    }

    /** Counts each top-level subject {@code article} lists in the current minute. */
    void count(Article article) {
        if (article.topics().isEmpty()) {
            return;
        }
        long minute = Math.floorDiv(clock.millis(), MINUTE_MS);
        int slot = (int) Math.floorMod(minute, (long) MINUTES);
        synchronized (this) {
            if (minuteOf[slot] != minute) {
                minuteOf[slot] = minute;
                Arrays.fill(counts[slot], 0);
            }
            for (Topic t : article.topics()) {
                int i = index(t.code());
                if (i >= 0) {
                    counts[slot][i]++;
                }
            }
        }
    }

    /**
     * The last {@link #MINUTES} minutes, oldest first, each {@code {start, byTopic}} with
     * {@code byTopic} the non-zero counts by IPTC code (empty for a minute without topics).
     */
    synchronized List<Map<String, Object>> snapshot() {
        long now = Math.floorDiv(clock.millis(), MINUTE_MS);
        List<Map<String, Object>> out = new ArrayList<>(MINUTES);
        for (long m = now - MINUTES + 1; m <= now; m++) {
            int slot = (int) Math.floorMod(m, (long) MINUTES);
            Map<String, Long> byTopic = new TreeMap<>();
            if (minuteOf[slot] == m) {
                for (int i = 0; i < SUBJECTS; i++) {
                    if (counts[slot][i] > 0) {
                        byTopic.put(String.format(java.util.Locale.ROOT, "medtop:%02d000000", i + 1), counts[slot][i]);
                    }
                }
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("start", Instant.ofEpochMilli(m * MINUTE_MS).toString());
            row.put("byTopic", byTopic);
            out.add(row);
        }
        return out;
    }

    /** 0..16 for {@code medtop:01000000}..{@code medtop:17000000}, else -1. */
    static int index(String code) {
        if (code == null || code.length() != 15 || !code.startsWith("medtop:") || !code.endsWith("000000")) {
            return -1;
        }
        char a = code.charAt(7);
        char b = code.charAt(8);
        if (a < '0' || a > '9' || b < '0' || b > '9') {
            return -1;
        }
        int n = (a - '0') * 10 + (b - '0');
        return n >= 1 && n <= SUBJECTS ? n - 1 : -1;
    }
}
