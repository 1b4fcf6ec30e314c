package io.newswire.enrich.entities;

import static java.util.Objects.requireNonNull;

import io.newswire.enrich.text.Tokenizer;
import io.newswire.enrich.text.WordMemo;
import io.newswire.enrich.text.WordSet;
import io.newswire.model.EntityType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The curated table of entities known by many names: Islamic State = Daesh = ISIL = ISIS (= IS in
 * context), IRGC, Press TV, TASS, ... (the built-in {@code aliases.tsv}, whose header documents the
 * format), optionally extended by a user file in the same format read at start-up.
 *
 * <p>Matching is on whole tokens of {@link Tokenizer}, case-sensitive, longest alias first. Immutable
 * and thread-safe.
 */
public final class AliasTable {

    /** One entity of the table. */
    public record Known(String id, EntityType type, String name) {
        public Known {
            requireNonNull(id, "id");
            requireNonNull(type, "type");
            requireNonNull(name, "name");
        }
    }

    /** A match in a token list: tokens [start, end) name {@code known}. */
    record Match(int start, int end, Known known, boolean contextOnly) {
    }

    private record Alias(String[] words, Known known, boolean contextOnly) {
    }

    private static final String RESOURCE = "aliases.tsv";
    private static volatile AliasTable builtIn;

    /** Aliases by their first word, longest first. */
    private final Map<String, List<Alias>> byFirstWord;
    private final Map<String, Known> byId;
    /** Per id, the lower-case words of all its names, and the first words: a long form's spelling check. */
    private final Map<String, Set<String>> wordsById;
    private final Map<String, Set<String>> firstWordsById;
    /** The ASCII first characters of every alias. */
    private final java.util.BitSet firstChars = new java.util.BitSet(128);
    /** {@link #byFirstWord}'s lists, numbered for {@link #firstWords}. */
    private final List<List<Alias>> lists;
    private final Map<String, Integer> listOf;
    /** Per word id: 1 + the number of the aliases the word begins in {@link #lists}, or 0 for none. */
    private final WordMemo firstWords = new WordMemo();
    /** {@link #listNumber}, made once: a method reference bound to this table would be a new object per call. */
    private final java.util.function.ToIntFunction<String> listNumberOf = this::listNumber;

    private AliasTable(Map<String, Known> byId, Map<String, Set<String>> aliases) {
        this.byId = Map.copyOf(byId);
        Map<String, List<Alias>> index = new HashMap<>();
        Map<String, Set<String>> nameWords = new HashMap<>();
        Map<String, Set<String>> firstWords = new HashMap<>();
        aliases.forEach((id, names) -> {
            Known k = byId.get(id);
            Set<String> all = new LinkedHashSet<>();
            all.add(k.name());
            all.addAll(names);
            Set<String> lower = new java.util.HashSet<>();
            Set<String> firsts = new java.util.HashSet<>();
            for (String name : all) {
                boolean context = name.startsWith("~");
                String[] words = Tokenizer.tokens(context ? name.substring(1) : name).stream()
                        .map(Tokenizer.Token::word).toArray(String[]::new);
                if (words.length > 0) {
                    index.computeIfAbsent(words[0], w -> new ArrayList<>()).add(new Alias(words, k, context));
                    firsts.add(words[0].toLowerCase(java.util.Locale.ROOT));
                    for (String w : words) {
                        lower.add(w.toLowerCase(java.util.Locale.ROOT));
                    }
                }
            }
            nameWords.put(id, Set.copyOf(lower));
            firstWords.put(id, Set.copyOf(firsts));
        });
        this.wordsById = Map.copyOf(nameWords);
        this.firstWordsById = Map.copyOf(firstWords);
        index.values().forEach(l -> l.sort(Comparator.comparingInt((Alias a) -> -a.words().length)));
        index.replaceAll((w, l) -> List.copyOf(l));
        this.byFirstWord = Map.copyOf(index);
        for (String w : index.keySet()) {
            firstChars.set(w.charAt(0) < 0x80 ? w.charAt(0) : 0);
        }
        List<List<Alias>> numbered = new ArrayList<>(byFirstWord.size());
        Map<String, Integer> numbers = new HashMap<>();
        byFirstWord.forEach((w, l) -> {
            numbers.put(w, numbered.size());
            numbered.add(l);
        });
        this.lists = List.copyOf(numbered);
        this.listOf = Map.copyOf(numbers);
    }

    /** The built-in table, loaded once from the classpath. */
    public static AliasTable builtIn() {
        AliasTable t = builtIn;
        if (t == null) {
            synchronized (AliasTable.class) {
                t = builtIn;
                if (t == null) {
                    t = builder().addBuiltIn().build();
                    builtIn = t;
                }
            }
        }
        return t;
    }

    /** The built-in table extended by a user file (same format); read now, at start-up. */
    public static AliasTable withUserFile(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return builder().addBuiltIn().add(r, file.toString()).build();
        }
    }

    static Builder builder() {
        return new Builder();
    }

    /** The known entity of an id, or {@code null}. */
    public Known byId(String id) {
        return byId.get(id);
    }

    /** The number of entities in the table. */
    public int size() {
        return byId.size();
    }

    /**
     * Whether the table names something in {@code text} (its first sentence): used by the build of the
     * given-name list ({@code newswire kb given-names}), which leaves out every name the table knows.
     */
    public boolean namesAnything(String text) {
        List<List<Tokenizer.Token>> sentences = Tokenizer.sentences(text);
        return !sentences.isEmpty() && !find(sentences.get(0)).isEmpty();
    }

    /** Every match in the tokens, left to right, longest first, not overlapping. */
    List<Match> find(List<Tokenizer.Token> tokens) {
        return find(tokens, null, 0);
    }

    /**
     * As {@link #find(List)}, where {@code tokens} are those of {@code view} from index {@code base} on: the
     * aliases each word begins are found by the word's id (once per word while the tokenizer keeps it, see
     * {@link WordMemo}) instead of by a hash of the word at every occurrence.
     */
    List<Match> find(List<Tokenizer.Token> tokens, Tokenizer.View view, int base) {
        long[] memo = view == null ? null : firstWords.values(view);
        List<Match> matches = null; // most sentences name nothing the table knows: no list for them
        int i = 0;
        while (i < tokens.size()) {
            Match m = memo == null ? matchAt(tokens, i)
                    : matchAt(tokens, i, WordMemo.valueOf(memo, view, base + i,
                            tokens.get(i).word(), listNumberOf));
            if (m == null) {
                i++;
            } else {
                if (matches == null) {
                    matches = new ArrayList<>(4);
                }
                matches.add(m);
                i = m.end();
            }
        }
        return matches == null ? List.of() : matches;
    }

    /** Longest long form read before a bracketed acronym, in words. */
    private static final int MAX_LONG_FORM = 12;
    /** Lower-case words a long form may hold between its capitalised words ("Armed Forces of the Philippines"). */
    private static final Set<String> LONG_FORM_LINKS = WordSet.of("of", "for", "and", "the", "on", "in", "to", "&",
            "'s", "\u2019s", "de", "du", "des", "la", "del", "y");

    /**
     * {@code matches} of this table over an article's tokens {@code all} (indices into {@code all}),
     * without those of an acronym the article defines as another body: "the Armed Forces of the Philippines
     * (AFP)" makes each "AFP" of that article the armed forces, not the table's news agency; "National
     * Australia Bank (NAB)" is not Pakistan's accountability bureau. A definition is the acronym in
     * brackets right after a run of capitalised words (with "of", "for", "and", "the", "'s" ... between)
     * whose initials, hyphenated parts included, spell its capitals, the way news copy introduces a body;
     * it leaves the table's reading alone when that run is itself a name of the same entity
     * ("Agence France-Presse (AFP)", "Islamic State of Iraq and the Levant (ISIL)") or another spelling of
     * one ("International Labour Organisation (ILO)", "Food and Agriculture Organisation (FAO)"). A dateline's "(AFP)"
     * after "KABUL" or "Manila" spells nothing and so changes nothing. An article without a bracketed
     * match costs two token compares per match and allocates nothing.
     */
    List<Match> withoutRedefined(List<Match> matches, List<Tokenizer.Token> all) {
        Set<String> redefined = null;
        for (Match m : matches) {
            int i = m.start();
            if (m.end() != i + 1 || i < 2 || i + 1 >= all.size() || !all.get(i - 1).word().equals("(")
                    || !all.get(i + 1).word().equals(")")) {
                continue;
            }
            String acronym = all.get(i).word();
            int from = longForm(all, i - 1, acronym);
            if (from >= 0 && !namedRightBefore(matches, m.known(), i - 1) && !sameBody(all, from, i - 1, m.known())) {
                if (redefined == null) {
                    redefined = new java.util.HashSet<>(4);
                }
                redefined.add(acronym);
            }
        }
        if (redefined == null) {
            return matches;
        }
        List<Match> kept = new ArrayList<>(matches.size());
        for (Match m : matches) {
            if (m.end() != m.start() + 1 || !redefined.contains(all.get(m.start()).word())) {
                kept.add(m);
            }
        }
        return kept;
    }

    /** Whether a match of {@code known} ends right before the bracket at {@code bracket}. */
    private static boolean namedRightBefore(List<Match> matches, Known known, int bracket) {
        for (Match m : matches) {
            if (m.end() == bracket && m.known().id().equals(known.id())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether tokens [from, to), a long form, are another spelling of {@code known}'s names ("International
     * Labour Organisation" for the International Labour Organization, "Food and Agriculture Organisation"):
     * its first word opens one of the entity's names and at least half its capitalised words are words of
     * those names. "Armed Forces of the Philippines" shares nothing with Agence France-Presse, "National
     * Australia Bank" only its first word with the National Accountability Bureau.
     */
    private boolean sameBody(List<Tokenizer.Token> all, int from, int to, Known known) {
        Set<String> words = wordsById.get(known.id());
        Set<String> firsts = firstWordsById.get(known.id());
        if (words == null || !firsts.contains(all.get(from).word().toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        int capitalised = 0;
        int shared = 0;
        for (int k = from; k < to; k++) {
            String w = all.get(k).word();
            if (Character.isUpperCase(w.charAt(0))) {
                capitalised++;
                if (words.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                    shared++;
                }
            }
        }
        return 2 * shared >= capitalised;
    }

    /**
     * Where the long form of {@code acronym} before {@code bracket} starts, -1 if none: read right to
     * left, the capitals that open each capitalised word or hyphenated part spell the acronym's capitals,
     * the last one read opening a word.
     */
    static int longForm(List<Tokenizer.Token> all, int bracket, String acronym) {
        int need = 0;
        for (int k = 0; k < acronym.length(); k++) {
            if (Character.isUpperCase(acronym.charAt(k))) {
                need++;
            }
        }
        if (need < 2) {
            return -1;
        }
        int matched = 0; // capitals of the acronym matched, from the right
        for (int k = bracket - 1; k >= 0 && bracket - k <= MAX_LONG_FORM; k--) {
            String w = all.get(k).word();
            if (!Character.isUpperCase(w.charAt(0))) {
                if (LONG_FORM_LINKS.contains(w) && matched > 0) {
                    continue;
                }
                return -1;
            }
            for (int c = w.length() - 1; c >= 0; c--) {
                if (Character.isUpperCase(w.charAt(c)) && (c == 0 || w.charAt(c - 1) == '-')) {
                    if (matched == need || capital(acronym, need - 1 - matched) != w.charAt(c)) {
                        return -1;
                    }
                    matched++;
                }
            }
            if (matched == need) {
                return k;
            }
        }
        return -1;
    }

    /** The {@code n}-th capital letter of {@code w}, counting from 0. */
    private static char capital(String w, int n) {
        for (int k = 0; k < w.length(); k++) {
            if (Character.isUpperCase(w.charAt(k)) && n-- == 0) {
                return w.charAt(k);
            }
        }
        throw new IllegalArgumentException(w);
    }

    private Match matchAt(List<Tokenizer.Token> tokens, int i) {
        String first = tokens.get(i).word();
        char c = first.charAt(0);
        if (c < 0x80 && !firstChars.get(c)) {
            return null; // most words: no alias starts with their letter case
        }
        return candidatesAt(tokens, i, byFirstWord.get(first));
    }

    /** {@link #matchAt(List, int)} where the first word's aliases are list {@code number - 1} (0: none). */
    private Match matchAt(List<Tokenizer.Token> tokens, int i, int number) {
        return number == 0 ? null : candidatesAt(tokens, i, lists.get(number - 1));
    }

    /** 1 + the number of the aliases {@code first} begins, 0 when none: what {@link #firstWords} keeps. */
    private int listNumber(String first) {
        char c = first.charAt(0);
        if (c < 0x80 && !firstChars.get(c)) {
            return 0;
        }
        Integer n = listOf.get(first);
        return n == null ? 0 : n + 1;
    }

    private Match candidatesAt(List<Tokenizer.Token> tokens, int i, List<Alias> candidates) {
        if (candidates == null) {
            return null;
        }
        outer:
        for (Alias a : candidates) {
            if (i + a.words().length > tokens.size()) {
                continue;
            }
            for (int k = 1; k < a.words().length; k++) {
                if (!tokens.get(i + k).word().equals(a.words()[k])) {
                    continue outer;
                }
            }
            return new Match(i, i + a.words().length, a.known(), a.contextOnly());
        }
        return null;
    }

    /** Reads table files; later lines extend or override earlier ones. */
    static final class Builder {
        private final Map<String, Known> byId = new LinkedHashMap<>();
        private final Map<String, Set<String>> aliases = new LinkedHashMap<>();

        Builder addBuiltIn() {
            try (InputStream in = AliasTable.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " missing from the classpath");
                }
                return add(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        Builder add(Reader reader, String source) throws IOException {
            BufferedReader r = new BufferedReader(reader);
            int lineNo = 0;
            for (String line; (line = r.readLine()) != null; ) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length < 3 || cols[0].isBlank()) {
                    throw new IllegalArgumentException(source + ":" + lineNo
                            + ": expected id<TAB>type<TAB>name<TAB>aliases");
                }
                String id = cols[0].strip();
                EntityType type;
                try {
                    type = EntityType.valueOf(cols[1].strip());
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(source + ":" + lineNo + ": unknown type " + cols[1], e);
                }
                Known old = byId.get(id);
                String name = cols[2].strip();
                if (name.isEmpty()) {
                    if (old == null) {
                        throw new IllegalArgumentException(source + ":" + lineNo + ": a new id needs a name");
                    }
                    name = old.name();
                }
                byId.put(id, new Known(id, type, name));
                Set<String> names = aliases.computeIfAbsent(id, k -> new LinkedHashSet<>());
                if (old != null) {
                    names.add(old.name()); // the old canonical name stays a way to say it
                }
                if (cols.length > 3) {
                    for (String a : cols[3].split("\\|")) {
                        if (!a.isBlank()) {
                            names.add(a.strip());
                        }
                    }
                }
            }
            return this;
        }

        AliasTable build() {
            return new AliasTable(byId, aliases);
        }
    }
}
