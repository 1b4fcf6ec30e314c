package io.newswire.enrich.text;

import java.util.HashMap;
import java.util.Map;

/**
 * Month names and abbreviations of the languages whose dates the pipeline reads (English, Spanish,
 * French, German, Italian, Portuguese, Dutch, Malay and Indonesian, Russian, Czech, Croatian, Serbian,
 * Hungarian, Polish, Romanian, Turkish, Ukrainian), from
 * {@code months.txt}: one table for the dateline parser and the stories' date anchors, so that a
 * month one of them reads the other reads too. Immutable, built once.
 */
public final class MonthNames {

    private static final Map<String, Integer> MONTHS = load();

    private MonthNames() {
    }

    /** The month (1-12) {@code lowerCaseWord} names, or {@code null} when it names none. */
    public static Integer of(String lowerCaseWord) {
        return MONTHS.get(lowerCaseWord);
    }

    /** Whether {@code lowerCaseWord} names a month. */
    public static boolean isMonth(String lowerCaseWord) {
        return MONTHS.containsKey(lowerCaseWord);
    }

    private static Map<String, Integer> load() {
        Map<String, Integer> months = new HashMap<>();
        for (String line : WordList.load(MonthNames.class, "months.txt")) {
            String[] parts = line.split(" ");
            int month = parts.length == 2 && parts[1].matches("[0-9]{1,2}") ? Integer.parseInt(parts[1]) : 0;
            if (month < 1 || month > 12) {
                throw new IllegalStateException("months.txt: not \"word month\": " + line);
            }
            Integer before = months.put(parts[0], month);
            if (before != null && before != month) {
                throw new IllegalStateException("months.txt: " + parts[0] + " names two months");
            }
        }
        return WordMap.copyOf(months);
    }
}
