package io.newswire.enrich.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.model.Dateline;
import java.time.LocalDate;

/** The field checks the dateline form tests share: one place for what "reads the dateline" means. */
final class DatelineAssertions {

    private DatelineAssertions() {
    }

    /**
     * Asserts that {@code text} opens with a dateline of these fields ({@code date} as ISO text, or {@code null} for
     * none) and returns the match, so that a test can check where the story starts.
     */
    static DatelineParser.Match assertReads(String text, LocalDate reference, String location, String region,
            String agency, String date) {
        var match = DatelineParser.parse(text, 0, reference);
        assertThat(match).as("a dateline in %s", text).isPresent();
        Dateline d = match.get().dateline();
        assertThat(d.location()).isEqualTo(location);
        assertThat(d.region()).isEqualTo(region);
        assertThat(d.agency()).isEqualTo(agency);
        assertThat(d.resolvedDate()).isEqualTo(date == null ? null : LocalDate.parse(date));
        return match.get();
    }
}
