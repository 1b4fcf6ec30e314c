package io.newswire.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The committed dateline set stays well formed and big enough, and the command prints its table. */
class WireDatelineEvaluationTest {

    @Test
    void shouldHoldAtLeast200DatelinesAnd200OpeningsWhenTheSetIsRead() throws Exception {
        List<WireDatelineEvaluation.Row> rows = WireDatelineEvaluation.read();

        assertThat(rows.stream().filter(WireDatelineEvaluation.Row::dateline).count()).isGreaterThanOrEqualTo(200);
        assertThat(rows.stream().filter(r -> !r.dateline()).count()).isGreaterThanOrEqualTo(200);
        assertThat(rows).extracting(WireDatelineEvaluation.Row::split).containsOnly("dev", "test", "blind", "blind-2", "blind-3", "blind-4", "blind-5", "blind-6", "blind-7", "blind-8", "blind-9", "blind-10", "blind-11", "blind-12");
        assertThat(rows.stream().filter(r -> r.split().equals("blind") && r.dateline()).count()).isGreaterThanOrEqualTo(150);
        assertThat(rows.stream().filter(r -> r.split().equals("blind") && !r.dateline()).count()).isGreaterThanOrEqualTo(60);
    }

    @ParameterizedTest(name = "{0}: {1} datelines, {2} openings")
    @CsvSource({
        "blind-9, 149, 179",
        "blind-10, 193, 217",
        "blind-11, 223, 255",
        "blind-12, 221, 261",
    })
    void shouldHoldEveryWrittenRowWhenALateBlindSetIsRead(String split, int datelines, int openings) throws Exception {
        // The held-out files are read with the rest: a row lost to a stray tab or a missing § would shift these counts.
        List<WireDatelineEvaluation.Row> rows = WireDatelineEvaluation.read().stream()
                .filter(r -> r.split().equals(split))
                .toList();

        assertThat(rows.stream().filter(WireDatelineEvaluation.Row::dateline).count()).isEqualTo(datelines);
        assertThat(rows.stream().filter(r -> !r.dateline()).count()).isEqualTo(openings);
    }

    @Test
    void shouldLabelOnlyWhatTheDatelineSaysWhenARowHasOne() throws Exception {
        for (WireDatelineEvaluation.Row r : WireDatelineEvaluation.read()) {
            if (!r.dateline()) {
                assertThat(r.location()).as("line %d", r.line()).isNull();
                assertThat(r.others()).as("line %d", r.line()).isEmpty();
                continue;
            }
            // A trailing agency credit may follow the story ("...said.\n\n-- BERNAMA"): it names the agency too.
            int storyAt = r.text().lastIndexOf(r.body());
            String head = r.text().substring(0, storyAt).toLowerCase(Locale.ROOT);
            String credit = r.text().substring(storyAt + r.body().length()).toLowerCase(Locale.ROOT);
            if (r.location() == null) {
                // UPI without a place ("Nov. 29 (UPI) --"), or an agency's timed credit line ("AA 29.10.2025
                // 04:51"): the agency is all there is besides the date.
                assertThat(r.agency()).as("line %d", r.line()).isNotNull();
                String agency = r.agency().toLowerCase(Locale.ROOT);
                // or an agency alone with the date ("Xinhua, March 14, 2025")
                assertThat(head.contains("(" + agency + ")") || head.startsWith(agency + " ") || head.startsWith(agency + ","))
                        .as("line %d: %s", r.line(), head)
                        .isTrue();
                continue;
            }
            // The Hindu's timestamp line ends in the place ("Updated - ... IST - CHENNAI"); a Nigerian
            // byline ends in it ("From Musa Abdullahi, Kano"): that place then opens the head.
            String firstLine = head.strip();
            if (firstLine.startsWith("updated - ") || firstLine.startsWith("published - ")) {
                head = firstLine.substring(firstLine.lastIndexOf(" - ") + 3) + " " + firstLine;
            } else if (firstLine.startsWith("from ") && firstLine.indexOf('\n') < 0) {
                // "From Salma Hamisi in Zanzibar" (Tanzanian dailies) names the place after "in"
                int in = firstLine.lastIndexOf(" in ");
                head = (in > 0 ? firstLine.substring(in + 4) : firstLine.substring(firstLine.lastIndexOf(", ") + 2))
                        + " " + firstLine;
            } else if (firstLine.matches("(our|staff) correspondent, [^\n]+")) {
                // "Our Correspondent, Rajshahi" (Bangladeshi dailies)
                head = firstLine.substring(firstLine.lastIndexOf(", ") + 2) + " " + firstLine;
            } else if (firstLine.matches("[^/\n]+/[^/,\n]+, \\(.*")) {
                // the reporter, a slash, the place ("Deniz KARACA/İZMİR, (DHA)-", Turkish agencies)
                head = firstLine.substring(firstLine.indexOf('/') + 1);
            }
            // A credit line may stand before the dateline ("By Maria Lopez\nAssociated Press\n\nTUCSON, ...",
            // "Special Correspondent\nMADURAI"), or share its line ("By IANS, Lucknow :"): the place opens the last line.
            String opening = head;
            String lastLine = head.stripTrailing();
            lastLine = lastLine.substring(lastLine.lastIndexOf('\n') + 1);
            if (!head.startsWith(r.location().toLowerCase(Locale.ROOT))
                    && (!lastLine.equals(head.stripTrailing()) || lastLine.startsWith("by "))) {
                String place = lastLine.startsWith("by ") ? lastLine.substring(lastLine.lastIndexOf(", ") + 2) : lastLine;
                assertThat(place).as("line %d: %s", r.line(), head).startsWith(r.location().toLowerCase(Locale.ROOT));
                head = lastLine.startsWith("by ") ? place + " " + lastLine : lastLine;
            }
            // The place opens the dateline, or follows the agency (Chinese "新华社北京3月3日电").
            String location = r.location().toLowerCase(Locale.ROOT);
            // Or the place and agency share one bracket ("(서울=연합뉴스)", "【ワシントン共同】").
            String unbracketed = head.startsWith("(") || head.startsWith("【") ? head.substring(1) : head;
            boolean agencyFirst = r.agency() != null && (head.startsWith(r.agency().toLowerCase(Locale.ROOT))
                    || head.startsWith("(" + r.agency().toLowerCase(Locale.ROOT)));
            if (unbracketed != head && unbracketed.startsWith(location)) {
                agencyFirst = true;
            }
            assertThat(head.startsWith(location) || agencyFirst && head.contains(location))
                    .as("line %d: %s", r.line(), head).isTrue();
            if (r.agency() != null) {
                // The agency may stand on a credit line before the place ("PTI\nNairobi").
                assertThat(opening + credit).as("line %d", r.line()).contains(r.agency().toLowerCase(Locale.ROOT));
            }
            if (r.region() != null) {
                for (String part : r.region().split(", ")) {
                    assertThat(head).as("line %d", r.line()).contains(part.toLowerCase(Locale.ROOT));
                }
            }
            if (r.date() != null) {
                assertThat(r.date()).as("line %d", r.line()).matches("(\\d{4}-)?\\d{2}-\\d{2}");
            }
            for (String other : r.others()) {
                // "GAZA CITY/JERUSALEM", "KYIV and MOSCOW": every other place is written in the dateline, after the first
                assertThat(head.indexOf(other.toLowerCase(Locale.ROOT), location.length())).as("line %d: %s", r.line(), head)
                        .isGreaterThan(0);
            }
        }
    }

    @Test
    void shouldPrintOneRowPerSplitWhenRunOnAll() throws Exception {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();

        List<WireDatelineEvaluation.Score> scores = WireDatelineEvaluation.run("all", 0,
                new PrintStream(buffer, true, StandardCharsets.UTF_8));

        assertThat(scores).extracting(WireDatelineEvaluation.Score::split).containsExactly("dev", "test", "all");
        assertThat(scores.get(2).datelines()).isEqualTo(scores.get(0).datelines() + scores.get(1).datelines());
        assertThat(buffer.toString(StandardCharsets.UTF_8)).contains("location").contains("FP");
    }
}
