package io.newswire.enrich.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DuplicateIndexTest {

    private static final Signatures SIGNATURES = new Signatures();

    // A made-up wire story of six paragraphs, and an unrelated one.
    static final List<String> STORY = List.of(
            "Floodwaters rose across the northern valley district on Tuesday after three days of heavy rain, "
                    + "forcing about 4,000 residents from their homes, local officials said.",
            "The district's disaster management office said 12 villages along the river had been cut off and "
                    + "that boats were carrying food and drinking water to families stranded on rooftops.",
            "\"We have never seen the river this high in October,\" said Halima Osei, a farmer who left her "
                    + "village with her four children and two goats before dawn.",
            "Weather forecasters expect more rain in the hills upstream until Friday, and the irrigation "
                    + "authority has opened the gates of two reservoirs to keep the dams safe.",
            "Schools in the district will stay closed for the rest of the week and the regional hospital has "
                    + "set up a field clinic near the main bridge, the health department said.",
            "The provincial government promised compensation for lost crops and livestock once the water "
                    + "recedes, but farmers said earlier payments after the floods of 2019 arrived a year late.");
    static final String OTHER = "The central bank left its main interest rate unchanged on Thursday, saying "
            + "inflation had slowed for a fourth month in a row but that wage growth remained too strong for "
            + "an early cut. Markets had priced in a pause, and the currency barely moved after the decision. "
            + "Two of the nine members of the rate committee voted for a quarter point reduction.";

    static String join(List<String> paragraphs) {
        return String.join("\n\n", paragraphs);
    }

    @Test
    void shouldGiveTheSameFingerprintWhenOnlyCaseQuotesDashesAndSpacesDiffer() {
        String a = "Officials said the “bridge” — built in 1962 — was safe.  It re-opened on Monday.";
        String b = "officials said the \"bridge\" - built in 1962 - was safe. It re opened on monday";
        assertThat(SIGNATURES.of(a).fingerprint()).isEqualTo(SIGNATURES.of(b).fingerprint());
        assertThat(SIGNATURES.of(a).fingerprint()).isNotEqualTo(SIGNATURES.of(a.replace("1962", "1963"))
                .fingerprint());
    }

    @Test
    void shouldFoldAccentsWhenFingerprintingNonEnglishText() {
        String a = "Die Bürgermeisterin von Köln eröffnete am Montag die neue Brücke über den Rhein.";
        String b = "die burgermeisterin von koln eroffnete am montag die neue brucke uber den rhein";
        assertThat(SIGNATURES.of(a).fingerprint()).isEqualTo(SIGNATURES.of(b).fingerprint());
    }

    @Test
    void shouldEstimateHighSimilarityForCopiesAndLowForUnrelatedTextWhenSketching() {
        TextSignature original = SIGNATURES.of(join(STORY));
        TextSignature dropped = SIGNATURES.of(join(List.of(STORY.get(0), STORY.get(1), STORY.get(3), STORY.get(4),
                STORY.get(5))));
        TextSignature truncated = SIGNATURES.of(join(STORY.subList(0, 3)));
        TextSignature other = SIGNATURES.of(OTHER);
        assertThat(original.jaccard(original)).isEqualTo(1.0);
        assertThat(original.jaccard(dropped)).isGreaterThan(0.6);
        assertThat(original.containment(truncated)).isGreaterThan(0.8);
        assertThat(original.jaccard(other)).isLessThan(0.1);
    }

    static List<String> copies() {
        return List.of(
                // a new footer and a byline
                "By a staff reporter\n\n" + join(STORY) + "\n\nCopyright 2026 Example Agency. All rights reserved.",
                // a paragraph dropped
                join(List.of(STORY.get(0), STORY.get(1), STORY.get(2), STORY.get(4), STORY.get(5))),
                // paragraphs reordered
                join(List.of(STORY.get(0), STORY.get(2), STORY.get(1), STORY.get(3), STORY.get(5), STORY.get(4))),
                // cut to its first half
                join(STORY.subList(0, 3)),
                // curly quotes and dashes changed, upper-cased lead
                join(STORY).replace('"', '\u201C').replace("Floodwaters rose", "FLOODWATERS ROSE"));
    }

    @ParameterizedTest
    @MethodSource("copies")
    void shouldPointAtTheOriginalWhenACopyArrivesLater(String copy) {
        DuplicateIndex index = new DuplicateIndex();
        add(index, "original", join(STORY), 1);
        add(index, "other", OTHER, 2);
        Optional<DuplicateIndex.Match> match = index.find(SIGNATURES.of(copy));
        assertThat(match).hasValueSatisfying(m -> {
            assertThat(m.canonicalId()).isEqualTo("original");
            assertThat(m.kind()).isIn(DuplicateIndex.Kind.NEAR, DuplicateIndex.Kind.EXACT);
        });
    }

    @Test
    void shouldReportExactWhenTheNormalisedTextIsTheSame() {
        DuplicateIndex index = new DuplicateIndex();
        add(index, "a", join(STORY), 1);
        assertThat(index.find(SIGNATURES.of(join(STORY).toUpperCase(java.util.Locale.ROOT))))
                .hasValueSatisfying(m -> {
                    assertThat(m.kind()).isEqualTo(DuplicateIndex.Kind.EXACT);
                    assertThat(m.similarity()).isEqualTo(1.0);
                });
    }

    @Test
    void shouldFindNothingWhenTheTextIsUnrelatedOrShareOnlyOneParagraph() {
        DuplicateIndex index = new DuplicateIndex();
        add(index, "original", join(STORY), 1);
        assertThat(index.find(SIGNATURES.of(OTHER))).isEmpty();
        // a different story quoting one paragraph of the first is not a copy of it
        String quoting = OTHER + "\n\n" + STORY.get(3) + "\n\n" + OTHER.replace("central bank", "finance ministry")
                .replace("Thursday", "Friday");
        assertThat(index.find(SIGNATURES.of(quoting))).isEmpty();
    }

    @Test
    void shouldKeepTheEarliestCanonicalWhenCopiesOfCopiesArrive() {
        DuplicateIndex index = new DuplicateIndex();
        add(index, "first", join(STORY), 1);
        DuplicateIndex.Entry second = add(index, "second", join(STORY.subList(0, 5)) + "\n\nMore to follow.", 2);
        DuplicateIndex.Entry third = add(index, "third", join(STORY.subList(0, 4)), 3);
        assertThat(second.canonicalId()).isEqualTo("first");
        assertThat(third.canonicalId()).isEqualTo("first");
    }

    @Test
    void shouldMakeABackfilledEarlierOriginalTheCanonicalOfLaterArrivalsWhenItPrecedesTheGroup() {
        DuplicateIndex index = new DuplicateIndex();
        index.add("late", Instant.parse("2026-03-02T10:00:00Z"), null, SIGNATURES.of(join(STORY)), Optional.empty());
        TextSignature early = SIGNATURES.of(join(STORY) + " Updated.");
        DuplicateIndex.Entry backfilled = index.add("early", Instant.parse("2026-03-01T10:00:00Z"), null, early,
                index.find(early));
        assertThat(backfilled.canonicalId()).isEqualTo("early");
        assertThat(index.find(SIGNATURES.of(join(STORY.subList(0, 5))))).hasValueSatisfying(m ->
                assertThat(m.canonicalId()).isEqualTo("early"));
    }

    @Test
    void shouldMatchOnlyByFingerprintWhenTheTextIsShorterThanAShingle() {
        TextSignature tiny = SIGNATURES.of("Breaking news");
        assertThat(tiny.hasSketch()).isFalse();
        DuplicateIndex index = new DuplicateIndex();
        index.add("a", null, Instant.EPOCH, tiny, Optional.empty());
        assertThat(index.find(SIGNATURES.of("BREAKING NEWS!"))).hasValueSatisfying(m ->
                assertThat(m.kind()).isEqualTo(DuplicateIndex.Kind.EXACT));
        assertThat(index.find(SIGNATURES.of(""))).isEmpty();
    }

    @Test
    void shouldNotMatchTwoNoticesOfOneTemplateWhenTheirFiguresDiffer() {
        String template = "The finance ministry said it will sell %s billion dollars of three and six-month bills "
                + "at its regular auction next week. The %s sale, to be evenly divided between the three and six "
                + "month issues, will raise %s billion dollars of new money as maturing bills total %s billion "
                + "dollars. The bills will be issued on %s.";
        DuplicateIndex index = new DuplicateIndex();
        add(index, "march", String.format(java.util.Locale.ROOT, template, "12.8", "March 30", "1.2", "13.99",
                "April 2"), 1);
        String april = String.format(java.util.Locale.ROOT, template, "13.2", "April 6", "1.65", "14.85", "April 9");
        assertThat(index.find(SIGNATURES.of(april))).isEmpty();
        String resent = String.format(java.util.Locale.ROOT, template, "12.8", "March 30", "1.2", "13.99",
                "April 2").replace("regular auction", "regular weekly auction");
        assertThat(index.find(SIGNATURES.of(resent))).isPresent();
    }

    // s32 (issue 11 C9): one agency's copy, sent twice; one send carries a credit line with its time, the other a
    // licence plate the editor added. Neither is a figure that tells two events apart.
    static final String PURSUIT = "A van that failed to stop for a police patrol in Belmoor crashed into a parked "
            + "lorry, killing 1 person and injuring 1, police said. Officers on patrol in Hestwick had signalled the van, "
            + "whose driver was not identified, to stop. The van sped off and hit the lorry at a junction on Varrow "
            + "Boulevard. Fire crews, police and ambulances went to the scene. One person trapped in the van died and "
            + "another was badly hurt; the injured was taken to hospital. A suspect who fled the van and fired at "
            + "police was caught wounded, officials said.";

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> stampedSends() {
        return java.util.stream.Stream.of(
                org.junit.jupiter.params.provider.Arguments.of("WIRE 14.03.2026 09:27\n\n" + PURSUIT, PURSUIT),
                org.junit.jupiter.params.provider.Arguments.of(PURSUIT + "\nBelmoor Times, 2026-03-14 09:27 GMT.",
                        PURSUIT),
                org.junit.jupiter.params.provider.Arguments.of("WIRE 14.03.2026 09:27\n\n" + PURSUIT,
                        PURSUIT.replace("whose driver", "the 06 KRT 417 van, whose driver")),
                org.junit.jupiter.params.provider.Arguments.of("Belmoor, 14/03/2026 - 09:27\n" + PURSUIT,
                        PURSUIT.replace("whose driver", "the van AB-123-CD, whose driver")));
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("stampedSends")
    void shouldFindTheCopyWhenTheSendsDifferOnlyByACreditStampOrAPlate(String first, String resent) {
        DuplicateIndex index = new DuplicateIndex();
        add(index, "first", first, 0);

        assertThat(index.find(SIGNATURES.of(resent))).hasValueSatisfying(m ->
                assertThat(m.canonicalId()).isEqualTo("first"));
    }

    static final String NOTICE = "The finance ministry said it will sell %d.%d billion dollars of three and "
            + "six-month bills at its regular auction next week. The sale of lot %d, evenly divided between the "
            + "three and six month issues, will raise %d.%d billion dollars of new money as maturing bills total "
            + "%d.%d billion dollars. The bills will be issued on day %d of the quarter.";

    static String notice(int i) {
        // every figure differs from one notice to the next: different auctions, not copies
        return String.format(java.util.Locale.ROOT, NOTICE, 1000 + i, 7 * i + 3, i, 2000 + i, 11 * i + 5,
                3000 + i, 13 * i + 1, 5000 + i);
    }

    @Test
    void shouldCheckAtMostMaxPerKeyCandidatesPerBandWhenManyNoticesShareATemplate() {
        DuplicateIndex index = new DuplicateIndex(DuplicateIndex.Settings.STANDARD.withMaxPerKey(4));
        for (int i = 0; i < 500; i++) {
            add(index, "notice-" + i, notice(i), i);
        }
        TextSignature resent = SIGNATURES.of(notice(499).replace("regular auction", "regular weekly auction"));
        assertThat(index.candidates(resent)).isGreaterThan(0).isLessThanOrEqualTo(DuplicateIndex.BANDS * 4);
        assertThat(index.find(resent)).hasValueSatisfying(m -> assertThat(m.canonicalId()).isEqualTo("notice-499"));
        assertThat(index.size()).isEqualTo(500);
    }

    @Test
    void shouldFindTheGroupWhenItsOriginalWasPushedOutOfItsBandKeysByLaterCopies() {
        DuplicateIndex index = new DuplicateIndex(DuplicateIndex.Settings.STANDARD.withMaxPerKey(2));
        add(index, "original", join(STORY), 0);
        for (int i = 1; i <= 6; i++) {
            add(index, "copy-" + i, join(STORY) + "\n\nDistributed by partner " + i + " of the wire.", i);
        }
        assertThat(index.find(SIGNATURES.of(join(STORY.subList(0, 5))))).hasValueSatisfying(m ->
                assertThat(m.canonicalId()).isEqualTo("original"));
    }

    @Test
    void shouldNotMatchCopiesWhoseEventTimesAreFurtherApartThanTheRetention() {
        DuplicateIndex index = new DuplicateIndex();
        Instant day0 = Instant.parse("2026-03-01T10:00:00Z");
        index.add("old", day0, day0, SIGNATURES.of(join(STORY)), Optional.empty());
        TextSignature copy = SIGNATURES.of(join(STORY.subList(0, 5)));
        assertThat(index.find(copy, day0.plus(java.time.Duration.ofDays(6)))).isPresent();
        assertThat(index.find(copy, day0.plus(java.time.Duration.ofDays(8)))).isEmpty();
        assertThat(index.find(SIGNATURES.of(join(STORY)), day0.minus(java.time.Duration.ofDays(8)))).isEmpty();
    }

    @Test
    void shouldMatchWithoutOverflowWhenDatesAreAtTheEndsOfTime() {
        DuplicateIndex index = new DuplicateIndex();
        TextSignature s = SIGNATURES.of(join(STORY));
        Instant now = Instant.parse("2026-03-01T10:00:00Z");
        index.add("far", Instant.MAX, now, s, index.find(s, Instant.MAX));
        index.add("past", Instant.MIN, now, s, index.find(s, Instant.MIN));

        assertThat(index.find(s, Instant.MAX)).map(DuplicateIndex.Match::matchedId).contains("far");
        assertThat(index.find(s, Instant.MIN)).map(DuplicateIndex.Match::matchedId).contains("past");
        assertThat(index.find(s, now)).isEmpty();
        assertThat(index.size()).isEqualTo(2);
    }

    @Test
    void shouldStayBoundedWhenALiveFeedRunsForMonths() {
        DuplicateIndex index = new DuplicateIndex();
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        int perDay = 20;
        for (int day = 0; day < 90; day++) {
            for (int k = 0; k < perDay; k++) {
                Instant t = start.plus(java.time.Duration.ofDays(day)).plusSeconds(k * 600L);
                TextSignature s = SIGNATURES.of(notice(day * perDay + k) + " " + OTHER.substring(k));
                index.add("a-" + day + "-" + k, t, t, s, index.find(s, t));
            }
        }
        // retention 7 days each side + idle 1 day + the day in progress
        assertThat(index.size()).isLessThanOrEqualTo(10 * perDay);
        assertThat(index.evicted()).isGreaterThanOrEqualTo(80L * perDay);
        // what a caller persisting the added articles (the streams sequencer's log) drops with them
        assertThat(index.contains("a-0-0")).isFalse();
        assertThat(index.contains("a-89-" + (perDay - 1))).isTrue();
    }

    @Test
    void shouldClusterABackfilledArchiveInItsOwnTimeWhenItArrivesDuringALiveFeed() {
        DuplicateIndex index = new DuplicateIndex();
        Instant now = Instant.parse("2026-06-01T00:00:00Z");
        for (int day = 0; day < 30; day++) {
            Instant t = now.plus(java.time.Duration.ofDays(day));
            index.add("live-" + day, t, t, SIGNATURES.of(notice(day)), Optional.empty());
        }
        Instant ingest = now.plus(java.time.Duration.ofDays(30));
        Instant archived = Instant.parse("2019-04-02T08:00:00Z");
        index.add("archive", archived, ingest, SIGNATURES.of(join(STORY)), Optional.empty());
        for (int day = 31; day < 40; day++) {
            Instant t = now.plus(java.time.Duration.ofDays(day));
            index.add("live-" + day, t, t, SIGNATURES.of(notice(day)), Optional.empty());
        }
        TextSignature copy = SIGNATURES.of(join(STORY.subList(0, 5)));
        // the archive's day was last touched 10 days of ingest time ago: dropped
        assertThat(index.find(copy, archived.plusSeconds(3600))).isEmpty();
        DuplicateIndex fresh = new DuplicateIndex();
        fresh.add("archive", archived, ingest, SIGNATURES.of(join(STORY)), Optional.empty());
        fresh.add("live", ingest, ingest, SIGNATURES.of(notice(1)), Optional.empty());
        assertThat(fresh.find(copy, archived.plusSeconds(3600))).hasValueSatisfying(m ->
                assertThat(m.canonicalId()).isEqualTo("archive"));
        assertThat(fresh.find(copy, ingest)).isEmpty();
    }

    private static DuplicateIndex.Entry add(DuplicateIndex index, String id, String text, int second) {
        TextSignature s = SIGNATURES.of(text);
        return index.add(id, null, Instant.ofEpochSecond(second), s, index.find(s));
    }
}
