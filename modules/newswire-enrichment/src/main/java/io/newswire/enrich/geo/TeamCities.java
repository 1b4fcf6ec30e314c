package io.newswire.enrich.geo;

import io.newswire.enrich.gazetteer.Gazetteer;
import io.newswire.enrich.text.Folding;
import io.newswire.enrich.text.WordList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sports teams named after their city ({@code team-names.txt}): "Portland" before "Trail Blazers" is the
 * league city, Portland, Oregon, whatever the state of the story's other places; and in a story that names
 * the team so, its bare "Portland" is that city too ("the Rockets swept their series with Portland").
 * The city is the most populous place of the name in the team's country; looked up once, when built.
 */
final class TeamCities {

    /** A nickname written after the city, and the city's entry. */
    private record Team(String nickname, int entry) {
    }

    /** The cities' keys, sorted, and each one's teams: searched without boxing a key per spot. */
    private final long[] keys;
    private final Team[][] teams;

    TeamCities(Gazetteer gaz) {
        Map<Long, List<Team>> m = new HashMap<>();
        for (String row : WordList.load(TeamCities.class, "team-names.txt")) {
            String[] f = row.split("\\|");
            if (f.length != 3) {
                throw new IllegalStateException("team-names.txt: city|nickname|country expected: " + row);
            }
            long key = Folding.key(f[0]);
            int country = gaz.country(f[2]);
            int[] entries = key == 0 ? null : gaz.byKey(key);
            int city = -1;
            for (int e : entries == null ? new int[0] : entries) {
                if (Gazetteer.kind(e) == Gazetteer.PLACE && gaz.countryOf(e) == country && gaz.isOwnName(e, key)
                        && (city < 0 || gaz.population(e) > gaz.population(city))) {
                    city = e;
                }
            }
            if (city >= 0) {
                m.computeIfAbsent(key, k -> new ArrayList<>()).add(new Team(f[1], city));
            }
        }
        this.keys = m.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
        this.teams = new Team[keys.length][];
        for (int i = 0; i < keys.length; i++) {
            teams[i] = m.get(keys[i]).toArray(new Team[0]);
        }
    }

    /**
     * The city entry when the spot {@code [start, end)}, whose folded key is {@code key}, is followed by one
     * of its city's team nicknames ("Portland Trail Blazers", "Houston Rockets'"), else -1.
     */
    int cityBefore(String text, int start, int end, long key) {
        // a nickname begins with a capital or a digit ("Trail Blazers", "76ers")
        if (end + 1 >= text.length() || text.charAt(end) != ' ' || !Character.isUpperCase(text.charAt(end + 1))
                && !Character.isDigit(text.charAt(end + 1))) {
            return -1;
        }
        int i = java.util.Arrays.binarySearch(keys, key);
        if (i < 0) {
            return -1;
        }
        for (Team t : teams[i]) {
            int after = end + 1 + t.nickname().length();
            if (text.startsWith(t.nickname(), end + 1)
                    && (after >= text.length() || !Character.isLetterOrDigit(text.charAt(after)))) {
                return t.entry();
            }
        }
        return -1;
    }
}
