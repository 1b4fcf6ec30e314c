package io.newswire.bench;

import io.newswire.model.RawArticle;
import io.newswire.model.Source;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Deterministic synthetic wire stories of about 3 KB: a dateline with an agency, quotes, names with
 * variant spellings, places, numbers and an attribution line, like the copy the pipeline exists
 * for. Written here from word lists; no real article text.
 */
public final class SyntheticStories {

    private static final List<String> CITIES = List.of("TEHRAN", "KABUL", "ISLAMABAD", "PARIS", "LONDON", "BERLIN",
            "NAIROBI", "LIMA", "JAKARTA", "ANKARA", "CAIRO", "MANILA");
    private static final List<String> AGENCIES = List.of("Reuters", "AFP", "AP", "Xinhua", "Anadolu", "dpa");
    private static final List<String> PEOPLE = List.of("Mohammad Baqeri", "Amina Yusuf", "Jean-Luc Moreau",
            "Tariq Rahimi", "Olena Kovalenko", "Carlos Quispe", "Sri Wahyuni", "Kemal Aydın");
    private static final List<String> ORGS = List.of("the United Nations", "NATO", "the World Bank",
            "the Red Crescent", "the finance ministry", "the electoral commission");
    private static final List<String> TOPICS = List.of("border security", "grain exports", "flood relief",
            "election monitoring", "fuel subsidies", "port expansion", "vaccination drives", "debt talks");
    private static final List<String> VERBS = List.of("said", "told reporters", "announced", "warned",
            "confirmed", "added");
    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MMMM d", Locale.ENGLISH);

    private SyntheticStories() {
    }

    /** Story {@code i} of a series; the same {@code (seed, i)} always gives the same story. */
    public static RawArticle story(long seed, int i, Instant ingestedAt) {
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + i);
        String city = pick(r, CITIES);
        String agency = pick(r, AGENCIES);
        LocalDate date = LocalDate.of(2026, 1, 1).plusDays(r.nextInt(300));
        StringBuilder body = new StringBuilder(3_300);
        body.append(city).append(", ").append(date.format(MONTH_DAY)).append(" (").append(agency).append(") - ");
        int paragraphs = 0;
        while (body.length() < 2_900) {
            String person = pick(r, PEOPLE);
            String org = pick(r, ORGS);
            String topic = pick(r, TOPICS);
            body.append(person).append(' ').append(pick(r, VERBS)).append(" on ")
                    .append(date.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH))
                    .append(" that talks with ").append(org).append(" on ").append(topic)
                    .append(" had made “real progress”, citing ").append(r.nextInt(5, 950))
                    .append(" cases reviewed since ").append(date.minusMonths(r.nextInt(1, 12)).getMonth()
                            .getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH))
                    .append(". Officials in ").append(capitalize(pick(r, CITIES)))
                    .append(" described the plan as ‘a first step’ but cautioned that funding of $")
                    .append(r.nextInt(1, 90)).append(" million was still missing. ");
            if (++paragraphs % 2 == 0) {
                body.append("\n\n");
            }
        }
        body.append("\n\n(Source: ").append(agency).append(")");
        String title = capitalize(pick(r, TOPICS)) + " talks advance in " + capitalize(city);
        String url = "https://wire.example.org/" + date + "/story-" + seed + "-" + i;
        return RawArticle.builder(body.toString()).url(url).source(new Source(agency, "wire.example.org"))
                .title(title).publishedAt(date.atTime(9, 30).toInstant(ZoneOffset.UTC).toString())
                .ingestedAt(ingestedAt).language("en").origin("synthetic:" + i).build();
    }

    private static String pick(SplittableRandom r, List<String> list) {
        return list.get(r.nextInt(list.size()));
    }

    private static String capitalize(String upper) {
        return upper.charAt(0) + upper.substring(1).toLowerCase(Locale.ROOT);
    }
}
