package io.newswire.enrich.geo;

import io.newswire.enrich.gazetteer.Gazetteer;
import io.newswire.model.Country;
import io.newswire.model.Mention;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Country ranking, the last step of the geo stage: from the entries {@link PlaceResolver} chose to the
 * article's weighted countries with one focus. Stateless apart from the shared gazetteer; thread-safe.
 */
final class CountryRanker {

    /** What the dateline adds to its country's weight: as much as four mentions (chosen on Reuters TRAIN). */
    static final double DATELINE_WEIGHT = 4.0;
    /** Mentions in the first fifth of the text (at least 300 characters) weigh this much more. */
    static final double LEAD_FACTOR = 1.5;

    /** The dateline country's weight is at least this share of the top country's (chosen on Reuters TRAIN). */
    static final double DATELINE_FLOOR = 0.5;

    private final Gazetteer gaz;

    CountryRanker(Gazetteer gaz) {
        this.gaz = gaz;
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(new double[gaz.countryCount()], new int[gaz.countryCount()]));
    }

    /**
     * The article's countries: each chosen entry counts for its country (a country 1, a capital 1, a
     * division 0.8, a demonym or another town 0.7; times {@link #LEAD_FACTOR} in the lead), the
     * dateline's country gets {@link #DATELINE_WEIGHT} and at least {@link #DATELINE_FLOOR} of the top
     * weight; {@code score} is the weight relative to the top one, whose country is the focus (ties:
     * named first). By score, then code.
     */
    List<Country> rank(List<Chosen> chosen, String text, int datelineCountry, int datelineEntry) {
        return rank(chosen, text, datelineCountry, datelineEntry, NO_COUNTRIES);
    }

    private static final int[] NO_COUNTRIES = {};

    /**
     * Per-country weights and first offsets of one thread's {@link #rank} call, zeroed at its start. Safe to reuse:
     * the returned countries copy their figures out, nothing keeps the arrays after the call, and {@link #rank}
     * calls nothing that ranks again on this thread (no re-entrancy).
     */
    private record Scratch(double[] weight, int[] first) {
    }

    private final ThreadLocal<Scratch> scratch;
    /** The weight of a town that is not a capital, as a chosen entry counts it. */
    private static final double TOWN_WEIGHT = 0.7;

    /**
     * As {@link #rank(List, String, int, int)}, with the countries of the dateline's other places ("JERUSALEM"
     * in "GAZA CITY/JERUSALEM, Jan 3 (Reuters) -"; -1 where unknown): each counts as a town named in the lead,
     * so that their countries are listed, without the first place's dateline weight (the story is filed
     * from both, but led from the first).
     */
    List<Country> rank(List<Chosen> chosen, String text, int datelineCountry, int datelineEntry,
            int[] otherDatelineCountries) {
        int nc = gaz.countryCount();
        // this thread's arrays of every country, reused (zeroed) rather than allocated for each article
        Scratch scratch = this.scratch.get();
        double[] weight = scratch.weight;
        int[] first = scratch.first;
        Arrays.fill(weight, 0.0);
        Arrays.fill(first, Integer.MAX_VALUE);
        Map<Integer, List<Mention>> mentions = new HashMap<>();
        double lead = Math.max(300, text.length() * 0.2);
        for (Chosen ch : chosen) {
            int e = ch.entry();
            int c = gaz.countryOf(e);
            if (c < 0) {
                continue;
            }
            double w = switch (Gazetteer.kind(e)) {
                case Gazetteer.COUNTRY -> 1.0;
                case Gazetteer.DEMONYM -> 0.7;
                case Gazetteer.ADMIN1 -> 0.8;
                case Gazetteer.ADMIN2 -> 0.7;
                default -> gaz.countryCapital(c) == gaz.placeGeonameId(Gazetteer.index(e)) ? 1.0 : 0.7;
            };
            if (ch.spot().start() < lead) {
                w *= LEAD_FACTOR;
            }
            weight[c] += w;
            first[c] = Math.min(first[c], ch.spot().start());
            mentions.computeIfAbsent(c, k -> new ArrayList<>()).add(new Mention(ch.spot().start(), ch.spot().end(),
                    text.substring(ch.spot().start(), ch.spot().end())));
        }
        if (datelineCountry >= 0) {
            weight[datelineCountry] += DATELINE_WEIGHT;
            first[datelineCountry] = -1;
        }
        for (int c : otherDatelineCountries) {
            if (c >= 0) {
                weight[c] += TOWN_WEIGHT * LEAD_FACTOR;
                first[c] = Math.min(first[c], 0);
            }
        }
        double top = 0;
        for (double w : weight) {
            top = Math.max(top, w);
        }
        if (datelineCountry >= 0) {
            // filed from there: never a passing mention, even when the story is mostly about elsewhere
            weight[datelineCountry] = Math.max(weight[datelineCountry], top * DATELINE_FLOOR);
        }
        double max = 0;
        int focus = -1;
        for (int c = 0; c < nc; c++) {
            if (weight[c] > max || weight[c] == max && focus >= 0 && weight[c] > 0 && first[c] < first[focus]) {
                max = weight[c];
                focus = c;
            }
        }
        List<Country> out = new ArrayList<>();
        for (int c = 0; c < nc; c++) {
            if (weight[c] > 0) {
                List<Mention> ms = mentions.getOrDefault(c, List.of());
                ms = new ArrayList<>(ms);
                ms.sort(Comparator.comparingInt(Mention::start));
                out.add(new Country(gaz.countryCode(c), gaz.countryName(c), ms,
                        Math.round(weight[c] / max * 1000) / 1000.0, c == focus));
            }
        }
        out.sort(Comparator.comparingDouble(Country::score).reversed().thenComparing(Country::code));
        return out;
    }
}
