package io.newswire.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.streams.KafkaStreams.State;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StreamsHealthTest {

    /**
     * Each row: the states the app went through (space-separated, in order), the threads' states
     * (space-separated, "-" for none), and whether it is then ready and live.
     */
    @ParameterizedTest(name = "{0} / threads {1} -> ready {2}, live {3}")
    @CsvSource({
            "CREATED,                                         -,                 false, true",
            "CREATED REBALANCING,                             STARTING,          false, true",
            "CREATED REBALANCING RUNNING,                     RUNNING RUNNING,   true,  true",
            "CREATED REBALANCING RUNNING REBALANCING,         PARTITIONS_REVOKED RUNNING, true, true",
            "CREATED REBALANCING RUNNING REBALANCING RUNNING, RUNNING,           true,  true",
            "CREATED REBALANCING RUNNING PENDING_SHUTDOWN,    PENDING_SHUTDOWN,  false, true",
            "CREATED REBALANCING RUNNING PENDING_SHUTDOWN NOT_RUNNING, DEAD,     false, true",
            "CREATED REBALANCING RUNNING PENDING_ERROR,       DEAD,              false, false",
            "CREATED REBALANCING RUNNING PENDING_ERROR ERROR, DEAD,              false, false",
            "CREATED REBALANCING PENDING_ERROR ERROR,         -,                 false, false",
            "CREATED REBALANCING RUNNING,                     RUNNING DEAD,      true,  false",
            "CREATED REBALANCING RUNNING REBALANCING,         DEAD,              true,  false",
    })
    void shouldFollowTheKafkaStreamsHealthConventionWhenStatesChange(String states, String threads,
            boolean ready, boolean live) {
        AtomicReference<List<String>> threadStates = new AtomicReference<>(
                threads.equals("-") ? List.of() : Arrays.asList(threads.split(" ")));
        StreamsHealth health = new StreamsHealth(threadStates::get);
        List<State> path = new ArrayList<>();
        for (String s : states.split(" ")) {
            path.add(State.valueOf(s));
        }
        State before = State.CREATED;
        for (State now : path.subList(1, path.size())) {
            assertThat(before.isValidTransition(now)).as("%s -> %s is a transition Kafka Streams makes", before, now)
                    .isTrue();
            health.onChange(now, before);
            before = now;
        }

        StreamsHealth.Status status = health.status();
        assertThat(status.ready()).as("ready").isEqualTo(ready);
        assertThat(status.live()).as("live").isEqualTo(live);
        assertThat(status.state()).isEqualTo(before.name());
        assertThat(health.ready()).isEqualTo(ready);
        assertThat(health.live()).isEqualTo(live);
    }
}
