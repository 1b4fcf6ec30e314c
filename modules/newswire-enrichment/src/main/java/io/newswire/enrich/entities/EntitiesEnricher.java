package io.newswire.enrich.entities;

import static java.util.Objects.requireNonNull;

import io.newswire.enrich.api.Enricher;
import io.newswire.enrich.gazetteer.Gazetteer;
import io.newswire.enrich.ner.NerTagger;
import io.newswire.enrich.ner.NerTrainer;
import io.newswire.enrich.ner.Titles;
import io.newswire.enrich.text.Folding;
import io.newswire.enrich.text.Tokenizer;
import io.newswire.enrich.text.WordMap;
import io.newswire.enrich.text.WordMemo;
import io.newswire.enrich.text.WordSet;
import io.newswire.model.Article;
import io.newswire.model.Language;
import io.newswire.model.Entity;
import io.newswire.model.EntityType;
import io.newswire.model.Mention;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The entities stage: people, organisations and locations of an article, typed, with their titles,
 * every mention, and one canonical name per entity.
 *
 * <ol>
 *   <li>Recognition: {@link NerTagger} (GMB-trained) over {@link Tokenizer} sentences, and the
 *   {@link AliasTable} (curated organisations, news agencies, armed groups), whose matches win over
 *   the tagger's spans they overlap. A context-only alias ("IS") counts only when the article names
 *   the same entity another way.</li>
 *   <li>Titles: "Major General", "Defense Minister", "Ayatollah" ({@code titles.txt}) before a person,
 *   or at the start of what the tagger took for the name, go to {@link Entity#title()}, not the name.</li>
 *   <li>Canonical entities: within an article, a person's later "Baqeri" or "Bajwa" is the earlier
 *   "Mohammad Baqeri" or "Qamar Javed Bajwa" (last name or trailing words), as are spellings one
 *   edit apart in {@link Folding#nameKey}; a one-word name the tagger typed otherwise but that is
 *   a known person's last name is that person. An entity of the alias table carries the table's id.</li>
 *   <li>Every other id and the salience are the link stage's ({@code io.newswire.enrich.link}),
 *   which runs after geo: this stage leaves them unset, but lists the entities by {@link Salience}
 *   (the geo stage reads them in that order).</li>
 * </ol>
 *
 * <p>Only the first {@value #MAX_CHARS} characters are read, to bound the cost of a huge article.
 * Stateless and thread-safe.
 */
public final class EntitiesEnricher implements Enricher {

    /** The entities stage reads this many characters of a text at most (the link stage scores against it). */
    public static final int MAX_CHARS = 100_000;
    private static final java.util.regex.Pattern COMPOUND_ADJECTIVE = java.util.regex.Pattern.compile("-\\p{Ll}+$");
    /** The Arabic article and its assimilated forms, lower case at the start of a name. */
    private static final java.util.regex.Pattern ARTICLE_PREFIX =
            java.util.regex.Pattern.compile("(al|el|ad|ar|as|ash|at|az|an|ul)-\\p{L}");

    /** Last words of organisation names ({@code org-heads.txt}). */
    static final Set<String> ORG_HEADS = io.newswire.enrich.text.WordList.load(EntitiesEnricher.class,
            "org-heads.txt");
    /** Legal forms and other languages' sector nouns that end a company's name ({@code company-words.txt}). */
    static final Set<String> COMPANY_WORDS = io.newswire.enrich.text.WordList.load(EntitiesEnricher.class,
            "company-words.txt");
    /** Last words of roads' and streets' names ({@code street-words.txt}): "Simpson Road", "Main Street". */
    private static final Set<String> STREET_WORDS = io.newswire.enrich.text.WordList.load(EntitiesEnricher.class,
            "street-words.txt");
    /** Words before a road's name ("on Simpson Road", "212 Main Street" has a number). */
    private static final Set<String> STREET_LEADS = WordSet.of("on", "at", "along", "near", "off", "onto", "to", "from",
            "of", "in", "into", "down", "up", "across", "the", "a", "and", "or", "block");
    /** Lower-case particles inside a road's name: "Fond du Lac Avenue", "Avenue de la Paix". */
    private static final Set<String> NAME_PARTICLES = WordSet.of("du", "de", "la", "del", "des", "di", "da", "van", "von",
            "der");
    /** Road words that a number names: "Highway 61", "Interstate 75", "Route 9". */
    private static final Set<String> NUMBERED_ROADS = WordSet.of("Highway", "Interstate", "Route");
    /** Car makes whose models follow them ({@code vehicle-makes.txt}): "a Toyota Tercel" is no name. */
    private static final Set<String> VEHICLE_MAKES = io.newswire.enrich.text.WordList.load(EntitiesEnricher.class,
            "vehicle-makes.txt");
    /** Religious adjectives and followers' names ({@code religious-groups.txt}): "Shiite", "Sunni Muslims". */
    private static final Set<String> RELIGIOUS_GROUPS = io.newswire.enrich.text.WordList.load(EntitiesEnricher.class,
            "religious-groups.txt");
    /** What follows the place of a dateline at the start of a text: "Lucknow, Mar 14", "Quetta:", "Kabul (AFP)". */
    private static final Set<String> DATELINE_END = WordSet.of(",", "(", ":", "-", "\u2013", "\u2014");
    /** Currency units before an amount ({@code currency-units.txt}). */
    private static final Set<String> CURRENCY_UNITS = io.newswire.enrich.text.WordList.load(EntitiesEnricher.class,
            "currency-units.txt");
    /** Endings of German role nouns, which stand before a name as its title. */
    private static final List<String> ROLE_ENDINGS = List.copyOf(io.newswire.enrich.text.WordList.load(
            EntitiesEnricher.class, "role-endings-de.txt"));
    /** Languages that capitalise every noun, where a one-word PERSON needs the full name nearby. */
    private static final Set<String> NOUN_CAPITALISING = WordSet.of("de", "lb");
    /** Words that end a place's name before a person's inside a tagger's span ("... Province Yaqoub Hashemi"). */
    private static final Set<String> DIVISION_WORDS = WordSet.of("Province", "District", "Governorate", "Prefecture",
            "Oblast", "Region", "State");
    /**
     * Last words of an administrative division's name: "Kashgar Prefecture", "Xinjiang Uygur Autonomous Region",
     * "Sverdlovsk Oblast", "Giresun Province" are places whatever the tagger said. Not "Municipality" (a
     * municipality is also its council, "Istanbul Metropolitan Municipality") nor "Department" (a body's head).
     */
    private static final Set<String> PLACE_DIVISIONS = WordSet.of("Province", "District", "Governorate", "Prefecture",
            "Oblast", "Krai", "Region", "State", "County", "Emirate", "Canton", "Voivodeship");
    /** Adjectives of a level of government ({@code level-adjectives.txt}): "Provincial", "Regional", "Federal". */
    private static final Set<String> LEVEL_ADJECTIVES = io.newswire.enrich.text.WordList.load(EntitiesEnricher.class,
            "level-adjectives.txt");
    /** Last words of competitions' and awards' names ({@code competition-words.txt}): "the Davis Cup", "the Oscars". */
    private static final Set<String> COMPETITION_WORDS = io.newswire.enrich.text.WordList.load(EntitiesEnricher.class,
            "competition-words.txt");
    /** Faiths' names ({@code faiths.txt}): "Islam", "Buddhism". */
    private static final Set<String> FAITHS = io.newswire.enrich.text.WordList.load(EntitiesEnricher.class,
            "faiths.txt");
    /** Products English news names by one word ({@code product-names.txt}): "the Xbox", "Windows". */
    private static final Set<String> PRODUCT_NAMES = io.newswire.enrich.text.WordList.load(EntitiesEnricher.class,
            "product-names.txt");
    /** One-word names of legislatures' chambers ({@code chamber-short-names.txt}): "the Commons", "the Knesset". */
    private static final Set<String> CHAMBER_SHORT_NAMES = io.newswire.enrich.text.WordList.load(
            EntitiesEnricher.class, "chamber-short-names.txt");
    /** Last words of events' names ({@code event-words.txt}): "the Kisan Samman Yatra", "the Freedom March". */
    private static final Set<String> EVENT_WORDS = io.newswire.enrich.text.WordList.load(EntitiesEnricher.class,
            "event-words.txt");
    /** Last words of rivers', dams', bridges' and valleys' names ({@code feature-words.txt}). */
    private static final Set<String> FEATURE_WORDS = io.newswire.enrich.text.WordList.load(EntitiesEnricher.class,
            "feature-words.txt");
    /** Feature words that are also common surnames: a PERSON span ending in one stays a person ("Ricki Lake"). */
    private static final Set<String> SURNAME_FEATURES = WordSet.of("Lake", "Hill", "Hills", "Bay", "Falls", "Island",
            "Islands", "Delta", "Basin", "Gulf", "Sea", "Park", "Arena");
    /** Head words that name nothing alone ({@code generic-heads.txt}): "Association", "Dam". */
    private static final Set<String> GENERIC_HEADS = io.newswire.enrich.text.WordList.load(EntitiesEnricher.class,
            "generic-heads.txt");
    /** What follows a title that a portfolio or a body completes: "Minister for ...", "Chairman of ...". */
    private static final Set<String> TITLE_FOLLOWERS = WordSet.of("for", "of", ",");
    /** First words of Arabic personal names by kinship ("Abu Hamza", "Umm Salma", "Ibn Rushd"). */
    private static final Set<String> PERSONAL_PREFIXES = WordSet.of("Abu", "Umm", "Ibn", "Bin");
    /** Endings of English common nouns, not of names: "Eyewitness", "Motorcycling", "Displacement". */
    private static final List<String> NOUN_SUFFIXES = List.of("ness", "ment", "tion", "sion", "ity", "ism",
            "ing", "ings");
    /** Capitalised at a sentence start, and never the first word of a name the tagger may include. */
    private static final Set<String> DETERMINERS = WordSet.of("The", "A", "An", "This", "That", "These", "Those");

    private final NerTagger tagger;
    /** A user's taggers by language code ({@code newswire.entities.ner.models}), for paragraphs not in English. */
    private final Map<String, NerTagger> taggers;
    /** The languages of {@link #taggers} that are a user's, not committed ones. */
    private final Set<String> userLanguages;
    private final AliasTable aliases;
    private final Gazetteer gazetteer = Gazetteer.get();

    /**
     * The committed model and the built-in alias table; loads both now, at pipeline start-up. A user
     * alias file comes in through {@link #EntitiesEnricher(AliasTable)}, from configuration only.
     */
    public EntitiesEnricher() {
        this(NerTagger.get(), AliasTable.builtIn());
    }

    /** The committed model and the given alias table. */
    public EntitiesEnricher(AliasTable aliases) {
        this(NerTagger.get(), aliases);
    }

    public EntitiesEnricher(NerTagger tagger, AliasTable aliases) {
        this(tagger, aliases, Map.of());
    }

    /**
     * The committed model, the given alias table, and a user's taggers by two-letter language code:
     * a paragraph of an article in such a language that does not read as English
     * ({@link ParagraphLanguage#of}) is tagged by that language's model, through the same spans,
     * titles and alias matches as English.
     */
    public EntitiesEnricher(AliasTable aliases, Map<String, NerTagger> taggers) {
        this(NerTagger.get(), aliases, taggers);
    }

    public EntitiesEnricher(NerTagger tagger, AliasTable aliases, Map<String, NerTagger> taggers) {
        this(tagger, aliases, taggers, true);
    }

    /**
     * As {@link #EntitiesEnricher(NerTagger, AliasTable, Map)}; {@code shipped} adds the committed
     * taggers of other languages (German, Russian: {@code ShippedTaggers}) where {@code taggers} has
     * none for the language. Without them ({@code false}, for evaluations) those languages get only
     * the language-neutral path.
     */
    public EntitiesEnricher(NerTagger tagger, AliasTable aliases, Map<String, NerTagger> taggers, boolean shipped) {
        this.tagger = requireNonNull(tagger, "tagger");
        this.aliases = requireNonNull(aliases, "aliases");
        this.userLanguages = Set.copyOf(taggers.keySet());
        Map<String, NerTagger> all = new java.util.HashMap<>(shipped ? ShippedTaggers.get() : Map.of());
        all.putAll(taggers);
        this.taggers = Map.copyOf(all);
    }

    @Override
    public String name() {
        return "entities";
    }

    @Override
    public Article enrich(Article article) {
        return article.toBuilder().entities(entities(article.text(), article.title(), languageOf(article))).build();
    }

    /**
     * Per language of the article's paragraphs, what ran: {@code en:ner-gmb+aliases} where the English
     * tagger ran, {@code <code>:ner-user+aliases} where a user's tagger for the article's language
     * did, {@code de:ner-germeval2014+aliases} / {@code ru:ner-factrueval2016+aliases} where a
     * committed one did, {@code <code>:aliases+gazetteer} (or {@code und:} when the language is unknown) where
     * only language-neutral evidence did, with {@code +given-names} and {@code +org-heads} where the language has
     * a given-name list or body head words ({@code es:aliases+gazetteer+given-names+org-heads}). Read from what the last {@link #entities} call on this
     * thread saw when that was this text (the pipeline asks right after {@link #enrich}); otherwise
     * worked out again from the text.
     */
    @Override
    public String method(Article enriched) {
        String language = languageOf(enriched);
        Object[] seen = LAST_PARAGRAPHS.get();
        String[] languages;
        if (seen[0] == enriched.text() && java.util.Objects.equals(seen[1], language)) {
            languages = (String[]) seen[2];
        } else {
            String read = enriched.text().length() > MAX_CHARS ? enriched.text().substring(0, MAX_CHARS)
                    : enriched.text();
            languages = ParagraphLanguage.languages(read, Tokenizer.view(read), language);
        }
        if (languages.length == 0) {
            return methodOf(language == null ? "en" : language);
        }
        // English first, as before; then the others in the order their paragraphs come
        Set<String> distinct = new LinkedHashSet<>();
        for (String l : languages) {
            if (l.equals("en")) {
                distinct.add(l);
                break;
            }
        }
        java.util.Collections.addAll(distinct, languages);
        StringBuilder out = new StringBuilder();
        for (String l : distinct) {
            out.append(out.length() == 0 ? "" : "; ").append(methodOf(l));
        }
        return out.toString();
    }

    /** What ran on the paragraphs of one language. */
    private String methodOf(String language) {
        if (language.equals("en")) {
            return TAGGED;
        }
        return language + ":" + (!taggers.containsKey(language) ? neutralMethod(language)
                : userLanguages.contains(language) ? USER_TAGGED : ShippedTaggers.method(language) + "+aliases");
    }

    /**
     * The text, language and per-sentence paragraph languages of this thread's last {@link #entities} call,
     * so that {@link #method} need not tokenize the article again; three references per thread.
     */
    private static final ThreadLocal<Object[]> LAST_PARAGRAPHS = ThreadLocal.withInitial(() -> new Object[3]);

    /** What {@link #method} says of English paragraphs. */
    static final String TAGGED = "en:ner-gmb+aliases";
    /** Marks tokens {@code [from, to)} taken and says yes when none was; leaves them as they were otherwise. */
    private static boolean takeFree(boolean[] taken, int from, int to) {
        for (int k = from; k < to; k++) {
            if (taken[k]) {
                return false;
            }
        }
        java.util.Arrays.fill(taken, from, to, true);
        return true;
    }

    /**
     * The surnames (last words) of the people of two or more words the language-neutral path found, less those
     * whose first word is itself a place: a person's span that opens with a town is likely a misreading
     * ("Milano Cadorna", a station), and its words say nothing of other mentions.
     */
    private Set<String> personWords(List<Tokenizer.Token> all, List<int[]> people) {
        Set<String> out = new HashSet<>();
        for (int[] p : people) {
            if (p[1] - p[0] > 1 && !NeutralPlaces.isPlace(gazetteer, all, p[0], p[0] + 1)) {
                String w = all.get(p[1] - 1).word();
                if (w.length() > 2 && Character.isUpperCase(w.codePointAt(0))) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    /**
     * What the language-neutral path ran in {@code language}: always the alias table and gazetteer names; the
     * given-name list where the language has one ({@link NeutralPeople}); the head words of bodies and clubs where
     * it has those ({@link NeutralOrganisations}, said since session s36 by an added {@code +org-heads}, so that
     * a reader of the older strings still finds the parts they named).
     */
    static String neutralMethod(String language) {
        String method = NeutralPeople.covers(language) ? NEUTRAL_PEOPLE : NEUTRAL;
        return NeutralOrganisations.covers(language) ? method + NEUTRAL_ORG_HEADS : method;
    }

    /** Added to the neutral path's method where body head words ran ({@link NeutralOrganisations}). */
    static final String NEUTRAL_ORG_HEADS = "+org-heads";

    /**
     * Per language, the alias table's names that open a sentence as a common word of it ({@code
     * alias-common-words.tsv}: Italian "Nato", born).
     */
    private static final Map<String, Set<String>> ALIAS_COMMON_WORDS = io.newswire.enrich.text.WordList.perLanguage(
            EntitiesEnricher.class, "alias-common-words.tsv", 1);

    /** Whether token {@code i} opens its sentence, past opening quotes and dashes. */
    private static boolean opensSentence(List<Tokenizer.Token> sentence, int i) {
        for (int k = 0; k < i; k++) {
            String w = sentence.get(k).word();
            if (w.isEmpty() || Character.isLetterOrDigit(w.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** What {@link #method} says of the others: no tagger, only what holds in any language. */
    static final String NEUTRAL = "aliases+gazetteer";
    /** As {@link #NEUTRAL}, in a language with a given-name list ({@link NeutralPeople}). */
    static final String NEUTRAL_PEOPLE = "aliases+gazetteer+given-names";
    /** What {@link #method} says of paragraphs a user's tagger for their language ran on. */
    static final String USER_TAGGED = "ner-user+aliases";

    /**
     * The article's language for the choice of tagger: {@code null} when nothing is known of it (no language stage
     * ran, or it had no letters to read: {@link Language#UNDETERMINED}, confidence 0), read as English where a
     * paragraph is too short to tell; {@code "und"} when the detector read the text and its best guess was more
     * likely wrong than right (no code, a confidence above 0: a results table, a list of names). Then only the
     * paragraphs that read as English by their own function words get the English tagger, and the short lines
     * take the language-neutral path instead of the English tagger's guesses ("(Fra)", "(Ita)" typed
     * ORGANIZATION in a Dutch results table).
     */
    private static String languageOf(Article article) {
        Language language = article.language();
        if (language == null || language.code() == null && language.confidence() == 0.0) {
            return null;
        }
        return language.code() == null ? "und" : language.code();
    }

    /**
     * German genitives of places the tagger was not trained to see ("Frankreichs", "Österreichs",
     * "Bayerns"): a capitalised word ending in s whose stem the gazetteer knows as a country, a
     * first-level division or a place of 100,000 or more.
     */
    private void genitivePlaces(List<Tokenizer.Token> sentence, int base, List<int[]> places) {
        for (int i = 0; i < sentence.size(); i++) {
            String w = sentence.get(i).word();
            if (w.length() >= 5 && w.charAt(w.length() - 1) == 's' && capitalised(w)
                    && NeutralPlaces.kindOf(gazetteer, Gazetteer.appendKey(0, w.substring(0, w.length() - 1))) >= 0
                    && NeutralPlaces.kindOf(gazetteer, Gazetteer.appendKey(0, w)) < 0) {
                places.add(new int[] {base + i, base + i + 1});
            }
        }
    }

    /** Russian adjective and noun endings, longest first, that {@link #ruStem} strips. */
    private static final String[] RU_STEM_ENDINGS = {"ого", "его", "ому", "ему", "ыми", "ими", "ами", "ями", "ий",
        "ый", "ой", "ая", "яя", "ое", "ее", "ую", "юю", "ых", "их", "ым", "им", "ом", "ем", "ей", "ах", "ях", "а",
        "я", "у", "ю", "е", "и", "ы", "ь", "й"};

    /** Russian names of places the gazetteer lacks in Cyrillic ({@code ru-places.txt}): one word, nominative. */
    private static final Set<String> RU_PLACES;
    /** The same file's two-word names as the stems of both words, "Ближн Восток". */
    private static final Set<String> RU_REGION_STEMS;

    static {
        Set<String> one = new HashSet<>();
        Set<String> two = new HashSet<>();
        for (String name : io.newswire.enrich.text.WordList.load(EntitiesEnricher.class, "ru-places.txt")) {
            int space = name.indexOf(' ');
            if (space < 0) {
                one.add(name);
            } else {
                two.add(ruStem(name.substring(0, space)) + ' ' + ruStem(name.substring(space + 1)));
            }
        }
        RU_PLACES = Set.copyOf(one);
        RU_REGION_STEMS = Set.copyOf(two);
    }

    /** Stems of the Russian nouns that make a capitalised adjective before them a region: область, край, округ, ... */
    private static final Set<String> RU_DIVISION_STEMS = WordSet.of(ruStem("область"), ruStem("край"), ruStem("округ"),
            ruStem("республика"), ruStem("район"));

    /** A Russian word without its case ending, so that every case of a name has one key: "Ближнем" and "Ближний" → "Ближн". */
    private static String ruStem(String word) {
        for (String ending : RU_STEM_ENDINGS) {
            if (word.length() - ending.length() >= 3 && word.endsWith(ending)) {
                return word.substring(0, word.length() - ending.length());
            }
        }
        return word;
    }

    private static boolean cyrillicCapital(String word) {
        char c = word.charAt(0);
        return c >= '\u0400' && c <= '\u042F';
    }

    /**
     * Russian regions of two words in any case, which the tagger takes for people: an adjective in
     * -ск-/-цк- before "область", "край", "округ", "республика", "район" ("Самарской области",
     * "в Пермском крае"), and the two-word names of {@code ru-places.txt} ("на Ближнем Востоке").
     */
    private void russianRegions(List<Tokenizer.Token> sentence, int base, List<int[]> places) {
        for (int i = 0; i + 1 < sentence.size(); i++) {
            String w = sentence.get(i).word();
            if (w.length() < 4 || !cyrillicCapital(w)) {
                continue;
            }
            String next = sentence.get(i + 1).word();
            String stem = ruStem(w);
            boolean adjective = stem.endsWith("ск") || stem.endsWith("цк");
            if (adjective && Character.isLowerCase(next.charAt(0)) && RU_DIVISION_STEMS.contains(ruStem(next))
                    || cyrillicCapital(next) && RU_REGION_STEMS.contains(stem + ' ' + ruStem(next))) {
                places.add(new int[] {base + i, base + i + 2});
                i++;
            }
        }
    }

    /** Russian case endings, longest first, and what a nominative may end in instead. */
    private static final String[] RU_ENDINGS = {"ами", "ями", "ом", "ем", "ой", "ей", "ах", "ях", "а", "я", "у",
        "ю", "е", "и", "ы"};
    private static final String[] RU_NOMINATIVE = {"", "а", "я", "ь", "й"};

    /**
     * Whether a Russian word in an oblique case names a place the gazetteer knows in the nominative:
     * "Татарстана", "Новосибирске", "Москве", "России".
     */
    private boolean russianPlace(String word) {
        if (word.length() < 4 || word.charAt(0) < 'Ѐ' || word.charAt(0) > 'ӿ') {
            return false;
        }
        if (RU_PLACES.contains(word)) {
            return true;
        }
        for (String ending : RU_ENDINGS) {
            if (word.length() - ending.length() >= 3 && word.endsWith(ending)) {
                String stem = word.substring(0, word.length() - ending.length());
                for (String nominative : RU_NOMINATIVE) {
                    if (RU_PLACES.contains(stem + nominative)
                            || NeutralPlaces.kindOf(gazetteer, Gazetteer.appendKey(0, stem + nominative)) >= 0) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The tagger of a paragraph's language, {@code null} when none ships or is configured for it. */
    private NerTagger taggerOf(String language) {
        return language.equals("en") ? tagger : taggers.isEmpty() ? null : taggers.get(language);
    }

    /** A recognised name: tokens [start, end) of the article, its type, a title, a known entity. */
    private record Cand(EntityType type, int start, int end, int charStart, int charEnd, String surface,
            String title, AliasTable.Known known) {
    }

    private static final class Group {
        final EntityType type;
        final AliasTable.Known known;
        final String key;
        final List<Cand> mentions = new ArrayList<>();

        Group(EntityType type, AliasTable.Known known, String key) {
            this.type = type;
            this.known = known;
            this.key = key;
        }

        String lastWord() {
            return key.substring(key.lastIndexOf(' ') + 1);
        }

        /** Whether the group's first name ends in a Korean given name, "Park Soo-min": its surname stands first. */
        boolean surnameFirst() {
            String surface = mentions.isEmpty() ? "" : mentions.get(0).surface();
            return syllablePair(surface.substring(surface.lastIndexOf(' ') + 1));
        }
    }

    /**
     * The entities of a text, ordered by {@link Salience} but without it (0) and, unless the alias table
     * names them, without id: the link stage sets both. {@code headline} may be {@code null}.
     */
    public List<Entity> entities(String text, String headline) {
        return entities(text, headline, "en");
    }

    /** Removes the place [start, end) found from index {@code from} of {@code places} on. */
    private static void dropPlace(List<int[]> places, int from, int start, int end) {
        for (int k = places.size() - 1; k >= from; k--) {
            if (places.get(k)[0] == start && places.get(k)[1] == end) {
                places.remove(k);
            }
        }
    }

    /**
     * The entities of a text in {@code language} (ISO 639-1, {@code null} when unknown, read as English
     * where a paragraph is too short to tell): the English
     * tagger runs only on the paragraphs that read as English ({@link ParagraphLanguage}); the others
     * get only language-neutral evidence, the alias table and gazetteer place names, and no
     * capitalised word is guessed to be a name there.
     */
    public List<Entity> entities(String text, String headline, String language) {
        String read = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        Tokenizer.View view = Tokenizer.view(read);
        List<List<Tokenizer.Token>> sentences = view.sentences();
        long[] memo = WordBits.MEMO.values(view);
        String[] languages = ParagraphLanguage.languages(read, view, language);
        Object[] last = LAST_PARAGRAPHS.get();
        last[0] = text;
        last[1] = language;
        last[2] = languages;
        boolean nounCapitalising = false; // a German tagger ran: its one-word PERSON needs the full name nearby
        int sentenceIndex = 0;
        List<Tokenizer.Token> all = new ArrayList<>();
        List<Cand> cands = new ArrayList<>();
        List<AliasTable.Match> matches = new ArrayList<>();
        List<int[]> tagged = new ArrayList<>(); // start, end, label type index, sentence base, 1: other tagger, sentence
        List<int[]> places = new ArrayList<>(); // start, end of gazetteer names outside English paragraphs
        List<int[]> people = new ArrayList<>(); // start, end of given name + surnames where no tagger ran
        List<int[]> bodies = new ArrayList<>(); // start, end of head word + name, clubs, where no tagger ran
        Set<String> speakers = new HashSet<>(); // one-word towns the neutral path read as a speaker ("León añadió")
        BitSet neutralPlaces = new BitSet(); // indexes in places of those found where no tagger ran
        BitSet nameBefore = new BitSet(); // capitalised words no tagger read right after a name word ("Kanye West")
        List<String> words = new ArrayList<>(64);
        List<int[]> english = new ArrayList<>(); // start, end of the sentences the English tagger read
        int tokens = 0;
        for (List<Tokenizer.Token> sentence : sentences) {
            tokens += sentence.size();
        }
        int[] cls = new int[tokens]; // each token's WordBits, read once here for every pass
        for (List<Tokenizer.Token> sentence : sentences) {
            int base = all.size();
            all.addAll(sentence);
            WordBits.fill(sentence, cls, base, view, memo);
            int sentenceNumber = sentenceIndex++;
            Set<String> commonWords = ALIAS_COMMON_WORDS.getOrDefault(languages[sentenceNumber], Set.of());
            for (AliasTable.Match m : aliases.find(sentence, view, base)) {
                if (m.end() - m.start() == 1 && commonWords.contains(sentence.get(m.start()).word())
                        && opensSentence(sentence, m.start())) {
                    continue; // Italian "Nato a Roma nel 1950": born, not NATO
                }
                matches.add(new AliasTable.Match(base + m.start(), base + m.end(), m.known(), m.contextOnly()));
            }
            NerTagger sentenceTagger = taggerOf(languages[sentenceNumber]);
            if (sentenceTagger == null) {
                bodies.addAll(NeutralOrganisations.find(gazetteer, sentence, base, languages[sentenceNumber]));
                int[] clubAcross = NeutralOrganisations.clubAcrossPoint(gazetteer, all, base, sentence);
                if (clubAcross != null) {
                    bodies.add(clubAcross); // "FC. Barcelona", "At. Madrid": split after the club word's point
                }
                int peopleFrom = people.size();
                int placesFrom = places.size();
                people.addAll(NeutralPeople.find(gazetteer, sentence, base, languages[sentenceNumber]));
                places.addAll(NeutralPlaces.find(gazetteer, sentence, base, true, languages[sentenceNumber]));
                for (int k = placesFrom; k < places.size(); k++) {
                    neutralPlaces.set(k);
                }
                nameBefore(sentence, base, languages[sentenceNumber], nameBefore);
                // a place that stands for a team ("Ourense 86 - Menorca 69", "Rosario ( Ponce )") or a state
                // ("Canadá considera") is a body, taken before the places below; a speaker named like a town
                // ("León añadió") is no place
                for (int[] m : NeutralMetonymy.find(gazetteer, sentence, base, places.subList(placesFrom,
                        places.size()), people.subList(peopleFrom, people.size()), languages[sentenceNumber])) {
                    if (m[2] == NeutralMetonymy.BODY) {
                        bodies.add(new int[] {m[0], m[1], NeutralMetonymy.BODY}); // typed by its role here
                    } else {
                        dropPlace(places, placesFrom, m[0], m[1]);
                        if (m[1] - m[0] == 1) {
                            speakers.add(all.get(m[0]).word());
                        }
                    }
                }
                continue; // no tagger for this language: no capitalised word is guessed to be a name
            }
            int caps = 0; // a dateline in capitals, "PESHAWAR:", "LOS ANGELES (AP) --": the tagger never saw one
            while (caps < sentence.size() && caps < NeutralPlaces.MAX_WORDS && allCaps(sentence.get(caps).word())) {
                caps++;
            }
            if (caps == 0 && base == 0) { // the text's first words, a dateline "Lucknow, Mar 14 (PTI)"
                int n = 0;
                while (n < sentence.size() && n < NeutralPlaces.MAX_WORDS && capitalised(sentence.get(n).word())) {
                    n++;
                }
                if (n > 0 && n < sentence.size() && !ageAfter(sentence, n) // ("Jordan Ashworth-Kemp, 34,": a man)
                        && (DATELINE_END.contains(sentence.get(n).word())
                        || sentence.get(n).word().equals(".") && (n + 1 == sentence.size()
                        || Character.isDigit(sentence.get(n + 1).word().codePointAt(0))))) {
                    // "Lucknow, Mar 14", "Новосибирск. 15 февраля."
                    caps = n;
                }
            }
            if (caps > 0) {
                places.addAll(NeutralPlaces.find(gazetteer, sentence.subList(0, caps), base));
            }
            nounCapitalising |= sentenceTagger != tagger && NOUN_CAPITALISING.contains(languages[sentenceNumber]);
            if (sentenceTagger != tagger && languages[sentenceNumber].equals("de")) {
                genitivePlaces(sentence, base, places);
            } else if (sentenceTagger != tagger && languages[sentenceNumber].equals("ru")) {
                russianRegions(sentence, base, places);
            }
            words.clear(); // one list for all sentences: the tagger reads it and keeps nothing
            for (Tokenizer.Token t : sentence) {
                words.add(t.word());
            }
            int[] labels = sentenceTagger.tag(words);
            if (sentenceTagger == tagger) {
                english.add(new int[] {base, base + sentence.size()});
                placesWithParticles(sentence, labels, base);
                counselSuffixes(sentence, labels);
                pointedHonorifics(sentence, labels);
                townsAfterPlaceAndAnd(sentence, labels, cls, base);
                organisations(sentence, labels, cls, base);
                titledBodies(sentence, labels, cls, base);
                titledBodiesWithRank(sentence, labels, cls, base);
                titledPortfolios(sentence, labels, cls, base);
                placesBeforeTitles(sentence, labels, cls, base);
                armedGroupsAndShips(sentence, labels, cls, base);
                bodyListsAndParticles(sentence, labels, cls, base);
                bodiesWithAnd(sentence, labels, cls, base);
                ampersandNames(sentence, labels);
                kinshipAndLocalForms(sentence, labels, cls, base);
                localUnitsLeadsAndPlaces(sentence, labels, cls, base);
                gluedSpans(sentence, labels, cls, base);
                givenNamesAndOffices(sentence, labels, cls, base);
                ranksSeatsAndSuffixes(sentence, labels, cls, base);
                postsByZone(sentence, labels, cls, base);
            }
            for (int i = 0; i < labels.length; ) {
                if (labels[i] % 2 == 1) { // B-
                    int j = i + 1;
                    while (j < labels.length && labels[j] == labels[i] + 1) {
                        j++;
                    }
                    tagged.add(new int[] {base + i, base + j, labels[i], base, sentenceTagger == tagger ? 0 : 1,
                            sentenceNumber});
                    i = j;
                } else {
                    i++;
                }
            }
        }

        // Alias matches first: a context-only alias needs another alias of the same entity; an acronym
        // the article defines as another body ("Armed Forces of the Philippines (AFP)") is not the table's.
        matches = aliases.withoutRedefined(matches, all);
        Set<String> named = new HashSet<>();
        for (AliasTable.Match m : matches) {
            if (!m.contextOnly()) {
                named.add(m.known().id());
            }
        }
        boolean[] taken = new boolean[all.size()];
        for (AliasTable.Match m : matches) {
            if (m.contextOnly() && !named.contains(m.known().id()) || insideLongerOrganisation(m, tagged, all)
                    || insideVehicleModel(m, tagged, all)) {
                continue;
            }
            for (int k = m.start(); k < m.end(); k++) {
                taken[k] = true;
            }
            cands.add(cand(read, all, m.known().type(), m.start(), m.end(), null, m.known()));
        }

        // bodies before people and places: "Universidad de Sevilla", "Fundación Pablo Iglesias" hold neither
        BitSet byRole = new BitSet(); // starts of mentions typed by their role in the sentence: kept out of the vote
        for (int[] b : bodies) {
            if (takeFree(taken, b[0], b[1])) {
                if (b.length > 2) {
                    byRole.set(b[0]);
                }
                cands.add(cand(read, all, EntityType.ORGANIZATION, b[0], b[1], null, null));
            }
        }
        // people before places: "Santiago Peña" is a man, not Chile's capital
        for (int[] p : people) {
            if (takeFree(taken, p[0], p[1])) {
                cands.add(cand(read, all, EntityType.PERSON, p[0], p[1], null, null));
            }
        }
        // a one-word town that is the surname of a person the article names in full is that person
        // ("Lino Oviedo ... Oviedo dijo", "Lindsay Davenport ... Davenport"), not the town
        Set<String> personWords = people.isEmpty() || places.isEmpty() ? Set.of() : personWords(all, people);
        Set<Long> lowerWords = null; // the article's words written in lower case, folded: read once, when needed
        for (int pi = 0; pi < places.size(); pi++) {
            int[] p = places.get(pi);
            if (p[1] - p[0] == 1 && speakers.contains(all.get(p[0]).word())) {
                continue; // one article, one reading: "León añadió" makes León a speaker wherever it stands
            }
            if (p[1] - p[0] == 1 && neutralPlaces.get(pi) && allCaps(all.get(p[0]).word())
                    && !NeutralPlaces.isCountry(gazetteer, all, p[0], p[1])) {
                if (lowerWords == null) {
                    lowerWords = lowerCaseWords(all);
                }
                if (lowerWords.contains(Folding.key(all.get(p[0]).word()))) {
                    continue; // "PRESIDE REUNION" over "la reunión de mañana": the article's own common noun
                }
            }
            if (takeFree(taken, p[0], p[1])) {
                boolean person = p[1] - p[0] == 1 && personWords.contains(all.get(p[0]).word())
                        && !NeutralPlaces.isCountry(gazetteer, all, p[0], p[1]);
                cands.add(cand(read, all, person ? EntityType.PERSON : EntityType.LOCATION, p[0], p[1], null, null));
            }
        }
        // German writes every noun capitalised, so a lone capitalised word its tagger calls PERSON
        // ("Keller liefen voll") is weak evidence: it stands only as the last word of a person the
        // article names in full ("Burkhard" after "Oliver Burkhard").
        Set<String> surnames = null;
        if (nounCapitalising) {
            surnames = new HashSet<>();
            for (int[] t : tagged) {
                if (t[4] == 1 && t[2] == B_PER && t[1] - t[0] > 1) {
                    surnames.add(all.get(t[1] - 1).word());
                }
            }
        }
        for (int[] t : tagged) {
            int start = t[0];
            int end = t[1];
            NerTagger spanTagger = t[4] == 0 ? tagger : taggerOf(languages[t[5]]);
            if (surnames != null && t[4] == 1 && t[2] == B_PER && end - start == 1
                    && NOUN_CAPITALISING.contains(languages[t[5]]) && !surnames.contains(all.get(start).word())) {
                continue;
            }
            if (t[4] == 0 && vehicleModel(all, t[3], start, end)) {
                continue; // "a Toyota Tercel", "his Honda Civic": a car, no person and no company
            }
            EntityType type = t[2] == B_PER ? EntityType.PERSON
                    : t[2] == B_ORG ? EntityType.ORGANIZATION : EntityType.LOCATION;
            // The parts of a span outside an alias match stay names of their own: in "Secretary of
            // Iran's Supreme National Security Council Ali Shamkhani", the council and the man.
            int k = start;
            while (k < end) {
                if (taken[k]) {
                    k++;
                    continue;
                }
                int pieceEnd = k;
                while (pieceEnd < end && !taken[pieceEnd]) {
                    pieceEnd++;
                }
                if (!(t[4] == 1 && type == EntityType.PERSON && pieceEnd - k == 1 && end - start > 1)) {
                    // ("Прокуратура" of "Прокуратура Самарской [области]": a word the place left over is no person)
                    piece(read, all, taken, tagged, t[3], k, pieceEnd, type, cands, spanTagger, cls);
                }
                k = pieceEnd;
            }
        }
        dropSentenceInitialNouns(all, sentences, cands);
        placesAfterSentenceInitialAdjectives(read, all, sentences, cands);
        numberWordsAndAgencies(read, all, cands);
        reportingMedia(read, all, cands, cls);
        shortCompanyNames(read, all, cands);
        clubShortNames(read, all, cands);
        placesNamedAsPeople(all, cands);
        regionsAndTickers(read, all, cands, cls);
        placesAsPeopleInLists(read, all, cands);
        indexesMoneyAndCompanies(read, all, cands);
        Set<String> clubWords = new HashSet<>(4);
        for (int[] e : english) {
            clubsInResults(read, all, cands, cls, e[0], e[1], clubWords);
            placesBeforeBased(read, all, cands, cls, e[0], e[1]);
            placesAfterArticle(read, all, cands, cls, e[0], e[1]);
            clubsBeforeRoles(read, all, cands, cls, e[0], e[1], clubWords);
            releaseFurniture(read, all, cands, cls, e[0], e[1]);
        }
        nicknamesInResultStories(read, all, cands, cls, english);
        clubsNamedAsPeople(read, all, cands, clubWords);
        aliasesInPersons(read, all, cands, english);
        namesJoinedBeforeHead(read, all, cands, cls);
        lonePeople(all, cands, headline);
        propagate(read, all, cands, cls, byRole, nameBefore);
        return group(cands, read, headline, byRole);
    }

    /** Most capitalised words after an initial or a given name that {@link #lonePeople} counts as that name's. */
    private static final int MAX_NAME_WORDS = 4;

    /**
     * A one-word PERSON that the article never names in full is no person: wire copy names a person in full
     * at the first mention ("Dana Whitlow ... Whitlow said"), so a lone capitalised word the tagger read as a
     * surname ("Transdev said", "Okokomaiko", "Jefferies") is a company, club or place it did not know, and is
     * dropped rather than guessed. It stays a person when it is a given name ({@code given-names-en*.txt}),
     * written in capitals (a dateline's), titled ("Mr Voss", "Judge Voss"), named in the headline, after a
     * kinship word or "alias" ("his wife, Catrin"), or is a word of any longer name in the article or of a
     * capitalised run opened by an initial or a given name, however typed ("M K Selvam", "Dario Lemke").
     * One pass over the article, and only when such a candidate exists.
     */
    private void lonePeople(List<Tokenizer.Token> all, List<Cand> cands, String headline) {
        Set<String> named = null;
        for (int j = cands.size() - 1; j >= 0; j--) {
            Cand c = cands.get(j);
            if (c.type() != EntityType.PERSON || c.end() - c.start() != 1 || c.known() != null || c.title() != null) {
                continue;
            }
            int at = c.start();
            String w = all.get(at).word();
            if (isGivenName(w) || allCaps(w) && w.length() > 1
                    || at > 0 && Titles.titleBefore(all.subList(0, at), at) > 0
                    || headline != null && headline.contains(w) || kinOrAliasAround(all, at)) {
                continue;
            }
            if (named == null) {
                named = new HashSet<>();
                for (Cand p : cands) {
                    if (p.end() - p.start() >= 2) {
                        for (int k = p.start(); k < p.end(); k++) {
                            addWordAndParts(named, all.get(k).word());
                        }
                    }
                }
                for (int k = 0; k + 1 < all.size(); k++) {
                    String lead = all.get(k).word();
                    if (initial(lead) || isGivenName(lead)) {
                        for (int q = k + 1; q < all.size() && q - k <= MAX_NAME_WORDS
                                && capitalised(all.get(q).word()); q++) {
                            addWordAndParts(named, all.get(q).word()); // "Dario Lemke", "A Revanth Kumar" however typed
                        }
                    }
                }
            }
            if (!named.contains(w)) {
                cands.remove(j);
            }
        }
    }

    /**
     * Whether a kinship word or "alias" stands right before word {@code at}, or before a comma there ("wife, X"), or
     * a kinship form follows it, after a comma or not ("X, son of Y", "X, W/O Y").
     */
    private static boolean kinOrAliasAround(List<Tokenizer.Token> all, int at) {
        int k = at - 1;
        if (k >= 0 && all.get(k).word().equals(",")) {
            k--;
        }
        if (k >= 0 && (KIN_WORDS.contains(all.get(k).word()) || all.get(k).word().equals("alias"))) {
            return true;
        }
        int a = at + 1;
        if (a < all.size() && all.get(a).word().equals(",")) {
            a++;
        }
        return a + 1 < all.size() && (KIN_WORDS.contains(all.get(a).word()) && all.get(a + 1).word().equals("of")
                || KIN_INITIALS.contains(all.get(a).word()) && all.get(a + 1).word().startsWith("/"));
    }

    /** Adds a word and, for a hyphenated one, each of its parts ("Okafor-Price": also "Okafor", "Price"). */
    private static void addWordAndParts(Set<String> out, String word) {
        out.add(word);
        if (word.indexOf('-') >= 0) {
            java.util.Collections.addAll(out, word.split("-"));
        }
    }

    /** Whether {@code word} is an English given name of either list ({@code given-names-en*.txt}). */
    private static boolean isGivenName(String word) {
        return GIVEN_NAMES_EN.contains(word) || COMMON_GIVEN_NAMES_EN.contains(word);
    }

    /**
     * The {@link Folding#key}s of the words the article writes in lower case: a word in capitals (a headline) that
     * is also one of these is the article's common noun ("REUNION" beside "la reunión", "MESA", "NACIONAL"), however
     * the gazetteer names some town.
     */
    private static Set<Long> lowerCaseWords(List<Tokenizer.Token> all) {
        Set<Long> out = new HashSet<>();
        for (Tokenizer.Token t : all) {
            String w = t.word();
            if (w.length() > 2 && Character.isLowerCase(w.codePointAt(0))) {
                out.add(Folding.key(w));
            }
        }
        return out;
    }

    /** Cardinal number words ({@code number-words.txt}): "Eleven of the injured" names nobody. */
    private static final Set<String> NUMBER_WORDS = io.newswire.enrich.text.WordList.load(EntitiesEnricher.class,
            "number-words.txt");

    /**
     * Two forms of real copy the tagger gets wrong: a capitalised number word at a sentence's start read as a
     * name ("Eleven of the injured were discharged", "Sixteen others": no entity), and a news agency named after
     * "agency" read as a person or a place ("state news agency Antara said": an ORGANIZATION).
     */
    private void numberWordsAndAgencies(String read, List<Tokenizer.Token> all, List<Cand> cands) {
        for (int c = cands.size() - 1; c >= 0; c--) {
            Cand cand = cands.get(c);
            if (cand.known() != null) {
                continue;
            }
            String first = all.get(cand.start()).word();
            if (cand.end() - cand.start() == 1 && Character.isUpperCase(first.codePointAt(0))
                    && (cand.start() == 0 || SENTENCE_ENDS.contains(all.get(cand.start() - 1).word())
                    || DATELINE_DASHES.contains(all.get(cand.start() - 1).word()))
                    && NUMBER_WORDS.contains(first.toLowerCase(java.util.Locale.ROOT))) {
                // (only at a sentence's start, a dateline's dash included: "BOZEMAN, Mont. (AP) — Eighteen
                // hikers"; "Five's share of viewers" mid-sentence is the channel)
                cands.remove(c);
            } else if (cand.type() != EntityType.ORGANIZATION && cand.start() > 0
                    && all.get(cand.start() - 1).word().equals("agency")) {
                cands.set(c, cand(read, all, EntityType.ORGANIZATION, cand.start(), cand.end(), null, null));
            }
        }
    }

    /** Most words a portfolio or a body after a title's "for" or "of" may hold before a name. */
    private static final int MAX_TITLED_RUN = 12;

    /**
     * A title that reaches over its portfolio or its body before a name, which the tagger runs into the
     * name: "Minister for Health, Family Welfare and Medical Education Qaiser Niazi", "Director General of
     * the Anti-Corruption Establishment Shahid Kamal", "Chief of the Army Staff General Tariq Awan". The
     * capitalised run after "for" or "of (the)" ends in a name of two to four words that the case lexicon
     * does not write in lower case; before it, a portfolio is part of the title (no name), a body after
     * "of" is an ORGANIZATION (unless it is the "Army Staff" of a military title) and a rank between body
     * and name goes to the title. Runs only where a title word stands before "for" or "of".
     */
    private void titledBodies(List<Tokenizer.Token> s, int[] labels, int[] cls, int base) {
        int n = s.size();
        for (int i = 1; i + 2 < n; i++) {
            String joiner = s.get(i).word();
            boolean of = joiner.equals("of");
            if (!of && !joiner.equals("for") || (cls[base + i - 1] & WordBits.TITLE) == 0
                    || of && !s.get(i + 1).word().equals("the")) {
                continue; // ("Governor of Khorasan Razavi Province", "Minister of Industry and Trade": a place or portfolio)
            }
            boolean body = of; // "of the <body>"
            // "Commissioner for the Environment <name>": a portfolio may take "the" after "for"
            int from = body || s.get(i + 1).word().equals("the") ? i + 2 : i + 1;
            int e = from;
            while (e < n && e - from < MAX_TITLED_RUN) {
                String w = s.get(e).word();
                if (capitalised(w) && namePart(w) && !DETERMINERS.contains(w)) {
                    e++;
                } else if (e > from && e + 1 < n && (w.equals(",") && !of || w.equals("and") || w.equals("&")
                        || of && w.equals("of")) && capitalised(s.get(e + 1).word())) {
                    e++;
                } else {
                    break;
                }
            }
            if (e - from < 3 || e < n && labels[e] != 0 && labels[e] % 2 == 0) {
                continue; // too short to hold a body and a name, or a tagged name runs on
            }
            // a rank between body and name: "Army Staff" + "General" + "Tariq Awan"
            int rank = -1;
            int rankLen = 0;
            for (int k = from + 1; k < e - 1 && rank < 0; k++) {
                int len = Titles.titleAt(s, k, e);
                if (len > 0 && s.get(k - 1).word().equals("of")) {
                    k += len - 1; // "Office of Inspector General", "Joint Chiefs of Staff": the body's own words
                    continue;
                }
                if (len > 0 && k + len < e) {
                    rank = k;
                    rankLen = len;
                }
            }
            int bodyEnd; // exclusive
            int nameStart;
            if (rank >= 0) {
                bodyEnd = rank;
                nameStart = rank + rankLen;
            } else {
                int k = e - 1;
                while (k >= from && !(s.get(k).word().equals(",") || s.get(k).word().equals("and")
                        || s.get(k).word().equals("&") || s.get(k).word().equals("of")
                        || ORG_HEADS.contains(s.get(k).word()) || roleWord(s.get(k).word(), tagger))) {
                    k--;
                }
                bodyEnd = k + 1;
                if (k >= from && (s.get(k).word().equals(",") || s.get(k).word().equals("and")
                        || s.get(k).word().equals("&") || s.get(k).word().equals("of"))) {
                    bodyEnd++; // a joiner has a portfolio or body word after it: "and Irrigation", "of Cyberspace"
                }
                nameStart = bodyEnd;
            }
            int nameLen = e - nameStart;
            if (bodyEnd <= from || nameLen < 2 || nameLen > 4 || !onlyCapitalised(s, nameStart, e)) {
                continue;
            }
            for (int k = from; k < bodyEnd - 1; k++) {
                if (s.get(k).word().equals("Staff")) {
                    bodyEnd = k + 1; // "the Air Staff" + "Air Marshal": a rank of two words the title list lacks
                    break;
                }
            }
            boolean staff = s.get(bodyEnd - 1).word().equals("Staff");
            if (body && !staff) {
                setSpan(labels, from, bodyEnd, B_ORG);
            } else {
                for (int k = from; k < bodyEnd; k++) {
                    labels[k] = 0; // the title's portfolio ("for Health, ...") or "the Army Staff"
                }
            }
            for (int k = bodyEnd; k < nameStart; k++) {
                labels[k] = 0;
            }
            setSpan(labels, nameStart, e, B_PER);
            i = e;
        }
    }

    /**
     * A title, a body and a rank before a name, with no "of the": "Pakistan's Chairman Joint Chiefs of Staff
     * Committee General Imran Sethi". The capitalised run after a title word holds a body that ends in a
     * head word ("Committee"), then a rank ("General") and a name of two to four words: the body is an
     * ORGANIZATION, the name a PERSON, whatever the tagger ran together. Runs only where a title word
     * stands before a capitalised word and a head word follows within the run.
     */
    private void titledBodiesWithRank(List<Tokenizer.Token> s, int[] labels, int[] cls, int base) {
        int n = s.size();
        for (int i = 0; i + 4 < n; i++) {
            if ((cls[base + i] & WordBits.TITLE) == 0
                    || (cls[base + i + 1] & (WordBits.CAP | WordBits.TITLE)) != WordBits.CAP
                    || i > 0 && (cls[base + i - 1] & WordBits.NAME) != 0) {
                continue; // ("U.S. District Court Judge ...": a title word inside a longer name is none)
            }
            for (int h = i + 1; h + 3 < n && h - i <= MAX_TITLED_RUN; h++) {
                String w = s.get(h).word();
                boolean joiner = w.equals("of") || w.equals("and") || w.equals("&");
                if (!(capitalised(w) && namePart(w)) && !(joiner && capitalised(s.get(h + 1).word()))) {
                    break;
                }
                if (joiner || !ORG_HEADS.contains(w)) {
                    continue;
                }
                int rank = Titles.titleAt(s, h + 1, n);
                int nameStart = h + 1 + rank;
                int e = nameStart;
                while (e < n && e - nameStart < 4 && capitalised(s.get(e).word()) && namePart(s.get(e).word())) {
                    e++;
                }
                if (rank > 0 && e - nameStart >= 2 && (e == n || !capitalised(s.get(e).word()))
                        && !Titles.isAnyTitleWord(s.get(nameStart).word())) {
                    labels[i] = 0;
                    setSpan(labels, i + 1, h + 1, B_ORG);
                    for (int k = h + 1; k < nameStart; k++) {
                        labels[k] = 0;
                    }
                    setSpan(labels, nameStart, e, B_PER);
                    i = e;
                }
                break;
            }
        }
    }

    /**
     * Whether the span {@code [start, end)}, which ends in a level adjective, names nothing: it holds only level
     * adjectives ("Provincial" of "Provincial Police Chief X"), or words that name no place ending in one
     * before a title ("Gendarmerie Regional" of "Gendarmerie Regional Commander Brigadier General X"), whose
     * words are the title's. Lookups over the span only.
     */
    private boolean levelAdjectiveSpan(List<Tokenizer.Token> all, int start, int end) {
        boolean adjectives = true;
        boolean common = true;
        for (int k = start; k < end; k++) {
            String w = all.get(k).word();
            boolean level = LEVEL_ADJECTIVES.contains(w);
            adjectives &= level;
            // a body's word ("Gendarmerie", "Police"), not a place's name ("Giresun Regional Director X")
            common &= level || capitalised(w) && !NeutralPlaces.isPlace(gazetteer, all, k, k + 1);
        }
        return adjectives || common && end < all.size() && Titles.isAnyTitleWord(all.get(end).word());
    }

    private static final Set<String> WEEKDAYS = WordSet.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday", "Today", "Yesterday");
    /** Verbs after a newspaper or agency that reports: "Dawn reported", "Mint quoted". */
    private static final Set<String> REPORTING_VERBS = WordSet.of("reported", "reports", "quoted", "cited");
    /** Nouns that call a name a newspaper or agency: "the Dawn newspaper", "Verdict, a trade newsletter". */
    private static final Set<String> MEDIA_NOUNS = WordSet.of("newspaper", "daily", "weekly", "magazine", "newsletter",
            "website", "tabloid", "broadsheet", "journal");
    /** What follows a newspaper told or quoted: "told Dawn.", "told Dawn that", "told Dawn on Monday". */
    private static final Set<String> AFTER_TOLD = WordSet.of(",", ".", "that", "on", "in", "last", "this", "late",
            "earlier", "\"", "\u201d");
    /** "Speaking to Dawn,", "said in an interview with Mint": words before "to" or "with" a newspaper. */
    private static final Set<String> SPOKE = WordSet.of("Speaking", "speaking", "spoke", "Talking", "talking", "talked",
            "interview");
    private static final Set<String> SENTENCE_BREAKS = WordSet.of(".", "!", "?", "\"", "\u201c", ":", "-", "\u2013",
            "\u2014", "--");

    /**
     * A one-word name ("Dawn", "Mint", "Verdict") or "The" and one word in a reporting context is a
     * newspaper or agency, an ORGANIZATION wherever it stands in the article: "Dawn reported", "told Dawn
     * that", "according to Mint.", "first reported by Verdict", "the Dawn newspaper". Never when a person
     * the article names in full has that word in their name ("Dawn Hayes ... told Dawn"), nor for a place.
     * The tagger reads such names as given names or common words; one pass over the tokens, set lookups.
     */
    private void reportingMedia(String read, List<Tokenizer.Token> all, List<Cand> cands, int[] cls) {
        Set<String> media = null;
        int n = all.size();
        for (int i = 0; i < n; i++) {
            if ((cls[i] & (WordBits.NAME | WordBits.DETERMINER | WordBits.WEEKDAY)) != WordBits.NAME) {
                continue; // ("the company on Tuesday reported": a date, no newspaper)
            }
            String w = all.get(i).word();
            boolean the = i > 0 && (all.get(i - 1).word().equals("The"));
            int before = the ? i - 2 : i - 1; // the word before the name
            String prev = before >= 0 ? all.get(before).word() : ".";
            String next = i + 1 < n ? all.get(i + 1).word() : ".";
            if (i + 1 < n && (cls[i + 1] & WordBits.NAME) != 0) {
                continue; // a longer name
            }
            boolean media1 = REPORTING_VERBS.contains(next) || MEDIA_NOUNS.contains(next);
            if (!media1 && (next.equals(",") || next.equals(".")) && before >= 1
                    && all.get(before - 1).word().equals("according") && prev.equals("to")) {
                media1 = true; // "according to Mint."
            }
            if (!media1 && AFTER_TOLD.contains(next) && (prev.equals("told") || (prev.equals("to") || prev.equals("with")) && before >= 1
                    && SPOKE.contains(all.get(before - 1).word()) || prev.equals("by") && before >= 1
                    && REPORTING_VERBS.contains(all.get(before - 1).word()) || prev.equals("by")
                    && before >= 1 && all.get(before - 1).word().equals("published"))) {
                media1 = true; // "told Dawn that", "first reported by Verdict on Monday"
            }
            if (!media1 && next.equals(",")) {
                for (int k = i + 2; k < n && k <= i + 5 && !media1; k++) {
                    media1 = MEDIA_NOUNS.contains(all.get(k).word()); // "Verdict, a trade newsletter"
                }
            }
            if (!media1 || !the && SENTENCE_BREAKS.contains(prev) && tagger.usuallyLowerCase(w)
                    && !coveredByOneWord(cands, i)) {
                continue; // ("Police reported": a sentence's first word the tagger did not call a name)
            }
            if (Titles.isAnyTitleWord(w) || NeutralPlaces.isPlace(gazetteer, all, i, i + 1)
                    || io.newswire.enrich.text.MonthNames.isMonth(w.toLowerCase(java.util.Locale.ROOT))) {
                continue; // (only where a reporting context matched: no per-word allocation)
            }
            if (media == null) {
                media = new HashSet<>();
            }
            media.add(w);
        }
        if (media == null) {
            return;
        }
        for (Cand c : cands) {
            if (c.type() == EntityType.PERSON && c.end() - c.start() >= 2) {
                for (int k = c.start(); k < c.end(); k++) {
                    media.remove(all.get(k).word());
                }
            }
        }
        if (media.isEmpty()) {
            return;
        }
        boolean[] covered = new boolean[n];
        for (int j = 0; j < cands.size(); j++) {
            Cand c = cands.get(j);
            for (int k = c.start(); k < c.end(); k++) {
                covered[k] = true;
            }
            if (c.known() == null && c.end() - c.start() == 1 && media.contains(c.surface())) {
                int start = c.start() > 0 && all.get(c.start() - 1).word().equals("The") ? c.start() - 1 : c.start();
                cands.set(j, cand(read, all, EntityType.ORGANIZATION, start, c.end(), null, null));
            }
        }
        for (int i = 0; i < n; i++) {
            if (!covered[i] && media.contains(all.get(i).word()) && (i + 1 == n || !capitalised(all.get(i + 1).word()))) {
                int start = i > 0 && all.get(i - 1).word().equals("The") && !covered[i - 1] ? i - 1 : i;
                cands.add(cand(read, all, EntityType.ORGANIZATION, start, i + 1, null, null));
            }
        }
    }

    private static boolean coveredByOneWord(List<Cand> cands, int i) {
        for (Cand c : cands) {
            if (c.start() == i && c.end() == i + 1) {
                return true;
            }
        }
        return false;
    }

    /** Last words of a company's full name, after which its first word alone names it later. */
    private static final Set<String> COMPANY_ENDS = WordSet.of("Group", "Holdings", "Holding", "Inc", "Inc.", "Corp",
            "Corp.", "Corporation", "Company", "Co.", "Ltd", "Ltd.", "Limited", "LLC", "Technologies", "Systems",
            "Industries", "Motors", "Airlines", "Airways", "Partners", "Capital", "Metals", "Mining", "Foods",
            "Farms", "Labs", "Networks", "Solutions", "Bhd", "Berhad", "Plc", "PLC", "AG", "SA", "GmbH", "Energy");

    /**
     * A company named in full and later by its first word: "Tarsa Logistics Group ... Tarsa said". The
     * first word of an organisation ending in a company word names it alone later in the article, as an
     * ORGANIZATION (the tagger often reads it as a surname), unless it is a place, a word usually written
     * in lower case, or part of a person's full name in the article. The group step joins it to the full name.
     */
    private void shortCompanyNames(String read, List<Tokenizer.Token> all, List<Cand> cands) {
        Set<String> firsts = null;
        Set<String> pairs = null; // "Kessler Wendt" of "Kessler Wendt AG", "Harrow Creek" of "Harrow Creek Farms LLC"
        for (Cand c : cands) {
            if (c.known() == null && c.type() == EntityType.ORGANIZATION && c.end() - c.start() >= 2) {
                String last = all.get(c.end() - 1).word();
                String first = all.get(c.start()).word();
                if ((COMPANY_ENDS.contains(last) || COMPANY_WORDS.contains(last) || partnership(all, c.start(), c.end()))
                        && capitalised(first) && namePart(first)
                        && !DETERMINERS.contains(first) && !tagger.usuallyLowerCase(first) && !Titles.isAnyTitleWord(first)) {
                    if (!NeutralPlaces.isPlace(gazetteer, all, c.start(), c.start() + 1)) {
                        if (firsts == null) {
                            firsts = new HashSet<>();
                        }
                        firsts.add(first);
                    }
                    String second = all.get(c.start() + 1).word();
                    if (c.end() - c.start() >= 3 && capitalised(second) && namePart(second) && !orgHead(all, c.start() + 1)
                            && !tagger.usuallyLowerCase(second) && !Titles.isAnyTitleWord(second)
                            && !NeutralPlaces.isPlace(gazetteer, all, c.start(), c.start() + 2)) {
                        if (pairs == null) {
                            pairs = new HashSet<>();
                        }
                        pairs.add(first + " " + second);
                    }
                }
            }
        }
        if (firsts == null && pairs == null) {
            return;
        }
        if (firsts == null) {
            firsts = new HashSet<>();
        }
        for (Cand c : cands) {
            if (c.type() == EntityType.PERSON && c.end() - c.start() >= 2) {
                for (int k = c.start(); k < c.end(); k++) {
                    firsts.remove(all.get(k).word());
                }
                if (pairs != null && c.end() - c.start() >= 3) {
                    pairs.remove(c.surface().substring(0, c.surface().lastIndexOf(' '))); // a person's given names
                }
            }
        }
        if (pairs != null) {
            retypeShortNames(read, all, cands, pairs, 2);
        }
        if (!firsts.isEmpty()) {
            retypeShortNames(read, all, cands, firsts, 1);
        }
    }

    /**
     * Whether s[start, end) names a firm by its partners joined with "&", the first partner's name first:
     * "Mallory & Finch", "Kessel, Marbury, Quill & Danforth". Its first word alone names the firm later.
     */
    private static boolean partnership(List<Tokenizer.Token> all, int start, int end) {
        if (end - start < 3 || !(all.get(start + 1).word().equals("&") || all.get(start + 1).word().equals(","))) {
            return false;
        }
        for (int k = start + 1; k < end - 1; k++) {
            if (all.get(k).word().equals("&")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Makes the short names of companies ({@code width} words: "Tarsa" of "Tarsa Logistics Group",
     * "Kessler Wendt" of "Kessler Wendt AG") ORGANIZATION: a candidate of another type that is exactly
     * such a name, and such a name left untagged before a word without a capital or before a title
     * ("Kessler Wendt Chief Executive", "Harrow Creek told the state").
     */
    private static void retypeShortNames(String read, List<Tokenizer.Token> all, List<Cand> cands, Set<String> names,
            int width) {
        int n = all.size();
        boolean[] covered = new boolean[n];
        for (int j = 0; j < cands.size(); j++) {
            Cand c = cands.get(j);
            for (int k = c.start(); k < c.end(); k++) {
                covered[k] = true;
            }
            if (c.known() == null && c.end() - c.start() == width && c.type() != EntityType.ORGANIZATION
                    && names.contains(c.surface())) {
                cands.set(j, cand(read, all, EntityType.ORGANIZATION, c.start(), c.end(), null, null));
            }
        }
        for (int i = 0; i + width <= n; i++) {
            int after = i + width;
            if (!covered[i] && !covered[after - 1] && capitalised(all.get(i).word())
                    && (after == n || !capitalised(all.get(after).word()) || Titles.titleAt(all, after, n) > 0)
                    && names.contains(width == 1 ? all.get(i).word() : all.get(i).word() + " " + all.get(i + 1).word())) {
                cands.add(cand(read, all, EntityType.ORGANIZATION, i, after, null, null));
                for (int k = i; k < after; k++) {
                    covered[k] = true;
                }
            }
        }
    }

    /** Words that end the first part of a title, never a name: "House Minority Leader", "Senate Majority Leader". */
    private static final Set<String> TITLE_QUALIFIERS = WordSet.of("Majority", "Minority", "Deputy", "Assistant",
            "Acting", "Interim", "Senior", "Principal", "Additional", "Parliamentary", "Opposition");
    /** Whether word {@code k} is inside a span a tagger found (a title does not reach into another name). */
    private static boolean inSpan(List<int[]> tagged, int k) {
        for (int[] t : tagged) {
            if (t[0] <= k && k < t[1]) {
                return true;
            }
        }
        return false;
    }

    /** The start of the tagged span that holds word {@code k} and ends before {@code end}, or -1. */
    private static int spanStartAt(List<int[]> tagged, int k, int end) {
        for (int[] t : tagged) {
            if (t[0] <= k && k < t[1] && t[1] <= end && t[2] == B_ORG) {
                return t[0];
            }
        }
        return -1;
    }

    /** How many capitalised words before a title may belong to it ("House Minority" of "House Minority Leader"). */
    private static final int MAX_TITLE_LEAD = 3;

    /**
     * Whether an alias match lies inside a longer organisation the English tagger found that ends in a
     * head word after it: "African Union Commission", "AU Commission" are not the African Union.
     */
    private static boolean insideLongerOrganisation(AliasTable.Match m, List<int[]> tagged, List<Tokenizer.Token> all) {
        for (int[] t : tagged) {
            // ("Thomson Reuters Corp": the tagger may call the whole name a person; its legal form says otherwise)
            if (t[4] == 0 && (t[2] == B_ORG || t[2] == B_PER) && t[0] <= m.start() && m.end() < t[1]
                    && orgHead(all, t[1] - 1)) {
                return true;
            }
            // ("Abdul Fatah Sangri": a one-word body's alias with a person's name words on both sides is a
            // word of that name, not the body)
            if (t[4] == 0 && t[2] == B_PER && t[0] < m.start() && m.end() < t[1] && m.end() - m.start() == 1
                    && m.known().type() == EntityType.ORGANIZATION && !allCaps(all.get(m.start()).word())) {
                return true;
            }
            // ("Jordan Ashworth-Kemp", "Georgia Whitfield": a given name that is also a country's opens a person)
            if (t[4] == 0 && t[2] == B_PER && t[0] == m.start() && m.end() < t[1] && m.end() - m.start() == 1
                    && m.known().type() == EntityType.LOCATION && isGivenName(all.get(m.start()).word())) {
                return true;
            }
            // ("Tisdale RCMP", "Taree RFS": a force's local unit named by its town is that unit, one body of
            // its own; the force's acronym alone elsewhere is the force)
            if (t[4] == 0 && t[2] == B_ORG && t[0] < m.start() && m.end() == t[1] && m.end() - m.start() == 1
                    && LOCAL_UNIT_ACRONYMS.contains(all.get(m.start()).word())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an alias match lies inside an English tagger's span that is a vehicle model: "a Tesla Model 3",
     * "a Volkswagen Golf" name a car, not the company.
     */
    private static boolean insideVehicleModel(AliasTable.Match m, List<int[]> tagged, List<Tokenizer.Token> all) {
        if (!VEHICLE_MAKES.contains(all.get(m.start()).word())) {
            return false;
        }
        for (int[] t : tagged) {
            if (t[4] == 0 && t[0] == m.start() && m.end() < t[1] && vehicleModel(all, t[3], t[0], t[1])) {
                return true;
            }
        }
        return false;
    }

    /** How many words a vehicle model may take after its make: "Ford F-150 Lightning". */
    private static final int MAX_MODEL_WORDS = 3;

    /**
     * Whether words [start, end) are a car make and its model, "Toyota Tercel", "Nissan Altima": a make
     * of {@code vehicle-makes.txt} and one to three more words, none a company word ("Toyota Motor
     * Corp" is the company), after a lower-case word, a possessive or a model year ("a", "silver", "the
     * woman's", "1995"),
     * as models stand in running text; a name at a sentence start is left to the tagger.
     */
    private static boolean vehicleModel(List<Tokenizer.Token> all, int sentenceStart, int start, int end) {
        if (end - start < 2 || end - start > MAX_MODEL_WORDS + 1 || start <= sentenceStart
                || !VEHICLE_MAKES.contains(all.get(start).word())) {
            return false;
        }
        String before = all.get(start - 1).word();
        if (!(Character.isLowerCase(before.codePointAt(0)) || before.equals("'s") || before.equals("\u2019s")
                || modelYear(before))) {
            return false;
        }
        for (int k = start + 1; k < end; k++) {
            String w = all.get(k).word();
            if (orgHead(all, k) || w.equals("Motor") || w.equals("Group") || w.equals("Foundation")) {
                return false;
            }
        }
        return true;
    }

    /** A model year before a make, "a 1995 Toyota Tercel": four digits from 1900 to 2099. */
    private static boolean modelYear(String w) {
        if (w.length() != 4 || !(w.startsWith("19") || w.startsWith("20"))) {
            return false;
        }
        for (int i = 2; i < 4; i++) {
            if (w.charAt(i) < '0' || w.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** Words that join the capitalised words of one organisation's name: "Ministry of Health and Family Welfare". */
    private static final Set<String> ORG_CONNECTORS = WordSet.of("of", "for", "and", "the", "&");
    /** Capitalised words in brackets that are no organisation's short name: times, units, currencies. */
    private static final Set<String> NOT_ACRONYMS = io.newswire.enrich.text.WordList.load(EntitiesEnricher.class,
            "not-acronyms.txt");
    /** The tagger's B- labels (indexes into {@link NerTrainer#labels}); an I- label is its B- label plus one. */
    private static final int B_PER = NerTrainer.labels().indexOf("B-PER");
    private static final int B_ORG = NerTrainer.labels().indexOf("B-ORG");
    private static final int B_LOC = NerTrainer.labels().indexOf("B-LOC");
    /** The longest run of words an organisation's name may take after "of" or "for", or before its head word. */
    private static final int MAX_ORG_TAIL = 8;

    /**
     * Organisation names the English tagger cut short or missed, from the forms wire copy writes them
     * in; changes the labels of one sentence in place (B-/I- indexes of {@code NerFeatures}):
     * <ul>
     * <li>a short name in brackets is an organisation, and so are the capitalised words before it whose
     * initials it spells ("the Pakistan Tehreek-e-Insaf (PTI)", "(AP)"); a place when the gazetteer
     * knows the long form ("United Arab Emirates (UAE)");</li>
     * <li>capitalised words no span covers that end in an organisation's head word ("Federal Board of
     * Revenue", "Public Service Department");</li>
     * <li>a span followed by head words joins them ("Uttar Pradesh" + "Police", "African Union" +
     * "Commission"), and a span ending in a head word takes "of"/"for" and the capitalised words
     * after it ("Central Bank" + "of the Republic of Türkiye", "Group" + "for the Support of Islam
     * and Muslims");</li>
     * <li>"Jammu" "and" "Kashmir": two places joined by "and" are one when the gazetteer knows the whole.</li>
     * </ul>
     * One pass per rule over the sentence, set lookups only for capitalised words; nothing is
     * allocated unless a rule fires.
     */
    private void organisations(List<Tokenizer.Token> s, int[] labels, int[] cls, int base) {
        int n = labels.length;
        for (int i = 1; i + 1 < n; i++) {
            String w = s.get(i).word();
            if (possessiveInName(s, i)) {
                // "State Prosecutor's Office", "Republican People's Party", "Jefferson County Sheriff's
                // Office": one name around the possessive
                int end = possessiveHead(s, i);
                if (labels[end] != B_PER && labels[end] != B_PER + 1) {
                    int from = i - 1;
                    while (from > 0 && i - from < MAX_ORG_TAIL && capitalised(s.get(from - 1).word())
                            && !DETERMINERS.contains(s.get(from - 1).word()) && labels[from - 1] != B_PER + 1
                            && labels[from - 1] != B_PER) {
                        from--;
                    }
                    if (labels[from] % 2 == 0 && labels[from] != 0) { // inside a longer span: start it there
                        while (from > 0 && labels[from] % 2 == 0 && labels[from] != 0) {
                            from--;
                        }
                    }
                    setSpan(labels, from, end + 1, B_ORG);
                    i = end;
                }
            } else if ((cls[base + i] & WordBits.LOWER_CASE_HEAD) != 0 && (cls[base + i - 1] & WordBits.CAP) != 0) {
                // "the Sinaloa cartel": a cartel is named by its place or founder in lower case; "the
                // Mexican cartels" name none
                int from = i - 1;
                while (from > 0 && i - from < NeutralPlaces.MAX_WORDS && capitalised(s.get(from - 1).word())
                        && !DETERMINERS.contains(s.get(from - 1).word())) {
                    from--;
                }
                if (!demonym(s, from, i)) {
                    setSpan(labels, from, i + 1, B_ORG);
                }
            }
        }
        for (int i = 1; i + 1 < n; i++) {
            if (s.get(i - 1).word().equals("(") && s.get(i + 1).word().equals(")")
                    && NOT_ACRONYMS.contains(s.get(i).word()) && labels[i] % 2 == 1) {
                labels[i] = 0; // "(GMT)", "(USD)": a time zone or a currency, not an organisation
            } else if (s.get(i - 1).word().equals("(") && s.get(i + 1).word().equals(")")
                    && (acronym(s.get(i).word()) || dottedAcronym(s.get(i).word()))) {
                int from = longForm(s, i - 1, s.get(i).word());
                boolean place = from >= 0 ? NeutralPlaces.isPlace(gazetteer, s, from, i - 1)
                        : NeutralPlaces.isPlace(gazetteer, s, i, i + 1);
                setSpan(labels, i, i + 1, place ? B_LOC : B_ORG);
                if (from >= 0) {
                    setSpan(labels, from, i - 1, place ? B_LOC : B_ORG);
                }
            } else if (i >= 3 && s.get(i - 1).word().equals("(") && s.get(i + 1).word().equals(")")
                    && (labels[i - 2] == B_ORG || labels[i - 2] == B_ORG + 1
                    || labels[i - 2] == 0 && orgHead(s, i - 2, cls, base) && labels[i - 3] == 0
                    && (cls[base + i - 3] & (WordBits.CAP | WordBits.DETERMINER)) == WordBits.CAP)
                    && mixedCaseAcronym(s.get(i).word()) && (cls[base + i] & WordBits.COMPANY) == 0) {
                // "Rapid Action Battalion (Rab)", "Eastern Sabah Security Command (Esscom)": the body and its
                // short form written in lower case are two names, which the tagger runs into one; the body's
                // name may be untyped yet, capitalised words ending in a head word ("X Advocacy Network (Jatam)")
                int from = i - 2;
                if (labels[from] == 0) {
                    while (from > 0 && i - 2 - from < MAX_ORG_TAIL && labels[from - 1] == 0
                            && (cls[base + from - 1] & (WordBits.CAP | WordBits.DETERMINER)) == WordBits.CAP) {
                        from--;
                    }
                }
                while (from > 0 && labels[from] == B_ORG + 1) {
                    from--;
                }
                if (!shortFormAfter(s, from, i - 1, cls, base)) {
                    continue;
                }
                labels[i - 1] = 0;
                labels[i + 1] = 0;
                setSpan(labels, from, i - 1, B_ORG);
                setSpan(labels, i, i + 1, B_ORG);
            }
        }
        for (int i = 0; i < n; i++) {
            if (labels[i] != 0 || (cls[base + i] & (WordBits.CAP | WordBits.DETERMINER)) != WordBits.CAP
                    || Titles.isTitleWord(s.get(i).word())) {
                continue;
            }
            int head = -1;
            int j = i;
            while (j < n && j - i < MAX_ORG_TAIL && labels[j] == 0 && ((cls[base + j] & WordBits.CAP) != 0
                    || (cls[base + j] & WordBits.CONNECTOR) != 0 && j + 1 < n && (cls[base + j + 1] & WordBits.CAP) != 0)) {
                if (orgHead(s, j, cls, base)) {
                    head = j;
                }
                j++;
            }
            if (head > i) {
                setSpan(labels, i, head + 1, B_ORG);
            } else if (head < 0 && j - i >= 2 && (cls[base + j - 1] & WordBits.FEATURE_WORD) != 0
                    && (j == n || (cls[base + j] & WordBits.CAP) == 0) && i > 0 && s.get(i - 1).word().equalsIgnoreCase("the")) {
                setSpan(labels, i, j, B_LOC); // "the Mombasa-Nairobi Railway", "the Lower Kafue Dam": a named feature
            }
            i = j;
        }
        for (int i = 0; i < n; i++) {
            if (labels[i] % 2 != 1) {
                continue;
            }
            int end = spanEnd(labels, i);
            int type = labels[i];
            if (type != B_PER && end < n && TITLE_QUALIFIERS.contains(s.get(end - 1).word())
                    && Titles.isTitleWord(s.get(end).word())) {
                // "House Minority" + "Leader", "Senate Majority" + "Leader": the start of a title, no name
                java.util.Arrays.fill(labels, i, end, 0);
                i = end - 1;
                continue;
            }
            if (type == B_LOC && end < n && (labels[end] == B_ORG || labels[end] == B_PER)) {
                // "Niger" + "Delta Development Commission": a place the tagger cut off a body's name
                // ("Shandong" + "Hengli Machinery Co.": the rest of a company's name it took for a person)
                int e2 = end + 1;
                while (e2 < n && labels[e2] == labels[end] + 1) {
                    e2++;
                }
                if (orgHead(s, e2 - 1, cls, base) || labels[end] == B_ORG && headBeforeOfIn(s, end, e2, cls, base)) {
                    end = e2; // ("Abu Dhabi" + "Department of Energy": a body named by its head, "of" and its field)
                    type = B_ORG;
                }
            }
            if (end < n && labels[end] == 0 && givenNameSyllables(s.get(end).word(), tagger)) {
                end++; // "Park" + "Ji-hoon": a Korean given name the tagger left out of the name
            }
            // "Uttar Pradesh" + "Police", "African Union" + "Commission"
            while (end < n && (labels[end] == 0 || labels[end] == B_ORG) && orgHead(s, end, cls, base)
                    && !(type == B_PER && COUNSEL_SUFFIXES.contains(s.get(end).word()))) { // ("Niamh Moran" + "SC")
                end++;
                type = B_ORG;
            }
            if (orgHead(s, end - 1, cls, base) && end + 1 < n
                    && (s.get(end).word().equals("of") || s.get(end).word().equals("for"))) {
                int k = end + 1;
                if (s.get(k).word().equals("the") && k + 1 < n) {
                    k++;
                }
                int last = -1;
                while (k < n && k - end <= MAX_ORG_TAIL && labels[k] != B_PER && labels[k] != B_PER + 1
                        && (capitalised(s.get(k).word()) || ORG_CONNECTORS.contains(s.get(k).word()))) {
                    if (capitalised(s.get(k).word())) {
                        last = k;
                    }
                    k++;
                }
                if (last > end) {
                    end = last + 1;
                    type = B_ORG;
                }
            }
            if ((type == B_ORG || orgHead(s, end - 1, cls, base)) && end + 1 < n && s.get(end).word().equals(",")
                    && LEGAL_FORMS_AFTER_COMMA.contains(s.get(end + 1).word())) {
                end += 2; // "Zhejiang Ronghua New Energy Co., Ltd.", "Acme Holdings, Inc."
                type = B_ORG;
            }
            if (type == B_ORG && end + 2 < n && s.get(end).word().equals("(") && s.get(end + 2).word().equals(")")
                    && capitalised(s.get(end + 1).word()) && !acronym(s.get(end + 1).word())
                    && !allCaps(s.get(end + 1).word()) && !NOT_ACRONYMS.contains(s.get(end + 1).word())
                    && !NeutralPlaces.isPlace(gazetteer, s, end + 1, end + 2)
                    && !(mixedCaseAcronym(s.get(end + 1).word()) && shortFormAfter(s, i, end, cls, base))) {
                if (bracketedShortForm(s, i, end)) {
                    // "African Export-Import Bank (Afreximbank)", "Malaysian Meteorological Department
                    // (MetMalaysia)": the body's short form, a name of its own, no qualifier
                    setSpan(labels, end + 1, end + 2, B_ORG);
                } else {
                    end += 3; // "Communist Party of India (Marxist)": a qualifier in brackets is part of the name
                }
            }
            int from = i;
            if (type == B_ORG && i > 0 && labels[i - 1] == 0 && ordinal(s.get(i - 1).word())) {
                from = i - 1; // "9th U.S. Circuit Court of Appeals"
            }
            if (type == B_LOC && end + 2 < n && s.get(end).word().equals("and")) {
                // "Jammu and Kashmir", "Sistan and Baluchestan"
                for (int m = Math.min(n, end + 4); m > end + 1; m--) {
                    // (name words only after "and": the gazetteer's key skips a comma, so "Lyon and Paris, capital"
                    // would read as the region "Capital")
                    if (onlyCapitalised(s, end + 1, m) && NeutralPlaces.isPlace(gazetteer, s, i, m)) {
                        end = m;
                        break;
                    }
                }
            }
            if (from < i || end > i + 1 && (type != labels[i] || labels[end - 1] != labels[i] + 1)) {
                setSpan(labels, from, end, type);
            }
            i = end - 1;
        }
        streets(s, labels, cls, base);
    }

    /**
     * "between Paris and Kunming", "in Lagos or Ibadan": one capitalised word the tagger left untyped right after a
     * place and "and" or "or", before a word without a capital or the sentence's end, is a place like its
     * neighbour when the gazetteer knows it as a country, region or town of 100,000 people and it is no English
     * given name. The tagger, reading word shapes, misses towns it never saw. One gazetteer lookup per such word.
     */
    private void townsAfterPlaceAndAnd(List<Tokenizer.Token> s, int[] labels, int[] cls, int base) {
        int n = labels.length;
        for (int i = 2; i < n; i++) {
            if (labels[i] != 0 || (labels[i - 2] != B_LOC && labels[i - 2] != B_LOC + 1)
                    || (cls[base + i] & (WordBits.CAP | WordBits.NAME)) != (WordBits.CAP | WordBits.NAME)
                    || i + 1 < n && (cls[base + i + 1] & WordBits.CAP) != 0) {
                continue;
            }
            String join = s.get(i - 1).word();
            if ((join.equals("and") || join.equals("or")) && !GIVEN_NAMES_EN.contains(s.get(i).word())
                    && NeutralPlaces.isPlace(gazetteer, s, i, i + 1)) {
                labels[i] = B_LOC;
            }
        }
    }

    /** Honorifics written with a point before a name, which the tokenizer splits off: "Hon. X". */
    private static final Set<String> POINTED_HONORIFICS = WordSet.of("Hon");

    /**
     * "Hon. Christopher Baluku": the parliamentary honorific of East and West African copy, with its point, names
     * nobody (the tagger reads "Hon" as a place or a name's first word). Only before the point and a capitalised
     * word: "Hon Hai" without a point is a company. One set lookup per token.
     */
    private static void pointedHonorifics(List<Tokenizer.Token> s, int[] labels) {
        int n = labels.length;
        for (int i = 0; i + 2 < n; i++) {
            if (POINTED_HONORIFICS.contains(s.get(i).word()) && s.get(i + 1).word().equals(".")
                    && capitalised(s.get(i + 2).word())) {
                labels[i] = 0;
                labels[i + 1] = 0;
                if (labels[i + 2] % 2 == 0 && labels[i + 2] != 0) {
                    labels[i + 2]--; // an I- label becomes its B- label: the name opens after the point
                }
            }
        }
    }

    /** Letters after a barrister's name ({@code counsel-suffixes.txt}): "X SC", "X KC", "X SAN". */
    private static final Set<String> COUNSEL_SUFFIXES = io.newswire.enrich.text.WordList.load(EntitiesEnricher.class,
            "counsel-suffixes.txt");
    /** Of {@link #COUNSEL_SUFFIXES}, those that stand for nothing else ("SC" may be a Supreme Court, "SAN" a word). */
    private static final Set<String> COUNSEL_ONLY = WordSet.of("QC", "KC");
    /** Of {@link #COUNSEL_SUFFIXES}, the one that also ends clubs' names ("Al Ahly SC"). */
    private static final String CLUB_OR_COUNSEL = "SC";
    /** Lower-case words of court copy that make a name's "SC" a senior counsel's. */
    private static final Set<String> COURT_WORDS = WordSet.of("counsel", "court", "judge", "barrister", "barristers",
            "lawyer", "lawyers", "tribunal");

    /**
     * A senior counsel's letters after the name ("Niamh Moran SC", "John Hale KC", "Wole Ade SAN") are a title, not
     * part of the name, and no body's head: the tagger's PERSON span that ends in one loses it (else the
     * surname's later mentions would be "QC"). "SC" also ends clubs' names, so it is read so only in a span of
     * three words or more after an English given name or in a sentence of court copy. Runs per PERSON span: one
     * lookup of its last word.
     */
    private void counselSuffixes(List<Tokenizer.Token> s, int[] labels) {
        int n = labels.length;
        for (int i = 0; i < n; i++) {
            if (labels[i] != B_PER) {
                continue;
            }
            int end = spanEnd(labels, i);
            String last = s.get(end - 1).word();
            if ((end - i >= 3 || end - i == 2 && !last.equals(CLUB_OR_COUNSEL)) && COUNSEL_SUFFIXES.contains(last)
                    && capitalised(s.get(end - 2).word())
                    && (!last.equals(CLUB_OR_COUNSEL) || GIVEN_NAMES_EN.contains(s.get(i).word()) || courtCopy(s))) {
                labels[end - 1] = 0;
            }
            i = end - 1;
        }
    }

    /** Whether the sentence holds a word of court copy ({@link #COURT_WORDS}). */
    private static boolean courtCopy(List<Tokenizer.Token> s) {
        for (Tokenizer.Token t : s) {
            if (COURT_WORDS.contains(t.word().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Lower-case words inside places' names ({@code place-particles.txt}) the gazetteer is asked across: "Dar es Salaam". */
    private static final Set<String> GAZETTEER_PARTICLES = io.newswire.enrich.text.WordList.load(EntitiesEnricher.class,
            "place-particles.txt");
    /** Most words of a place's name with particles the gazetteer is asked for: "Frankfurt am Main", "Ras al Khaimah". */
    private static final int MAX_PARTICLE_PLACE = 5;

    /**
     * A place whose name holds a lower-case particle ("Dar es Salaam", "San Jose del Monte", "Valle del Cauca"):
     * the tagger, which saw few such names, cuts it at the particle into pieces of any type ("Dar" a place,
     * "Salaam Port" a body). Where the gazetteer knows the whole run as a country, region or town, it is one
     * LOCATION, together with the words a tagger's span ran on with after it ("Dar es Salaam Port"), or one
     * ORGANIZATION when those end in a body's head word, the tagger's span that ran on was a body's, or a body's
     * span held the place ("University of Dar es Salaam"). One set lookup per capitalised word before a lower-case word; the gazetteer only after a particle.
     */
    private void placesWithParticles(List<Tokenizer.Token> s, int[] labels, int base) {
        int n = labels.length;
        for (int i = 0; i + 2 < n; i++) {
            if (!capitalised(s.get(i).word()) || !GAZETTEER_PARTICLES.contains(s.get(i + 1).word())
                    && !(i + 3 < n && capitalised(s.get(i + 1).word()) && GAZETTEER_PARTICLES.contains(s.get(i + 2).word()))) {
                continue; // ("San Jose del Monte": the particle may stand second or third)
            }
            int m = Math.min(n, i + MAX_PARTICLE_PLACE);
            for (; m >= i + 3; m--) {
                if (capitalised(s.get(m - 1).word()) && onlyNameWordsOrParticles(s, i, m)
                        && NeutralPlaces.isPlace(gazetteer, s, i, m)) {
                    break;
                }
            }
            if (m < i + 3) {
                continue;
            }
            int e = m;
            while (e < n && labels[e] % 2 == 0 && labels[e] != 0) {
                e++; // the tagger's span went on: "Salaam" + "Port"
            }
            int from = i;
            if (labels[i] % 2 == 0 && labels[i] != 0) {
                while (from > 0 && labels[from] % 2 == 0 && labels[from] != 0) {
                    from--;
                }
            }
            boolean body = from < i ? labels[from] == B_ORG : e > m && (orgHead(s, e - 1) || labels[i] == B_ORG);
            if (from < i && !body) {
                from = i; // a person's or place's span that ran into the place: the place alone
            }
            setSpan(labels, from, e, body ? B_ORG : B_LOC);
            i = e - 1;
        }
    }

    /** Capitalised name words, with place particles between them: "Dar es Salaam". */
    private static boolean onlyNameWordsOrParticles(List<Tokenizer.Token> s, int start, int end) {
        for (int k = start; k < end; k++) {
            String w = s.get(k).word();
            if (!(capitalised(w) && namePart(w) || k > start && k + 1 < end && GAZETTEER_PARTICLES.contains(w))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the one word in brackets after the body {@code [from, end)} is its short form rather than a qualifier
     * of its name: a word with a capital inside ("MetMalaysia", "NTF-Elcac") or one that opens with the first two
     * letters of the name's first word after "the" or a legal form ("Afreximbank" after "African Export-Import
     * Bank"; "Marxist" after "Communist Party of India" is a qualifier).
     */
    private static boolean bracketedShortForm(List<Tokenizer.Token> s, int from, int end) {
        String w = s.get(end + 1).word();
        if (innerCapital(w)) {
            return true;
        }
        int first = from;
        while (first + 1 < end && (s.get(first).word().equalsIgnoreCase("the") || LEADING_LEGAL_FORMS.contains(s.get(first).word()))) {
            first++;
        }
        String name = s.get(first).word();
        return w.length() >= 4 && name.length() >= 2
                && w.regionMatches(true, 0, name, 0, 2);
    }

    /** Whether an "of" inside {@code [from, end)} of a sentence follows a body's head word: "Department of Energy". */
    private static boolean headBeforeOfIn(List<Tokenizer.Token> s, int from, int end, int[] cls, int base) {
        for (int k = from + 1; k < end - 1; k++) {
            if (s.get(k).word().equals("of")) {
                return orgHead(s, k - 1, cls, base);
            }
        }
        return false;
    }

    /** Legal forms that follow a company's name after a comma: "Co., Ltd.", "Acme, Inc.". */
    private static final Set<String> LEGAL_FORMS_AFTER_COMMA = WordSet.of("Ltd", "Ltd.", "Limited", "Inc", "Inc.", "LLC",
            "Co.", "Corp", "Corp.", "PLC", "Plc");
    /** Legal forms that open a company's name: "PT Sumber Logam", "PJSC Rosneft". */
    private static final Set<String> LEADING_LEGAL_FORMS = WordSet.of("PT", "PJSC", "JSC", "OAO", "PAO", "OOO", "ZAO");

    /** "9th", "2nd", "21st": an ordinal in digits, as court circuits and army divisions are numbered. */
    private static boolean ordinal(String w) {
        int n = w.length();
        if (n < 3 || n > 5 || !Character.isDigit(w.charAt(0))) {
            return false;
        }
        for (int k = 0; k < n - 2; k++) {
            if (!Character.isDigit(w.charAt(k))) {
                return false;
            }
        }
        return w.endsWith("th") || w.endsWith("st") || w.endsWith("nd") || w.endsWith("rd");
    }

    /** What stands between a dateline and the first sentence: "GAZIANTEP - Rescuers pulled ...". */
    private static final Set<String> DATELINE_DASHES = WordSet.of("-", "\u2013", "\u2014", "--", ":");

    /**
     * Whether a capitalised word is the plural of a word the case lexicon writes in lower case:
     * "Rescuers", "Eyewitnesses" (the training text may lack the plural).
     */
    private static boolean pluralOfLowerCase(String word, NerTagger lex) {
        int n = word.length();
        if (n < 5 || word.charAt(n - 1) != 's' || !Character.isLowerCase(word.charAt(n - 2))) {
            return false;
        }
        return word.endsWith("nesses") || lex.usuallyLowerCase(word.substring(0, n - 1))
                || word.charAt(n - 2) == 'e' && lex.usuallyLowerCase(word.substring(0, n - 2));
    }

    /** How many capitalised words a road's name may have before its road word: "Hollister Pike Road". */
    private static final int MAX_STREET_NAME = 4;

    /**
     * Roads and streets are places, whatever the tagger said ("Simpson Road" ORGANIZATION, "Willow" +
     * "Creek Lane" PERSON): capitalised words ending in a road word of {@code street-words.txt} with no
     * capitalised word after it, and a numbered road ("Highway 61"). A road word inside an
     * organisation's name ("China Road and Bridge Corporation", "State Road Transport Corporation",
     * "Wall Street Journal") is left alone. A sentence's first word that English writes in lower case
     * ("On Elm Street") is no part of the name.
     */
    private void streets(List<Tokenizer.Token> s, int[] labels, int[] cls, int base) {
        int n = labels.length;
        for (int i = 0; i < n; i++) {
            int c = cls[base + i];
            if ((c & (WordBits.STREET | WordBits.NUMBERED_ROAD)) == 0) {
                continue; // neither a road word nor "Highway": one bit test
            }
            boolean numbered = (c & WordBits.NUMBERED_ROAD) != 0 && i + 1 < n
                    && Character.isDigit(s.get(i + 1).word().charAt(0));
            if (!numbered && (c & WordBits.STREET) == 0) {
                continue;
            }
            int end = numbered ? i + 2 : i + 1;
            if (!numbered && end < n && (capitalised(s.get(end).word()) && namePart(s.get(end).word())
                    || ORG_CONNECTORS.contains(s.get(end).word()) && orgAfter(s, end + 1))) {
                continue;
            }
            int from = i;
            while (from > 0 && i - from < MAX_STREET_NAME) {
                String before = s.get(from - 1).word();
                if (capitalised(before) && namePart(before) && !DETERMINERS.contains(before)
                        && !(from - 1 == 0 && tagger.usuallyLowerCase(before))) {
                    from--;
                } else if (from - 2 >= 0 && from < i && NAME_PARTICLES.contains(before)
                        && capitalised(s.get(from - 2).word()) && namePart(s.get(from - 2).word())) {
                    from -= 2; // "Fond du Lac Avenue", "Rue de la Paix": a particle inside the road's name
                } else {
                    break;
                }
            }
            if (from == i && !numbered) {
                continue; // "Road" alone names nothing
            }
            if ((labels[i] == B_PER || labels[i] == B_PER + 1) && !(from > 0 && (STREET_LEADS.contains(s.get(from - 1).word())
                    || Character.isDigit(s.get(from - 1).word().charAt(0))))) {
                continue; // "Nathan Lane said": a person's name may end in a road word; "on Willow Creek Lane" is a road
            }
            setSpan(labels, from, end, B_LOC);
            i = end - 1;
        }
    }

    /** Acronyms of services whose local units news names by place ({@code local-unit-acronyms.txt}): "Tisdale RCMP". */
    private static final Set<String> LOCAL_UNIT_ACRONYMS = io.newswire.enrich.text.WordList.load(
            EntitiesEnricher.class, "local-unit-acronyms.txt");
    /** Role nouns and demonyms glued before a name ({@code name-lead-words.txt}): "Resident", "Aucklander". */
    private static final Set<String> NAME_LEAD_WORDS = io.newswire.enrich.text.WordList.load(
            EntitiesEnricher.class, "name-lead-words.txt");
    /** Sentence-opening interjections ({@code sentence-start-interjections.txt}): "Thank God" names nobody. */
    private static final Set<String> INTERJECTIONS = io.newswire.enrich.text.WordList.load(
            EntitiesEnricher.class, "sentence-start-interjections.txt");
    /** Words that open a local place's name ({@code local-place-leads.txt}): "Jalan", "Taman", "Barangay". */
    private static final Set<String> LOCAL_PLACE_LEADS = io.newswire.enrich.text.WordList.load(
            EntitiesEnricher.class, "local-place-leads.txt");
    /** Words that end a local place's name ({@code local-place-tails.txt}): "Crescent", "Nagar", "Colony". */
    private static final Set<String> LOCAL_PLACE_TAILS = io.newswire.enrich.text.WordList.load(
            EntitiesEnricher.class, "local-place-tails.txt");
    /** Lower-case nouns after "the X" that make X a place ({@code local-place-nouns.txt}): "village", "market". */
    private static final Set<String> LOCAL_PLACE_NOUNS = io.newswire.enrich.text.WordList.load(
            EntitiesEnricher.class, "local-place-nouns.txt");
    /** Words before a local place's tail that place it: a PERSON span needs one of these ("in Rajak Nagar"). */
    private static final Set<String> TAIL_LEADS_FOR_PERSON = WordSet.of("in", "at", "near", "on", "along", "off", "onto",
            "from", "across");
    /** Words before a local place's tail word "Way" that make it a road, not "United Way". */
    private static final Set<String> ROAD_PREPOSITIONS = WordSet.of("on", "along", "off", "onto", "near");
    /** How many capitalised words before a unit's acronym or a tail word may name the place. */
    private static final int MAX_LOCAL_NAME = 3;

    /**
     * Four forms of local copy the tagger reads as people (s31, issue 16), each found by one bit of
     * {@link WordBits} so the pass costs one test per token:
     * <ul>
     * <li>a service's local unit, capitalised words before an acronym of {@code local-unit-acronyms.txt}
     * ("Tisdale RCMP", "Pelican Narrows RCMP", "Glenbrook RFS"): one ORGANIZATION;</li>
     * <li>a role noun or demonym of {@code name-lead-words.txt} opening a PERSON span before another
     * capitalised word ("Resident Kellan Morrow", "Aucklander Wenlin Zhou"): cut from the name; an
     * interjection opening a sentence ("Thank God") and a gerund the training text writes in lower case
     * ("Losing Marigold") are no name's start;</li>
     * <li>a local place's lead word and the capitalised words after it ("Jalan Kuching", "Taman Permas
     * Jaya", "Barangay Tonsuya") and capitalised words ending in a tail word after a word that places
     * them ("on Groom Crescent", "in Rajak Nagar"): a LOCATION;</li>
     * <li>"the X village/market/settlement" where the tagger typed X a person or a body: a LOCATION.</li>
     * </ul>
     */
    private void localUnitsLeadsAndPlaces(List<Tokenizer.Token> s, int[] labels, int[] cls, int base) {
        int n = labels.length;
        int first = 0; // the sentence's first word, after an opening quote
        while (first < n && !Character.isLetterOrDigit(s.get(first).word().codePointAt(0))) {
            first++;
        }
        if (first + 1 < n && labels[first] % 2 == 1 && labels[first + 1] == labels[first] + 1) {
            String w = s.get(first).word();
            if (w.length() > 5 && w.endsWith("ing") && (cls[base + first] & (WordBits.TITLE | WordBits.NAME_LEAD)) == 0
                    && (tagger.usuallyLowerCase(w) || tagger.usuallyLowerCase(w.substring(0, w.length() - 3) + "e"))) {
                // (the verb's base form with "e" is how a rare gerund shows: "Losing" from "lose", "Taking"
                // from "take"; not the stem, as "Browning" and "Harding" are names on "brown" and "hard")
                labels[first + 1] = labels[first]; // "Losing Marigold is ...": the gerund is no part of a name
                labels[first] = 0;
            }
        }
        for (int i = 0; i < n; i++) {
            int c = cls[base + i];
            if ((c & (WordBits.LOCAL_PASS | WordBits.TITLE)) == 0) {
                continue; // one bit test per token
            }
            if ((c & WordBits.LOCAL_PASS) == 0) {
                i = rankBeforeName(s, labels, cls, base, i);
                continue;
            }
            if ((c & WordBits.LOCAL_UNIT) != 0) {
                int from = i;
                while (from > 0 && i - from < MAX_LOCAL_NAME
                        && (cls[base + from - 1] & (WordBits.CAP | WordBits.NAME | WordBits.DETERMINER
                        | WordBits.TITLE | WordBits.LOCAL_UNIT)) == (WordBits.CAP | WordBits.NAME)
                        && !(from - 1 == first && tagger.usuallyLowerCase(s.get(from - 1).word()))) {
                    from--;
                }
                if (from < i) {
                    setSpan(labels, from, i + 1, B_ORG); // "Pelican Narrows RCMP": the detachment
                }
                continue;
            }
            if ((c & WordBits.INTERJECTION) != 0 && i == first) {
                int at = labels[i] != 0 ? i : i + 1 < n && labels[i + 1] % 2 == 1 ? i + 1 : -1;
                if (at >= 0) {
                    clearSpan(labels, at, spanEnd(labels, at)); // "Thank God nobody was hurt"
                }
                continue;
            }
            if ((c & WordBits.NAME_LEAD) != 0 && (c & WordBits.CAP) != 0 && labels[i] == B_PER && i + 1 < n
                    && labels[i + 1] == B_PER + 1 && (cls[base + i + 1] & WordBits.CAP) != 0) {
                labels[i] = 0; // "Neighbour Alister Quayle lost his home": the neighbour is no part of the name
                labels[i + 1] = B_PER;
                continue;
            }
            if ((c & WordBits.PLACE_LEAD) != 0 && i + 1 < n
                    && (cls[base + i + 1] & (WordBits.CAP | WordBits.NAME)) == (WordBits.CAP | WordBits.NAME)
                    && !(labels[i] == B_ORG + 1)) {
                int end = i + 1;
                while (end < n && end - i <= MAX_LOCAL_NAME + 1 && (cls[base + end] & (WordBits.CAP | WordBits.NAME
                        | WordBits.TITLE | WordBits.LOCAL_UNIT)) == (WordBits.CAP | WordBits.NAME)) {
                    end++;
                }
                if (end < n && (cls[base + end] & WordBits.CAP) != 0) {
                    continue; // "Taman Scientex Police Station": a body named after the place
                }
                setSpan(labels, i, end, B_LOC); // "Taman Permas Jaya", "Barangay Tonsuya"
                i = end - 1;
                continue;
            }
            if ((c & WordBits.PLACE_TAIL) != 0 && (c & WordBits.CAP) != 0 && labels[i] != B_LOC + 1 && labels[i] != B_LOC
                    && !(i + 1 < n && (cls[base + i + 1] & (WordBits.CAP | WordBits.NAME)) == (WordBits.CAP | WordBits.NAME))) {
                int from = i;
                while (from > 0 && i - from < MAX_LOCAL_NAME
                        && (cls[base + from - 1] & (WordBits.CAP | WordBits.NAME | WordBits.DETERMINER))
                        == (WordBits.CAP | WordBits.NAME)) {
                    from--;
                }
                if (from == i || from == 0) {
                    continue;
                }
                String lead = s.get(from - 1).word();
                boolean person = labels[i] == B_PER || labels[i] == B_PER + 1;
                boolean placed = s.get(i).word().equals("Way") ? ROAD_PREPOSITIONS.contains(lead)
                        : person ? TAIL_LEADS_FOR_PERSON.contains(lead)
                        : TAIL_LEADS_FOR_PERSON.contains(lead) || lead.equals("of");
                if (placed) {
                    setSpan(labels, from, i + 1, B_LOC); // "on Groom Crescent", "in Rajak Nagar"
                }
                continue;
            }
            if ((c & WordBits.PLACE_NOUN) != 0 && i >= 2 && labels[i - 1] != 0 && labels[i - 1] != B_LOC
                    && labels[i - 1] != B_LOC + 1 && labels[i] == 0) {
                int from = i - 1;
                while (from > 0 && labels[from] % 2 == 0) {
                    from--;
                }
                boolean person = labels[from] == B_PER;
                if (from > 0 && s.get(from - 1).word().equalsIgnoreCase("the") && labels[from] % 2 == 1
                        && (person || !s.get(i).word().equals("community"))) {
                    boolean name = true;
                    for (int k = from; k < i && name; k++) {
                        name = !orgHead(s, k) && !allCaps(s.get(k).word())
                                && (cls[base + k] & WordBits.RELIGIOUS_GROUP) == 0;
                    }
                    if (name) {
                        setSpan(labels, from, i, B_LOC); // "the Kantamanto market", "the Sinbo village"
                    }
                }
            }
        }
    }

    /** How many capitalised words after a rank in capitals may make up the name. */
    private static final int MAX_RANKED_NAME = 4;

    /**
     * A police or civil-service rank in capitals before a name ("DSP Abdul Fatah Sangri", "DSP Tenge"):
     * the tagger cuts the name into pieces of different types, or reads the rank and name as a body.
     * Capitalised words after it, each typed and none a body's head word nor a place, are one PERSON,
     * and the rank is left outside for the title. Returns the index the caller's loop resumes from.
     */
    private static int rankBeforeName(List<Tokenizer.Token> s, int[] labels, int[] cls, int base, int i) {
        int n = labels.length;
        if (i + 1 >= n || !allCaps(s.get(i).word()) || labels[i] % 2 == 0 && labels[i] != 0) {
            return i; // not "DSP", or inside a longer span
        }
        int end = i + 1;
        boolean person = false;
        while (end < n && end - i <= MAX_RANKED_NAME && labels[end] != 0 && labels[end] != B_LOC
                && labels[end] != B_LOC + 1 && (cls[base + end] & (WordBits.CAP | WordBits.NAME | WordBits.TITLE
                | WordBits.DETERMINER | WordBits.ORG_HEAD | WordBits.COMPANY)) == (WordBits.CAP | WordBits.NAME)
                && !allCaps(s.get(end).word())) {
            person |= labels[end] == B_PER || labels[end] == B_PER + 1;
            end++;
        }
        if (end == i + 1 || end < n && capitalised(s.get(end).word()) || !person && labels[i] == 0) {
            return i;
        }
        labels[i] = 0;
        setSpan(labels, i + 1, end, B_PER);
        return end - 1;
    }

    /** The end of the span that starts at {@code at}. */
    private static int spanEnd(int[] labels, int at) {
        int end = at + 1;
        while (end < labels.length && labels[end] == labels[at] + 1) {
            end++;
        }
        return end;
    }

    /** Whether capitalised words from {@code k} on end in an organisation's head word ("Bridge Corporation"). */
    private static boolean orgAfter(List<Tokenizer.Token> s, int k) {
        for (int j = k; j < s.size() && j - k < MAX_ORG_TAIL; j++) {
            String w = s.get(j).word();
            if (orgHead(s, j)) {
                return true;
            }
            if (!capitalised(w) && !ORG_CONNECTORS.contains(w)) {
                return false;
            }
        }
        return false;
    }

    /** Lower-case last words of an organisation's name in wire copy: "the Sinaloa cartel". */
    private static final Set<String> LOWER_CASE_HEADS = WordSet.of("cartel");

    /** How many capitalised words may stand between a possessive and the head word of its organisation. */
    private static final int MAX_ORG_HEAD_AFTER_POSSESSIVE = 3;

    /**
     * Whether the possessive at {@code i} is inside an organisation's name: it follows a capitalised word
     * that English writes in lower case ("Prosecutor's", "People's"; not "Iran's") and capitalised words
     * ending in a head word follow it.
     */
    private boolean possessiveInName(List<Tokenizer.Token> s, int i) {
        String w = s.get(i).word();
        if (!(w.equals("'s") || w.equals("\u2019s")) || i == 0 || i + 1 >= s.size()) {
            return false;
        }
        String before = s.get(i - 1).word();
        if (!capitalised(before) || allCaps(before) || !capitalised(s.get(i + 1).word())
                || !possessiveOwner(before)) {
            return false;
        }
        return possessiveHead(s, i) >= 0;
    }

    /**
     * Whether a capitalised word before a possessive may stand inside an organisation's name: one English
     * writes in lower case ("Prosecutor's", "People's") or a title ("Sheriff's Office", "Attorney's
     * Office", "State's Attorney's Office"), not a place or a person ("Iran's").
     */
    private boolean possessiveOwner(String word) {
        return tagger.usuallyLowerCase(word) || Titles.isAnyTitleWord(word) || word.equals("State");
    }

    /**
     * The head word of the organisation a possessive at {@code i} stands in: the first head word among
     * the capitalised words after it, over a second possessive of a title ("State's Attorney's
     * Office"); -1 if there is none.
     */
    private int possessiveHead(List<Tokenizer.Token> s, int i) {
        for (int k = i + 1; k < s.size() && k - i <= MAX_ORG_HEAD_AFTER_POSSESSIVE + 1; k++) {
            String w = s.get(k).word();
            if ((w.equals("'s") || w.equals("\u2019s")) && k + 1 < s.size() && possessiveOwner(s.get(k - 1).word())) {
                continue;
            }
            if (!capitalised(w)) {
                return -1;
            }
            if (orgHead(s, k) || w.equals("Government") && k == i + 1) {
                return k; // ("People's Government": a government named by its people's possessive)
            }
        }
        return -1;
    }

    /** Whether words [from, end) are only a demonym the gazetteer knows ("Mexican", "Israeli"). */
    private boolean demonym(List<Tokenizer.Token> s, int from, int end) {
        if (end - from != 1) {
            return false;
        }
        int[] entries = gazetteer.lookup(s.get(from).word());
        for (int e : entries) {
            if (Gazetteer.kind(e) == Gazetteer.DEMONYM) {
                return true;
            }
        }
        return false;
    }

    /** Ranks of South Asian police and magistrates that name a post by its zone after them ({@code post-ranks.txt}). */
    private static final Set<String> POST_RANKS = io.newswire.enrich.text.WordList.load(EntitiesEnricher.class,
            "post-ranks.txt");
    /** Zones and wings of such a post ({@code post-zones.txt}): "East", "City", "Saddar", "Traffic". */
    private static final Set<String> POST_ZONES = io.newswire.enrich.text.WordList.load(EntitiesEnricher.class,
            "post-zones.txt");

    /** Whether tokens {@code at, at + 1} are a rank and its post's zone: "SSP East", "DSP Saddar", "DCP South". */
    private static boolean postByZone(List<Tokenizer.Token> s, int at) {
        return at + 1 < s.size() && POST_RANKS.contains(s.get(at).word()) && POST_ZONES.contains(s.get(at + 1).word());
    }

    /**
     * A rank of South Asian copy and its post's zone ("SSP East Rana Tariq", "SP City Imran Shah", "DSP Saddar
     * said"): the zone is the title's word, so the tagger's LOCATION "East" or a name that starts at "City" lose
     * it; the name after it starts a span of its own, and {@link #piece} puts rank and zone in the title. Only
     * at a capitalised title word (one bit test), then two set lookups.
     */
    private static void postsByZone(List<Tokenizer.Token> s, int[] labels, int[] cls, int base) {
        int n = s.size();
        for (int i = 0; i + 1 < n; i++) {
            if ((cls[base + i] & WordBits.TITLE) == 0 || !postByZone(s, i)) {
                continue;
            }
            labels[i] = 0;
            labels[i + 1] = 0;
            if (i + 2 < n && labels[i + 2] != 0 && labels[i + 2] % 2 == 0) {
                labels[i + 2]--; // the name's first word opens its span
            }
            i++;
        }
    }

    /** Labels tokens [from, end) one span of the type whose B- label is {@code b}; a span cut at its end starts anew. */
    private static void setSpan(int[] labels, int from, int end, int b) {
        labels[from] = b;
        for (int k = from + 1; k < end; k++) {
            labels[k] = b + 1;
        }
        if (end < labels.length && labels[end] != 0 && labels[end] % 2 == 0) {
            labels[end]--;
        }
    }

    /** Heads of parties and movements, whose bracketed word is a faction or a leader: "Congress (Sharad)". */
    private static final Set<String> PARTY_HEADS = WordSet.of("Party", "Congress", "League", "Front", "Movement",
            "Alliance", "Sena", "Dal");

    /**
     * Whether the word in brackets after the body's name s[from, bracket) is its short form, not a qualifier
     * of the name ("Communist Party of India (Marxist)"): it starts with the name's first letter ("Rapid
     * Action Battalion (Rab)"), or the name ends in a body's head other than a party's ("National Search
     * and Rescue Agency (Basarnas)").
     */
    private static boolean shortFormAfter(List<Tokenizer.Token> s, int from, int bracket, int[] cls, int base) {
        if (from < bracket - 1 && s.get(from).word().equals("the")) {
            from++;
        }
        if (from + 1 < bracket - 1 && LEADING_LEGAL_FORMS.contains(s.get(from).word())) {
            from++; // "PT Aneka Tambang (Antam)": the short form spells the name, not its legal form
        }
        String first = s.get(from).word();
        String word = s.get(bracket + 1).word();
        return from < bracket - 1 && (first.charAt(0) == word.charAt(0)
                || orgHead(s, bracket - 1, cls, base) && !PARTY_HEADS.contains(s.get(bracket - 1).word()));
    }

    /**
     * A short form written as a word ("Rab", "Esscom", "Basarnas"): a capital, then three to nine lower-case
     * letters, and not a word {@code not-acronyms.txt} lists. Read only in brackets after a body's name.
     */
    private static boolean mixedCaseAcronym(String w) {
        int n = w.length();
        return n >= 3 && n <= 10 && Character.isUpperCase(w.charAt(0)) && !NOT_ACRONYMS.contains(w)
                && charsIn(w, 1, 'a', 'z');
    }

    /** Whether every character of {@code w} from {@code from} on is in {@code [lo, hi]}. */
    private static boolean charsIn(String w, int from, char lo, char hi) {
        for (int k = from, n = w.length(); k < n; k++) {
            char c = w.charAt(k);
            if (c < lo || c > hi) {
                return false;
            }
        }
        return true;
    }

    /** "PTI", "MACC", "PML-N": two to eight letters, digits or hyphens, at least two capitals, no Roman numeral. */
    private static boolean acronym(String w) {
        if (w.length() < 2 || w.length() > 8 || !Character.isUpperCase(w.charAt(0)) || NOT_ACRONYMS.contains(w)) {
            return false;
        }
        int capitals = 0;
        boolean roman = true;
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            if (Character.isUpperCase(c)) {
                capitals++;
            } else if (!Character.isLetterOrDigit(c) && c != '-' && c != '&') {
                return false;
            }
            roman &= "IVXLCDM".indexOf(c) >= 0;
        }
        return capitals >= 2 && !roman;
    }

    /** An acronym written with full stops, three letters or more: "E.P.C.", "M.W.C.S.D." (not "U.S."). */
    private static boolean dottedAcronym(String w) {
        if (w.length() < 6 || w.length() > 16 || w.length() % 2 != 0) {
            return false;
        }
        for (int k = 0; k < w.length(); k += 2) {
            if (!Character.isUpperCase(w.charAt(k)) || w.charAt(k + 1) != '.') {
                return false;
            }
        }
        return true;
    }

    /**
     * Where the long form of {@code acronym} starts, ending just before the bracket at {@code bracket}:
     * the longest run of capitalised words (and "of", "for", "and", "the" between them) whose capital
     * initials, hyphenated parts included, spell the acronym's capitals; -1 if none does.
     */
    private static int longForm(List<Tokenizer.Token> s, int bracket, String acronym) {
        StringBuilder want = new StringBuilder(acronym.length());
        for (int k = 0; k < acronym.length(); k++) {
            if (Character.isUpperCase(acronym.charAt(k))) {
                want.append(acronym.charAt(k));
            }
        }
        int need = want.length();
        int found = -1;
        int matched = 0; // initials matched from the right
        for (int k = bracket - 1; k >= 0 && bracket - k <= MAX_ORG_TAIL; k--) {
            String w = s.get(k).word();
            if (!capitalised(w)) {
                if (ORG_CONNECTORS.contains(w) && k > 0) {
                    continue;
                }
                break;
            }
            // the capitals of the word's hyphenated parts, right to left: "Tehreek-e-Insaf" gives I, T
            for (int c = w.length() - 1; c >= 0; c--) {
                if (Character.isUpperCase(w.charAt(c)) && (c == 0 || w.charAt(c - 1) == '-')) {
                    if (matched == need || want.charAt(need - 1 - matched) != w.charAt(c)) {
                        return -1;
                    }
                    matched++;
                }
            }
            if (matched == need) {
                found = k;
                break;
            }
        }
        return found >= 0 && !DETERMINERS.contains(s.get(found).word()) ? found : -1;
    }

    /**
     * "Eyewitness accounts said", "Motorcycling groups": a lone word at a sentence start, before a
     * lower-case word, that ends like an English common noun ({@link #NOUN_SUFFIXES}) is no name,
     * unless a full name in the article ends in it ("Manning said" after "Jo Manning").
     */
    private void dropSentenceInitialNouns(List<Tokenizer.Token> all, List<List<Tokenizer.Token>> sentences,
            List<Cand> cands) {
        Set<String> lastWords = null;
        int base = 0;
        for (List<Tokenizer.Token> sentence : sentences) {
            int at = base;
            base += sentence.size();
            if (at + 1 >= base || !Character.isLowerCase(all.get(at + 1).word().codePointAt(0))
                    || !nounSuffix(all.get(at).word())) {
                continue;
            }
            for (int c = 0; c < cands.size(); c++) {
                Cand cand = cands.get(c);
                if (cand.start() != at || cand.end() != at + 1 || cand.known() != null
                        || cand.type() == EntityType.LOCATION) {
                    continue;
                }
                if (lastWords == null) {
                    lastWords = new HashSet<>();
                    for (Cand other : cands) {
                        if (other.end() - other.start() > 1) {
                            lastWords.add(all.get(other.end() - 1).word());
                        }
                    }
                }
                if (!lastWords.contains(all.get(at).word())) {
                    cands.remove(c);
                }
                break;
            }
        }
    }

    /** Fewest letters of a sentence-initial participle read without the tagger's lexicon: "Neighbouring". */
    private static final int MIN_PARTICIPLE = 8;

    /**
     * "Neighbouring Uganda has reported cases", "Landlocked Malawi imports fuel" (s45): a person of two words at a
     * sentence's start whose first word is an adjective English writes in lower case (a participle, "-ing" or
     * "-ed", or a hyphenated compound, not a given name or a title) and whose second word is a place the gazetteer
     * knows is that place, LOCATION, without the adjective.
     */
    private void placesAfterSentenceInitialAdjectives(String read, List<Tokenizer.Token> all,
            List<List<Tokenizer.Token>> sentences, List<Cand> cands) {
        int base = 0;
        for (List<Tokenizer.Token> sentence : sentences) {
            int at = base;
            base += sentence.size();
            if (at + 2 > base) {
                continue;
            }
            String first = all.get(at).word();
            boolean ing = first.endsWith("ing");
            // (the tagger's lexicon has "neighboring" in lower case, not the British "Neighbouring")
            if (!(ing || first.endsWith("ed") || first.indexOf('-') > 0)
                    || !(tagger.usuallyLowerCase(first) || ing && first.length() >= MIN_PARTICIPLE)
                    || isGivenName(first) || Titles.isAnyTitleWord(first)) {
                continue;
            }
            for (int c = 0; c < cands.size(); c++) {
                Cand cand = cands.get(c);
                if (cand.start() == at && cand.end() == at + 2 && cand.known() == null
                        && cand.type() == EntityType.PERSON && cand.title() == null
                        && NeutralPlaces.isPlace(gazetteer, all, at + 1, at + 2)) {
                    cands.set(c, cand(read, all, EntityType.LOCATION, at + 1, at + 2, null, null));
                    break;
                }
            }
        }
    }

    /**
     * One article, one reading: a name the tagger found once is found wherever else it stands
     * untagged in the article ("Bajwa visited Tehran" at the start of a sentence), and so is the last
     * name of a person found in full. A mention typed by its role in its own sentence ({@code byRole}) is not
     * carried to the others. Nor is a place carried to a word of {@code nameBefore} (see {@link #nameBefore}): that
     * is a longer name the neutral path left whole on purpose ("Cristoforo Colombo", "Kanye West", "Whitney
     * Houston", "Rugby Roma"); unless a date follows, a byline before a dateline ("EFE - Cantabria Barcelona , 23
     * may").
     */
    private static void propagate(String read, List<Tokenizer.Token> all, List<Cand> cands, int[] cls, BitSet byRole,
            BitSet nameBefore) {
        boolean[] covered = new boolean[all.size()];
        Map<String, List<Cand>> byFirstWord = new HashMap<>();
        for (Cand c : cands) {
            for (int k = c.start(); k < c.end(); k++) {
                covered[k] = true;
            }
            if (c.known() == null && !byRole.get(c.start())) {
                byFirstWord.computeIfAbsent(all.get(c.start()).word(), w -> new ArrayList<>()).add(c);
                if (c.type() == EntityType.PERSON && c.end() - c.start() > 1) {
                    // the surname alone names the person again; a Korean name ("Park Soo-min") puts it first
                    int surname = syllablePair(all.get(c.end() - 1).word()) ? c.start() : c.end() - 1;
                    byFirstWord.computeIfAbsent(all.get(surname).word(), w -> new ArrayList<>())
                            .add(new Cand(EntityType.PERSON, surname, surname + 1, 0, 0, "", null, null));
                }
            }
        }
        List<Cand> found = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (covered[i] || (cls[i] & WordBits.CAP) == 0) {
                continue; // a capital first, then the lookup
            }
            List<Cand> seen = byFirstWord.get(all.get(i).word());
            if (seen == null) {
                continue;
            }
            for (Cand c : seen) {
                int len = c.end() - c.start();
                if (i + len > all.size() || (i + len < all.size() && !covered[i + len]
                        && Character.isUpperCase(all.get(i + len).word().codePointAt(0)))) {
                    continue; // part of a longer name nobody tagged
                }
                if (c.type() == EntityType.LOCATION && nameBefore.get(i) && !covered[i - 1]
                        && !datelineAfter(all, i + len)) {
                    continue; // "Cristoforo Colombo" after "Colombo" the town: the end of a longer name
                }
                boolean same = true;
                for (int k = 0; k < len && same; k++) {
                    same = !covered[i + k] && all.get(i + k).word().equals(all.get(c.start() + k).word());
                }
                if (same) {
                    found.add(cand(read, all, c.type(), i, i + len, null, null));
                    for (int k = i; k < i + len; k++) {
                        covered[k] = true;
                    }
                    i += len - 1;
                    break;
                }
            }
        }
        cands.addAll(found);
    }

    /** {@code lex}: the tagger that found the span, whose case lexicon says which words are usually lower case. */
    private void piece(String read, List<Tokenizer.Token> all, boolean[] taken, List<int[]> tagged, int sentenceStart,
            int start, int end, EntityType type, List<Cand> cands, NerTagger lex, int[] cls) {
        int originalEnd = end;
        while (start < end && (!namePart(all.get(start).word()) || DETERMINERS.contains(all.get(start).word()))) {
            start++;
        }
        while (end > start && !namePart(all.get(end - 1).word())
                && !(end - start >= 4 && all.get(end - 1).word().equals(")") && all.get(end - 3).word().equals("("))
                && !(type == EntityType.ORGANIZATION && end - start >= 2 && LOWER_CASE_HEADS.contains(all.get(end - 1).word()))
                && !(type == EntityType.PERSON && end - start >= 2 && end == originalEnd && givenNameSyllables(all.get(end - 1).word(), lex))) {
            end--;
        }
        // "Joint Staff Committee General Omar Latif": a rank ending an organisation's span before a
        // name is the person's title, not the organisation's last word.
        while (type != EntityType.PERSON && end - start > 1 && end < all.size()
                && Titles.isTitleWord(all.get(end - 1).word()) && capitalised(all.get(end).word())
                && !titleAfterOf(all, start, end)
                && !(type == EntityType.LOCATION && PLACE_DIVISIONS.contains(all.get(end - 1).word()))) {
            end--;
        }
        if (type == EntityType.ORGANIZATION && lex != tagger && end - start >= 2 && lex == taggers.get("de")
                && orgDescriptor(all.get(start).word()) && !orgHead(all, start + 1)
                && !NeutralPlaces.isPlace(gazetteer, all, start + 1, end)) {
            start++; // "Großbank UBS": the description is no part of the name
        } else if (type == EntityType.ORGANIZATION && lex != tagger && end - start == 1 && lex == taggers.get("de")
                && orgDescriptor(all.get(start).word()) && end < all.size() && capitalised(all.get(end).word())) {
            return; // "Großbank" of "Großbank UBS" when the alias table has claimed "UBS": a description, no name
        }
        if (lex == tagger && type != EntityType.PERSON && end - start >= 2) {
            for (int k = start + 1; k < end; k++) {
                int len;
                if ((cls[k] & WordBits.TITLE) != 0 && (len = Titles.titleAt(all, k, all.size())) > 0
                        && k + len > end && k + len < all.size() && capitalised(all.get(k + len).word())) {
                    // "Sangamon County State" of "... State's Attorney Dan Wright": the span ran into a title
                    // that goes on past it ("Manhattan District" of "District Attorney X" likewise)
                    end = k;
                    break;
                }
            }
        }
        if (start >= end) {
            return;
        }
        if (lex == tagger && start - 2 >= sentenceStart && end + 1 < all.size() && all.get(start - 1).word().equals("(")
                && all.get(end).word().equals(")") && capitalised(all.get(end + 1).word())
                && (orgHead(all, start - 2) || Titles.titleBefore(all.subList(sentenceStart, start - 1), start - 1 - sentenceStart) > 0)) {
            return; // "Superintendent of Police (Crime) Anjali Verma": the title's portfolio in brackets, no name
        }
        if (lex == tagger && rolesBeforeTitle(all, start, end, lex)
                && !(type == EntityType.LOCATION && PLACE_DIVISIONS.contains(all.get(end - 1).word()))) {
            return; // "Union Textiles" of "Union Textiles Minister ...": the title's words, no name
        }
        if (lex == tagger && type != EntityType.PERSON && end - start >= 2 && Titles.isAnyTitleWord(all.get(end - 1).word())
                && (end == all.size() || !capitalised(all.get(end).word()))) {
            int len = Titles.titleBefore(all.subList(start, end), end - start);
            int placeEnd = end - len;
            if (len > 0 && placeEnd > start && (all.get(placeEnd - 1).word().equals("County")
                    || NeutralPlaces.isPlace(gazetteer, all, start, placeEnd))) {
                // "The Jefferson County Sheriff said": a place and a title with no name after it
                addName(read, all, sentenceStart, EntityType.LOCATION, start, placeEnd, null, cands, lex, cls);
                return;
            }
        }
        if (lex == tagger && type != EntityType.PERSON && end - start >= 4 && start > sentenceStart
                && !all.get(start + 1).word().equals("of") // ("Governor General of <province>": a place follows)
                && Titles.isAnyTitleWord(all.get(start).word())
                && Titles.titleBefore(all.subList(sentenceStart, start + 1), start + 1 - sentenceStart) >= 2) {
            // "Union Minister of State for External Affairs Kavita Deshmane": "State" ends a title
            piece(read, all, taken, tagged, sentenceStart, start + 1, end, EntityType.PERSON, cands, lex, cls);
            return;
        }
        if (lex == tagger && type != EntityType.PERSON && end - start >= 2 && end - start <= 4 && start > sentenceStart
                && Titles.isAnyTitleWord(all.get(start - 1).word()) && !Titles.isAnyTitleWord(all.get(start).word())
                && onlyCapitalised(all, start, end) && !orgHead(all, end - 1)
                && Titles.titleBefore(all.subList(sentenceStart, start), start - sentenceStart) > 0
                && !NeutralPlaces.isPlace(gazetteer, all, start, end)) {
            type = EntityType.PERSON; // "Chief Deputy R.J. Tillman": a name just after a title is a person's
        }
        // "Iran's Foreign Ministry", "Ukraine's Odesa": a possessive parts a span in two names.
        for (int k = start + 1; k < end - 1; k++) {
            String w = all.get(k).word();
            if ((w.equals("'s") || w.equals("\u2019s")) && !(lex == tagger && possessiveInName(all, k)
                    && possessiveHead(all, k) < end) && !NeutralPlaces.isPlace(gazetteer, all, k - 1, k + 2)) {
                piece(read, all, taken, tagged, sentenceStart, start, k,
                        NeutralPlaces.isPlace(gazetteer, all, start, k) ? EntityType.LOCATION : type, cands, lex, cls);
                piece(read, all, taken, tagged, sentenceStart, k + 1, end, type, cands, lex, cls);
                return;
            }
        }
        // An organisation's head word or a division word inside a PERSON span, before two name words,
        // ends a body or a place that the tagger ran into the name: "Khorasan Razavi Province Yaqoub
        // Hashemi", "Interior Ministry Ahmad Rahimi".
        if (type == EntityType.PERSON) {
            for (int k = start + 1; k < end - 2; k++) {
                String w = all.get(k).word();
                boolean division = DIVISION_WORDS.contains(w);
                if ((division || orgHead(all, k)) && capitalised(all.get(k + 1).word()) && !orgHead(all, k + 1)) {
                    // (not "Sakura Motor" + "Co Ltd": a legal form after a company word goes on with the company)
                    if (division) {
                        addName(read, all, sentenceStart, EntityType.LOCATION, start, k, null, cands, lex, cls);
                    } else {
                        addName(read, all, sentenceStart, EntityType.ORGANIZATION, start, k + 1, null, cands, lex, cls);
                    }
                    start = k + 1;
                    break;
                }
            }
        }
        // A title inside a span parts it: "Islamic Revolution Ayatollah Ali Khamenei" is an
        // organisation and a person; "General Qamar Javed Bajwa", whatever the tagger's type, a person.
        int absorbed = -1; // where words that belong to a title start, "House Minority" of "House Minority Leader"
        // ("Jalan Tun Razak": a road named after a titled man keeps the title in its name)
        boolean localPlace = type == EntityType.LOCATION && (cls[start] & WordBits.PLACE_LEAD) != 0;
        for (int k = localPlace ? end : start; k < end; k++) {
            int len = Titles.titleAt(all, k, end);
            if (len > 0 && k + len < end && Character.isUpperCase(all.get(k + len).word().codePointAt(0))
                    && !orgHead(all, k + len) // ("General Organization for Customs Affairs": a body's head after a rank)
                    && (k > start || type == EntityType.PERSON || end - (k + len) >= 2)
                    && (type == EntityType.PERSON || !orgHead(all, end - 1) && (cls[end - 1] & WordBits.FEATURE_WORD) == 0)) {
                // ("Queen Elizabeth Bridge", "King Fahd Park": a feature named after a titled person)
                // ("General Statistics Office", "Chief Executive Office": an organisation's name that
                // ends in its head word is not parted by a title word inside it)
                boolean portfolioLead = lex == tagger && k > start && allRoleWords(all, start, k, lex);
                if (k > start && !onlyTitleWords(all, start, k) && !onlyRoleWords(all, start, k, lex) && !portfolioLead
                        && (type != EntityType.PERSON || NeutralPlaces.isPlace(gazetteer, all, start, k)
                        || ORG_HEADS.contains(all.get(k - 1).word()) || all.get(k - 1).word().equals("County"))) {
                    // no person's name stands before a title and another name: a place ("Tamil Nadu
                    // Chief Minister") or a body stays a name, anything else ("Senate Majority
                    // Leader") is part of the title
                    addName(read, all, sentenceStart, type == EntityType.PERSON && !NeutralPlaces.isPlace(gazetteer,
                            all, start, k) ? EntityType.ORGANIZATION : type, start, k, null, cands, lex, cls);
                } else if (k > start && (type == EntityType.PERSON || portfolioLead)) {
                    absorbed = start; // ("Union Textiles Minister ...": the portfolio, whatever the tagger's type)
                }
                type = EntityType.PERSON;
                start = k;
                break;
            }
        }
        if (lex == tagger && type == EntityType.PERSON) {
            for (int k = start + 2; k + 2 < end; k++) {
                String w = all.get(k).word();
                int len;
                if ((w.equals("and") || w.equals(",")) && (len = Titles.titleAt(all, k + 1, end)) > 0 && k + 1 + len < end
                        && capitalised(all.get(k - 1).word()) && !Titles.isAnyTitleWord(all.get(k - 1).word())) {
                    // "Flt Lt Ayesha Mirza and Sqn Ldr Owain Pryce": two titled people the tagger ran together
                    piece(read, all, taken, tagged, sentenceStart, start, k, type, cands, lex, cls);
                    piece(read, all, taken, tagged, sentenceStart, k + 1, end, type, cands, lex, cls);
                    return;
                }
            }
        }
        if (onlyTitleWords(all, start, end)) {
            return; // "Secretary", "Staff": a title is no name
        }
        if (type != EntityType.PERSON && lex == tagger && end - start >= 3 && portfolio(all, sentenceStart, start)
                && capitalised(all.get(start + 1).word())
                && !orgHead(all, end - 1) && !NeutralPlaces.isPlace(gazetteer, all, start, end)
                && !(type == EntityType.LOCATION && PLACE_DIVISIONS.contains(all.get(end - 1).word()))) {
            type = EntityType.PERSON; // "Secretary of State Raymond Ellery": "State" is the title's portfolio
        }
        if (type != EntityType.PERSON && roleStart(all, taken, sentenceStart, start) >= 0) {
            type = EntityType.PERSON; // "Secretary of <organisation> Ali Shamkhani"
        }
        if (type == EntityType.PERSON && lex == tagger && end - start > 2 && start > sentenceStart
                && !taken[start - 1] && Titles.isAnyTitleWord(all.get(start).word()) && Titles.titleBefore(all.subList(sentenceStart, start + 1), start + 1 - sentenceStart) > 1) {
            start++; // "District" + "Attorney Alvin Brook": a title that starts before the span ends in its first word
        }
        if (lex == tagger && type == EntityType.PERSON && (cls[end - 1] & WordBits.STREET) != 0 && end - start >= 2) {
            int len = Titles.titleBefore(all.subList(sentenceStart, start), start - sentenceStart);
            int inside = Titles.titleAt(all, start, end);
            // (a name word between the title and the street word: "Mr Lane" is a man)
            if (len > 0 && !taken[start - 1] && inside == 0 || inside > 0 && end - (start + inside) >= 2) {
                // "Lady Musgrave Road", "King Edward Street": a road named after a titled person, title and all
                addName(read, all, sentenceStart, EntityType.LOCATION, len > 0 && !taken[start - 1] ? start - len : start,
                        end, null, cands, lex, cls);
                return;
            }
        }
        if (lex == tagger && type == EntityType.PERSON && start - 2 >= sentenceStart && !taken[start - 1]
                && COMMON_GIVEN_NAMES_EN.contains(all.get(start - 1).word()) && !inSpan(tagged, start - 1)
                && Titles.titleBefore(all.subList(sentenceStart, start - 1), start - 1 - sentenceStart) > 0) {
            // (the set first: inSpan walks every tagged span)
            start--; // "Lawyer Mark Azzopardi Vella": a common given name the tagger left out between a title and a name
        }
        String title = null;
        if (type == EntityType.PERSON) {
            int nameStart = start;
            int roleWordsStart = -1;
            while (nameStart < end) {
                int len = Titles.titleAt(all, nameStart, end);
                if (len == 0 && end - nameStart > 2 && (lex.usuallyLowerCase(all.get(nameStart).word())
                        && !(lex == tagger && COMMON_GIVEN_NAMES_EN.contains(all.get(nameStart).word())
                        && capitalised(all.get(nameStart + 1).word()))
                        || lex != tagger && roleNoun(all.get(nameStart).word())
                        || nameStart == start && portfolio(all, sentenceStart, start)
                        || lex == tagger && roleWordsStart >= 0 && PORTFOLIO_LEADS.contains(all.get(nameStart).word()))) {
                    len = 1; // "Superintendent Carla Benning", "Commerce Adviser ...": a role word, not a name
                    if (roleWordsStart < 0) {
                        roleWordsStart = nameStart;
                    }
                }
                if (len == 0) {
                    break;
                }
                nameStart += len;
            }
            int titleStart = nameStart - Titles.titleBefore(all.subList(sentenceStart, nameStart),
                    nameStart - sentenceStart);
            int titleEnd = nameStart;
            if (lex == tagger && titleStart == nameStart) {
                // "Union Textiles Minister K Ramesh Varma": the initials join the name later, the title is before them
                int initials = nameStart;
                while (initials - 1 > sentenceStart && initial(all.get(initials - 1).word()) && !taken[initials - 1]) {
                    initials--;
                }
                int len = initials < nameStart ? Titles.titleBefore(all.subList(sentenceStart, initials),
                        initials - sentenceStart) : 0;
                if (len > 0) {
                    titleEnd = initials;
                    titleStart = initials - len;
                }
            }
            if (lex == tagger && titleStart == nameStart && nameStart - 2 >= sentenceStart && !taken[nameStart - 1]
                    && postByZone(all, nameStart - 2)) {
                // "SSP East Rana Tariq": the rank, anything titled before it ("Additional"), and the post's zone
                titleStart = nameStart - 1 - Titles.titleBefore(all.subList(sentenceStart, nameStart - 1),
                        nameStart - 1 - sentenceStart);
            }
            if (lex == tagger && titleStart == nameStart && nameStart > sentenceStart && !taken[nameStart - 1]) {
                int q = portfolioForAt(all, sentenceStart, nameStart);
                if (q > sentenceStart) {
                    // "Minister for Health, Family Welfare and Medical Education" + name: the title and its portfolio
                    titleStart = q - Titles.titleBefore(all.subList(sentenceStart, q), q - sentenceStart);
                    titleEnd = nameStart;
                }
            }
            if (lex == tagger && titleStart == nameStart && nameStart > sentenceStart && !taken[nameStart - 1]) {
                int q = portfolioOfAt(all, sentenceStart, nameStart);
                if (q > sentenceStart) {
                    // "Minister of Housing and Urban Development" + name: the title and its portfolio
                    titleStart = q - Titles.titleBefore(all.subList(sentenceStart, q), q - sentenceStart);
                    titleEnd = all.get(nameStart - 1).word().equals(",") ? nameStart - 1 : nameStart;
                }
            }
            while (titleStart < nameStart && taken[titleStart]) {
                titleStart++;
            }
            int role = roleStart(all, taken, sentenceStart, titleStart);
            if (role >= 0) {
                titleStart = role;
            }
            if (absorbed >= 0 && absorbed < titleStart) {
                titleStart = absorbed;
            }
            // "House Minority Leader Peter Lindahl", "Provincial Irrigation Minister Nadia Rauf": the
            // capitalised words just before a title that no other name holds are part of the title
            int leadEnd = titleStart;
            for (int k = 0; k < MAX_TITLE_LEAD && titleStart < nameStart && titleStart > sentenceStart
                    && !taken[titleStart - 1] && !inSpan(tagged, titleStart - 1)
                    && capitalised(all.get(titleStart - 1).word()) && namePart(all.get(titleStart - 1).word())
                    && !DETERMINERS.contains(all.get(titleStart - 1).word()); k++) {
                titleStart--;
            }
            if (lex == tagger && titleStart < leadEnd && !PORTFOLIO_LEADS.contains(all.get(titleStart).word())
                    && !lex.usuallyLowerCase(all.get(titleStart).word())
                    && NeutralPlaces.isPlace(gazetteer, all, titleStart, leadEnd)) {
                // "Sindh Minister for Energy ...": a province before the title is a place, not the title's words
                cands.add(cand(read, all, EntityType.LOCATION, titleStart, leadEnd, null, null));
                titleStart = leadEnd;
            }
            if (lex == tagger && roleWordsStart >= 0 && roleWordsStart < titleStart) {
                titleStart = roleWordsStart;
            }
            if (lex == tagger && titleStart < titleEnd) {
                titleStart = titleExtent(all, taken, sentenceStart, titleStart, lex);
                // "Hallam County Commissioner Lydia Prewitt": the county is a place of its own
                for (int c = titleEnd - 2; c > titleStart; c--) {
                    if (all.get(c).word().equals("County")) {
                        addName(read, all, sentenceStart, EntityType.LOCATION, titleStart, c + 1, null, cands, lex, cls);
                        titleStart = c + 1;
                        break;
                    }
                }
            }
            if (lex == tagger && titleEnd == nameStart && nameStart > sentenceStart) {
                int body = spanStartAt(tagged, nameStart - 1, nameStart);
                if (body >= 0 && body <= titleStart) {
                    // "Deputy Director of the Office of Inspector General Ronald Keefe": the words before the
                    // name are the body's own; the title is the one before "of the <body>"
                    int of = body - 2;
                    int len = of > sentenceStart && all.get(body - 1).word().equals("the") && all.get(of).word().equals("of")
                            ? Titles.titleBefore(all.subList(sentenceStart, of), of - sentenceStart) : 0;
                    titleStart = of - len;
                    titleEnd = len > 0 ? of : titleStart;
                }
            }
            for (int[] t : tagged) {
                if (lex == tagger && t[2] == B_LOC && t[0] <= titleStart && titleStart < t[1] && t[1] <= start) {
                    titleStart = t[1]; // "Free State" + "Premier": a title does not reach into a name before it
                }
            }
            if (titleEnd > titleStart) {
                title = read.substring(all.get(titleStart).start(), all.get(titleEnd - 1).end());
            }
            start = nameStart;
        }
        if (start < end) {
            addName(read, all, sentenceStart, type, start, end, title, cands, lex, cls);
        }
    }

    /**
     * Whether a hyphenated word ending a person's name is a given name of syllables ("Jin-woo", "Ji-hoon"),
     * not a compound adjective ("Iranian-made", "Kremlin-backed"): a short capitalised first part and a
     * short second part that the training text does not write as an English word.
     */
    private static boolean givenNameSyllables(String word, NerTagger lex) {
        int dash = word.indexOf('-');
        if (dash < 1 || dash > 4 || word.length() - dash - 1 < 2 || word.length() - dash - 1 > 5
                || word.indexOf('-', dash + 1) >= 0 || !Character.isUpperCase(word.codePointAt(0))) {
            return false;
        }
        String tail = word.substring(dash + 1);
        return !lex.usuallyLowerCase(tail);
    }

    /**
     * Whether the word at {@code at} is the portfolio of a title just before it, "Cabinet Secretary for
     * Devolution Grace Wanjiru", "Minister of Energy Ali Rahimi": after "for" or "of" after a title word.
     */
    private static boolean portfolio(List<Tokenizer.Token> all, int sentenceStart, int at) {
        if (at - 2 < sentenceStart) {
            return false;
        }
        // "for Devolution", and "for Roads and Transport": the portfolio's earlier words and "and"
        int p = at - 1;
        while (p - 2 >= sentenceStart && at - p <= MAX_PORTFOLIO_WORDS && (all.get(p).word().equals("and")
                || all.get(p).word().equals("&")) && capitalised(all.get(p - 1).word())) {
            p -= 2;
        }
        String before = all.get(p).word();
        return p - 1 >= sentenceStart && (before.equals("for") || before.equals("of"))
                && Titles.isTitleWord(all.get(p - 1).word()) && capitalised(all.get(p - 1).word());
    }

    /** Capitalised words of a title's portfolio that the case lexicon does not write in lower case. */
    private static final Set<String> PORTFOLIO_LEADS = WordSet.of("Union", "State", "Federal", "Cabinet", "Junior",
            "Affairs");
    /** Words that join a title's parts: "Commerce and Industry Minister", "Minister of State for ...". */
    private static final Set<String> TITLE_JOINERS = WordSet.of("and", "&", "of", "for");
    /** How many words a title may reach back over portfolio words and joiners. */
    private static final int MAX_TITLE_EXTENT = 8;

    /** A capitalised word that names a title's portfolio or level: "Culture", "External", "Union". */
    private static boolean roleWord(String word, NerTagger lex) {
        return capitalised(word) && !DETERMINERS.contains(word)
                && (PORTFOLIO_LEADS.contains(word) || Titles.isAnyTitleWord(word) || lex.usuallyLowerCase(word));
    }

    private static boolean onlyCapitalised(List<Tokenizer.Token> all, int start, int end) {
        for (int k = start; k < end; k++) {
            if (!capitalised(all.get(k).word()) || !namePart(all.get(k).word())) {
                return false;
            }
        }
        return true;
    }

    private static boolean allRoleWords(List<Tokenizer.Token> all, int start, int end, NerTagger lex) {
        if (levelRun(all, start, end)) {
            return true;
        }
        for (int k = start; k < end; k++) {
            if (!roleWord(all.get(k).word(), lex)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where a title ending just before {@code at} starts once its portfolio and level are counted:
     * "Union Commerce and Industry" before "Minister", "Union Minister of State for External Affairs".
     * It crosses no alias match and stops at anything but titles, portfolio words and joiners.
     */
    private static int titleExtent(List<Tokenizer.Token> all, boolean[] taken, int sentenceStart, int at, NerTagger lex) {
        int p = at;
        while (p > sentenceStart && at - p < MAX_TITLE_EXTENT && !taken[p - 1]) {
            int len = Titles.titleBefore(all.subList(sentenceStart, p), p - sentenceStart);
            if (len > 0) {
                p -= len;
            } else if (roleWord(all.get(p - 1).word(), lex)) {
                p--;
            } else if (p - 2 >= sentenceStart && TITLE_JOINERS.contains(all.get(p - 1).word()) && !taken[p - 2]
                    && roleWord(all.get(p - 2).word(), lex)) {
                p -= 2;
            } else if (p - 3 >= sentenceStart && all.get(p - 1).word().equals("the") && all.get(p - 2).word().equals("of")
                    && !taken[p - 3] && Titles.isAnyTitleWord(all.get(p - 3).word())
                    && (all.get(p).word().equals("Staff") || p + 1 < all.size() && all.get(p + 1).word().equals("Staff"))) {
                p -= 3; // "Chief of the Naval Staff Admiral": the title runs over "of the <service> Staff"
            } else if (p - 2 >= sentenceStart && all.get(p - 1).word().equals(",") && !taken[p - 2]
                    && roleWord(all.get(p - 2).word(), lex) && roleWord(all.get(p).word(), lex)
                    && portfolioFor(all, sentenceStart, p - 2)) {
                p -= 2; // "for Health, Family Welfare and ...": a comma inside the portfolio

            } else {
                int lead = levelBefore(all, taken, sentenceStart, p);
                if (lead < 0) {
                    break;
                }
                p = lead;
            }
        }
        return p;
    }

    /** Whether "for" after a title word stands a few capitalised words or commas before {@code at}. */
    private static boolean portfolioFor(List<Tokenizer.Token> all, int sentenceStart, int at) {
        return portfolioForAt(all, sentenceStart, at) > 0;
    }

    /** Where "for" after a title word stands a few capitalised words or commas before {@code at}, -1 if nowhere. */
    private static int portfolioForAt(List<Tokenizer.Token> all, int sentenceStart, int at) {
        for (int q = at - 1; q > sentenceStart && at - q <= MAX_TITLED_RUN; q--) {
            String w = all.get(q).word();
            if (w.equals("for")) {
                return capitalised(all.get(q - 1).word()) && Titles.isAnyTitleWord(all.get(q - 1).word()) ? q : -1;
            }
            if (!(capitalised(w) || w.equals(",") || w.equals("and") || w.equals("&")
                    || w.equals("the") && q - 1 > sentenceStart && all.get(q - 1).word().equals("for"))) {
                return -1;
            }
        }
        return -1;
    }

    /** Words that open a portfolio title of any capitalised words: "Union Culture Minister", "Federal Housing Minister". */
    private static final Set<String> PORTFOLIO_LEVELS = WordSet.of("Union", "Federal", "Cabinet");

    /** Whether {@code start..end} is a level word and capitalised portfolio words: "Union Commerce and Industry". */
    private static boolean levelRun(List<Tokenizer.Token> all, int start, int end) {
        if (!PORTFOLIO_LEVELS.contains(all.get(start).word())) {
            return false;
        }
        for (int k = start + 1; k < end; k++) {
            String w = all.get(k).word();
            if (!(capitalised(w) && namePart(w) && !ORG_HEADS.contains(w) || TITLE_JOINERS.contains(w))) {
                return false;
            }
        }
        return true;
    }

    /** The level word opening capitalised portfolio words that end just before {@code p}, -1 if none. */
    private static int levelBefore(List<Tokenizer.Token> all, boolean[] taken, int sentenceStart, int p) {
        for (int q = p - 1; q >= sentenceStart && p - q <= MAX_PORTFOLIO_WORDS + 1 && !taken[q]; q--) {
            String w = all.get(q).word();
            if (PORTFOLIO_LEVELS.contains(w)) {
                return q;
            }
            if (!(capitalised(w) && namePart(w) && !ORG_HEADS.contains(w) || TITLE_JOINERS.contains(w))) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether a span holds only a title's portfolio words and is followed, maybe over more of them and
     * joiners, by a title and a name: "Union Textiles" of "Union Textiles Minister K Ramesh Varma".
     */
    private static boolean rolesBeforeTitle(List<Tokenizer.Token> all, int start, int end, NerTagger lex) {
        if (!allRoleWords(all, start, end, lex)) {
            return false;
        }
        int p = end;
        int n = all.size();
        while (p < n && p - end < MAX_TITLE_EXTENT) {
            String w = all.get(p).word();
            if (Titles.titleAt(all, p, n) > 0) {
                int len = Titles.titleAt(all, p, n);
                return p + len < n && capitalised(all.get(p + len).word()) && namePart(all.get(p + len).word());
            }
            boolean level = PORTFOLIO_LEVELS.contains(all.get(start).word()) && capitalised(w) && namePart(w)
                    && !ORG_HEADS.contains(w);
            if (level || roleWord(w, lex) || TITLE_JOINERS.contains(w) && p + 1 < n && capitalised(all.get(p + 1).word())) {
                p++;
            } else {
                return false;
            }
        }
        return false;
    }

    /** How many words before a name a title's portfolio may take ("for Roads and Transport"). */
    private static final int MAX_PORTFOLIO_WORDS = 4;

    /** A word ending like an English common noun ({@link #NOUN_SUFFIXES}), longer than the ending by 3. */
    private static boolean nounSuffix(String word) {
        for (String suffix : NOUN_SUFFIXES) {
            if (word.length() >= suffix.length() + 3 && word.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    /** Endings of German nouns that describe a body before its name ({@code org-descriptors-de.txt}). */
    private static final List<String> ORG_DESCRIPTOR_ENDINGS = List.copyOf(io.newswire.enrich.text.WordList.load(
            EntitiesEnricher.class, "org-descriptors-de.txt"));

    /** Whether a German word describes a body before its name: "Großbank", "Autobauer", "Stahlkonzern". */
    private static boolean orgDescriptor(String word) {
        return endsWithAny(word, ORG_DESCRIPTOR_ENDINGS);
    }

    /** A German role noun by its ending ({@code role-endings-de.txt}): "Kommissionssprecher", "Vorständin". */
    private static boolean roleNoun(String word) {
        return endsWithAny(word, ROLE_ENDINGS);
    }

    private static boolean endsWithAny(String word, List<String> endings) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        for (String ending : endings) {
            if (w.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /** "Commerce" of "Commerce Adviser": words written in lower case but for a title. */
    private static boolean onlyRoleWords(List<Tokenizer.Token> all, int start, int end, NerTagger lex) {
        for (int k = start; k < end; k++) {
            if (!lex.usuallyLowerCase(all.get(k).word())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a span of the English tagger names nothing the pipeline types (session s37): a plural acronym
     * ("PCs", "MPs", "DVDs": a common noun written in capitals), a competition or award ("the Davis Cup",
     * "the Premiership", "the Oscars": the labelled sets count tournaments and awards as no entity), a
     * product named by one word ("the Xbox"), or a faith typed a place or body ("Islam"). The tagger typed
     * these LOCATION, and geo then placed them at the story's region. At most three set lookups per span.
     */
    private static boolean notAName(List<Tokenizer.Token> all, int start, int end, EntityType type) {
        String last = all.get(end - 1).word();
        if (COMPETITION_WORDS.contains(last)) {
            return true;
        }
        if (end - start != 1) {
            return false;
        }
        if (pluralAcronym(last) || PRODUCT_NAMES.contains(last)) {
            return true;
        }
        if (type == EntityType.PERSON) {
            return false; // "Islam" is also a given name and a surname
        }
        return FAITHS.contains(last);
    }

    /** "PCs", "MPs", "DVDs": two or more capitals and a plural "s", a common noun's plural, never a name. */
    static boolean pluralAcronym(String word) {
        int n = word.length();
        if (n < 3 || word.charAt(n - 1) != 's') {
            return false;
        }
        for (int i = 0; i < n - 1; i++) {
            char c = word.charAt(i);
            if (c < 'A' || c > 'Z') {
                return false;
            }
        }
        return true;
    }

    /** A name as recognised, unless the gazetteer or its last word says what it is instead. */
    private void addName(String read, List<Tokenizer.Token> all, int sentenceStart, EntityType type, int start,
            int end, String title, List<Cand> cands, NerTagger lex, int[] cls) {
        if ((cls[start] & WordBits.CURRENCY) != 0) {
            return; // "Rs 60bn", "Tk 120": money
        }
        if (lex == tagger) {
            String last = all.get(end - 1).word();
            if (notAName(all, start, end, type)) {
                return;
            }
            if (type == EntityType.LOCATION && end - start == 1 && CHAMBER_SHORT_NAMES.contains(last)) {
                type = EntityType.ORGANIZATION; // "the Commons voted", "a Lords committee": a chamber is a body
                title = null;
            }
            if (type != EntityType.LOCATION && end + 1 < all.size() && PLACE_DIVISIONS.contains(all.get(end).word())
                    && Titles.isAnyTitleWord(all.get(end + 1).word())) {
                type = EntityType.LOCATION; // "Khorasan Razavi" of "Khorasan Razavi Province Governor X": the place
                title = null;
            }
            if ((cls[end - 1] & WordBits.LEVEL_ADJECTIVE) != 0 && levelAdjectiveSpan(all, start, end)) {
                return; // "Provincial" of "Provincial Police Chief X", "Gendarmerie Regional" before "Commander"
            }
            if (end - start == 1 && (cls[end - 1] & WordBits.GENERIC_HEAD) != 0 && (start == sentenceStart
                    || !capitalised(all.get(start - 1).word()) || DETERMINERS.contains(all.get(start - 1).word()))) {
                return; // "Association chairman ...", "The Dam was built": a head word alone names nothing
            }
            if (end - start >= 2 && (cls[end - 1] & WordBits.EVENT_WORD) != 0 && !(type == EntityType.PERSON && last.equals("March")
                    && start > sentenceStart && capitalised(all.get(start - 1).word()))
                    || namedOperation(all, sentenceStart, start, end)) {
                return; // "the Kisan Samman Yatra", "Operation Steel Shield": an event, campaign or operation
            }
            boolean serviceDistrict = end - start >= 2 && last.equals("District")
                    && SERVICE_DISTRICTS.contains(all.get(end - 2).word());
            if (serviceDistrict) {
                type = EntityType.ORGANIZATION; // "Millbrook Unified School District": a body that runs a service
                title = null;
            }
            if (end - start >= 2 && type != EntityType.LOCATION && (cls[end - 1] & WordBits.FEATURE_WORD) != 0
                    && (type != EntityType.PERSON || !SURNAME_FEATURES.contains(last)
                    || featureAfterPlacingWord(all, sentenceStart, start, title)
                    || title == null && end - start == 2 && start > sentenceStart && all.get(start - 1).word().equals("at")
                    && VENUE_FEATURES.contains(last))) {
                // ("at Corinne Arena": after "at", a venue named after someone or a company, not the person)
                type = EntityType.LOCATION; // "the Yangtze River", "Third Mainland Bridge", "Rift Valley farmers"
                title = null;
            }
            if (end - start >= 2 && end - start <= MAX_VENUE_WORDS && type != EntityType.LOCATION && title == null
                    && VENUE_HEADS.contains(last) && (end - start == 2 || !last.equals("Forum"))
                    && start > sentenceStart + 1 && (all.get(start - 1).word().equals("at")
                    || all.get(start - 1).word().equals("the") && all.get(start - 2).word().equals("at"))) {
                type = EntityType.LOCATION; // "at Rogers Place", "at the Fiserv Forum": a venue named after a company
            }
            if (end - start >= 2 && type != EntityType.LOCATION && (cls[end - 1] & WordBits.PLACE_DIVISION) != 0 && !serviceDistrict
                    && !PLACE_DIVISIONS.contains(all.get(start).word()) && !orgHead(all, start)) {
                // "Kashgar Prefecture", "Krasnoyarsk Krai": a name and a division word are a place, unless a
                // body's head follows, which makes the tagger's span longer ("Kano State Government")
                for (int k = start + 2; k < end - 1; k++) {
                    if (all.get(k).word().equals("and") && PLACE_DIVISIONS.contains(all.get(k - 1).word())) {
                        // "Xinjiang Uygur Autonomous Region and Gansu Province": two places
                        cands.add(cand(read, all, EntityType.LOCATION, start, k, null, null));
                        start = k + 1;
                        break;
                    }
                }
                type = EntityType.LOCATION;
                title = null;
            }
            if (type == EntityType.PERSON && end - start >= 2 && end < all.size()
                    && TITLE_FOLLOWERS.contains(all.get(end).word()) && Titles.isAnyTitleWord(last)) {
                // "Sindh Minister for Local Government ...": a person's name never ends in a title that
                // a portfolio follows; the words before it are a place or the title's own words
                int placeEnd = end - 1;
                while (placeEnd > start && Titles.isAnyTitleWord(all.get(placeEnd - 1).word())) {
                    placeEnd--;
                }
                if (placeEnd > start && NeutralPlaces.isPlace(gazetteer, all, start, placeEnd)) {
                    cands.add(cand(read, all, EntityType.LOCATION, start, placeEnd, null, null));
                }
                return;
            }
        }
        if (lex == tagger && type == EntityType.PERSON && end - start >= 2 && DEMONYM_NOUNS.contains(all.get(start).word())) {
            start++; // "Frenchman Luc Amiel", "Dutchman Joris Veld": a nationality, like a title, is no part of the name
        }
        if (lex == tagger && type != EntityType.PERSON && end - start >= 2 && (cls[end - 1] & WordBits.CURRENCY) != 0
                && end < all.size() && Character.isDigit(all.get(end).word().codePointAt(0))) {
            end--; // "fined Orvane Broking Rs 25 lakh": the currency's letters before an amount end the name
        }
        if (lex == tagger && (cls[start] & WordBits.RELIGIOUS_GROUP) != 0) {
            int k = start;
            while (k < end && RELIGIOUS_GROUPS.contains(all.get(k).word())) {
                k++;
            }
            if (k == end) {
                return; // "Shiite", "Sunni Muslims", "Druze": a faith's followers, like a demonym, are no name
            }
            if (type == EntityType.PERSON) {
                start = k; // "Shiite cleric Sayed Hashem"
            }
        }
        if (lex == tagger && type == EntityType.LOCATION && end - start == 1 && end < all.size()
                && all.get(end).word().equals("data") && !NeutralPlaces.isPlace(gazetteer, all, start, end)
                && gazetteer.lookup(all.get(start).word()).length == 0) {
            type = EntityType.ORGANIZATION; // "Refinitiv data", "Kestrel data": a data provider, not a place
        }
        if (lex == tagger && end - start <= 3 && start > sentenceStart && end < all.size()
                && (type == EntityType.PERSON && PERSON_NOUNS.contains(all.get(end).word())
                && (end - start == 1 || onlyCapitalised(all, start, end)) || type != EntityType.LOCATION
                && all.get(end).word().equals("address") && onlyCapitalised(all, start, end))
                && (all.get(start - 1).word().endsWith("-year-old")
                || all.get(start - 1).word().equals("a") || all.get(start - 1).word().equals("an"))
                && !demonym(all, start, end)) {
            type = EntityType.LOCATION; // "a 22-year-old Couva man", "of a Mount Hope address": where a person is from
            title = null;
        }
        if (lex == tagger && type == EntityType.PERSON && end - start >= 2
                && (SAINT_WORDS.contains(all.get(start).word()) || STREET_ABBREVIATIONS.contains(all.get(end - 1).word()))
                && onlyCapitalised(all, start, end)) {
            // "St Philip", "St. Andrew": a saint's name in the news is a parish, town or church, no living person;
            // "George St", "Harbour Rd": a street (a person's name never ends in "St")
            type = EntityType.LOCATION;
            title = null;
        } else if (lex == tagger && end - start >= 2 && WATER_LEADS.contains(all.get(start).word())
                && onlyCapitalised(all, start, end) && !orgHead(all, end - 1, cls, 0) && type != EntityType.LOCATION
                && start > sentenceStart && all.get(start - 1).word().equals("the")) {
            // "the River Aire", "Lake Kivu": water, not a body or a person ("River Plate" alone stays the club)
            type = EntityType.LOCATION;
            title = null;
        } else if (lex == tagger && (type == EntityType.PERSON || type == EntityType.LOCATION && end - start == 1
                && !NeutralPlaces.isPlace(gazetteer, all, start, end)) && start > sentenceStart
                && COMPANY_KIND_NOUNS.contains(all.get(start - 1).word()) && !givenNameIn(all, start, end)) {
            type = EntityType.ORGANIZATION; // "chipmaker X", "grid operator X", "rights group X": what the noun says
            title = null;
        }
        if (end - start == 1 && end < all.size() && all.get(end).word().startsWith("$")
                && all.get(end).start() == all.get(start).end() && upperLetters(all.get(start).word())
                && all.get(start).word().length() <= 3) {
            return; // "N$250,000", "NT$5": a currency's letters before the dollar sign
        }
        if (type == EntityType.PERSON && end - start == 1 && orgHead(all, start, cls, 0)) {
            return; // "Corp", "Inc.", "Ltd" left over from a company's name: never a person
        }
        if (lex == tagger && end - start == 1 && COUNSEL_SUFFIXES.contains(all.get(start).word())
                && (COUNSEL_ONLY.contains(all.get(start).word()) || start > sentenceStart
                && capitalised(all.get(start - 1).word()) && namePart(all.get(start - 1).word()))) {
            return; // "QC" of "X QC, Y QC" left over from a list of names, "a QC": a counsel's letters name nobody
        }
        if (type == EntityType.PERSON && end - start > 1 && (all.get(end - 1).word().equals("County")
                || all.get(start).word().equals("County") && onlyCapitalised(all, start, end))) {
            type = EntityType.LOCATION; // "Pike County", "County Durham": no person's name ends or opens with County
        }
        if (end - start == 1 && lex.usuallyLowerCase(all.get(start).word()) && (start == sentenceStart
                || start + 1 < all.size() && Titles.isTitleWord(all.get(start + 1).word()))) {
            // "Eyewitness accounts said", "Motorcycling groups", "Information Minister": a word written
            // in lower case but at a sentence start or before a title is no name
            return;
        }
        if (lex == tagger && end - start == 1 && end < all.size() && Character.isLowerCase(all.get(end).word().codePointAt(0))
                && (start == sentenceStart || DATELINE_DASHES.contains(all.get(start - 1).word()))
                && pluralOfLowerCase(all.get(start).word(), lex)) {
            return; // "Rescuers pulled", "GAZIANTEP - Eyewitnesses said": a common noun's plural opens the sentence
        }
        if (lex != tagger && type == EntityType.PERSON && end - start >= 3 && russianPlace(all.get(start).word())) {
            // "Татарстана Рустам Минниханов": the head of Tatarstan, Rustam Minnikhanov
            cands.add(cand(read, all, EntityType.LOCATION, start, start + 1, null, null));
            start++;
            title = null;
        }
        if (lex == tagger && type == EntityType.PERSON && end - start >= 3 && (RANKS_INSIDE.contains(all.get(start).word())
                && !FORCE_WORDS.contains(all.get(start + 1).word()) || start > sentenceStart
                && SECOND_HONORIFICS.contains(all.get(start).word()) && FIRST_HONORIFICS.contains(all.get(start - 1).word()))) {
            start++; // "spokesman U Tin Maung Oo", "Datuk Amar Rosli Bakar": the honorific is no part of the name
        }
        if (lex == tagger && type == EntityType.LOCATION && end - start >= 3) {
            for (int k = start + 1; k < end; k++) {
                if (all.get(k).word().equals("Police")) {
                    type = EntityType.ORGANIZATION; // "Quezon City Police District", "Batasan Police Station"
                    title = null;
                    break;
                }
            }
        }
        boolean place = type != EntityType.LOCATION && (NeutralPlaces.isPlace(gazetteer, all, start, end)
                || lex != tagger && end - start == 1 && russianPlace(all.get(start).word()))
                && !(lex == tagger && end - start == 1 && type == EntityType.PERSON
                && GIVEN_NAMES_EN.contains(all.get(start).word()) && ageAfter(all, end));
        boolean club = lex == tagger && type == EntityType.LOCATION && end - start >= 2 && end < all.size()
                && CLUB_TOWN_ENDS.contains(all.get(end - 1).word()) && PLURAL_VERBS.contains(all.get(end).word());
        if (club) {
            type = EntityType.ORGANIZATION; // "Harrowby City have confirmed": British copy gives a club a plural verb
            title = null;
        }
        if (place && lex == tagger && end - start <= 2 && clubContext(all, sentenceStart, start, end)
                && !NeutralPlaces.isCountry(gazetteer, all, start, end)) { // ("Ireland captain X": the national side)
            place = false; // a club named after its town: "Burnley manager", "beat Grimsby 3-1"
            club = true;
            type = EntityType.ORGANIZATION;
            title = null;
        }
        // ("Zubair, 29,": a given name with an age is a person, whatever town the gazetteer spells so)
        if (end - start == 1 && type == EntityType.PERSON && !place && end + 1 < all.size()
                && Titles.isTitleWord(all.get(end).word()) && capitalised(all.get(end + 1).word())) {
            return; // "Information Minister Azma Qureshi": no person's name stands before a title and a name
        }
        if (type == EntityType.PERSON) {
            // initials without points, as South Asian copy writes them: "M K Selvam", "K T Rama Rao"
            while (start - 1 >= sentenceStart && initial(all.get(start - 1).word()) && !RANKS_INSIDE.contains(all.get(start - 1).word())
                    && !(start - 2 >= sentenceStart && all.get(start - 2).word().equals("/")) // "S/O Ram Lal"
                    && !(start - 1 == sentenceStart && (all.get(start - 1).word().equals("A")
                    || all.get(start - 1).word().equals("I")))) {
                start--;
            }
        }
        if (place) {
            // the gazetteer's countries, divisions and cities are places whatever the tagger said
            // ("Peshawar", "Khyber Pakhtunkhwa"); a surname that is also a town joins its person later
            type = EntityType.LOCATION;
            title = null;
        } else if (type != EntityType.ORGANIZATION && end - start > 1 && orgHead(all, end - 1, cls, 0)) {
            type = EntityType.ORGANIZATION; // "Toyota Motor Corp", "Statistics Office", "Nepal Police"
            title = null;
        } else if (type != EntityType.ORGANIZATION && end - start > 1 && LEADING_LEGAL_FORMS.contains(all.get(start).word())
                && capitalised(all.get(start + 1).word())) {
            type = EntityType.ORGANIZATION; // "PT Sumber Logam Nusantara": a legal form opens the company's name
            title = null;
        } else if (lex == tagger && type != EntityType.ORGANIZATION && headBeforeOf(all, start, end, cls) > start) {
            // "Bank of Valletta", "University of Tarn", "Community College of Arden County", "Board of Education of
            // Arden County": a body's head, then "of" and its place
            type = EntityType.ORGANIZATION;
            title = null;
        } else if (lex == tagger && type != EntityType.ORGANIZATION && end - start > 1
                && ROMANCE_ORG_LEADS.contains(all.get(start).word()) && capitalised(all.get(start + 1).word())
                && (cls[end - 1] & WordBits.STREET) == 0) { // ("Bank Street" stays a road)
            type = EntityType.ORGANIZATION; // "Partido Verde", "Borsa Italiana": a Romance body's head opens its name
            title = null;
        } else if (lex == tagger && (type == EntityType.PERSON || type == EntityType.LOCATION && end - start == 1
                && !NeutralPlaces.isPlace(gazetteer, all, start, end)) && sharesAround(all, sentenceStart, start, end)) {
            // ("Shares of Varkel rose": a word no gazetteer names as a country, region or town is the company)
            type = EntityType.ORGANIZATION; // "Kelvorn shares fell": a company (a place stays: "its shares in New York")
            title = null;
        } else if (type == EntityType.ORGANIZATION && end - start > 1 && all.get(end - 1).word().equals("County")
                && !club // ("beat Ross County 3-0": the club the result names stays one)
                && !(lex == tagger && headBeforeOf(all, start, end, cls) > start)) { // ("Board of Education of X County")
            type = EntityType.LOCATION; // "Fulton County": a county, unless a body's word follows
        } else if (type == EntityType.ORGANIZATION && end - start > 1 && end - start <= 4
                && PERSONAL_PREFIXES.contains(all.get(start).word()) && capitalised(all.get(start + 1).word())
                && !orgHead(all, end - 1)) {
            type = EntityType.PERSON; // "Abu Hamza al-Ansari": a kunya is a person's name
        }
        cands.add(cand(read, all, type, start, end, title, null));
    }

    /**
     * Where the "of" stands that follows a body's head word inside {@code [start, end)} ("Bank" + "of Valletta",
     * "Community College" + "of Arden County", "Board" + "of Education of Arden County"), the words on both sides
     * capitalised name words; -1 when there is none. A place's own "of" ("Gulf of Aden", "Isle of Man") follows
     * no head word, and the gazetteer's places are typed before this is asked. At most one lookup per "of".
     */
    private static int headBeforeOf(List<Tokenizer.Token> all, int start, int end, int[] cls) {
        if (end - start < 3) {
            return -1;
        }
        for (int k = start + 1; k < end - 1; k++) {
            if (all.get(k).word().equals("of")) {
                return orgHead(all, k - 1, cls, 0) && onlyCapitalised(all, start, k) && onlyCapitalisedOrOf(all, k + 1, end)
                        ? k : -1;
            }
        }
        return -1;
    }

    /** Capitalised name words, with "of" between them: "Education of Arden County". */
    private static boolean onlyCapitalisedOrOf(List<Tokenizer.Token> all, int start, int end) {
        for (int k = start; k < end; k++) {
            String w = all.get(k).word();
            if (!(capitalised(w) && namePart(w) || w.equals("of") && k > start && k + 1 < end)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a PERSON span ending in a feature word that is also a surname ("Bellandur Lake", "Axiata Arena"
     * against "Ricki Lake", "Bruce Arena") is the feature: a placing word stands before it ("returned to
     * Bellandur Lake", "at Axiata Arena"), no title does, and its first word is no English given name.
     */
    private static boolean featureAfterPlacingWord(List<Tokenizer.Token> all, int sentenceStart, int start,
            String title) {
        return title == null && start > sentenceStart
                && PLACE_PREPOSITIONS.contains(all.get(start - 1).word())
                && !GIVEN_NAMES_EN.contains(all.get(start).word());
    }

    /**
     * Whether the title that ends {@code [start, end)} follows an "of" inside it: "Office of Inspector
     * General" ends in its own words, not in the rank of the person named after it.
     */
    private static boolean titleAfterOf(List<Tokenizer.Token> all, int start, int end) {
        int len = Titles.titleBefore(all.subList(start, end), end - start);
        return len > 0 && end - len - 1 > start && all.get(end - len - 1).word().equals("of");
    }

    /**
     * Whether {@code [start, end)} names a military or police operation: "Operation Steel Shield", or the
     * words after an "Operation" the tagger left out of its span ("Operation" + "Hadin Gwiwa").
     */
    private static boolean namedOperation(List<Tokenizer.Token> all, int sentenceStart, int start, int end) {
        return end - start >= 2 && all.get(start).word().equals("Operation") && capitalised(all.get(start + 1).word())
                || start > sentenceStart && all.get(start - 1).word().equals("Operation");
    }

    /**
     * Whether word {@code k} ends an organisation's name: a head word ("Ministry", "Corp") or a company
     * word ("GmbH", "Chemie", "Holding"); a legal form in capitals ("AG", "SA") only after a word that
     * is not in capitals, since a headline in capitals is no company.
     */
    private static boolean orgHead(List<Tokenizer.Token> s, int k) {
        String w = s.get(k).word();
        return ORG_HEADS.contains(w) || COMPANY_WORDS.contains(w) && !(k > 0 && allCaps(w) && allCaps(s.get(k - 1).word()));
    }

    /** {@link #orgHead(List, int)} by the word's {@link WordBits}: a lookup only for a company word in capitals. */
    private static boolean orgHead(List<Tokenizer.Token> s, int k, int[] cls, int base) {
        int c = cls[base + k];
        return (c & WordBits.ORG_HEAD) != 0 || (c & WordBits.COMPANY) != 0
                && !(k > 0 && allCaps(s.get(k).word()) && allCaps(s.get(k - 1).word()));
    }

    private static boolean capitalised(String word) {
        return Character.isUpperCase(word.codePointAt(0));
    }

    /**
     * Marks in {@code out} the capitalised words of a sentence no tagger reads that stand right after a name word:
     * capitalised in mixed case ({@link #mixedCaseName}), not the sentence's first word and no function word of
     * {@code language} ("Les États-Unis", "Volgens Ethiopië" are no longer names). Per capitalised pair, one set lookup.
     */
    private static void nameBefore(List<Tokenizer.Token> sentence, int base, String language, BitSet out) {
        for (int k = 2; k < sentence.size(); k++) {
            String w = sentence.get(k).word();
            String before = sentence.get(k - 1).word();
            if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0)) && mixedCaseName(before)
                    && !NeutralPlaces.functionWord(language, before)) {
                out.set(base + k);
            }
        }
    }

    /** Whether tokens from {@code k} are a dateline's comma and date (", 23 may"). */
    private static boolean datelineAfter(List<Tokenizer.Token> all, int k) {
        return k + 1 < all.size() && all.get(k).word().equals(",") && Character.isDigit(all.get(k + 1).word().codePointAt(0));
    }

    /**
     * A capitalised word whose second letter is in lower case ("Kanye", "Cristoforo"; not "FC", "(", "1" or an
     * editor's code "JG-c" before a dateline).
     */
    private static boolean mixedCaseName(String word) {
        return word.length() >= 2 && Character.isUpperCase(word.charAt(0)) && Character.isLowerCase(word.charAt(1))
                && word.indexOf('-') < 0; // ("het Zuid-Engelse Eastbourne": an adjective of place)
    }

    private static boolean initial(String word) {
        return word.length() == 1 && Character.isUpperCase(word.charAt(0));
    }

    /** Whether every character of a word is an upper-case letter: "N", "NT", "HK". */
    private static boolean upperLetters(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isUpperCase(word.charAt(i))) {
                return false;
            }
        }
        return !word.isEmpty();
    }

    private static boolean allCaps(String word) {
        int letters = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 2;
    }

    /**
     * Where a role naming an organisation starts, ending just before {@code at}: a title, "of", maybe
     * "the" or "Iran's", and an alias-table organisation ("Chief of Staff of the Iranian Armed Forces");
     * -1 if there is none.
     */
    private static int roleStart(List<Tokenizer.Token> all, boolean[] taken, int sentenceStart, int at) {
        int p = at;
        if (p - 1 < sentenceStart || !taken[p - 1]) {
            return -1;
        }
        while (p - 1 >= sentenceStart && taken[p - 1]) {
            p--;
        }
        if (p - 1 >= sentenceStart && all.get(p - 1).word().equals("the")) {
            p--;
        } else if (p - 2 >= sentenceStart && all.get(p - 1).word().equals("'s")
                && Character.isUpperCase(all.get(p - 2).word().codePointAt(0))) {
            p -= 2;
        }
        if (p - 1 < sentenceStart || !all.get(p - 1).word().equals("of")) {
            return -1;
        }
        p--;
        int len = Titles.titleBefore(all.subList(sentenceStart, p), p - sentenceStart);
        return len > 0 ? p - len : -1;
    }

    private static boolean onlyTitleWords(List<Tokenizer.Token> all, int start, int end) {
        for (int k = start; k < end; k++) {
            String w = all.get(k).word();
            if (!Titles.isTitleWord(w) && !w.equals("of") && !w.equals("the")) {
                return false;
            }
        }
        return true;
    }

    /** Whether a token may begin or end a name: not a lower-case word ("eastern") nor punctuation. */
    private static boolean namePart(String word) {
        int cp = word.codePointAt(0);
        if (!Character.isLetterOrDigit(cp)) {
            return false;
        }
        int dash = word.indexOf('-');
        if (dash < 0) {
            return !Character.isLowerCase(cp);
        }
        if (ARTICLE_PREFIX.matcher(word).lookingAt() || word.startsWith("wal-") && word.length() > 4) {
            return true; // al-Qaeda, "wal-Jihad" (the conjunction and the article)
        }
        // "English-language", "U.S.-led", "Iranian-made": compound adjectives, not names; but a given name
        // of two romanised Korean syllables ("Jae-in", "Seung-kyum") is a name however it ends.
        return !Character.isLowerCase(cp) && (!COMPOUND_ADJECTIVE.matcher(word).find() || syllablePair(word));
    }

    private static Cand cand(String text, List<Tokenizer.Token> all, EntityType type, int start, int end,
            String title, AliasTable.Known known) {
        int cs = all.get(start).start();
        int ce = all.get(end - 1).end();
        return new Cand(type, start, end, cs, ce, text.substring(cs, ce), title, known);
    }

    /**
     * {@code byRole}: the token starts of mentions typed by what they do in their own sentence ({@link
     * NeutralMetonymy}: "la Russia accusa", a state; "Brasil goleó", a team), which vote but keep their own type
     * whatever the majority: the same name in its other sentences is still the place when most of them are.
     */
    private List<Entity> group(List<Cand> cands, String text, String headline, BitSet byRole) {
        Map<String, Group> known = new LinkedHashMap<>();
        List<Group> persons = new ArrayList<>();
        Map<String, Group> others = new LinkedHashMap<>();
        List<Cand> people = new ArrayList<>();
        List<Cand> rest = new ArrayList<>();
        // One name, one type in an article: a one-word name takes the type most of its mentions have.
        Map<String, Map<EntityType, Integer>> votes = new HashMap<>();
        for (Cand c : cands) {
            if (c.known() == null && c.end() - c.start() == 1) {
                votes.computeIfAbsent(c.surface(), k -> new java.util.EnumMap<>(EntityType.class))
                        .merge(c.type(), 1, Integer::sum);
            }
        }
        List<Cand> voted = new ArrayList<>(cands.size());
        for (Cand c : cands) {
            Map<EntityType, Integer> v = votes.get(c.surface());
            if (v != null && v.size() > 1 && c.end() - c.start() == 1 && !byRole.get(c.start())) {
                EntityType majority = c.type();
                for (Map.Entry<EntityType, Integer> e : v.entrySet()) {
                    if (e.getValue() > v.get(majority)) {
                        majority = e.getKey();
                    }
                }
                c = new Cand(majority, c.start(), c.end(), c.charStart(), c.charEnd(), c.surface(),
                        majority == EntityType.PERSON ? c.title() : null, null);
            }
            voted.add(c);
        }
        for (Cand c : voted) {
            if (c.known() != null) {
                known.computeIfAbsent(c.known().id(), id -> new Group(c.type(), c.known(), null)).mentions.add(c);
            } else if (c.type() == EntityType.PERSON) {
                people.add(c);
            } else {
                rest.add(c);
            }
        }
        // Longest names first, so that "Baqeri" finds "Mohammad Baqeri" wherever it stands.
        people.sort(Comparator.comparingInt((Cand c) -> -(c.end() - c.start())).thenComparingInt(Cand::start));
        Map<String, String> keys = new HashMap<>(); // a name's mentions repeat its surface: one key each
        for (Cand c : people) {
            String key = keys.computeIfAbsent(c.surface(), Folding::nameKey);
            Group g = findPerson(persons, key);
            if (g == null) {
                g = new Group(EntityType.PERSON, null, key);
                persons.add(g);
            }
            g.mentions.add(c);
        }
        for (Cand c : rest) {
            String key = keys.computeIfAbsent(c.surface(), Folding::nameKey);
            Group person = null;
            if (key.indexOf(' ') < 0) {
                for (Group g : persons) {
                    if (endsWithWord(g.key, key)) {
                        person = g;
                        break;
                    }
                }
            }
            if (person != null) {
                person.mentions.add(c);
                continue;
            }
            String groupKey = c.type() + " " + key;
            if (c.type() == EntityType.ORGANIZATION && !others.containsKey(groupKey)) {
                Group company = null; // "Tarsa" after "Tarsa Logistics Group": one organisation
                for (Group g : others.values()) {
                    if (g.type == EntityType.ORGANIZATION && g.key.length() > key.length()
                            && g.key.charAt(key.length()) == ' ' && g.key.startsWith(key)) {
                        company = g;
                        break;
                    }
                }
                if (company != null) {
                    company.mentions.add(c);
                    continue;
                }
            }
            others.computeIfAbsent(groupKey, k -> new Group(c.type(), null, key)).mentions.add(c);
        }

        List<Group> groups = new ArrayList<>(known.values());
        groups.addAll(persons);
        groups.addAll(others.values());
        int maxCount = groups.stream().mapToInt(g -> g.mentions.size()).max().orElse(1);
        List<Entity> entities = new ArrayList<>(groups.size());
        // by salience, which the link stage writes: the geo stage reads entities in this order
        Map<Entity, Double> order = new IdentityHashMap<>();
        for (Group g : groups) {
            g.mentions.sort(Comparator.comparingInt(Cand::charStart));
            Set<String> seen = new LinkedHashSet<>();
            List<Mention> mentions = new ArrayList<>();
            String title = null;
            for (Cand c : g.mentions) {
                seen.add(c.surface());
                mentions.add(new Mention(c.charStart(), c.charEnd(), c.surface()));
                if (title == null) {
                    title = c.title();
                }
            }
            String name = canonicalName(g);
            // an alias-table entity carries the table's id; every other id, and salience, are the link stage's
            String id = g.known != null ? g.known.id() : null;
            List<String> aliases = List.copyOf(seen);
            Entity entity = new Entity(id, name, g.type, title, aliases, mentions, mentions.size(), 0.0);
            entities.add(entity);
            order.put(entity, Salience.of(mentions.size(), maxCount, mentions.get(0).start(), text.length(),
                    Salience.inHeadline(aliases, headline)));
        }
        entities.sort(Comparator.comparingDouble((Entity e) -> -order.get(e))
                .thenComparingInt(e -> e.mentions().get(0).start()));
        return entities;
    }

    /** Whether {@code key} ends with a space and {@code word}: {@code key.endsWith(" " + word)} without the concatenation. */
    private static boolean endsWithWord(String key, String word) {
        int at = key.length() - word.length() - 1;
        return at >= 0 && key.charAt(at) == ' ' && key.endsWith(word);
    }

    /** Whether {@code key} starts with {@code word} and a space: {@code key.startsWith(word + " ")} without the concatenation. */
    private static boolean startsWithWord(String key, String word) {
        return key.length() > word.length() && key.charAt(word.length()) == ' ' && key.startsWith(word);
    }

    /** The person a name belongs to: same key, its trailing words, or one edit away. */
    private static Group findPerson(List<Group> persons, String key) {
        for (Group g : persons) {
            if (g.key.equals(key) || endsWithWord(g.key, key)
                    || key.indexOf(' ') < 0 && startsWithWord(g.key, key) && g.surnameFirst()) {
                return g; // "Park" after "Park Soo-min": a Korean surname stands first
            }
        }
        for (Group g : persons) {
            if (Math.min(g.key.length(), key.length()) >= 6 && Folding.withinOneEdit(g.key, key)) {
                return g;
            }
            if (key.indexOf(' ') < 0 && key.length() >= 5 && Folding.withinOneEdit(g.lastWord(), key)) {
                return g;
            }
        }
        return null;
    }

    private static String canonicalName(Group g) {
        if (g.known != null) {
            return g.known.name();
        }
        if (g.type == EntityType.PERSON) {
            // The fullest form, earliest among equals.
            Cand best = g.mentions.get(0);
            for (Cand c : g.mentions) {
                if (c.end() - c.start() > best.end() - best.start()) {
                    best = c;
                }
            }
            return best.surface();
        }
        Map<String, Integer> counts = new HashMap<>();
        String best = g.mentions.get(0).surface();
        for (Cand c : g.mentions) {
            int n = counts.merge(c.surface(), 1, Integer::sum);
            if (n > counts.get(best)) {
                best = c.surface();
            }
        }
        return best;
    }

    /**
     * A title, "of" with no "the", and a portfolio or a place before a name, which the tagger runs into one
     * span or types as a body: "Minister of Housing and Urban Development Pradeep Senapati", "Commissioner of
     * Police Abiodun Alamutu", "Chief Public Prosecutor of Hatay Orhan Yeşilbağ", "Governor of Leningrad
     * Region Vsevolod Karpenko". The capitalised run after "of" ends in a name of two to four words; what
     * stands before the name is the title's portfolio when all its words are role words (written in lower
     * case but for a title) and joiners, a place when the gazetteer knows it or it ends in a division word;
     * anything else (a body, "Bank of Ghana Governor") is left as the tagger read it. A portfolio alone
     * before a comma ("Minister of State for Defence, X") is the title's too. Runs only where a capitalised
     * title word stands before "of"; set lookups only.
     */
    private void titledPortfolios(List<Tokenizer.Token> s, int[] labels, int[] cls, int base) {
        int n = s.size();
        for (int i = 1; i + 2 < n; i++) {
            if ((cls[base + i + 1] & (WordBits.CAP | WordBits.DETERMINER)) != WordBits.CAP
                    || (cls[base + i - 1] & WordBits.TITLE) == 0 || !s.get(i).word().equals("of")) {
                continue;
            }
            int from = i + 1;
            int e = from;
            while (e < n && e - from < MAX_TITLED_RUN) {
                String w = s.get(e).word();
                if (capitalised(w) && namePart(w) && !DETERMINERS.contains(w)) {
                    e++;
                } else if (e > from && e + 1 < n && TITLE_JOINERS.contains(w) && !w.equals("of")
                        && capitalised(s.get(e + 1).word())) {
                    e++;
                } else {
                    break;
                }
            }
            if (e < n && labels[e] != 0 && labels[e] % 2 == 0) {
                continue; // a tagged name runs on
            }
            if (e < n && s.get(e).word().equals(",") && allPortfolioWords(s, from, e)) {
                clearTitleSpan(s, labels, i);
                java.util.Arrays.fill(labels, from, e, 0); // "Minister of State for Defence, X": the title's words
                i = e;
                continue;
            }
            for (int p = e - 2; p >= from + 1 && e - p <= 4; p--) {
                if (!onlyCapitalised(s, p, e) || portfolioWord(s.get(p).word()) || portfolioWord(s.get(e - 1).word())
                        || NeutralPlaces.isPlace(gazetteer, s, p, e)) {
                    continue;
                }
                boolean portfolio = allPortfolioWords(s, from, p);
                boolean place = !portfolio && (NeutralPlaces.isPlace(gazetteer, s, from, p)
                        || p - from >= 2 && PLACE_DIVISIONS.contains(s.get(p - 1).word()) && onlyCapitalised(s, from, p));
                if (!portfolio && !place) {
                    continue;
                }
                clearTitleSpan(s, labels, i);
                if (place) {
                    setSpan(labels, from, p, B_LOC);
                } else {
                    java.util.Arrays.fill(labels, from, p, 0);
                }
                setSpan(labels, p, e, B_PER);
                i = e;
                break;
            }
        }
    }

    /** Words of a government portfolio ({@code portfolio-words.txt}): "Housing", "Urban", "Development", "Police". */
    private static final Set<String> PORTFOLIO_WORDS = io.newswire.enrich.text.WordList.load(EntitiesEnricher.class,
            "portfolio-words.txt");

    /** A portfolio's word: a role word of the case lexicon or of {@code portfolio-words.txt}. */
    private boolean portfolioWord(String w) {
        return PORTFOLIO_WORDS.contains(w) || roleWord(w, tagger);
    }

    /** Whether words {@code [from, end)} are a title's portfolio: portfolio words and joiners, one first and last. */
    private boolean allPortfolioWords(List<Tokenizer.Token> s, int from, int end) {
        if (end <= from || !portfolioWord(s.get(from).word()) || !portfolioWord(s.get(end - 1).word())) {
            return false;
        }
        for (int k = from + 1; k < end - 1; k++) {
            String w = s.get(k).word();
            if (!portfolioWord(w) && !TITLE_JOINERS.contains(w) && !w.equals(",")) {
                return false;
            }
        }
        return true;
    }

    /** Clears a tagger's span over the title words and "of" that end at {@code of}: they are no name's words. */
    private static void clearTitleSpan(List<Tokenizer.Token> s, int[] labels, int of) {
        for (int k = of; k >= 0 && labels[k] != 0 && (k == of || Titles.isAnyTitleWord(s.get(k).word())); k--) {
            labels[k] = 0;
        }
    }

    /**
     * Where "of" after a title word stands before a portfolio that ends just before {@code at} ("Minister of
     * Petroleum Resources", "Minister of State for Defence,"), -1 if nowhere.
     */
    private int portfolioOfAt(List<Tokenizer.Token> all, int sentenceStart, int at) {
        int end = all.get(at - 1).word().equals(",") ? at - 1 : at;
        for (int q = end - 1; q > sentenceStart && end - q <= MAX_TITLED_RUN; q--) {
            String w = all.get(q).word();
            if (w.equals("of")) {
                return capitalised(all.get(q - 1).word()) && Titles.isAnyTitleWord(all.get(q - 1).word())
                        && allPortfolioWords(all, q + 1, end) ? q : -1;
            }
            if (!(portfolioWord(w) || TITLE_JOINERS.contains(w) || w.equals(","))) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * A place before a title and a name, at a sentence's start or after a lower-case word, which the tagger
     * left untyped or ran into the title and the name: "Odisha Minister of Housing ... X" (one or two words
     * the gazetteer knows, untyped), "Rivers State Governor X", "Free State Premier X" (a name and a division
     * word, whatever the tagger said). The place is a LOCATION, the title no name's, the name after it a
     * PERSON. Looked up only where a capitalised title word follows.
     */
    private void placesBeforeTitles(List<Tokenizer.Token> s, int[] labels, int[] cls, int base) {
        int n = s.size();
        for (int i = 0; i + 2 < n; i++) {
            if (labels[i] != 0 && labels[i] % 2 == 0
                    || (cls[base + i] & (WordBits.CAP | WordBits.DETERMINER | WordBits.TITLE)) != WordBits.CAP
                    || (cls[base + i + 1] & WordBits.CAP) == 0
                    || i > 0 && (cls[base + i - 1] & (WordBits.CAP | WordBits.DETERMINER)) == WordBits.CAP) {
                continue;
            }
            for (int j = i + 1; j <= i + 3 && j + 1 < n; j++) {
                String t = s.get(j).word();
                if (!capitalised(s.get(j - 1).word()) || !namePart(s.get(j - 1).word()) || !capitalised(t)) {
                    break;
                }
                if (!Titles.isAnyTitleWord(t)) {
                    continue;
                }
                int len = Titles.titleAt(s, j, n);
                boolean division = j - i >= 2 && PLACE_DIVISIONS.contains(s.get(j - 1).word())
                        && Titles.titleAt(s, j - 1, n) == 0; // ("Manhattan District Attorney": a title's first word)
                if (len == 0 || PLACE_DIVISIONS.contains(t) && j + 1 < n && Titles.isAnyTitleWord(s.get(j + 1).word())) {
                    continue; // ("State" of "Rivers State Governor": the division, then the title)
                }
                if (j + len >= n || !division && (!capitalised(s.get(j + len).word()) || !namePart(s.get(j + len).word()))
                        || !division && !(allUntyped(labels, i, j) && NeutralPlaces.isPlace(gazetteer, s, i, j))) {
                    break;
                }
                int nameStart = j + len;
                if (division && nameStart + 2 < n && (s.get(nameStart).word().equals("for") || s.get(nameStart).word().equals("of"))) {
                    int k = nameStart + 1; // "Ondo State Commissioner for Health X": over the portfolio
                    while (k < n && k - nameStart <= MAX_PORTFOLIO_WORDS && (portfolioWord(s.get(k).word())
                            || TITLE_JOINERS.contains(s.get(k).word()))) {
                        k++;
                    }
                    if (k > nameStart + 1 && allPortfolioWords(s, nameStart + 1, k)) {
                        nameStart = k;
                    }
                }
                int e = nameStart;
                while (e < n && e - nameStart < 4 && capitalised(s.get(e).word()) && namePart(s.get(e).word())) {
                    e++;
                }
                if (division && e - nameStart < 2) {
                    break;
                }
                setSpan(labels, i, j, B_LOC);
                if (division) {
                    java.util.Arrays.fill(labels, j, nameStart, 0);
                    setSpan(labels, nameStart, e, B_PER);
                }
                i = j;
                break;
            }
        }
    }

    private static boolean allUntyped(int[] labels, int from, int end) {
        for (int k = from; k < end; k++) {
            if (labels[k] != 0) {
                return false;
            }
        }
        return true;
    }

    /** First words of armed groups' names ({@code armed-group-leads.txt}): "Katiba", "Jabhat", "Jama'atu". */
    private static final Set<String> ARMED_GROUP_LEADS = io.newswire.enrich.text.WordList.load(EntitiesEnricher.class,
            "armed-group-leads.txt");
    /** Prefixes of ships' names ({@code ship-prefixes.txt}): "MV", "HMS", "BRP". */
    private static final Set<String> SHIP_PREFIXES = io.newswire.enrich.text.WordList.load(EntitiesEnricher.class,
            "ship-prefixes.txt");
    /** Nouns of vessels before a ship's name ({@code ship-nouns.txt}): "tanker", "vessel", "frigate". */
    private static final Set<String> SHIP_NOUNS = io.newswire.enrich.text.WordList.load(EntitiesEnricher.class,
            "ship-nouns.txt");

    /**
     * Armed groups and ships, which the tagger reads as people: a first word of {@code armed-group-leads.txt}
     * and the capitalised or "al-"/"wal-" words after it are an ORGANIZATION ("Katiba Ansar al-Wadi",
     * "Jama'atu Ansaril-Sahel wal-Hijra"); a ship's prefix ("MV Kota Seraya", "BRP Sierra Madre") or a
     * vessel's noun ("the tanker Sentosa Pioneer") and the capitalised words after it are no entity. Set
     * lookups per token, the pattern only on a word after a group's first word.
     */
    private void armedGroupsAndShips(List<Tokenizer.Token> s, int[] labels, int[] cls, int base) {
        int n = s.size();
        for (int i = 0; i + 1 < n; i++) {
            int c = cls[base + i];
            if ((c & (WordBits.ARMED_GROUP | WordBits.SHIP_PREFIX | WordBits.SHIP_NOUN)) == 0) {
                continue; // neither an armed group's lead word nor a ship's: one bit test
            }
            String after = s.get(i + 1).word();
            if (!capitalised(after) && !(after.length() > 3 && after.indexOf('-') > 0)) {
                continue; // both need a name after the word
            }
            String w = s.get(i).word();
            boolean group = (c & WordBits.ARMED_GROUP) != 0;
            boolean ship = !group && (c & (WordBits.SHIP_PREFIX | WordBits.SHIP_NOUN)) != 0;
            if (!group && !ship || !capitalised(s.get(i + 1).word()) && !(group && nameArticle(s.get(i + 1).word()))) {
                continue;
            }
            int from = (c & WordBits.SHIP_NOUN) != 0 ? i + 1 : i;
            int e = i + 1;
            while (e < n && e - i <= MAX_ORG_TAIL && (capitalised(s.get(e).word()) && namePart(s.get(e).word())
                    || group && nameArticle(s.get(e).word())
                    || ship && e > i + 1 && Character.isDigit(s.get(e).word().codePointAt(0)))) {
                e++;
            }
            if (group && e - i >= 2) {
                setSpan(labels, from, e, B_ORG);
            } else if (ship) {
                java.util.Arrays.fill(labels, from, e, 0);
                if (e < n && labels[e] != 0 && labels[e] % 2 == 0) {
                    labels[e]--; // a span the ship's name ran into starts anew
                }
            }
            i = e - 1;
        }
    }

    /** "al-Wadi", "wal-Hijra": a name's later word that opens with the Arabic article, in lower case. */
    private static boolean nameArticle(String word) {
        return word.length() > 3 && Character.isLowerCase(word.codePointAt(0)) && word.indexOf('-') > 0
                && (ARTICLE_PREFIX.matcher(word).lookingAt() || word.startsWith("wal-"));
    }

    /** Words that end a sentence before the next one's first word. */
    private static final Set<String> SENTENCE_ENDS = WordSet.of(".", "!", "?", "\"", "\u201d", ":");
    /** A sports club's legal or club suffix, which its short form drops: "Harrogate Borough Town" + "FC". */
    private static final Set<String> CLUB_SUFFIXES = WordSet.of("FC", "F.C.", "SC", "AFC", "CF");

    /**
     * A sports club named in full and later by the last one or two words of its name ("Rangers" and "Hill
     * Rangers" of "Kakamega Hill Rangers", "Sugar Stars" of "Nyanza Sugar Stars", "Town" of "Harrogate Borough
     * Town FC"): such a short form is an ORGANIZATION, whatever the tagger typed it, and where it stands
     * untagged before a word without a capital ("led Town to", "Town chairman"), not at a sentence's start when
     * English writes the word in lower case ("Town officials said").
     * Clubs are the organisations ending in a club word of {@code org-heads.txt} or a club suffix. Runs only
     * when the article names such a club.
     */
    private void clubShortNames(String read, List<Tokenizer.Token> all, List<Cand> cands) {
        Set<String> shorts = null;
        for (Cand c : cands) {
            if (c.known() != null || c.type() != EntityType.ORGANIZATION || c.end() - c.start() < 2) {
                continue;
            }
            int end = c.end();
            if (CLUB_SUFFIXES.contains(all.get(end - 1).word())) {
                end--;
            } else if (!CLUB_WORDS.contains(all.get(end - 1).word())) {
                continue;
            }
            if (end - c.start() < 2) {
                continue;
            }
            if (shorts == null) {
                shorts = new HashSet<>();
            }
            shorts.add(all.get(end - 1).word());
            if (end - c.start() >= 3) {
                shorts.add(all.get(end - 2).word() + " " + all.get(end - 1).word());
            }
        }
        if (shorts == null) {
            return;
        }
        int n = all.size();
        boolean[] covered = new boolean[n];
        for (int j = 0; j < cands.size(); j++) {
            Cand c = cands.get(j);
            for (int k = c.start(); k < c.end(); k++) {
                covered[k] = true;
            }
            if (c.known() == null && c.type() != EntityType.ORGANIZATION && c.end() - c.start() <= 2
                    && shorts.contains(c.surface())) {
                cands.set(j, cand(read, all, EntityType.ORGANIZATION, c.start(), c.end(), null, null));
            }
        }
        for (int i = 1; i < n; i++) {
            for (int width = 2; width >= 1; width--) {
                int after = i + width;
                if (after > n || covered[i] || covered[after - 1] || !capitalised(all.get(i).word())
                        || SENTENCE_ENDS.contains(all.get(i - 1).word()) && tagger.usuallyLowerCase(all.get(i).word())
                        || after < n && capitalised(all.get(after).word())
                        || !shorts.contains(width == 1 ? all.get(i).word() : all.get(i).word() + " " + all.get(i + 1).word())) {
                    continue;
                }
                cands.add(cand(read, all, EntityType.ORGANIZATION, i, after, null, null));
                for (int k = i; k < after; k++) {
                    covered[k] = true;
                }
                break;
            }
        }
    }

    /** Club words of {@code org-heads.txt} that a club's short form keeps: "Rangers", "Stars", "Athletic". */
    private static final Set<String> CLUB_WORDS = WordSet.of("Athletic", "Rangers", "Stars", "Celtic", "Hotspur", "Rovers",
            "Wanderers", "Albion", "United", "Town", "City");

    /** Lower-case particles inside a person's name between given name and surname: "Annelie van der Merwe". */
    private static final Set<String> PERSON_PARTICLES = WordSet.of("van", "von", "de", "da", "der", "den", "ter", "bin",
            "binti", "dos", "das", "del", "di", "du", "la", "le");
    /** Common nouns of places after which "of" and a capitalised name are a place: "the village of Um Sumeima". */
    private static final Set<String> PLACE_NOUNS_BEFORE_OF = WordSet.of("village", "town", "city", "port", "district",
            "province", "region", "island", "county", "municipality", "enclave", "hamlet", "suburb");
    /** Months, which after "on" date an event rather than name a committee's subject ("on January 5"). */
    private static final Set<String> MONTHS = WordSet.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.",
            "Dec.");
    /** Head words that a subject after "on" completes: "Senate Committee on National Defense and Security". */
    private static final Set<String> HEADS_BEFORE_ON = WordSet.of("Committee", "Commission", "Subcommittee", "Council",
            "Panel", "Task Force", "Conference");

    /**
     * Bodies and people whose names hold commas, lists or particles, which the tagger cuts: a body's name after
     * "of" or "on" goes on over a list of portfolios ("Ministry of Youth Affairs, Sports and the Arts",
     * "Ministry of Physical Planning and Urban Development", "Committee on National Defense and Security, Peace,
     * Unification and Reconciliation"); two bodies joined by "and" that each end in a head word are two
     * ("Zenon Trust Bank and Atlantic Meridian Bank"); a partnership named by surnames keeps the comma ("Lorne,
     * Hale & Partners"); a legal form after a bracketed qualifier ends a company ("Civils (Pty) Ltd"); a person's
     * name holds lower-case particles ("Annelie van der Merwe"); a capitalised name after "the village of", "the
     * port of" is a place. Set lookups, only at spans' edges and after "of".
     */
    private void bodyListsAndParticles(List<Tokenizer.Token> s, int[] labels, int[] cls, int base) {
        int n = s.size();
        for (int i = 0; i < n; i++) {
            if (labels[i] % 2 != 1) {
                if (labels[i] == 0 && i + 2 < n && (cls[base + i] & WordBits.PLACE_NOUN_OF) != 0
                        && s.get(i + 1).word().equals("of") && (cls[base + i + 2] & WordBits.NAME) != 0
                        && (labels[i + 2] == 0 || labels[i + 2] == B_PER)) {
                    int e = i + 2;
                    while (e < n && e - (i + 2) < NeutralPlaces.MAX_WORDS && capitalised(s.get(e).word())
                            && namePart(s.get(e).word()) && (e == i + 2 || labels[e] == 0 || labels[e] == B_PER + 1)) {
                        e++;
                    }
                    if (e == n || !capitalised(s.get(e).word())) {
                        setSpan(labels, i + 2, e, B_LOC); // "the village of Um Sumeima", "the port of Ust-Luga"
                    }
                }
                continue;
            }
            int type = labels[i];
            int end = i + 1;
            while (end < n && labels[end] == type + 1) {
                end++;
            }
            if (type == B_PER && end + 1 < n && (cls[base + end] & WordBits.PERSON_PARTICLE) != 0) {
                int k = end;
                while (k < n && k - end < 2 && PERSON_PARTICLES.contains(s.get(k).word())) {
                    k++;
                }
                if (k < n && capitalised(s.get(k).word()) && namePart(s.get(k).word())
                        && (labels[k] == 0 || labels[k] == B_PER) && (k + 1 == n || labels[k + 1] != B_PER + 1)) {
                    setSpan(labels, i, k + 1, B_PER); // "Annelie" + "van der" + "Merwe"
                    i = k;
                    continue;
                }
            }
            if (type != B_ORG) {
                i = end - 1;
                continue;
            }
            boolean inner = false; // an "of" or "on" after a head word inside the span
            int and = -1;
            for (int k = i + 1; k < end - 1; k++) {
                String w = s.get(k).word();
                if ((w.equals("of") || w.equals("for") || w.equals("on")) && orgHead(s, k - 1)) {
                    inner = true;
                } else if (w.equals("and") && !inner && and < 0) {
                    and = k;
                }
            }
            if (and > i + 1 && orgHead(s, and - 1) && orgHead(s, end - 1) && end - and >= 3
                    && !orgHead(s, and + 1) && capitalised(s.get(and + 1).word())) {
                setSpan(labels, i, and, B_ORG); // "Zenon Trust Bank" and "Atlantic Meridian Bank"
                labels[and] = 0;
                setSpan(labels, and + 1, end, B_ORG);
                i = end - 1;
                continue;
            }
            if (and > i + 1 && (cls[base + and - 1] & WordBits.COMPANY) != 0 && end - and <= 3
                    && !orgHead(s, end - 1, cls, base) && onlyCapitalised(s, and + 1, end)) {
                // "Harlow Logistics" and "Quickmart": a company's name ends in its sector word, so a name of one
                // or two words after "and" that ends in none is another company ("X Builders and Development
                // Corporation" and "X Land and Property" end in one and stay whole)
                setSpan(labels, i, and, B_ORG);
                labels[and] = 0;
                setSpan(labels, and + 1, end, B_ORG);
                i = end - 1;
                continue;
            }
            if (end + 2 < n && s.get(end).word().equals("on") && HEADS_BEFORE_ON.contains(s.get(end - 1).word())
                    && capitalised(s.get(end + 1).word()) && labels[end + 1] != B_PER
                    && !WEEKDAYS.contains(s.get(end + 1).word()) && !MONTHS.contains(s.get(end + 1).word())) {
                end += 1; // "Senate Committee" + "on National Defense ...": the committee's subject
                int k = end;
                while (k < n && k - end < MAX_ORG_TAIL && (capitalised(s.get(k).word()) && namePart(s.get(k).word())
                        && labels[k] != B_PER || ORG_CONNECTORS.contains(s.get(k).word()) && k + 1 < n
                        && capitalised(s.get(k + 1).word()))) {
                    k++;
                }
                end = k;
                inner = true;
                setSpan(labels, i, end, B_ORG);
            }
            if (inner) {
                // the list of portfolios goes on: ", Sports and the Arts", "and Urban Development"
                int e = end;
                boolean extended = false;
                while (e + 1 < n && (s.get(e).word().equals(",") || s.get(e).word().equals("and"))) {
                    int k = e + 1;
                    if (s.get(k).word().equals("and") && s.get(e).word().equals(",")) {
                        k++;
                    }
                    if (k < n && s.get(k).word().equals("the")) {
                        k++;
                    }
                    int w0 = k;
                    while (k < n && k - w0 < 3 && capitalised(s.get(k).word()) && namePart(s.get(k).word())
                            && (labels[k] != B_PER && labels[k] != B_PER + 1 || portfolioWord(s.get(k).word()))
                            && labels[k] != B_LOC) {
                        k++;
                    }
                    if (k == w0 || k < n && capitalised(s.get(k).word())) {
                        break;
                    }
                    e = k;
                    extended |= s.get(w0 - 1).word().equals("and") || s.get(w0 - 1).word().equals("the");
                    if (s.get(w0 - 1).word().equals("and") || s.get(w0 - 2).word().equals("and")) {
                        break; // "..., Peace, Unification and Reconciliation": "and" closes the list
                    }
                }
                if (extended && e > end) {
                    setSpan(labels, i, e, B_ORG);
                    end = e;
                }
            }
            if (end + 1 < n && s.get(end - 1).word().equals(")") && LEGAL_FORMS_AFTER_COMMA.contains(s.get(end).word())) {
                setSpan(labels, i, end + 1, B_ORG); // "Thaba Nchu Civils (Pty)" + "Ltd"
                end++;
            }
            if (i >= 2 && s.get(i - 1).word().equals(",") && capitalised(s.get(i - 2).word()) && namePart(s.get(i - 2).word())
                    && COMPANY_ENDS_AFTER_AMPERSAND.contains(s.get(end - 1).word()) && s.get(end - 2).word().equals("&")
                    && (labels[i - 2] == 0 && (i - 3 <= 0 || !capitalised(s.get(i - 3).word()))
                    || i == 3 && labels[0] == B_PER && labels[1] == B_PER + 1)) {
                labels[0] = i == 3 ? 0 : labels[0]; // ("Shipbroker Lorne, Hale & Partners": a role word opened the sentence)
                setSpan(labels, i - 2, end, B_ORG); // "Lorne," + "Hale & Partners"
            }
            i = end - 1;
        }
    }

    /** Head words of public bodies, unions and institutions whose names join two fields with "and". */
    private static final Set<String> PUBLIC_BODY_HEADS = WordSet.of("Agency", "Authority", "Commission", "Committee",
            "Council", "Department", "Ministry", "Federation", "Association", "Institute", "Board", "Bureau", "Office",
            "Foundation", "Society", "Hospital", "University", "College", "Academy", "Network", "Centre", "Center",
            "Organisation", "Organization", "Directorate", "Secretariat", "Tribunal", "Union", "Service", "Trust");
    /** Most capitalised words before "and" that {@link #bodiesWithAnd} takes into a body's name. */
    private static final int MAX_FIELD_WORDS = 3;

    /**
     * A public body whose name joins two fields or places with "and" before its head word ("Geo-Informatics and
     * Space Technology Development Agency", "Australian Nursing and Midwifery Federation", "Fisheries and Oceans
     * Department", "Norfolk and Norwich University Hospital"): the tagger types only the part after "and". The
     * words before "and" join the body when they are untyped capitalised words (up to three, not a sentence's
     * first word English writes in lower case), a body's span that ends in no head word, or one place before a
     * public body's head ({@link #PUBLIC_HEADS}). Not a club's or company's name ("Arsenal and Manchester
     * United", "Fiat and General Motors" are two): the head must be a public body's ({@link #PUBLIC_BODY_HEADS}).
     */
    private void bodiesWithAnd(List<Tokenizer.Token> s, int[] labels, int[] cls, int base) {
        int n = labels.length;
        for (int b = 2; b < n; b++) {
            if (labels[b] != B_ORG || !s.get(b - 1).word().equals("and")) {
                continue;
            }
            int e = spanEnd(labels, b);
            String last = s.get(e - 1).word();
            if (!PUBLIC_BODY_HEADS.contains(last)) {
                continue; // ("Fiat and General Motors", "EADS and BAE Systems": two companies)
            }
            int a = b - 2;
            int from = -1;
            if (labels[a] == 0) {
                int k = a;
                while (k >= 0 && a - k < MAX_FIELD_WORDS && labels[k] == 0
                        && (cls[base + k] & (WordBits.CAP | WordBits.DETERMINER | WordBits.TITLE)) == WordBits.CAP) {
                    k--;
                }
                int start = k + 1;
                if (start == 0 && start <= a && tagger.usuallyLowerCase(s.get(start).word())) {
                    start++; // "Both Fisheries and ...": a sentence's first word that is no name
                }
                if (start <= a && (k < 0 || (cls[base + k] & WordBits.CAP) == 0)) {
                    from = start;
                }
            } else if (labels[a] == B_ORG || labels[a] == B_ORG + 1) {
                int k = a;
                while (k > 0 && labels[k] == B_ORG + 1) {
                    k--;
                }
                if (a - k < MAX_FIELD_WORDS && !orgHead(s, a, cls, base)) {
                    from = k; // "Fisheries" + "and" + "Oceans Department"
                }
            } else if (labels[a] == B_LOC && (a + 1 == b - 1) && PUBLIC_HEADS.contains(last)
                    && (a == 0 || (cls[base + a - 1] & WordBits.CAP) == 0)) {
                from = a; // "Norfolk" + "and" + "Norwich University Hospital"
            }
            if (from >= 0) {
                setSpan(labels, from, e, B_ORG);
            }
            b = e - 1;
        }
    }

    /** Most single-word partners' names before the last two of a firm named by a comma list ("A, B, C & D"). */
    private static final int MAX_LISTED_PARTNERS = 6;

    /**
     * A name joined by "&" is a firm's or a body's, never one person's: "Mallory & Finch", "Brandt & Osei Inc",
     * "Hale & Partners", "Q&R Metro Rail" (a glued "&"). The tagger reads such names as people; a span it typed
     * PERSON or ORGANIZATION that holds a "&" between capitalised words becomes one ORGANIZATION (places keep
     * theirs: "Trinidad & Tobago"). A law firm named by a comma list of partners before the "&" ("Kessel,
     * Marbury, Quill & Danforth") takes the listed single capitalised words in. The "&" is the name's own
     * conjunction: an "and" after it inside the tagger's span joins a second name ("Gates & Co Foundation
     * and Rotary Club" is two).
     */
    private static void ampersandNames(List<Tokenizer.Token> s, int[] labels) {
        int n = labels.length;
        for (int i = 0; i < n; i++) {
            String w = s.get(i).word();
            boolean glued = w.length() > 2 && w.indexOf('&') > 0 && w.indexOf('&') < w.length() - 1
                    && capitalised(w);
            boolean between = w.equals("&") && i > 0 && i + 1 < n && capitalised(s.get(i - 1).word())
                    && namePart(s.get(i - 1).word()) && capitalised(s.get(i + 1).word()) && namePart(s.get(i + 1).word());
            if (!glued && !between || labels[i] == 0 && !between) {
                continue;
            }
            int first = glued ? i : i - 1;
            int last = glued ? i : i + 1;
            int type = labels[first] == 0 ? labels[last] : labels[first] - (labels[first] % 2 == 0 ? 1 : 0);
            if (type != B_PER && type != B_ORG) {
                continue; // untyped, or a place ("Trinidad & Tobago", "Antigua & Barbuda")
            }
            int from = first;
            while (from > 0 && labels[from] != 0 && labels[from] % 2 == 0) {
                from--; // the start of the span the first partner's name is in
            }
            if (labels[from] == 0) {
                from = first;
            }
            int end = last + 1;
            while (end < n && labels[end] != 0 && labels[end] % 2 == 0 && !s.get(end).word().equals("and")
                    && !s.get(end).word().equals(",")) {
                end++;
            }
            int listed = 0;
            while (from >= 2 && listed < MAX_LISTED_PARTNERS && s.get(from - 1).word().equals(",")
                    && capitalised(s.get(from - 2).word()) && namePart(s.get(from - 2).word())
                    && (from - 2 == 0 || !capitalised(s.get(from - 3).word())
                    || s.get(from - 3).word().equals(","))) {
                from -= 2; // "Kessel," + "Marbury," + "Quill & Danforth"
                listed++;
            }
            boolean split = end + 1 < n && s.get(end).word().equals("and") && labels[end] != 0
                    && labels[end] % 2 == 0 && labels[end + 1] == labels[end] && capitalised(s.get(end + 1).word());
            int rest = split ? labels[end] - 1 : 0;
            setSpan(labels, from, end, B_ORG);
            if (split) {
                labels[end] = 0;
                labels[end + 1] = rest; // "... Foundation" | "and" | "Rotary Club": the second name keeps its type
            }
            i = end - 1;
        }
    }

    /** Last words of a partnership named by surnames after "&": "Lorne, Hale & Partners", "Smith & Associates". */
    private static final Set<String> COMPANY_ENDS_AFTER_AMPERSAND = WordSet.of("Partners", "Associates", "Co", "Co.",
            "Sons", "Company");

    /**
     * Services a US special district runs ("School District", "Water District", "Fire District"): such a
     * district is a body with a board and a budget, not a division of a country.
     */
    private static final Set<String> SERVICE_DISTRICTS = WordSet.of("School", "Water", "Fire", "Irrigation", "Sanitation",
            "Sanitary", "Transit", "Hospital", "Library", "Conservation", "Utility", "Sewer", "Park", "Parks");

    /** Kinship words before "of" that name a person's relative in police and court copy ("son of X"). */
    private static final Set<String> KIN_WORDS = WordSet.of("son", "daughter", "wife", "husband", "father", "mother",
            "brother", "sister", "widow", "widower", "grandson", "granddaughter", "nephew", "niece");
    /** First letters of the Indian police forms "S/O", "D/O", "W/O", "H/O" (son, daughter, wife, husband of). */
    private static final Set<String> KIN_INITIALS = WordSet.of("S", "D", "W", "H", "s", "d", "w");
    /** Lower-case words after a place's name that make it a place ("the Kanpur Gate area"). */
    private static final Set<String> AREA_WORDS = WordSet.of("area", "areas", "locality", "neighbourhood",
            "neighborhood", "outskirts");
    /** Vehicle nouns: a model's name before one or in brackets after one is no person nor body ("SUV (Innova)"). */
    private static final Set<String> VEHICLE_NOUNS = WordSet.of("SUV", "SUVs", "car", "cars", "jeep", "van", "truck",
            "sedan", "pickup", "motorcycle", "motorbike", "tractor", "minibus", "hatchback");
    /** Road codes before a number: "NH-44", "SH 12" (national and state highways of South Asian copy). */
    private static final Set<String> ROAD_CODES = WordSet.of("NH", "SH");
    /** Places written as dotted abbreviations ("L.A.", "D.C."): the tagger reads them as a body's initials. */
    private static final Set<String> PLACE_ABBREVIATIONS = io.newswire.enrich.text.WordList.load(EntitiesEnricher.class,
            "place-abbreviations.txt");
    private static final int MAX_KIN_NAME = 5;
    /** Every word that starts one of the forms below: one lookup per untagged word, the only per-token cost. */
    private static final Set<String> LOCAL_FORM_TRIGGERS = WordSet.union(KIN_WORDS, KIN_INITIALS, AREA_WORDS, VEHICLE_NOUNS,
            ROAD_CODES, Set.of("identified"));

    /**
     * Forms of Indian, Pakistani and local police copy, and others the tagger types wrong:
     * <ul>
     * <li>"X, son of Y", "wife of Y", "X S/O Y": X and Y are people; "Y of Z" is a person and a place;</li>
     * <li>"identified as X" names a person, not a body;</li>
     * <li>a Korean given name of two hyphenated syllables belongs to the surname before it ("Kim Seung-kyum");</li>
     * <li>"the X area" is a place; "NH-44", "National Highway-93" are roads; "L.A." is a place;</li>
     * <li>a vehicle's model before a vehicle noun or in brackets after one ("SUV (Innova)") is no name.</li>
     * </ul>
     */
    private void kinshipAndLocalForms(List<Tokenizer.Token> s, int[] labels, int[] cls, int base) {
        int n = labels.length;
        for (int i = 0; i < n; i++) {
            // one bit says whether any of the word lists below can hold the word
            boolean trigger = (cls[base + i] & WordBits.LOCAL_FORM) != 0;
            if (labels[i] == 0 && !trigger && s.get(i).word().indexOf('-') < 0) {
                continue;
            }
            String w = s.get(i).word();
            int nameStart = -1;
            if (trigger && KIN_WORDS.contains(w) && i + 1 < n && s.get(i + 1).word().equals("of")) {
                nameStart = i + 2;
            } else if (trigger && KIN_INITIALS.contains(w) && i + 2 < n && s.get(i + 1).word().equals("/")
                    && (s.get(i + 2).word().equals("O") || s.get(i + 2).word().equals("o"))) {
                nameStart = i + 3;
            } else if (w.equals("identified") && i + 1 < n && s.get(i + 1).word().equals("as")) {
                nameStart = i + 2;
            }
            if (nameStart >= 0) {
                boolean kin = !w.equals("identified");
                int e = kinName(s, nameStart);
                if (e > nameStart && (kin || labels[nameStart] == B_ORG || labels[nameStart] == 0)) {
                    for (int k = i; k < nameStart; k++) {
                        labels[k] = 0; // "S / O" inside the tagger's span splits it
                    }
                    setSpan(labels, nameStart, e, B_PER);
                    placeAfterOf(s, labels, e);
                }
                if (kin && nameStart == i + 3 || kin && i > 0 && s.get(i - 1).word().equals(",")) {
                    // "X S/O Y", "X, S/O Y", "X, son of Y": X is a person too
                    int before = nameStart == i + 3 && !(i > 0 && s.get(i - 1).word().equals(",")) ? i : i - 1;
                    int from = before;
                    while (from > 0 && before - from < MAX_KIN_NAME && capitalised(s.get(from - 1).word())
                            && namePart(s.get(from - 1).word()) && !DETERMINERS.contains(s.get(from - 1).word())
                            && !orgHead(s, from - 1) && !allCaps(s.get(from - 1).word())) {
                        from--;
                    }
                    if (from < before && labels[from] != B_PER && !(from > 0 && labels[from - 1] != 0)) {
                        setSpan(labels, from, before, B_PER);
                    }
                }
                continue;
            }
            if (w.equals("District") && i > 1 && SERVICE_DISTRICTS.contains(s.get(i - 1).word())) {
                int from = i - 1;
                while (from > 0 && i - from < MAX_KIN_NAME && capitalised(s.get(from - 1).word())
                        && namePart(s.get(from - 1).word()) && !DETERMINERS.contains(s.get(from - 1).word())) {
                    from--;
                }
                setSpan(labels, from, i + 1, B_ORG); // "Brookfield" + "City School District": one body
                continue;
            }
            if (labels[i] == B_ORG && i + 1 < n && labels[i + 1] == B_PER && Titles.titleAt(s, i, i + 1) == 1) {
                labels[i] = 0; // "SDPO Kavita Rathore": a title the tagger read as a body's initials, before a name
                continue;
            }
            if ((labels[i] == B_PER || labels[i] == B_PER + 1) && i + 1 < n && labels[i + 1] != B_PER + 1
                    && syllablePair(s.get(i + 1).word()) && labels[i + 1] != B_ORG + 1 && labels[i + 1] != B_LOC + 1) {
                labels[i + 1] = B_PER + 1; // "Kim Seung-kyum", "Moon Jae-in"
                if (i + 2 < n && labels[i + 2] % 2 == 0 && labels[i + 2] != 0) {
                    labels[i + 2]--;
                }
                continue;
            }
            if (trigger && AREA_WORDS.contains(w) && i > 0 && labels[i - 1] != 0 && labels[i - 1] != B_LOC
                    && labels[i - 1] != B_LOC + 1) {
                int from = i - 1;
                while (from > 0 && labels[from] % 2 == 0) {
                    from--;
                }
                boolean name = labels[from] % 2 == 1;
                for (int k = from; k < i && name; k++) {
                    name = !orgHead(s, k) && !allCaps(s.get(k).word());
                }
                if (name) {
                    setSpan(labels, from, i, B_LOC); // "the Chatpur Gate area", "the Ranjit Nagar area"
                }
                continue;
            }
            if (trigger && VEHICLE_NOUNS.contains(w) && (allCaps(w) || labels[i] % 2 == (labels[i] == 0 ? 0 : 1)
                    && !(i + 1 < n && capitalised(s.get(i + 1).word())))) {
                // (not "van" inside "Annelie van der Merwe" nor before "Dijk": a particle of a name)
                if (labels[i] != 0) {
                    clearSpan(labels, i, i + 1); // "the SUV"
                }
                if (i > 0 && (labels[i - 1] == B_PER || labels[i - 1] == B_ORG) && !orgHead(s, i - 1)
                        && !allCaps(s.get(i - 1).word()) && !VEHICLE_MAKES.contains(s.get(i - 1).word())) {
                    clearSpan(labels, i - 1, i); // "a Scorpio SUV"
                }
                if (i + 2 < n && s.get(i + 1).word().equals("(")) {
                    int e = i + 2;
                    while (e < n && e - i < 5 && capitalised(s.get(e).word())) {
                        e++;
                    }
                    if (e > i + 2 && e < n && s.get(e).word().equals(")")) {
                        clearSpan(labels, i + 2, e); // "an SUV (Innova)": the model in brackets
                    }
                }
                continue;
            }
            int road = roadNumber(s, i);
            if (road > i) {
                int from = i;
                while (from > 0 && i - from < 2 && capitalised(s.get(from - 1).word())
                        && (s.get(from - 1).word().equals("National") || s.get(from - 1).word().equals("State"))) {
                    from--;
                }
                setSpan(labels, from, road, B_LOC); // "NH-44", "National Highway-93", "SH 12"
                i = road - 1;
                continue;
            }
            if ((labels[i] == B_ORG || labels[i] == B_PER) && PLACE_ABBREVIATIONS.contains(w)) {
                int e = i + 1;
                while (e < n && labels[e] == labels[i] + 1) {
                    e++;
                }
                boolean titled = e == i + 1;
                for (int k = i + 1; k < e && !titled; k++) {
                    titled = Titles.isTitleWord(s.get(k).word()); // not "the D.C. Council", a body
                }
                if (!titled) {
                    continue;
                }
                int type = labels[i];
                labels[i] = B_LOC; // "L.A. Police Chief X": the city; the words after it stand on their own
                if (e > i + 1) {
                    labels[i + 1] = type;
                }
            }
        }
    }

    /** End of a person's name from {@code k}: capitalised name words, no title word, up to "of" or a comma. */
    private static int kinName(List<Tokenizer.Token> s, int k) {
        int e = k;
        while (e < s.size() && e - k < MAX_KIN_NAME && capitalised(s.get(e).word()) && namePart(s.get(e).word())
                && !DETERMINERS.contains(s.get(e).word()) && !orgHead(s, e) && !allCaps(s.get(e).word())) {
            e++;
        }
        return e;
    }

    /** "of Siot" after a person's name in kinship copy: the capitalised words after "of" are a place. */
    private static void placeAfterOf(List<Tokenizer.Token> s, int[] labels, int of) {
        if (of + 1 >= s.size() || !s.get(of).word().equals("of")) {
            return;
        }
        labels[of] = 0;
        int e = of + 1;
        boolean head = false;
        while (e < s.size() && e - of <= 4 && capitalised(s.get(e).word()) && namePart(s.get(e).word())) {
            head |= orgHead(s, e) || allCaps(s.get(e).word());
            e++;
        }
        if (e > of + 1 && !head) {
            setSpan(labels, of + 1, e, B_LOC);
        } else if (of + 1 < s.size() && labels[of + 1] % 2 == 0 && labels[of + 1] != 0) {
            labels[of + 1]--;
        }
    }

    /** Clears labels from {@code from} to {@code end}; a span going on after it starts anew. */
    private static void clearSpan(int[] labels, int from, int end) {
        for (int k = from; k < end; k++) {
            labels[k] = 0;
        }
        if (end < labels.length && labels[end] != 0 && labels[end] % 2 == 0) {
            labels[end]--;
        }
    }

    /** End of a numbered road at {@code i}: "NH-44", "NH 44", "Highway-93"; {@code i} when none. */
    private static int roadNumber(List<Tokenizer.Token> s, int i) {
        String w = s.get(i).word();
        int dash = w.indexOf('-');
        if (dash > 0 && dash + 1 < w.length() && Character.isDigit(w.charAt(dash + 1))) {
            String code = w.substring(0, dash);
            return ROAD_CODES.contains(code) || NUMBERED_ROADS.contains(code) ? i + 1 : i;
        }
        if (ROAD_CODES.contains(w) && i + 1 < s.size() && Character.isDigit(s.get(i + 1).word().charAt(0))) {
            return i + 2;
        }
        return i;
    }

    /**
     * Whether a word is a given name of two romanised Korean (or Taiwanese) syllables joined by a hyphen,
     * "Jae-in", "Seung-kyum", "Ing-wen": each part a syllable of at most two consonants, one to three
     * vowels and a final of n, ng, k, l, m, p or t; "Iranian-made", "U.S.-led" fail.
     */
    private static boolean syllablePair(String word) {
        int dash = word.indexOf('-');
        if (dash < 1 || dash + 1 >= word.length() || word.indexOf('-', dash + 1) >= 0
                || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        return syllable(word.substring(0, dash).toLowerCase(java.util.Locale.ROOT)) && syllable(word.substring(dash + 1));
    }

    private static boolean syllable(String p) {
        int i = 0;
        int n = p.length();
        while (i < n && i < 2 && "gkndtrlmbpsjch".indexOf(p.charAt(i)) >= 0) {
            i++;
        }
        int v = i;
        while (i < n && i - v < 3 && "aeiouyw".indexOf(p.charAt(i)) >= 0) {
            i++;
        }
        if (i == v || "aeiou".indexOf(p.charAt(i - 1)) < 0 && i - v == 1) {
            return false;
        }
        String fin = p.substring(i);
        return fin.isEmpty() || fin.equals("n") || fin.equals("ng") || fin.equals("k") || fin.equals("l")
                || fin.equals("m") || fin.equals("p") || fin.equals("t");
    }

    /**
     * Two spans the tagger runs together. A PERSON span with a lower-case word inside that is no name
     * particle ("Ngati Ruanui Trust chairperson Aroha Tane", "Kestrel Ltd spokesman Dan Roe"): the name is
     * the two or more capitalised words after that word, and what stands before it is a body when it ends
     * in a body's head, else nothing (a club or a place would be a guess). And two names of one kind joined
     * by "and" that end in the same word ("Oyo Local Government Area and Ife Local Government Area", "Kano
     * Central Mosque and Zaria Central Mosque"): two spans, places when that word is a local division.
     */
    private void gluedSpans(List<Tokenizer.Token> s, int[] labels, int[] cls, int base) {
        int n = labels.length;
        for (int i = 0; i < n; i++) {
            if (labels[i] % 2 != 1) {
                continue;
            }
            int end = spanEnd(labels, i);
            if (end - i < 2 || end - i < 3 && labels[i] == B_PER) {
                i = end - 1;
                continue;
            }
            int type = labels[i];
            if (type == B_PER) {
                int cut = -1;
                for (int k = end - 3; k >= i; k--) {
                    String w = s.get(k).word();
                    if (k > i && Character.isLowerCase(w.charAt(0)) && w.length() >= 4
                            && (cls[base + k] & WordBits.PERSON_PARTICLE) == 0
                            && !NAME_PARTICLES.contains(w) && !LONG_PARTICLES.contains(w) && w.indexOf('-') < 0
                            && w.indexOf('\'') < 0
                            || k > i && shortAcronym(w) && !allCaps(s.get(k + 1).word()) && !LEADING_LEGAL_FORMS.contains(w)
                            && (cls[base + k] & (WordBits.TITLE | WordBits.COMPANY | WordBits.ORG_HEAD)) == 0) {
                        // (an office or body in capitals before the name: "Rongai MCA Peter Langat")
                        cut = k;
                        break;
                    }
                }
                if (cut >= i && onlyCapitalised(s, cut + 1, end)) {
                    java.util.Arrays.fill(labels, i, cut + 1, 0);
                    if (cut == i) {
                        // nothing before the office
                    } else if (CLUB_ROLES.contains(s.get(cut).word()) && NeutralPlaces.isCountry(gazetteer, s, i, cut)) {
                        setSpan(labels, i, cut, B_LOC); // ("Ireland fly-half X": the national side stays the country)
                    } else if (orgHead(s, cut - 1, cls, base) || CLUB_ROLES.contains(s.get(cut).word())) {
                        setSpan(labels, i, cut, B_ORG); // ("Everton manager X": a club's role names the club)
                    } // else nothing: "Everton manager X", "Uefa delegate X" name a club or body no word types
                    setSpan(labels, cut + 1, end, B_PER);
                }
            } else {
                String last = s.get(end - 1).word();
                if (type == B_ORG && (last.equals("Area") && s.get(end - 2).word().equals("Government")
                        || PLACE_ONLY_DIVISION_ENDS.contains(last))) {
                    setSpan(labels, i, end, B_LOC); // "Birnin Kudu Local Government Area", "Bogra Upazila"
                    type = B_LOC;
                }
                for (int a = i + 2; a < end - 2; a++) {
                    if (s.get(a).word().equals("and") && s.get(a - 1).word().equals(last)
                            && (cls[base + end - 1] & WordBits.CAP) != 0) {
                        int b = PLACE_DIVISIONS.contains(last) || LOCAL_DIVISION_ENDS.contains(last) ? B_LOC : type;
                        labels[a] = 0;
                        setSpan(labels, i, a, b);
                        setSpan(labels, a + 1, end, b);
                        break;
                    }
                }
            }
            i = end - 1;
        }
    }

    /**
     * Whether a name that stands after a noun of its kind ends before this word: a lower-case word or a mark
     * that closes a clause, not a connector, a possessive or a number that go on with it ("group Fathers 4
     * Justice", "group Tarn's Children", "group Victims and Citizens").
     */
    private static boolean nameEndsBefore(String word) {
        int c = word.codePointAt(0);
        return Character.isLowerCase(c) && !ORG_CONNECTORS.contains(word) && !word.equals("&")
                || word.equals(",") || word.equals(".") || word.equals(";") || word.equals(":") || word.equals(")");
    }

    /** Whether a word of [start, end) is a given name of the English lists: "union Unison Dave Prentis" holds a man. */
    private static boolean givenNameIn(List<Tokenizer.Token> all, int start, int end) {
        for (int k = start; k < end; k++) {
            if (isGivenName(all.get(k).word())) {
                return true;
            }
        }
        return false;
    }

    /** Seats whose holder's name follows "for" and the constituency: "MP for Ashvale East Dana Koh". */
    private static final Set<String> SEAT_WORDS = WordSet.of("MP", "MPs", "MLA", "MSP", "MPP", "MHA", "MNA", "TD", "member",
            "Member", "Assemblyman", "Assemblywoman", "Assemblymember", "assemblyman", "assemblywoman", "councillor");
    /** Compass and seat words that end a constituency's name after a place: "Belfast West", "Harare North". */
    private static final Set<String> SEAT_TAILS = WordSet.of("North", "South", "East", "West", "Central", "Rural", "Urban",
            "Town", "City", "Borough", "Constituency");
    /** A company's legal form with its full stop, after which the tagger runs on into the next sentence's name. */
    private static final Set<String> DOTTED_LEGAL_FORMS = WordSet.of("Ltd.", "Inc.", "Corp.", "Co.", "Plc.", "LLC.",
            "Bhd.", "Pty.");
    /** The possessive's token: "Hospital's", "Paul's" are tokenised "Hospital" "'s". */
    private static final Set<String> POSSESSIVES = WordSet.of("'s", "’s");
    /** Ranks that the tagger leaves inside a PERSON span: Irish "Garda X", Burmese "U X Y" (Mr). */
    private static final Set<String> RANKS_INSIDE = WordSet.of("Garda", "U");
    /** Malaysian honorifics of two words: the second ("Datuk Amar", "Datuk Patinggi", "Tan Sri") after the first. */
    private static final Set<String> FIRST_HONORIFICS = WordSet.of("Datuk", "Dato", "Dato'", "Datin", "Tan", "Tun");
    /** The second word of a two-word Malaysian honorific: "Amar", "Patinggi", "Seri", "Paduka" (s36). */
    private static final Set<String> SECOND_HONORIFICS = WordSet.of("Amar", "Patinggi", "Seri", "Sri", "Paduka", "Wira",
            "Setia");
    /** The word after "Garda" in the force's own name: "An Garda Síochána" is no garda. */
    private static final Set<String> FORCE_WORDS = WordSet.of("Síochána", "Siochana", "Síochána's");

    /**
     * Forms of Commonwealth, Irish and Burmese copy the tagger runs together, each checked at a span or at a
     * seat word, never per token with a lookup:
     * <ul>
     *   <li>a rank inside a PERSON span: "Garda Niamh Cole" (the Irish rank; not "Garda Síochána"), Burmese "U
     *   Tin Maung Oo" (Mr), with two name words at least after it;</li>
     *   <li>a seat's constituency and holder run into one span, or the holder cut at the wrong word: "MP for
     *   Ashvale East Dana Koh", "member for Yarra Bend Tessa Lim": the constituency is a LOCATION up to a
     *   given name, else up to the longest gazetteer place (and a compass word after it), the rest is the
     *   PERSON; the seat word and "for" stay outside;</li>
     *   <li>a company's legal form with its full stop inside a PERSON span ("Orlan Haulage Ltd. Brady was
     *   remanded"): the company, then the person of the next sentence;</li>
     *   <li>a place span holding "Police" ("Quezon City Police District", "Batasan Police Station"): a police
     *   body; "Police" before a one-word place ("Police Scotland"): one body.</li>
     * </ul>
     */
    private void ranksSeatsAndSuffixes(List<Tokenizer.Token> s, int[] labels, int[] cls, int base) {
        int n = labels.length;
        for (int i = 1; i + 3 < n; i++) {
            if (s.get(i).word().equals("for") && SEAT_WORDS.contains(s.get(i - 1).word())
                    && capitalised(s.get(i + 1).word())) {
                i = Math.max(i, seat(s, labels, i + 1));
            }
        }
        for (int i = 0; i < n; i++) {
            String w = s.get(i).word();
            if (i + 1 < n && labels[i + 1] == B_ORG && (labels[i] == 0 || labels[i] == B_PER && spanEnd(labels, i) == i + 1)
                    && ROMANCE_ORG_LEADS.contains(w)) {
                int end = spanEnd(labels, i + 1);
                setSpan(labels, i, end, B_ORG); // "Parti Pesaka Bumi" cut after its head word: one body
                i = end - 1;
                continue;
            }
            if (labels[i] == 0 && i > 0 && i + 1 < n
                    && (cls[base + i] & (WordBits.CAP | WordBits.DETERMINER | WordBits.TITLE | WordBits.WEEKDAY)) == WordBits.CAP
                    && COMPANY_KIND_NOUNS.contains(s.get(i - 1).word()) && !s.get(i + 1).word().equals("of")) {
                // (the set is asked only at an untyped capitalised word, the int test first)
                int end = i + 1;
                while (end < n && end - i < 4 && labels[end] == 0 && capitalised(s.get(end).word())) {
                    end++;
                }
                if (givenNameIn(s, i, end)) {
                    continue; // "group Dave Lorne": a man the tagger missed, maybe, not a body
                }
                if (end == n || labels[end] == 0 && nameEndsBefore(s.get(end).word())) { // (not a longer name's start)
                    setSpan(labels, i, end, B_ORG); // "rights group Vigil said": the noun says what the name is
                    i = end - 1;
                    continue;
                }
            }
            if (w.equals("Government") && i + 2 < n && s.get(i + 1).word().equals("of") && labels[i + 2] == B_LOC
                    && (labels[i] == 0 || labels[i] == B_ORG && spanEnd(labels, i) == i + 1)) {
                int end = spanEnd(labels, i + 2);
                setSpan(labels, i, end, B_ORG); // "the Government of Tarn": the government, not a place
                i = end - 1;
                continue;
            }
            if (labels[i] % 2 != 1) {
                if (w.equals("Police") && i + 1 < n && labels[i + 1] == B_LOC && spanEnd(labels, i + 1) == i + 2
                        && (i + 2 == n || !capitalised(s.get(i + 2).word()))
                        && (i == 0 || !capitalised(s.get(i - 1).word()))) {
                    setSpan(labels, i, i + 2, B_ORG); // "Police Scotland said"
                    i++;
                }
                continue;
            }
            int end = spanEnd(labels, i);
            if (labels[i] == B_PER && end - i >= 3 && RANKS_INSIDE.contains(w) && onlyCapitalised(s, i + 1, end)
                    && (cls[base + i + 1] & WordBits.ORG_HEAD) == 0 && !FORCE_WORDS.contains(s.get(i + 1).word())) {
                labels[i] = 0;
                setSpan(labels, i + 1, end, B_PER);
            } else if (labels[i] == B_PER && end - i >= 3) {
                for (int k = i + 1; k < end - 1; k++) {
                    if (DOTTED_LEGAL_FORMS.contains(s.get(k).word()) && capitalised(s.get(k + 1).word())) {
                        setSpan(labels, i, k + 1, B_ORG);
                        setSpan(labels, k + 1, end, B_PER);
                        break;
                    }
                }
            } else if (labels[i] == B_ORG && end - i >= 4 && orgHead(s, end - 1)) {
                for (int k = i + 1; k + 1 < end; k++) {
                    if (POSSESSIVES.contains(s.get(k).word()) && orgHead(s, k - 1)) {
                        setSpan(labels, i, k, B_ORG); // "Tarn General Hospital's Burns Unit": two bodies
                        labels[k] = 0;
                        setSpan(labels, k + 1, end, B_ORG);
                        break;
                    }
                }
            } else if (labels[i] == B_LOC && end - i >= 3) {
                for (int k = i + 1; k < end; k++) {
                    if (s.get(k).word().equals("Police")) {
                        setSpan(labels, i, end, B_ORG);
                        break;
                    }
                }
            }
            i = end - 1;
        }
    }

    /**
     * Splits the capitalised words from {@code from} after "MP for" into the constituency (LOCATION) and its
     * holder (PERSON) when there are three or more; returns the last index handled.
     */
    private int seat(List<Tokenizer.Token> s, int[] labels, int from) {
        int n = labels.length;
        int end = from;
        while (end < n && end - from < 8 && capitalised(s.get(end).word()) && !Titles.isTitleWord(s.get(end).word())) {
            end++;
        }
        if (end - from < 3) {
            return from - 1;
        }
        for (int k = from; k < end; k++) {
            if (labels[k] == B_ORG || labels[k] == B_ORG + 1) {
                if (orgHead(s, k)) {
                    return from - 1; // "MP for Ashvale Borough Council": a body, not a seat and a holder
                }
            }
        }
        int cut = -1;
        for (int k = from + 1; k + 1 < end; k++) {
            String w = s.get(k).word();
            if (isGivenName(w)) {
                cut = k;
                break;
            }
        }
        if (cut < 0) {
            for (int k = end - 2; k > from; k--) {
                if (NeutralPlaces.isPlace(gazetteer, s, from, k)) {
                    cut = k;
                    break;
                }
            }
            while (cut > 0 && cut + 2 < end && SEAT_TAILS.contains(s.get(cut).word())) {
                cut++;
            }
        }
        if (cut < 0) {
            return from - 1;
        }
        if (labels[from - 2] != 0 && labels[from - 2] % 2 == 0) {
            int head = from - 2;
            while (head > 0 && labels[head] % 2 == 0) {
                head--;
            }
            setSpan(labels, head, from - 2, B_ORG); // "Sinn Féin MLA for": the party before the seat word
        }
        clearSpan(labels, from - 2, from); // the seat word and "for" are no name ("MP for ..." typed a body)
        setSpan(labels, from, cut, B_LOC);
        setSpan(labels, cut, end, B_PER);
        return end - 1;
    }

    /**
     * Common given names of English-language news ({@code given-names-en.txt}: the US Social Security
     * Administration's counts of given names, public domain, less every word that is also an English word, a
     * title, a known place, a car make or a brand; see the file's header).
     */
    static final Set<String> GIVEN_NAMES_EN = io.newswire.enrich.text.WordList.load(EntitiesEnricher.class,
            "given-names-en.txt");
    /**
     * The commonest English given names that {@link #GIVEN_NAMES_EN} leaves out because each is also an English
     * word or a place ({@code given-names-en-common.txt}: John, David, Mary, Mark, Jordan). Never evidence of a
     * person alone: only the first word of a longer span with a person's cue, and no role word before a name.
     */
    static final Set<String> COMMON_GIVEN_NAMES_EN = io.newswire.enrich.text.WordList.load(EntitiesEnricher.class,
            "given-names-en-common.txt");
    /** Word classes no surname has: a body's, road's, place's or title's word after a given name ends a person. */
    private static final int NOT_SURNAME = WordBits.ORG_HEAD | WordBits.COMPANY | WordBits.STREET | WordBits.NUMBERED_ROAD
            | WordBits.PLACE_DIVISION | WordBits.PLACE_TAIL | WordBits.PLACE_NOUN | WordBits.GENERIC_HEAD | WordBits.TITLE
            | WordBits.FEATURE_WORD | WordBits.EVENT_WORD | WordBits.LOCAL_UNIT | WordBits.DETERMINER
            | WordBits.REGION_ABBREVIATION | WordBits.CURRENCY | WordBits.SHIP_NOUN | WordBits.LAW_END
            | WordBits.RELIGIOUS_GROUP | WordBits.WEEKDAY;
    /**
     * Words of the given-name list that more often open a place's or body's name: the Arabic article, Spanish
     * and Portuguese saints, "Ben" of Hebrew places.
     */
    private static final Set<String> NOT_GIVEN_NAMES = WordSet.of("Al", "El", "Ben", "Santa", "Santo", "Sao", "San");
    /** Lower-case words after a place's name: "Sharea Faisal police station", "Gulberg area". */
    private static final Set<String> PLACE_NOUNS_AFTER = WordSet.of("police", "station", "district", "area", "road",
            "street", "town", "city", "division", "zone", "ward", "block", "sector", "camp", "colony", "locality",
            "region", "province", "county", "state", "upazila", "tehsil", "taluk", "municipality", "neighbourhood",
            "neighborhood", "suburb", "island", "river", "lake", "airport", "port", "border", "crossing");
    /** Last words of places' names that a person's name never ends in: "Rabia City", "Hout Bay". */
    private static final Set<String> PLACE_NAME_ENDS = WordSet.of("City", "Town", "Village", "Park", "Beach", "Heights",
            "Springs", "Creek", "Point", "Harbour", "Harbor", "Port", "Estate", "Estates", "Township", "Camp", "Garden",
            "Gardens", "Square", "Junction", "Market", "Mall", "Plaza", "Airport", "Station", "Terminal", "Abad");
    /** Words before a place: a lone given name after one of them may be a town ("in Kamran"), so it stays. */
    private static final Set<String> PLACE_PREPOSITIONS = WordSet.of("in", "at", "from", "near", "to", "into", "across",
            "around", "between", "outside", "towards", "toward", "via", "through", "of", "off");
    /** Heads that open a body's name in Spanish, Portuguese, Italian, French ({@code org-leads-romance.txt}). */
    private static final Set<String> ROMANCE_ORG_LEADS = WordSet.union(io.newswire.enrich.text.WordList.load(EntitiesEnricher.class,
            "org-leads-romance.txt"), io.newswire.enrich.text.WordList.load(EntitiesEnricher.class, "org-leads-other.txt"));
    /** Verbs of a share price after "X shares": "Quorvane shares were unchanged", "Kelvorn shares fell 3%". */
    private static final Set<String> SHARE_VERBS = Set.of("were", "was", "rose", "fell", "gained", "lost", "closed",
            "jumped", "slipped", "dropped", "climbed", "ended", "added", "tumbled", "surged", "slumped", "edged", "traded",
            "rallied", "plunged", "soared", "eased", "advanced", "declined", "opened", "have", "had", "are");

    /**
     * Whether a span stands where only a listed company does: before "shares" and a verb of its price ("Kelvorn
     * shares fell"), or after "shares in/of" ("Shares in Kelvorn rose"). "Mary shares a flat" is no company.
     */
    private static boolean sharesAround(List<Tokenizer.Token> all, int sentenceStart, int start, int end) {
        if (end + 1 < all.size() && all.get(end).word().equals("shares") && SHARE_VERBS.contains(all.get(end + 1).word())) {
            return true;
        }
        return start - 2 >= sentenceStart && (all.get(start - 1).word().equals("in") || all.get(start - 1).word().equals("of"))
                && all.get(start - 2).word().equalsIgnoreCase("shares");
    }

    /** Words of a saint that open a place's name, never a living person's: "St Philip", "St. Andrew", "Saint Lucia". */
    private static final Set<String> SAINT_WORDS = WordSet.of("St", "St.", "Saint", "Ste", "Ste.");
    /** Abbreviated street words a name ends in: "George St", "Harbour Rd", "Queen St." (never a surname). */
    private static final Set<String> STREET_ABBREVIATIONS = WordSet.of("St", "St.", "Rd", "Rd.", "Ave", "Ave.");
    /** Words of water that open a place's name: "River Aire", "Lake Kivu" (a body's head after them keeps it). */
    private static final Set<String> WATER_LEADS = WordSet.of("River", "Lake", "Mount");
    /**
     * Lower-case nouns of a company or body that stand right before its name in apposition ({@code
     * company-kind-nouns.txt}): "chipmaker Hanlo Systems", "grid operator Elvenergo", "rights group Vigil".
     */
    private static final Set<String> COMPANY_KIND_NOUNS = io.newswire.enrich.text.WordList.load(EntitiesEnricher.class,
            "company-kind-nouns.txt");
    /** Nouns of a person after the town the person is from: "a 22-year-old Couva man". */
    private static final Set<String> PERSON_NOUNS = Set.of("man", "woman", "boy", "girl", "teenager", "youth",
            "resident", "mother", "father", "pensioner", "student", "farmer", "trader", "businessman", "businesswoman",
            "motorist", "couple", "family");
    /** The verbs of a wire story's credit line whose "by" names people: "(Reporting by X; Editing by Y)". */
    private static final Set<String> CREDIT_VERBS = WordSet.of("Reporting", "reporting", "Editing", "editing", "Writing",
            "writing", "Compiled", "compiled", "Additional", "Photos", "photos");

    /**
     * Three forms the tagger types wrongly that a word list tells apart:
     * <ul>
     *   <li>A person typed ORGANIZATION or LOCATION whose first word is a common given name ("Krystal Zhao",
     *   "Anders Vikstrom"): the span, two or three capitalised words none of which is a body's, road's, place's or
     *   title's word or an English word, and no gazetteer place, is a PERSON.</li>
     *   <li>A given name alone typed LOCATION ("his accomplice, Kamran, escaped"): no place unless a placing word
     *   or a list of places comes before it; a person when an age follows it ("Rajat, 34,", "Mukesh (41)").</li>
     *   <li>An office typed ORGANIZATION ("a Senior Advocate of Nigeria", "Regional Director", "Officer-in-Charge
     *   (OC)"): a span ending in a title word with no body's head word names no body; a known place or an acronym
     *   before the office ("Ashanti Regional Director") keeps its own type.</li>
     *   <li>Names in a credit line ("(Reporting by Krystal Zhao; Editing by Rashmi Menon)") are people.</li>
     * </ul>
     * Set lookups at spans only, one test per span head.
     */
    private void givenNamesAndOffices(List<Tokenizer.Token> s, int[] labels, int[] cls, int base) {
        int n = labels.length;
        if (n > 2 && (labels[0] == B_LOC || labels[0] == B_PER) && labels[1] == B_ORG) {
            // "Franklin Fire Department said ...": at a sentence's start the tagger has no case to go by, and a town
            // that is also a given name (Franklin, Clayton) was cut off the body it names; one word right before a
            // body whose last word is a body's head is that body's first word (mid-sentence it already is)
            int orgEnd = spanEnd(labels, 1);
            // (a body of two words or more, and no title after it: "L.A. Police Chief X" is a place and a title)
            if (orgEnd >= 3 && (cls[base + orgEnd - 1] & WordBits.ORG_HEAD) != 0
                    && (orgEnd == n || (cls[base + orgEnd] & WordBits.TITLE) == 0)) {
                setSpan(labels, 0, orgEnd, B_ORG);
            }
        }
        int credit = -1; // index after "Reporting by" while inside the credit line
        for (int i = 0; i < n; i++) {
            String w = s.get(i).word();
            if (credit < 0 && w.equals("by") && i > 0 && CREDIT_VERBS.contains(s.get(i - 1).word())) {
                credit = i + 1;
            } else if (credit >= 0 && w.equals(")")) {
                credit = -1;
            } else if ((w.equals("'s") || w.equals("\u2019s")) && i > 0 && i + 1 < n && (cls[base + i - 1] & WordBits.CAP) != 0
                    && (cls[base + i + 1] & WordBits.CAP) != 0 && NeutralPlaces.isPlace(gazetteer, s, i - 1, i + 2)) {
                // "Hawke's Bay": a place whose name holds a possessive; before a body's head, the body's name
                int head = i + 2;
                while (head < n && head < i + 2 + MAX_ORG_HEAD_AFTER_POSSESSIVE && (cls[base + head] & WordBits.CAP) != 0
                        && !orgHead(s, head, cls, base)) {
                    head++;
                }
                boolean body = head < n && (cls[base + head] & WordBits.CAP) != 0 && orgHead(s, head, cls, base);
                setSpan(labels, i - 1, body ? head + 1 : i + 2, body ? B_ORG : B_LOC);
                i = (body ? head + 1 : i + 2) - 1;
                continue;
            } else if ((cls[base + i] & (WordBits.PLACE_LEAD | WordBits.CAP)) == (WordBits.PLACE_LEAD | WordBits.CAP)
                    && i + 1 < n && (cls[base + i + 1] & WordBits.NAME) != 0) {
                // "Jalan Tun Razak", "Jalan Dato Keramat": a road named after a titled man is a road, title and all
                int end = i + 1;
                while (end < n && end - i <= MAX_LOCAL_PLACE_WORDS && (cls[base + end] & WordBits.NAME) != 0
                        && (cls[base + end] & (WordBits.ORG_HEAD | WordBits.COMPANY)) == 0) {
                    end++;
                }
                if ((end == n || (cls[base + end] & WordBits.CAP) == 0) && end - i <= MAX_LOCAL_PLACE_WORDS) {
                    setSpan(labels, i, end, B_LOC);
                    i = end - 1;
                    continue;
                }
            }
            if (labels[i] == 0 && i + 1 < n && labels[i + 1] == B_PER && (cls[base + i] & WordBits.CAP) != 0
                    && COMMON_GIVEN_NAMES_EN.contains(w) && !afterPlacingWord(s, labels, i)) {
                // (only the commonest names: the long list holds "Wednesday", "November", "Tory" too)
                int to = spanEnd(labels, i + 1);
                setSpan(labels, i, to, B_PER); // "Jordan" + "Ashworth-Kemp": a given name the tagger left out
                i = to - 1;
                continue;
            }
            if (labels[i] % 2 != 1) {
                continue;
            }
            int end = spanEnd(labels, i);
            int type = labels[i];
            // (the word after the span first: the gazetteer is asked only before a club's role)
            if (end - i <= 2 && end < n && CLUB_ROLES.contains(s.get(end).word())
                    && (type == B_LOC || NeutralPlaces.isPlace(gazetteer, s, i, end)) && !demonym(s, i, end)
                    && !NeutralPlaces.isCountry(gazetteer, s, i, end) // ("Ireland fly-half X": the national side)
                    || type == B_LOC && end - i <= 2 && clubContext(s, 0, i, end) && !demonym(s, i, end)) {
                setSpan(labels, i, end, B_ORG); // "Everton manager", "beat Brentford 3-1": a club named after its town
                i = end - 1;
                continue;
            }
            if (type == B_PER) {
                i = end - 1;
                continue;
            }
            if (type == B_LOC && end - i == 1 && end < n && labels[end] == B_PER && !NOT_GIVEN_NAMES.contains(w)
                    && (isGivenName(w)) && !afterPlacingWord(s, labels, i)) {
                int to = spanEnd(labels, end);
                setSpan(labels, i, to, B_PER); // "Jordan" + "Ashworth-Kemp": a given name the tagger read as a country
                i = to - 1;
                continue;
            }
            boolean next = end < n && ((cls[base + end] & (WordBits.CAP | WordBits.PLACE_NOUN | WordBits.PLACE_DIVISION
                    | WordBits.STREET)) != 0 || PLACE_NOUNS_AFTER.contains(s.get(end).word()));
            boolean given = !next && (cls[base + i] & (NOT_SURNAME | WordBits.PLACE_LEAD)) == 0
                    && !NOT_GIVEN_NAMES.contains(w) && (GIVEN_NAMES_EN.contains(w) || end - i >= 2 && credit >= 0
                    && !s.get(i - 1).word().equals("in") || end - i >= 2 && COMMON_GIVEN_NAMES_EN.contains(w));
            // (a common name that is also a word or a place, "Jordan", "Grace", only before surnames and with a cue;
            // a country's name before a surname needs none: "Jordan Henderson's penalty" read as a place put the
            // country at the top of a football report's countries, and no country is named "<country> <surname>")
            if (given && end - i >= 2 && end - i <= 3 && (credit >= 0 || personCue(s, labels, i, end)
                    || type == B_LOC && end - i == 2 && NeutralPlaces.isCountry(gazetteer, s, i, i + 1))
                    && surnames(s, i + 1, end, cls, base) && gazetteer.lookup(surface(s, i, end)).length == 0) {
                setSpan(labels, i, end, B_PER);
            } else if (given && end - i == 1 && type == B_LOC && !afterPlacingWord(s, labels, i)) {
                if (ageAfter(s, end)) {
                    setSpan(labels, i, end, B_PER);
                } else if (apposition(s, i, end)) {
                    clearSpan(labels, i, end); // "his accomplice, Kamran, escaped": a man, not a town
                }
            } else if (type == B_ORG && office(s, i, end, cls, base)) {
                int from = i; // "EC's Ashanti Regional Director": the body before the possessive stays a body
                for (int k = end - 2; k > i; k--) {
                    if (s.get(k).word().equals("'s") || s.get(k).word().equals("\u2019s")) {
                        setSpan(labels, i, k, B_ORG);
                        labels[k] = 0;
                        from = k + 1;
                        setSpan(labels, from, end, B_ORG);
                        break;
                    }
                }
                i = from;
                int lead = i;
                while (lead < end && (cls[base + lead] & (WordBits.TITLE | WordBits.LEVEL_ADJECTIVE)) == 0
                        && !tagger.usuallyLowerCase(s.get(lead).word())
                        && !PORTFOLIO_LEADS.contains(s.get(lead).word())) {
                    lead++;
                }
                if (lead == i) {
                    clearSpan(labels, i, end);
                } else if (lead == i + 1 && innerCapital(s.get(i).word())) {
                    clearSpan(labels, lead, end);
                    setSpan(labels, i, lead, B_ORG); // "KeNHA Director General": the body, then its office
                } else if (NeutralPlaces.isPlace(gazetteer, s, i, lead) && !demonym(s, i, lead)) {
                    clearSpan(labels, lead, end);
                    setSpan(labels, i, lead, B_LOC); // "Ashanti Regional Director"
                } else {
                    i = end - 1;
                    continue;
                }
                // the office's short form in brackets after it is no body either: "Officer-in-Charge (OC)"
                if (end + 2 < n && s.get(end).word().equals("(") && s.get(end + 2).word().equals(")")
                        && labels[end + 1] == B_ORG && shortAcronym(s.get(end + 1).word())) {
                    clearSpan(labels, end + 1, end + 2);
                }
            }
            i = end - 1;
        }
    }

    /** Most words of a local place after its lead word: "Jalan Sultan Ismail", "Jalan Dato Onn Jaafar". */
    private static final int MAX_LOCAL_PLACE_WORDS = 4;
    /** Lower-case words after a club's name that only a club has ({@code club-roles.txt}): "Everton manager". */
    private static final Set<String> CLUB_ROLES = io.newswire.enrich.text.WordList.load(EntitiesEnricher.class,
            "club-roles.txt");
    /** Verbs of a result between two sides: "came from behind to beat Brentford 3-1". */
    private static final Set<String> RESULT_VERBS = WordSet.of("beat", "beats", "beating", "defeated", "defeat", "thrashed",
            "edged", "hammered", "outclassed", "routed", "downed", "overcame", "drew", "lost");

    /**
     * Whether the place s[from, end) is a club named after its town: a club's role follows it ("Everton
     * manager"), or a result verb stands beside it in a sentence that gives a score or a margin ("beat Brentford
     * 3-1", "Yorkshire beat Lancashire by six wickets").
     */
    private static boolean clubContext(List<Tokenizer.Token> s, int sentenceStart, int from, int end) {
        int n = s.size();
        if (end + 1 < n && (s.get(end).word().equals("'s") || s.get(end).word().equals("\u2019s"))
                && capitalised(s.get(end + 1).word())) {
            return false; // "beating Indonesia's Putri Lestari 21-14": the player's country, not a club
        }
        if (end < n && CLUB_ROLES.contains(s.get(end).word())) {
            return true;
        }
        boolean result = from > sentenceStart && RESULT_VERBS.contains(s.get(from - 1).word())
                || from > sentenceStart + 1 && s.get(from - 1).word().equals("to") && RESULT_VERBS.contains(s.get(from - 2).word())
                || from > sentenceStart + 1 && s.get(from - 1).word().equals("with") && s.get(from - 2).word().equals("drew")
                || end < n && RESULT_VERBS.contains(s.get(end).word());
        if (!result) {
            return false;
        }
        for (int k = sentenceStart; k < n && k - sentenceStart < MAX_SENTENCE_SCAN; k++) {
            String w = s.get(k).word();
            if (k > end && w.equals(".")) {
                break;
            }
            if (w.equals("wickets") || w.equals("runs") || w.equals("goals") || w.equals("points")
                    || w.length() >= 3 && w.length() <= 7 && score(w)) {
                return true;
            }
        }
        return false;
    }

    /** How many words of a sentence {@link #clubContext} reads for a score at most. */
    private static final int MAX_SENTENCE_SCAN = 80;

    /** Whether an age follows the word before {@code end}: "Zubair, 29,", "Mukesh (41)". */
    private static boolean ageAfter(List<Tokenizer.Token> s, int end) {
        return end + 2 < s.size() && (s.get(end).word().equals(",") || s.get(end).word().equals("("))
                && Character.isDigit(s.get(end + 1).word().codePointAt(0)) && s.get(end + 1).word().length() <= 3
                && (s.get(end + 2).word().equals(",") || s.get(end + 2).word().equals(")"));
    }

    /** A score: "3-1", "4-3", "112-98" (digits, one dash, digits). */
    private static boolean score(String w) {
        int dash = w.indexOf('-');
        if (dash < 1 || dash == w.length() - 1) {
            return false;
        }
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            if (k != dash && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a placing word comes before the word at {@code i} ("in Kamran"), or a list of places does
     * ("Lahore, Kamran and ..."); not a comma after a common noun ("his accomplice, Kamran,").
     */
    private static boolean afterPlacingWord(List<Tokenizer.Token> s, int[] labels, int i) {
        if (i == 0) {
            return false;
        }
        String before = s.get(i - 1).word();
        if (before.equals(",") || before.equals("and") || before.equals("or")) {
            return i >= 2 && labels[i - 2] != 0 && (labels[i - 2] == B_LOC || labels[i - 2] == B_LOC + 1);
        }
        return PLACE_PREPOSITIONS.contains(before.toLowerCase(java.util.Locale.ROOT));
    }

    /** Verbs of speech after a person's name: "Anders Vikstrom said". */
    private static final Set<String> SPEECH_VERBS = WordSet.of("said", "says", "told", "added", "wrote", "asked", "argued",
            "explained", "noted", "recalled", "insisted", "warned", "stressed");

    /**
     * Whether the words around s[from, end) say it is a person: a title or role word before it ("analyst Anders
     * Vikstrom", "Coach X"), a verb of speech after a span typed LOCATION, an age after it ("Jordan Ashworth-Kemp,
     * 34,"), or a person just before it in a list ("Brady Tkachuk ... and Anders Vikstrom").
     */
    private static boolean personCue(List<Tokenizer.Token> s, int[] labels, int from, int end) {
        if (labels[from] == B_LOC && end < s.size() && SPEECH_VERBS.contains(s.get(end).word())) {
            return true; // (a place does not speak; a body does: "Tyson Foods said" stays a body)
        }
        if (ageAfter(s, end)) {
            return true; // "Jordan Ashworth-Kemp, 34,": an age follows a person, not a place or a body
        }
        if (from == 0) {
            return false;
        }
        String before = s.get(from - 1).word();
        if (Titles.isTitleWord(before)) {
            return true;
        }
        if (before.equals("and") || before.equals(",")) {
            for (int k = from - 2; k >= 0 && from - k <= MAX_LIST_GAP; k--) {
                if (labels[k] == B_PER || labels[k] == B_PER + 1) {
                    return true;
                }
                if (labels[k] != 0) {
                    return false;
                }
            }
        }
        return false;
    }

    /** How far back {@link #personCue} looks for a person before "and": "X had a goal and an assist, and Y". */
    private static final int MAX_LIST_GAP = 12;

    /** Whether s[from, end) stands between commas after a lower-case noun: "his accomplice, Kamran, escaped". */
    private static boolean apposition(List<Tokenizer.Token> s, int from, int end) {
        return from >= 2 && end < s.size() && s.get(from - 1).word().equals(",") && s.get(end).word().equals(",")
                && Character.isLowerCase(s.get(from - 2).word().codePointAt(0))
                && !PLACE_PREPOSITIONS.contains(s.get(from - 2).word());
    }

    /** Whether s[from, end) are surnames: capitalised name words of no listed class, none an English word. */
    private boolean surnames(List<Tokenizer.Token> s, int from, int end, int[] cls, int base) {
        for (int k = from; k < end; k++) {
            int c = cls[base + k];
            String w = s.get(k).word();
            if ((c & WordBits.NAME) == 0 || (c & NOT_SURNAME) != 0 || allCaps(w) || tagger.usuallyLowerCase(w)
                    || PLACE_NAME_ENDS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** Offices that end a span the tagger typed ORGANIZATION though it names no body: "Regional Director". */
    private static final Set<String> OFFICE_ENDS = WordSet.of("Director", "Officer", "Advocate", "Commissioner",
            "Magistrate", "Inspector", "Superintendent", "Secretary", "Collector", "Prosecutor", "Attorney", "Chairman",
            "Chairperson", "Chairwoman", "Coordinator", "Spokesperson", "Spokesman", "Spokeswoman", "Officer-in-Charge",
            "Supervisor", "Adviser", "Advisor", "Deputy", "Commander");

    /** A capital after the first letter: an acronym, "EC", "KeNHA", "MetMalaysia". */
    private static boolean innerCapital(String w) {
        for (int k = 1; k < w.length(); k++) {
            if (Character.isUpperCase(w.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    /** Whether s[from, end) is an office: it ends in a title's word and holds no body's head word. */
    private static boolean office(List<Tokenizer.Token> s, int from, int end, int[] cls, int base) {
        // an office of its own ("Director", "Advocate"), not a title's last word ("Staff" of "Joint Chiefs of
        // Staff") nor a rank or a crown that ends names ("Stephen King", "BB King", "P&O Princess")
        if ((cls[base + end - 1] & WordBits.TITLE) == 0 || !OFFICE_ENDS.contains(s.get(end - 1).word())) {
            return false;
        }
        for (int k = from; k < end; k++) {
            if ((cls[base + k] & (WordBits.ORG_HEAD | WordBits.COMPANY)) != 0) {
                return false;
            }
        }
        return true;
    }

    /** The words s[from, end) joined by single spaces. */
    private static String surface(List<Tokenizer.Token> s, int from, int end) {
        if (end - from == 1) {
            return s.get(from).word();
        }
        StringBuilder b = new StringBuilder();
        for (int k = from; k < end; k++) {
            if (k > from) {
                b.append(' ');
            }
            b.append(s.get(k).word());
        }
        return b.toString();
    }

    /** Last words of the names of laws, which are no entity (no body's name ends in them, in this case). */
    private static final Set<String> LAW_ENDS = WordSet.of("Act", "Ordinance", "Bill");
    /** Lower-case words inside a law's name: "Prevention of Terrorism Act", "Crime and Disorder Act". */
    private static final Set<String> LAW_JOINS = WordSet.of("of", "and", "on", "for", "to", "the");

    /** Two to five capital letters and nothing else: "MCA", "OC", "DSP". */
    private static boolean shortAcronym(String w) {
        int n = w.length();
        return n >= 2 && n <= 5 && charsIn(w, 0, 'A', 'Z');
    }

    /** Lower-case words of four letters or more inside names: "Jimbun anak Sagang", "Aminah binte Osman". */
    private static final Set<String> LONG_PARTICLES = WordSet.of("anak", "binti", "binte", "bint", "ould", "ibnu", "dela");

    /** Words that end the name of a local division other than {@link #PLACE_DIVISIONS}: "Ife Local Government Area". */
    private static final Set<String> LOCAL_DIVISION_ENDS = WordSet.of("Area", "Municipality", "Upazila", "Regency",
            "Tehsil", "Taluk", "Ward");

    /** Of {@link #LOCAL_DIVISION_ENDS}, those that never end a body's name: a "Municipality" or "Ward" may be its council. */
    private static final Set<String> PLACE_ONLY_DIVISION_ENDS = WordSet.of("Upazila", "Regency", "Tehsil", "Taluk");

    /**
     * Towns in a list of places that the tagger took for a person or a body: a one-word PERSON (no title,
     * no known entity) with places on both sides ("in Penrith, Blacktown and Parramatta") or two places
     * before it ("X, Y and Blacktown"); an ORGANIZATION "A and B" of two single words after a place and a
     * comma ("in Molo, Njoro and Elburgon"): two places.
     */
    private void placesAsPeopleInLists(String read, List<Tokenizer.Token> all, List<Cand> cands) {
        Map<Integer, Cand> byStart = null;
        for (int c = 0; c < cands.size(); c++) {
            Cand cand = cands.get(c);
            int k0 = cand.start();
            if (cand.type() == EntityType.PERSON && cand.title() == null && cand.known() == null
                    && cand.end() - k0 >= 2 && cand.end() - k0 <= MAX_LISTED_TOWN_WORDS
                    && LOCAL_PLACE_TAILS.contains(all.get(cand.end() - 1).word())) {
                // "Old Rajinder Nagar, Karol Bagh and Patel Nagar": a name ending in a local place's tail word
                // beside a place in a list is a place
                if (byStart == null) {
                    byStart = byStartAndEnd(cands);
                }
                Cand before = k0 >= 2 && LIST_JOINS.contains(all.get(k0 - 1).word()) ? byStart.get(-(k0 - 1) - 1) : null;
                Cand after = cand.end() + 1 < all.size() && LIST_JOINS.contains(all.get(cand.end()).word())
                        ? byStart.get(cand.end() + 1) : null;
                if (before != null && before.type() == EntityType.LOCATION
                        || after != null && after.type() == EntityType.LOCATION) {
                    cands.set(c, cand(read, all, EntityType.LOCATION, k0, cand.end(), null, null));
                    continue;
                }
            }
            if (k0 < 2 || !LIST_JOINS.contains(all.get(k0 - 1).word())) {
                continue; // every form below follows a comma or "and"
            }
            if (cand.type() == EntityType.ORGANIZATION && cand.known() == null && cand.end() - cand.start() == 3
                    && all.get(cand.start() + 1).word().equals("and") && cand.start() >= 2
                    && all.get(cand.start() - 1).word().equals(",")) {
                if (byStart == null) {
                    byStart = byStartAndEnd(cands);
                }
                Cand before = byStart.get(-(cand.start() - 1) - 1);
                if (before != null && before.type() == EntityType.LOCATION && listAfterPlacingWord(all, byStart, cand.start())) {
                    cands.set(c, cand(read, all, EntityType.LOCATION, cand.start(), cand.start() + 1, null, null));
                    cands.add(cand(read, all, EntityType.LOCATION, cand.start() + 2, cand.end(), null, null));
                }
                continue;
            }
            if (cand.end() - cand.start() <= MAX_LISTED_TOWN_WORDS && cand.title() == null && cand.known() == null
                    && cand.type() != EntityType.LOCATION && all.get(k0 - 1).word().equals("and")
                    && townAfterListedPlace(all, cands, cand)) {
                cands.set(c, cand(read, all, EntityType.LOCATION, k0, cand.end(), null, null));
                continue;
            }
            if (cand.type() != EntityType.PERSON || cand.end() - cand.start() != 1 || cand.title() != null
                    || cand.known() != null) {
                continue;
            }
            int k = cand.start();
            boolean place = false;
            {
                if (byStart == null) {
                    byStart = byStartAndEnd(cands);
                }
                if (!listAfterPlacingWord(all, byStart, k)) {
                    if (!GIVEN_NAMES_EN.contains(all.get(k).word()) && listOpenedByPlace(all, byStart, k)) {
                        cands.set(c, cand(read, all, EntityType.LOCATION, k, k + 1, null, null));
                    }
                    continue;
                }
                Cand before = k >= 2 && LIST_JOINS.contains(all.get(k - 1).word()) ? byStart.get(-(k - 1) - 1) : null;
                Cand after = k + 2 < all.size() && LIST_JOINS.contains(all.get(k + 1).word()) ? byStart.get(k + 2) : null;
                boolean locBefore = before != null && before.type() == EntityType.LOCATION;
                boolean locAfter = after != null && after.type() == EntityType.LOCATION;
                place = locBefore && locAfter;
                if (!place && locBefore && !all.get(k - 1).word().equals(",") && before.start() >= 2
                        && all.get(before.start() - 1).word().equals(",")) {
                    Cand first = byStart.get(-(before.start() - 1) - 1);
                    place = first != null && first.type() == EntityType.LOCATION; // "X, Y and Z"
                }
            }
            if (!place && !GIVEN_NAMES_EN.contains(all.get(k).word())) {
                place = listOpenedByPlace(all, byStart, k);
            }
            if (place) {
                cands.set(c, cand(read, all, EntityType.LOCATION, k, k + 1, null, null));
            }
        }
    }

    /**
     * "Voters in South Portland and Westbrook approved", "crews in Kent and Ashford worked", "in the Tawau and
     * Keningau districts", "between Negros Oriental and Negros Occidental": one to three untitled capitalised
     * words the tagger typed a person or a body, after "and" and a place of any length (or a comma list of
     * places) that a placing word opens (maybe with "the" after it), is a town like its neighbours when the gazetteer knows a town of that name
     * ({@link #listedTown}), it is no given name, and no person of the article ends in it (then "in Portland
     * and Westbrook" after "Russell Westbrook" may be the man). The neighbours decide only with the
     * gazetteer's word; an unknown word keeps its type.
     */
    private boolean townAfterListedPlace(List<Tokenizer.Token> all, List<Cand> cands, Cand cand) {
        int k = cand.start();
        String w = all.get(k).word();
        if (k < 3 || GIVEN_NAMES_EN.contains(w) || !onlyCapitalised(all, k, cand.end()) || !listedTown(all, k, cand.end())) {
            return false;
        }
        String last = all.get(cand.end() - 1).word();
        Cand before = null;
        for (Cand o : cands) {
            if (o.end() == k - 1 && o.type() == EntityType.LOCATION) {
                before = o;
            } else if (o.type() == EntityType.PERSON && o.end() - o.start() > 1 && o.start() != k
                    && all.get(o.end() - 1).word().equals(last)) {
                return false;
            }
        }
        if (before == null || before.start() < 1) {
            return false;
        }
        int first = before.start();
        for (int guard = 0; guard < 8 && first >= 2 && all.get(first - 1).word().equals(","); guard++) {
            Cand prev = null;
            for (Cand o : cands) {
                if (o.end() == first - 1 && o.type() == EntityType.LOCATION) {
                    prev = o;
                }
            }
            if (prev == null) {
                break;
            }
            first = prev.start();
        }
        // ("in the Tawau and Keningau districts": an article may stand between the placing word and the list)
        return first > 0 && (LIST_PLACING.contains(all.get(first - 1).word())
                || first > 1 && all.get(first - 1).word().equals("the") && LIST_PLACING.contains(all.get(first - 2).word()));
    }

    /** Most words of a town after a listed place that {@link #townAfterListedPlace} reads: "Negros Occidental". */
    private static final int MAX_LISTED_TOWN_WORDS = 3;

    /** Fewest people of a town that a list's neighbour may make of a word the tagger took for a name. */
    private static final long MIN_LISTED_TOWN = 5_000;

    /**
     * Whether the gazetteer has a populated place of {@link #MIN_LISTED_TOWN} people or more by these words as its
     * own name (not an alternate one): Westbrook, Maine, not every surname some hamlet carries.
     */
    private boolean listedTown(List<Tokenizer.Token> all, int start, int end) {
        long key = 0;
        for (int k = start; k < end; k++) {
            key = Gazetteer.appendKey(key, all.get(k).word());
        }
        int[] entries = key == 0 ? null : gazetteer.byKey(key);
        if (entries != null) {
            for (int e : entries) {
                if (gazetteer.isOwnName(e, key) && gazetteer.population(e) >= MIN_LISTED_TOWN) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the one-word name at token {@code k} stands in a list of one-word names that a placing word opens
     * with a place: "in Bellandur, Marathahalli and Mahadevapura", where the tagger took the towns after the
     * first for people. The list's other names may be places or such untitled people.
     */
    private static boolean listOpenedByPlace(List<Tokenizer.Token> all, Map<Integer, Cand> byStart, int k) {
        int first = k;
        for (int guard = 0; guard < 8 && first >= 2 && LIST_JOINS.contains(all.get(first - 1).word()); guard++) {
            Cand prev = byStart.get(-(first - 1) - 1);
            if (prev == null || prev.end() - prev.start() != 1 || prev.known() != null
                    || !(prev.type() == EntityType.LOCATION || prev.type() == EntityType.PERSON && prev.title() == null)) {
                return false;
            }
            first = prev.start();
        }
        Cand head = byStart.get(first);
        String before = all.get(k - 1).word();
        boolean listShape = before.equals("and") || before.equals("or") || k + 1 < all.size()
                && LIST_JOINS.contains(all.get(k + 1).word()); // not "customers in Japan, Vodafone has found"
        return first < k && listShape && head != null && head.type() == EntityType.LOCATION && first > 0
                && LIST_PLACING.contains(all.get(first - 1).word());
    }

    private static final Set<String> LIST_JOINS = WordSet.of(",", "and", "or");
    /** Words that open a list of places: "in Lithgow, Blacktown and Katoomba", "from X, Y and Z". */
    private static final Set<String> LIST_PLACING = WordSet.of("in", "at", "from", "near", "across", "around", "between",
            "to", "towards", "of");

    /**
     * Whether the list that holds the name at token {@code k} opens with a placing word: back over
     * "<place>," and "<place> and" pairs to the list's first name, and the word before it. A list of
     * players or painters ("Lauren, Kabba and Senderos") opens with none.
     */
    private static boolean listAfterPlacingWord(List<Tokenizer.Token> all, Map<Integer, Cand> byStart, int k) {
        int first = k;
        for (int guard = 0; guard < 8 && first >= 2 && LIST_JOINS.contains(all.get(first - 1).word()); guard++) {
            Cand prev = byStart.get(-(first - 1) - 1);
            if (prev == null || prev.type() != EntityType.LOCATION) {
                break;
            }
            first = prev.start();
        }
        return first > 0 && LIST_PLACING.contains(all.get(first - 1).word());
    }

    /** The candidates by first token, and by end token negated less one: one map for both. */
    private static Map<Integer, Cand> byStartAndEnd(List<Cand> cands) {
        Map<Integer, Cand> m = new HashMap<>();
        for (Cand o : cands) {
            m.put(o.start(), o);
            m.put(-o.end() - 1, o);
        }
        return m;
    }

    /** Classes of the word after a candidate, for {@link #indexesMoneyAndCompanies}: one lookup a candidate. */
    private static final int AFTER_PARTICLE = 1;
    private static final int AFTER_MOVE = 2;
    private static final int AFTER_INDEX = 4;
    private static final int AFTER_ROAD = 8;
    private static final int AFTER_GANG = 16;
    private static final int AFTER_OFFICE_END = 32;
    /** Classes of a candidate's whole name, for {@link #indexesMoneyAndCompanies}. */
    private static final int NAME_INDEX = 1;
    private static final int NAME_INDEX_CUED = 2;
    private static final int NAME_OFFICE = 4;
    private static final int NAME_POSTNOMINAL = 8;
    /** Most words of a listed index's, office's or honour's name ("Station House Officer"). */
    private static final int MAX_LISTED_NAME_WORDS = 4;
    /** Names of stock indexes that name nothing else ({@code stock-indexes.txt}): "Sensex", "Kospi", "DAX". */
    private static final Set<String> STOCK_INDEXES = io.newswire.enrich.text.WordList.load(EntitiesEnricher.class,
            "stock-indexes.txt");
    /** Names of stock indexes that also name a company or an exchange ({@code stock-indexes-cued.txt}): "Nikkei". */
    private static final Set<String> STOCK_INDEXES_CUED = io.newswire.enrich.text.WordList.load(
            EntitiesEnricher.class, "stock-indexes-cued.txt");
    /** Verbs of a market's move after an index's name: "the Hang Seng edged up", "the Nikkei fell". */
    private static final Set<String> MARKET_MOVES = WordSet.of("rose", "fell", "gained", "lost", "closed", "ended",
            "edged", "slipped", "climbed", "dropped", "jumped", "slid", "added", "shed", "finished", "advanced",
            "declined", "eased", "surged", "tumbled", "rallied", "index", "indices");
    /** Words after a name and a comma that are honours or degrees, not names: "Chukwuma Obiano, SAN,". */
    private static final Set<String> POSTNOMINALS = WordSet.of("SAN", "QC", "KC", "MP", "MLA", "MNA", "MPA", "OBE",
            "MBE", "CBE", "KBE", "DBE", "PhD", "MD");
    /** Sector words that end companies' names but are also surnames: "Faisal Textile Mills" against "Hayley Mills". */
    private static final Set<String> SURNAME_SECTORS = WordSet.of("Mills", "Power", "Glass", "Sugar", "Brewery");

    /**
     * Things the tagger names that are no entity or of another type, read at each candidate only:
     * <ul>
     *   <li>a stock index ("the Sensex ended", "Nikkei 225", "the NGX All-Share Index", "Hang Seng index"):
     *   no entity, the wire sets' rule;</li>
     *   <li>an amount glued to its currency ("R6.8 million", "N18.6 billion", "P3.2"): letters, digits, a
     *   decimal point, digits is money, never a name;</li>
     *   <li>an honour after a name and a comma ("Chukwuma Obiano, SAN,"): no entity;</li>
     *   <li>"Co Kerry", "Co. Donegal": an Irish county, not a company;</li>
     *   <li>a company whose last word is a sector noun that is also a surname ("Faisal Textile Mills"): an
     *   ORGANIZATION when the span has three words or more;</li>
     *   <li>offices with common words ("Station House Officer"), "residents of X", a name before "road", "X
     *   gang", "identified as X", and a gazetteer name cut at a lower-case particle ("Dar es Salaam").</li>
     * </ul>
     */
    private void indexesMoneyAndCompanies(String read, List<Tokenizer.Token> all, List<Cand> cands) {
        int n = all.size();
        Map<Integer, Cand> byStart = null;
        for (int c = cands.size() - 1; c >= 0; c--) {
            Cand cand = cands.get(c);
            if (cand.known() != null) {
                continue;
            }
            int start = cand.start();
            int end = cand.end();
            String first = all.get(start).word();
            String last = all.get(end - 1).word();
            String after = end < n ? all.get(end).word() : "";
            // two lookups a candidate: what the next word is, and what the whole name is
            int afterKind = after.isEmpty() ? 0 : AFTER_KINDS.getOrDefault(after, 0);
            int nameKind = end - start <= MAX_LISTED_NAME_WORDS ? NAME_KINDS.getOrDefault(cand.surface(), 0) : 0;
            if (cand.type() == EntityType.LOCATION && end + 1 < n && (afterKind & AFTER_PARTICLE) != 0
                    && capitalised(all.get(end + 1).word())
                    && NeutralPlaces.isPlace(gazetteer, all, start, end + 2)) {
                // "Dar" + "es" + "Salaam ...": a place whose name holds a lower-case particle, cut by the tagger
                if (byStart == null) {
                    byStart = byStartAndEnd(cands);
                }
                Cand rest = byStart.get(end + 1);
                int to = end + 2;
                EntityType type = EntityType.LOCATION;
                if (rest != null && rest.known() == null && rest.end() > to && orgHead(all, rest.end() - 1)) {
                    to = rest.end(); // "Dar es Salaam Stock Exchange"
                    type = EntityType.ORGANIZATION;
                }
                if (rest == null || rest.known() == null && rest.end() <= to) {
                    if (rest != null) {
                        cands.remove(rest); // (walked backwards: a removal before this one only repeats this test)
                    }
                    cands.set(cands.indexOf(cand), cand(read, all, type, start, to, null, null));
                    byStart = null;
                    continue;
                }
            }
            if ((nameKind & NAME_INDEX) != 0 || (nameKind & NAME_INDEX_CUED) != 0 && ((afterKind & AFTER_MOVE) != 0
                    || !after.isEmpty() && Character.isDigit(after.codePointAt(0)))
                    || end - start >= 2 && (last.equals("Index") || last.equals("Indices"))
                    || (afterKind & AFTER_INDEX) != 0 && cand.type() != EntityType.PERSON) {
                cands.remove(c); // an index is no entity
                continue;
            }
            if (end - start == 1 && moneyToken(first)) {
                cands.remove(c);
                continue;
            }
            if ((nameKind & NAME_POSTNOMINAL) != 0 && start >= 2 && all.get(start - 1).word().equals(",")) {
                if (byStart == null) {
                    byStart = byStartAndEnd(cands);
                }
                Cand before = byStart.get(-(start - 1) - 1);
                if (before != null && before.type() == EntityType.PERSON) {
                    cands.remove(c);
                    continue;
                }
            }
            if (cand.type() != EntityType.LOCATION && (afterKind & AFTER_ROAD) != 0) {
                // "the Bida - Kutigi road", "on Okokomaiko road": a road named after its towns or a man
                cands.set(c, cand(read, all, EntityType.LOCATION, start, end, null, null));
                continue;
            }
            if (cand.type() == EntityType.PERSON && (afterKind & AFTER_GANG) != 0) {
                cands.set(c, cand(read, all, EntityType.ORGANIZATION, start, end, null, null)); // "the Mauki gang"
                continue;
            }
            if (cand.type() == EntityType.LOCATION && end - start == 1 && start >= 2 && all.get(start - 1).word().equals("as")
                    && NAMING_VERBS.contains(all.get(start - 2).word())) {
                // "a man identified as Abiola": a person, whatever town the gazetteer spells so
                cands.set(c, cand(read, all, EntityType.PERSON, start, end, null, null));
                continue;
            }
            if (cand.type() == EntityType.ORGANIZATION && ((nameKind & NAME_OFFICE) != 0
                    || (afterKind & AFTER_OFFICE_END) != 0 && OFFICE_PHRASES.contains(cand.surface() + " " + after))) {
                cands.remove(c); // "Station House" of "Station House Officer": an office's words, no body
                continue;
            }
            if (cand.type() == EntityType.PERSON && cand.title() == null && end - start <= 2 && start >= 2
                    && all.get(start - 1).word().equals("of") && PLACE_HOLDERS.contains(all.get(start - 2).word())
                    && !GIVEN_NAMES_EN.contains(first)) {
                // "Residents of Velachery said": people live in a place
                cands.set(c, cand(read, all, EntityType.LOCATION, start, end, null, null));
                continue;
            }
            if (cand.type() != EntityType.LOCATION && end - start == 2 && (first.equals("Co") || first.equals("Co."))
                    && gazetteer.lookup(last).length > 0) {
                // (any gazetteer entry: an Irish county is a second-level division, "Co Clare")
                cands.set(c, cand(read, all, EntityType.LOCATION, start, end, null, null));
                continue;
            }
            if (cand.type() != EntityType.PERSON || cand.title() != null) {
                continue;
            }
            if (end - start >= 3 && SURNAME_SECTORS.contains(last)) {
                // (three words: "Hayley Mills" and "Mike Mills" stay people, and the given-name list lacks the
                // commonest names, which are also places or words: David, Michael, Heather)
                cands.set(c, cand(read, all, EntityType.ORGANIZATION, start, end, null, null));
                continue;
            }
        }
    }

    /** Lower-case particles inside places' names: "Dar es Salaam", "Rio de Janeiro", "Ras al Khaimah". */
    private static final Set<String> PLACE_PARTICLES = WordSet.of("es", "el", "de", "da", "do", "dos", "das", "del", "al",
            "ul", "di", "du", "la", "le", "en");
    /** Lower-case road nouns after a name: "the Bida - Kutigi road". */
    private static final Set<String> ROAD_NOUNS = WordSet.of("road", "highway", "expressway", "bypass", "motorway");
    /** Lower-case nouns of a criminal group after its name: "the Mauki gang". */
    private static final Set<String> GANG_NOUNS = WordSet.of("gang", "gangs", "cartel");
    /** Verbs before "as" that name a person: "identified as Abiola", "named as Tejulal". */
    private static final Set<String> NAMING_VERBS = WordSet.of("identified", "named");

    /** Offices with common capitalised words ({@code office-phrases.txt}): "Station House Officer". */
    private static final Set<String> OFFICE_PHRASES = io.newswire.enrich.text.WordList.load(EntitiesEnricher.class,
            "office-phrases.txt");
    /** Nouns before "of" and a place: "Residents of Velachery", "the outskirts of Landhi". */
    private static final Set<String> PLACE_HOLDERS = WordSet.of("residents", "Residents", "outskirts", "suburb", "suburbs",
            "parts", "villagers", "Villagers", "inhabitants");
    /** The classes of words after a candidate ({@code AFTER_*}), built once from the sets above. */
    private static final Map<String, Integer> AFTER_KINDS = kinds(Map.of(PLACE_PARTICLES, AFTER_PARTICLE,
            MARKET_MOVES, AFTER_MOVE, Set.of("index", "indices"), AFTER_INDEX, ROAD_NOUNS, AFTER_ROAD, GANG_NOUNS,
            AFTER_GANG, OFFICE_ENDS, AFTER_OFFICE_END));
    /** The classes of candidates' whole names ({@code NAME_*}), built once from the lists above. */
    private static final Map<String, Integer> NAME_KINDS = kinds(Map.of(STOCK_INDEXES, NAME_INDEX, STOCK_INDEXES_CUED,
            NAME_INDEX_CUED, OFFICE_PHRASES, NAME_OFFICE, POSTNOMINALS, NAME_POSTNOMINAL));

    private static Map<String, Integer> kinds(Map<Set<String>, Integer> sets) {
        Map<String, Integer> m = new HashMap<>();
        sets.forEach((words, bit) -> words.forEach(w -> m.merge(w, bit, (a, b) -> a | b)));
        return WordMap.copyOf(m);
    }

    /** An amount glued to its currency: one to four letters or "$", digits, a point or comma, digits ("R6.8", "HK$1.9"). */
    private static boolean moneyToken(String w) {
        int n = w.length();
        int k = 0;
        while (k < n && k < 4 && (Character.isLetter(w.charAt(k)) || w.charAt(k) == '$')) {
            k++;
        }
        if (k == 0 || k == n || !Character.isDigit(w.charAt(k))) {
            return false;
        }
        boolean point = false;
        for (int j = k; j < n; j++) {
            char ch = w.charAt(j);
            if (ch == '.' || ch == ',') {
                if (point || j == n - 1 || !Character.isDigit(w.charAt(j + 1))) {
                    return false;
                }
                point = true;
            } else if (!Character.isDigit(ch)) {
                return false;
            }
        }
        return point;
    }

    private static final Set<String> REGION_ABBREVIATIONS = io.newswire.enrich.text.WordList.load(
            EntitiesEnricher.class, "region-abbreviations.txt");

    /**
     * Two forms of US, Canadian and Australian copy. "<Town>, <state abbreviation>" ("MACON, Ga. (AP)",
     * "in Melfort, Sask., and ...", "Halifax, N.S."): the abbreviation of {@code region-abbreviations.txt}
     * is a LOCATION with its full stop, and the run of one to three capitalised words before the comma is
     * the town, a LOCATION whatever the tagger said (a dateline in capitals reads to it as a body). And a
     * ticker in brackets ("(KSTL.N)", "(ABC.O)": capitals, a full stop, one or two capitals) names no
     * organisation. Runs from the abbreviation's or the bracket's token, so it costs one bit test a token.
     */
    private void regionsAndTickers(String read, List<Tokenizer.Token> all, List<Cand> cands, int[] cls) {
        int n = all.size();
        int caps = 0; // "DUBUQUE, Iowa (AP)": a dateline in capitals before a state or country written in full
        while (caps < n && caps < NeutralPlaces.MAX_WORDS && (cls[caps] & WordBits.CAP) != 0 && allCaps(all.get(caps).word())) {
            caps++;
        }
        if (caps > 0 && caps + 1 < n && all.get(caps).word().equals(",") && (cls[caps + 1] & WordBits.CAP) != 0
                && !allCaps(all.get(caps + 1).word())) {
            boolean region = false;
            for (int len = 1; len <= NeutralPlaces.MAX_WORDS && caps + 1 + len <= n && !region; len++) {
                region = NeutralPlaces.isPlace(gazetteer, all, caps + 1, caps + 1 + len);
            }
            boolean town = false;
            for (int c = cands.size() - 1; c >= 0 && region; c--) {
                Cand cand = cands.get(c);
                if (cand.start() < caps && cand.known() == null) {
                    if (cand.start() == 0 && cand.end() == caps && cand.type() == EntityType.LOCATION) {
                        town = true;
                    } else {
                        cands.remove(c);
                    }
                } else if (cand.start() < caps) {
                    town = true; // a known name: kept
                }
            }
            if (region && !town) {
                cands.add(cand(read, all, EntityType.LOCATION, 0, caps, null, null));
            }
        }
        for (int i = 0; i < n; i++) {
            int c0 = cls[i];
            if ((c0 & WordBits.REGION_PASS) == 0 && (c0 & WordBits.CAP) != 0) {
                continue; // a capitalised word of no class: neither a region, a law's end nor a bracket
            }
            if ((c0 & WordBits.REGION_ABBREVIATION) != 0 && i >= 2 && all.get(i - 1).word().equals(",")
                    && (cls[i - 2] & WordBits.CAP) != 0) {
                String w = all.get(i).word();
                int end = i + 1;
                if (w.charAt(w.length() - 1) != '.') { // "Ga" + "." (a form with dots inside keeps its own)
                    if (i + 1 >= n || !all.get(i + 1).word().equals(".") || all.get(i + 1).start() != all.get(i).end()) {
                        continue;
                    }
                    end = i + 2;
                }
                int from = i - 2;
                while (from > 0 && i - 1 - from < NeutralPlaces.MAX_WORDS
                        && (cls[from - 1] & (WordBits.CAP | WordBits.DETERMINER | WordBits.TITLE)) == WordBits.CAP
                        && !SENTENCE_ENDS.contains(all.get(from - 1).word())) {
                    from--;
                }
                if ((cls[from] & (WordBits.DETERMINER | WordBits.TITLE)) != 0 || reachesOver(cands, from, i - 1)) {
                    continue; // "The Mill, Pa." or a longer name running into the town: not this form
                }
                boolean town = false;
                for (int c = cands.size() - 1; c >= 0; c--) {
                    Cand cand = cands.get(c);
                    if (cand.end() <= from || cand.start() >= end) {
                        continue;
                    }
                    if (cand.start() == from && cand.end() == i - 1
                            && (cand.type() == EntityType.LOCATION || cand.known() != null)) {
                        town = true; // already the place, or a known name: kept
                    } else {
                        cands.remove(c);
                    }
                }
                if (!town) {
                    cands.add(cand(read, all, EntityType.LOCATION, from, i - 1, null, null));
                }
                cands.add(cand(read, all, EntityType.LOCATION, i, end, null, null));
                i = end - 1;
            } else if ((c0 & WordBits.LAW_END) != 0 && i > 0 && (i + 1 == n || (cls[i + 1] & WordBits.CAP) == 0)
                    && ((cls[i - 1] & (WordBits.CAP | WordBits.TITLE)) == WordBits.CAP
                    || (cls[i - 1] & WordBits.CAP) != 0 && i > 1 && (cls[i - 2] & WordBits.CAP) != 0 // "Juvenile Justice Act"
                    || all.get(i - 1).word().equals("the") || all.get(i - 1).word().equals("this"))) {
                // "the Road Transport Act 1987", "the Freedom of Information Act", later "the Act": a law names
                // nothing
                int from = (cls[i - 1] & WordBits.CAP) != 0 ? i - 1 : i;
                while (from > 0 && ((cls[from - 1] & (WordBits.CAP | WordBits.DETERMINER)) == WordBits.CAP
                        || LAW_JOINS.contains(all.get(from - 1).word()) && from > 1 && (cls[from - 2] & WordBits.CAP) != 0)) {
                    from--;
                }
                for (int c = cands.size() - 1; c >= 0; c--) {
                    Cand cand = cands.get(c);
                    if (cand.known() == null && cand.start() >= from && cand.end() <= i + 1) {
                        cands.remove(c);
                    }
                }
            } else if (all.get(i).word().equals("(") && i + 4 < n && all.get(i + 4).word().equals(")")
                    && all.get(i + 2).word().equals(".") && allCaps(all.get(i + 1).word())
                    && exchangeSuffix(all.get(i + 3).word())
                    && all.get(i + 2).start() == all.get(i + 1).end() && all.get(i + 3).start() == all.get(i + 2).end()) {
                for (int c = cands.size() - 1; c >= 0; c--) {
                    Cand cand = cands.get(c);
                    if (cand.known() == null && cand.start() > i && cand.end() <= i + 4) {
                        cands.remove(c); // "(KSTL.N)": a ticker
                    }
                }
                i += 4;
            }
        }
    }

    /** A ticker's exchange suffix: "N", "O", "L", "HK", "SS". */
    private static boolean exchangeSuffix(String w) {
        return (w.length() == 1 || w.length() == 2) && Character.isUpperCase(w.charAt(0))
                && Character.isUpperCase(w.charAt(w.length() - 1));
    }

    /** Whether a candidate starts before {@code from} and ends inside or at the end of [from, end). */
    private static boolean reachesOver(List<Cand> cands, int from, int end) {
        for (Cand c : cands) {
            if (c.start() < from && c.end() > from && c.end() <= end) {
                return true;
            }
        }
        return false;
    }

    /**
     * A one-word PERSON, with no title, whose word the same article names as a LOCATION and which is no
     * part of a longer person's name there, is the place ("Rajouri police said" beside "in Rajouri").
     */
    private static void placesNamedAsPeople(List<Tokenizer.Token> all, List<Cand> cands) {
        Set<String> places = null;
        for (Cand c : cands) {
            if (c.type() == EntityType.LOCATION && c.end() - c.start() == 1) {
                if (places == null) {
                    places = new HashSet<>();
                }
                places.add(c.surface());
            }
        }
        if (places == null) {
            return;
        }
        Set<String> nameWords = new HashSet<>();
        for (Cand c : cands) {
            if (c.type() == EntityType.PERSON && c.end() - c.start() > 1) {
                for (int k = c.start(); k < c.end(); k++) {
                    nameWords.add(all.get(k).word());
                }
            }
        }
        for (int i = 0; i < cands.size(); i++) {
            Cand c = cands.get(i);
            if (c.type() == EntityType.PERSON && c.end() - c.start() == 1 && c.title() == null && c.known() == null
                    && places.contains(c.surface()) && !nameWords.contains(c.surface())) {
                cands.set(i, new Cand(EntityType.LOCATION, c.start(), c.end(), c.charStart(), c.charEnd(),
                        c.surface(), null, null));
            }
        }
    }

    /**
     * Nationality nouns that stand before a name like a title: "Frenchman Luc Amiel". Not the adjectives
     * ("Welsh MPs", "Swiss Re", "Scottish & Newcastle" are names) nor "Briton", "Swede", which other passes
     * then type as a person.
     */
    private static final Set<String> DEMONYM_NOUNS = WordSet.of("Frenchman", "Frenchwoman", "Englishman",
            "Englishwoman", "Irishman", "Irishwoman", "Scotsman", "Scotswoman", "Welshman", "Welshwoman", "Dutchman",
            "Dutchwoman", "Spaniard");
    /** Last words of a club named after its town that British copy gives a plural verb: "Harrowby City have". */
    private static final Set<String> CLUB_TOWN_ENDS = WordSet.of("City", "Town", "County", "United");
    /** Plural verbs after a club's name: "Harrowby City have confirmed", "Town are". */
    private static final Set<String> PLURAL_VERBS = WordSet.of("have", "are", "were");
    /**
     * Heads of public bodies named after two places joined by "and": "Avon and Somerset Police", "Kensington and
     * Chelsea Council". Not a company's or club's head ("Arsenal and Manchester United", "Ford and General
     * Motors" are two).
     */
    private static final Set<String> PUBLIC_HEADS = WordSet.of("Police", "Constabulary", "Council", "Service",
            "Authority", "Trust", "Board", "Commission", "Agency", "Hospital");
    /**
     * Last words of a venue's name that also end bodies' or people's names ("Progressive Field", "Rogers Place",
     * "Fiserv Forum" against "World Economic Forum", "Sally Field"): read as a place only right after "at" or
     * "at the", "Forum" only in a name of two words (s40). Not "Bowl": "at the Super Bowl" is the game.
     */
    private static final Set<String> VENUE_HEADS = WordSet.of("Field", "Place", "Forum", "Dome");
    /** Most words of a venue's name {@link #VENUE_HEADS} reads: "Tim Hortons Field". */
    private static final int MAX_VENUE_WORDS = 4;
    /** Features a venue's name ends in that are also surnames: "at Corinne Arena" is the arena. */
    private static final Set<String> VENUE_FEATURES = WordSet.of("Arena", "Park");

    /** Margins only a side's result gives: "won by 14 points", "beat Kent by six wickets". */
    private static final Set<String> MARGIN_WORDS = WordSet.of("points", "runs", "wickets", "goals", "tries");
    /** Most words of a side's name beside a result verb: "Sporting Kansas City", "Portland Trail Blazers". */
    private static final int MAX_SIDE_WORDS = 4;

    /**
     * Sides of a result (s38): in an English sentence that gives one score or a margin, the capitalised names
     * right before a result verb and right after it ("the Lightning beat the Panthers 4-2", "Esteghlal drew 1-1
     * with Tractor", "the Crows beat Port Adelaide by 14 points") are clubs, ORGANIZATION, whatever the tagger
     * typed them or when it typed nothing. Not a person's full name ("Ana Ruiz beat Mia Holt 6-2"), not a
     * surname the article gave in full earlier, not when the sentence holds two or more scores (a tennis
     * match's sets: "6-4, 6-3"), not a country's player ("beat Indonesia's Putri"). Runs only on a sentence
     * that holds a score, found by a digit test per token.
     */
    private void clubsInResults(String read, List<Tokenizer.Token> all, List<Cand> cands, int[] cls, int from,
            int to, Set<String> clubWords) {
        int scores = 0;
        for (int k = from; k < to; k++) {
            String w = all.get(k).word();
            if (w.isEmpty() || w.charAt(0) < '0' || w.charAt(0) > '9') {
                continue;
            }
            if (w.length() >= 3 && w.length() <= 7 && score(w)) {
                scores++;
            } else if (k > from && k + 1 < to && all.get(k - 1).word().equals("by")
                    && MARGIN_WORDS.contains(all.get(k + 1).word())) {
                scores++;
            }
        }
        if (scores >= 1) {
            winsOver(read, all, cands, cls, from, to, clubWords);
        }
        if (scores != 1) {
            return;
        }
        for (int k = from; k < to; k++) {
            String verb = all.get(k).word();
            if ((cls[k] & WordBits.CAP) != 0 || !RESULT_VERBS.contains(verb)) {
                continue;
            }
            int a = k;
            while (a > from && (cls[a - 1] & WordBits.CAP) != 0 && k - a < MAX_SIDE_WORDS + 1) {
                a--;
            }
            if (a == from && a < k && DETERMINERS.contains(all.get(a).word())) {
                a++; // "The Flames beat ..."
            }
            if (a < k && k - a <= MAX_SIDE_WORDS && !(a == from && k - a == 1 && tagger.usuallyLowerCase(all.get(a).word()))) {
                side(read, all, cands, a, k, clubWords);
            }
            int m = k + 1;
            if (m < to && all.get(m).word().equals("the")) {
                m++;
            }
            if (verb.equals("drew")) {
                if (m < to && score(all.get(m).word())) {
                    m++;
                }
                if (m >= to || !all.get(m).word().equals("with")) {
                    continue;
                }
                m++;
            } else if (verb.equals("lost") && m < to && all.get(m).word().equals("to")) {
                m++;
            }
            int b = m;
            while (b < to && (cls[b] & WordBits.CAP) != 0 && b - m < MAX_SIDE_WORDS + 1) {
                b++;
            }
            if (b > m && b - m <= MAX_SIDE_WORDS && !(b < to && POSSESSIVES.contains(all.get(b).word()))) {
                side(read, all, cands, m, b, clubWords);
            }
        }
    }

    /**
     * Makes tokens [a, b) one club, as {@link #clubsInResults} says, unless a person or a longer name holds them;
     * a one-word club's word goes to {@code clubWords} (see {@link #clubsNamedAsPeople}).
     */
    private void side(String read, List<Tokenizer.Token> all, List<Cand> cands, int a, int b, Set<String> clubWords) {
        List<Integer> inside = new ArrayList<>(2);
        for (int j = 0; j < cands.size(); j++) {
            Cand c = cands.get(j);
            if (c.end() <= a || c.start() >= b) {
                continue;
            }
            if (c.start() < a || c.end() > b) {
                return; // a longer name holds the side's words
            }
            if (c.type() == EntityType.ORGANIZATION && c.start() == a && c.end() == b) {
                return;
            }
            if (c.known() != null && c.type() != EntityType.LOCATION) {
                return;
            }
            if (c.type() == EntityType.PERSON && (c.end() - c.start() > 1 && givenNameIn(all, c.start(), c.end())
                    || c.end() - c.start() == 1 && (GIVEN_NAMES_EN.contains(c.surface())
                    || surnameOfEarlierPerson(all, cands, c)))) {
                return; // "Ana Ruiz beat ...", "... Ruiz beat" after her full name: a player
            }
            inside.add(j);
        }
        if (inside.isEmpty() && !namePart(all.get(a).word())) {
            return;
        }
        for (int j = inside.size() - 1; j >= 0; j--) {
            cands.remove((int) inside.get(j));
        }
        cands.add(cand(read, all, EntityType.ORGANIZATION, a, b, null, null));
        if (b - a == 1) {
            clubWords.add(all.get(a).word());
        }
    }

    /** Nouns of a result after its score: "a 3-1 win over", "a 2-0 defeat to". */
    private static final Set<String> RESULT_NOUNS = WordSet.of("win", "victory", "defeat", "loss", "draw");
    /** Words after a result's noun before the other side: "win over X", "defeat to X", "draw with X". */
    private static final Set<String> RESULT_NOUN_LINKS = WordSet.of("over", "against", "to", "by", "with");
    /** Lower-case words between a score and its result's noun: "a 3-0 home win", "a 1-0 away defeat". */
    private static final Set<String> RESULT_NOUN_LEADS = WordSet.of("home", "away", "league", "derby", "comfortable",
            "narrow", "emphatic", "shock", "surprise");

    /**
     * "after a 3-1 win over Silver Arrows", "a 3-0 home win over Dinamo", "their 2-1 defeat to Rovers" (s45): the
     * capitalised name right after a score, a result's noun and its link is the other side, a club ({@link #side}),
     * whatever else the sentence scores: the score stands with its noun, so a sentence of two results ("drew 1-1
     * ..., while X moved up with a 3-0 win over Y") reads each. Not a score of a list of sets ("6-4, 6-3"), not a
     * country.
     */
    private void winsOver(String read, List<Tokenizer.Token> all, List<Cand> cands, int[] cls, int from, int to,
            Set<String> clubWords) {
        for (int k = from; k + 3 < to; k++) {
            String w = all.get(k).word();
            if (w.isEmpty() || w.charAt(0) < '0' || w.charAt(0) > '9' || w.length() < 3 || w.length() > 7 || !score(w)
                    || k + 2 < to && all.get(k + 1).word().equals(",") && score(all.get(k + 2).word())
                    || k - 2 >= from && all.get(k - 1).word().equals(",") && score(all.get(k - 2).word())) {
                continue;
            }
            int m = k + 1;
            if (RESULT_NOUN_LEADS.contains(all.get(m).word())) {
                m++;
            }
            if (m + 2 >= to || !RESULT_NOUNS.contains(all.get(m).word()) || !RESULT_NOUN_LINKS.contains(all.get(m + 1).word())) {
                continue;
            }
            m += 2;
            if (m < to && all.get(m).word().equals("the")) {
                m++;
            }
            int b = m;
            while (b < to && (cls[b] & WordBits.CAP) != 0 && b - m < MAX_SIDE_WORDS + 1) {
                b++;
            }
            if (b > m && b - m <= MAX_SIDE_WORDS && !(b < to && POSSESSIVES.contains(all.get(b).word()))
                    && !demonym(all, m, b) && !NeutralPlaces.isCountry(gazetteer, all, m, b)) {
                side(read, all, cands, m, b, clubWords); // (a country's side is rarer in copy than the country)
            }
        }
    }

    /** Most words of a club's full name that a cued short form ends: "Mamelodi Sundowns", "Royal Swazi Eagles". */
    private static final int MAX_CLUB_NAME_WORDS = 3;

    /**
     * "Kaizer Lions ... Lions coach Pieter Mabaso" (s45): a plural word that a club's cue made a club in the article
     * ({@link #clubsBeforeRoles}, {@link #clubsInResults}: {@code clubWords}) names that club wherever it stands, and
     * so does a name of two or three words that ends in it, where the tagger typed either a person or a place (a club's
     * town and a nickname read to it as a given name and a surname). The grouping of names would otherwise make the
     * cued short form a later mention of that "person". Plural words only: a surname a cue misread ("Woods",
     * "Banks") gets no cue of its own in copy about people; and not a titled or known name.
     */
    private void clubsNamedAsPeople(String read, List<Tokenizer.Token> all, List<Cand> cands, Set<String> clubWords) {
        if (clubWords.isEmpty()) {
            return;
        }
        for (int j = 0; j < cands.size(); j++) {
            Cand c = cands.get(j);
            int words = c.end() - c.start();
            String last = all.get(c.end() - 1).word();
            if (c.type() == EntityType.ORGANIZATION || c.known() != null || c.title() != null
                    || words > MAX_CLUB_NAME_WORDS || !pluralName(last) || !clubWords.contains(last)) {
                continue;
            }
            cands.set(j, cand(read, all, EntityType.ORGANIZATION, c.start(), c.end(), null, null));
        }
    }

    /** Whether one-word PERSON {@code c} is the last word of a longer PERSON named before it. */
    private static boolean surnameOfEarlierPerson(List<Tokenizer.Token> all, List<Cand> cands, Cand c) {
        for (Cand p : cands) {
            if (p.type() == EntityType.PERSON && p.end() - p.start() > 1 && p.start() < c.start()
                    && all.get(p.end() - 1).word().equals(c.surface())) {
                return true;
            }
        }
        return false;
    }

    /** The hyphenated words after a place that say where something is: "Nanjing-based", "Lagos-headquartered". */
    private static final List<String> PLACE_SUFFIXES = List.of("-based", "-headquartered");

    /**
     * "The Nanjing-based firm", "a New York-based bank" (s38): the tokenizer keeps "Nanjing-based" one word, so
     * the tagger never sees the place. Where the words before the suffix (with the capitalised words before
     * them, up to the gazetteer's longest name) are a country, a first-level division or a town of 100,000 people
     * or more ({@link NeutralPlaces#kindOf}), and no name holds the token, they are a LOCATION. Tested only at
     * capitalised tokens.
     */
    private void placesBeforeBased(String read, List<Tokenizer.Token> all, List<Cand> cands, int[] cls, int from,
            int to) {
        for (int k = from; k < to; k++) {
            if ((cls[k] & WordBits.CAP) == 0) {
                continue;
            }
            String w = all.get(k).word();
            int cut = -1;
            for (String suffix : PLACE_SUFFIXES) {
                if (w.length() > suffix.length() + 2 && w.endsWith(suffix)) {
                    cut = w.length() - suffix.length();
                }
            }
            if (cut < 0 || coveredByCand(cands, k)) {
                continue;
            }
            String last = w.substring(0, cut);
            int best = -1;
            long key = Gazetteer.appendKey(0, last);
            if (NeutralPlaces.kindOf(gazetteer, key) >= 0) {
                best = k;
            }
            // "New York-based": earlier capitalised words, read back from the suffix's word
            String name = last;
            for (int j = k - 1; j >= from && k - j < NeutralPlaces.MAX_WORDS && (cls[j] & WordBits.CAP) != 0
                    && !coveredByCand(cands, j); j--) {
                name = all.get(j).word() + " " + name;
                long longer = 0;
                for (String part : name.split(" ")) {
                    longer = Gazetteer.appendKey(longer, part);
                }
                if (NeutralPlaces.kindOf(gazetteer, longer) >= 0) {
                    best = j;
                }
            }
            if (best < 0) {
                continue;
            }
            int cs = all.get(best).start();
            int ce = all.get(k).start() + cut;
            cands.add(new Cand(EntityType.LOCATION, best, k + 1, cs, ce, read.substring(cs, ce), null, null));
        }
    }

    /**
     * "A Calgary man was charged", "an Adelaide wine company" (s38): a capitalised word the tagger left untyped
     * between "a"/"an" and a lower-case word, which the gazetteer knows as a country, first-level division or
     * town of 100,000 people or more, is where the person or thing is from: a LOCATION. Tested at "a"/"an".
     */
    private void placesAfterArticle(String read, List<Tokenizer.Token> all, List<Cand> cands, int[] cls, int from,
            int to) {
        for (int k = from; k + 2 < to; k++) {
            String w = all.get(k).word();
            if (w.length() > 2 || !(w.equals("a") || w.equals("A") || w.equals("an") || w.equals("An"))
                    || (cls[k + 1] & WordBits.CAP) == 0 || (cls[k + 2] & WordBits.CAP) != 0
                    || !Character.isLowerCase(all.get(k + 2).word().codePointAt(0))) {
                continue;
            }
            if (NeutralPlaces.kindOf(gazetteer, Gazetteer.appendKey(0, all.get(k + 1).word())) >= 0
                    && !coveredByCand(cands, k + 1)) {
                cands.add(cand(read, all, EntityType.LOCATION, k + 1, k + 2, null, null));
            }
        }
    }

    /**
     * "Avon and Somerset Police" (s38): the tagger ends the name at "and" and types the first word alone (a
     * PERSON, a LOCATION). Where one such word and "and" stand right before a body's name ending in a public
     * body's head ({@link #PUBLIC_HEADS}), the three are one body (not for places: "Sonarpur and Salt Lake" are two); not
     * when the first word is untyped or a body of its own ("Accel and
     * Blume Ventures": two investors), a titled person ("Mr Ali and Lahore Police"), a country ("Kenya and
     * Uganda ..." may be two), an English given name, or a surname of a person the article names. Runs per
     * candidate.
     */
    private void namesJoinedBeforeHead(String read, List<Tokenizer.Token> all, List<Cand> cands, int[] cls) {
        for (int j = 0; j < cands.size(); j++) {
            Cand b = cands.get(j);
            if (b.known() != null || b.end() - b.start() < 2 || b.start() < 2
                    || !all.get(b.start() - 1).word().equals("and")
                    || b.type() != EntityType.ORGANIZATION || !PUBLIC_HEADS.contains(all.get(b.end() - 1).word())) {
                continue;
            }
            int a = b.start() - 2;
            String first = all.get(a).word();
            if ((cls[a] & WordBits.CAP) == 0 || !namePart(first) || isGivenName(first) || NeutralPlaces.isCountry(gazetteer, all, a, a + 1)) {
                continue;
            }
            int found = -1;
            boolean ok = true;
            for (int i = 0; i < cands.size(); i++) {
                Cand c = cands.get(i);
                if (c.start() <= a && a < c.end()) {
                    if (c.start() != a || c.end() != a + 1 || c.known() != null || c.title() != null
                            || c.type() == EntityType.PERSON && surnameOfEarlierPerson(all, cands, c)) {
                        ok = false;
                    }
                    found = i;
                }
            }
            if (!ok || found < 0 || cands.get(found).type() == EntityType.ORGANIZATION) {
                continue;
            }
            Cand joined = cand(read, all, b.type(), a, b.end(), b.title(), null);
            cands.set(j, joined);
            if (found >= 0) {
                cands.remove(found);
                if (found < j) {
                    j--;
                }
            }
        }
    }

    /** Possessive determiners that open a sentence before a role: "Their coach", "His manager" (no club). */
    private static final Set<String> POSSESSIVE_DETERMINERS = WordSet.of("His", "Her", "Their", "Its", "Our", "My",
            "Your");
    /** Marks that open a quote or an aside, after which a word is a sentence's first: "\"Their coach ...". */
    private static final Set<String> OPENING_MARKS = Set.of("\"", "\u201c", "'", "\u2018", "(");
    /** Most words of a club's name before a club's role: "Nyanza Sugar Stars coach". */
    private static final int MAX_ROLE_CLUB_WORDS = 3;

    /**
     * "Bucks coach Doc Ravenel", "Whitecaps midfielder Ryan X" (s40): the capitalised run right before a role only a
     * club has ({@link #CLUB_ROLES}, coach included) and a capitalised name is a club, ORGANIZATION, whatever
     * the tagger typed it (a nickname reads to it as a place or a person) or when it typed nothing. Not a title
     * word ("Head coach", "Assistant coach"), not a lone sentence-initial word the tagger mostly sees in lower
     * case, not a demonym ("Kenyan coach"), not a person named with a given name ({@link #side}). Tested at
     * the role's lower-case token.
     */
    private void clubsBeforeRoles(String read, List<Tokenizer.Token> all, List<Cand> cands, int[] cls, int from,
            int to, Set<String> clubWords) {
        for (int k = from + 1; k + 1 < to; k++) {
            if ((cls[k] & WordBits.CAP) != 0 || (cls[k + 1] & WordBits.CAP) == 0 || !CLUB_ROLES.contains(all.get(k).word())) {
                continue;
            }
            int a = k;
            while (a > from && (cls[a - 1] & WordBits.CAP) != 0 && k - a < MAX_ROLE_CLUB_WORDS
                    && !DETERMINERS.contains(all.get(a - 1).word())) {
                a--;
            }
            if (a == k || a > from && (cls[a - 1] & WordBits.CAP) != 0) {
                continue; // no name, or a longer capitalised run than a club's name
            }
            boolean opening = a == from || OPENING_MARKS.contains(all.get(a - 1).word());
            while (opening && a < k && (tagger.usuallyLowerCase(all.get(a).word())
                    || POSSESSIVE_DETERMINERS.contains(all.get(a).word()))) {
                a++; // "Former Everton manager", "But Chelsea boss": a sentence's first word is no part of the club
            }
            if (a == k || a == from && k - a == 1 && !coveredByCand(cands, a) && !pluralName(all.get(a).word())
                    && !NeutralPlaces.isPlace(gazetteer, all, a, k)) {
                continue; // ("Fund manager", "Their coach": an untyped first word of a sentence names no club,
                          // unless a plural name or a place: "Magpies coach", "Minnesota manager")
            }
            boolean titled = false;
            for (int j = a; j < k && !titled; j++) {
                titled = Titles.isTitleWord(all.get(j).word());
            }
            if (titled || demonym(all, a, k) || a == from && k - a == 1 && tagger.usuallyLowerCase(all.get(a).word())
                    || NeutralPlaces.isCountry(gazetteer, all, a, k)) {
                continue; // ("Ireland fly-half X": a country's national side stays the country, as the sets label it)
            }
            side(read, all, cands, a, k, clubWords);
        }
    }

    /**
     * "They host the Canucks on Tuesday", "two points behind the Lilywhites" (s40): in a story that reports a
     * result (an English sentence with a score such as "5-2" and a result verb), a single
     * capitalised plural after "the" ("the Oilers", "the Magpies") is a club's nickname, ORGANIZATION, whatever
     * the tagger typed it or when it typed nothing. Not a place the gazetteer knows ("the Netherlands", "the
     * Rockies"), not a demonym ("the Kenyans"), not a competition ("the Olympics"), not an acronym, not a word
     * inside a longer name, not a titled or known name. Runs only on a story with a score, found by a digit test
     * per token.
     */
    private void nicknamesInResultStories(String read, List<Tokenizer.Token> all, List<Cand> cands, int[] cls,
            List<int[]> english) {
        boolean story = false;
        for (int[] e : english) {
            boolean scored = false;
            boolean result = false;
            for (int k = e[0]; k < e[1] && !(scored && result); k++) {
                String w = all.get(k).word();
                if (!w.isEmpty() && w.charAt(0) >= '0' && w.charAt(0) <= '9') {
                    scored |= w.length() >= 3 && w.length() <= 7 && score(w);
                } else if ((cls[k] & WordBits.CAP) == 0 && RESULT_VERBS.contains(w)) {
                    result = true;
                }
            }
            if (scored && result) {
                story = true;
                break;
            }
        }
        if (!story) {
            return;
        }
        townsAsSides(read, all, cands, english);
        for (int[] e : english) {
            for (int k = Math.max(e[0], 1); k < e[1]; k++) {
                String w = all.get(k).word();
                String before = all.get(k - 1).word();
                if ((cls[k] & WordBits.CAP) == 0 || !(before.equals("the") || before.equals("The"))
                        || !pluralName(w) || allCaps(w)
                        || k + 1 < e[1] && (cls[k + 1] & WordBits.CAP) != 0
                        || COMPETITION_WORDS.contains(w) || (cls[k] & (WordBits.EVENT_WORD | WordBits.TITLE)) != 0
                        || NeutralPlaces.isPlace(gazetteer, all, k, k + 1) || demonym(all, k, k + 1)
                        || tagger.usuallyLowerCase(w)) {
                    continue;
                }
                int found = -1;
                boolean ok = true;
                for (int j = 0; j < cands.size() && ok; j++) {
                    Cand c = cands.get(j);
                    if (c.start() <= k && k < c.end()) {
                        ok = c.start() == k && c.end() == k + 1 && c.known() == null && c.title() == null;
                        found = j;
                    }
                }
                if (!ok || found >= 0 && cands.get(found).type() == EntityType.ORGANIZATION) {
                    continue;
                }
                Cand club = cand(read, all, EntityType.ORGANIZATION, k, k + 1, null, null);
                if (found >= 0) {
                    cands.set(found, club);
                } else {
                    cands.add(club);
                }
            }
        }
    }

    /** Verbs after a side's name at a sentence's start in a result story: "Cleveland has won seven of nine". */
    private static final Set<String> SIDE_VERBS = WordSet.of("has", "have", "had", "plays", "play", "face", "faces",
            "host", "hosts", "visit", "visits", "meet", "meets", "led", "leads", "trail", "trails", "held", "won");
    /** Words before a side's name in a result story: "face Geelong", "host Boston", "plays at Chicago". */
    private static final Set<String> SIDE_OBJECT_VERBS = WordSet.of("face", "faces", "host", "hosts", "visit", "visits",
            "meet", "meets", "against");
    /** Words that may follow "for X" when X is the side a player scored for: "added 22 for Milwaukee, which ...". */
    private static final Set<String> AFTER_SIDE = WordSet.of(",", ".", ";", "in", "on", "at", "which", "who", "and",
            "with", "before", "after", "this", "last");

    /**
     * Towns and states that stand for their clubs in a result story (s40): "added 22 for Milwaukee", "Cleveland
     * has won seven of nine", "Milwaukee plays at Chicago", "Carlton face Geelong". In a story {@link
     * #nicknamesInResultStories} found to report a result, a LOCATION of one or two words (or a PERSON the
     * gazetteer knows as a town, with no given name) is a club, ORGANIZATION, after "for" when a person is named
     * before it in the sentence and the sentence ends or goes on after it; at a sentence's start before a verb
     * of {@link #SIDE_VERBS}; after a verb of {@link #SIDE_OBJECT_VERBS} or "plays at". Not a country (a
     * national side is rarer than the country), not a titled name. Runs per candidate.
     */
    private void townsAsSides(String read, List<Tokenizer.Token> all, List<Cand> cands, List<int[]> english) {
        int n = all.size();
        for (int j = 0; j < cands.size(); j++) {
            Cand c = cands.get(j);
            int a = c.start();
            int b = c.end();
            if (b - a > 2 || c.title() != null || c.known() != null && c.type() != EntityType.LOCATION
                    || c.type() == EntityType.ORGANIZATION) {
                continue;
            }
            if (c.type() == EntityType.PERSON && (c.known() != null || givenNameIn(all, a, b)
                    || GIVEN_NAMES_EN.contains(all.get(a).word()) || !NeutralPlaces.isPlace(gazetteer, all, a, b))) {
                continue;
            }
            int[] sentence = sentenceOf(english, a, b);
            if (sentence == null || NeutralPlaces.isCountry(gazetteer, all, a, b)) {
                continue;
            }
            String before = a > sentence[0] ? all.get(a - 1).word() : "";
            String after = b < sentence[1] ? all.get(b).word() : ".";
            boolean side = false;
            if (before.equals("for") && (b == sentence[1] || AFTER_SIDE.contains(after))) {
                for (Cand p : cands) {
                    if (p.type() == EntityType.PERSON && p.start() >= sentence[0] && p.end() < a) {
                        side = true;
                        break;
                    }
                }
            }
            side |= a == sentence[0] && b < n && SIDE_VERBS.contains(after);
            side |= SIDE_OBJECT_VERBS.contains(before) || before.equals("at") && a - 2 >= sentence[0]
                    && (all.get(a - 2).word().equals("plays") || all.get(a - 2).word().equals("play"));
            if (side) {
                cands.set(j, cand(read, all, EntityType.ORGANIZATION, a, b, null, null));
            }
        }
    }

    /** Whether a capitalised word reads as a plural name: "Magpies", "Whitecaps" (not "Press", "DVDs"). */
    private static boolean pluralName(String w) {
        return w.length() >= 4 && w.charAt(w.length() - 1) == 's' && !w.endsWith("ss") && !innerCapitalOrHyphen(w);
    }

    /** Whether a word has a capital after its first letter or a hyphen: "DVDs", "SMEs", "Tri-Nations". */
    private static boolean innerCapitalOrHyphen(String w) {
        for (int i = 1; i < w.length(); i++) {
            char ch = w.charAt(i);
            if (Character.isUpperCase(ch) || ch == '-') {
                return true;
            }
        }
        return false;
    }

    /** A wire's kind word that ends its name in a release's dateline: "(BUSINESS WIRE)", "/PRNewswire/". */
    private static boolean wireName(String w) {
        String lower = w.toLowerCase(Locale.ROOT);
        return lower.endsWith("wire") && w.length() >= 4;
    }

    /** Academic degrees written after a name and a comma: "Elena Marchetti, Ph.D.", "M.D.". */
    private static final List<String> DEGREES = List.of("Ph.D", "M.D.", "J.D.", "Ed.D", "D.Phil", "Pharm.D", "Psy.D");

    /**
     * Three forms of a company's press release (s40). The wire in its dateline, written in brackets or slashes
     * ("COLUMBUS, Ohio--(BUSINESS WIRE)--", "(GLOBE NEWSWIRE) --", "/PRNewswire/"), is an ORGANIZATION: a run of
     * capitalised words whose last word ends in "wire", closed by the bracket or slash. A ticker after an
     * exchange and a colon in brackets ("(NYSE: BWF)", "(Nasdaq: NKXB)") names nothing (the exchange keeps its
     * span). A degree after a name and a comma ("Ph.D.", "M.D.") names nothing. Tested at brackets, slashes and
     * colons, and per candidate for degrees.
     */
    private void releaseFurniture(String read, List<Tokenizer.Token> all, List<Cand> cands, int[] cls, int from,
            int to) {
        for (int k = from; k + 2 < to; k++) {
            String w = all.get(k).word();
            if (w.equals("(") || w.equals("/")) {
                int b = k + 1;
                while (b < to && b - k <= 3 && (cls[b] & WordBits.CAP) != 0) {
                    b++;
                }
                if (b > k + 1 && b < to && all.get(b).word().equals(w.equals("(") ? ")" : "/")
                        && wireName(all.get(b - 1).word()) && !reachesOver(cands, k + 1, b)) {
                    for (int c = cands.size() - 1; c >= 0; c--) {
                        Cand cand = cands.get(c);
                        if (cand.start() > k && cand.end() <= b) {
                            cands.remove(c);
                        }
                    }
                    cands.add(cand(read, all, EntityType.ORGANIZATION, k + 1, b, null, null));
                    k = b;
                }
            } else if (w.equals(":") && k > from + 1 && all.get(k - 2).word().equals("(")
                    && (cls[k - 1] & WordBits.CAP) != 0 && allCaps(all.get(k - 1).word())) {
                String ticker = all.get(k + 1).word();
                if (ticker.length() <= 6 && allCaps(ticker)
                        && (all.get(k + 2).word().equals(")") || all.get(k + 2).word().equals(",")
                        || all.get(k + 2).word().equals(";"))) {
                    for (int c = cands.size() - 1; c >= 0; c--) {
                        Cand cand = cands.get(c);
                        if (cand.known() == null && cand.start() == k + 1 && cand.end() == k + 2) {
                            cands.remove(c); // "(NYSE: BWF)": a ticker
                        }
                    }
                }
            }
        }
        for (int c = cands.size() - 1; c >= 0; c--) {
            Cand cand = cands.get(c);
            if (cand.start() < from || cand.start() >= to || cand.start() < 2 || !all.get(cand.start() - 1).word().equals(",")) {
                continue;
            }
            for (String degree : DEGREES) {
                if (read.startsWith(degree, cand.charStart())) {
                    cands.remove(c);
                    break;
                }
            }
        }
    }

    /**
     * "Gurpreet Singh alias Gopi" (s40): South Asian police copy gives a suspect's other name after "alias"; the
     * tagger reads the whole as one PERSON. The words before and after "alias" are two PERSON names. And a
     * PERSON that opens with "of" after an office ("Chief Executive Officer of Veridane") is the office's body,
     * an ORGANIZATION without the "of". Runs per candidate.
     */
    private static void aliasesInPersons(String read, List<Tokenizer.Token> all, List<Cand> cands,
            List<int[]> english) {
        for (int j = 0; j < cands.size(); j++) {
            Cand c = cands.get(j);
            if (c.type() != EntityType.PERSON || sentenceOf(english, c.start(), c.end()) == null) {
                continue;
            }
            if (c.end() - c.start() >= 2 && c.known() == null
                    && all.get(c.start()).word().equals("of") && (all.get(c.start() + 1).word().length() > 1)
                    && c.start() > 0 && (Titles.isTitleWord(all.get(c.start() - 1).word())
                    || capitalised(all.get(c.start() - 1).word()))) {
                // "Chief Executive Officer of Veridane": an office's body, which the title pass left with its "of"
                cands.set(j, cand(read, all, EntityType.ORGANIZATION, c.start() + 1, c.end(), null, null));
                continue;
            }
            for (int k = c.start() + 1; k < c.end() - 1; k++) {
                if (all.get(k).word().equals("alias")) {
                    cands.set(j, cand(read, all, EntityType.PERSON, c.start(), k, c.title(), null));
                    cands.add(j + 1, cand(read, all, EntityType.PERSON, k + 1, c.end(), null, null));
                    j++;
                    break;
                }
            }
        }
    }

    /** The sentence the English tagger read that holds tokens {@code [a, b)}, or null. */
    private static int[] sentenceOf(List<int[]> english, int a, int b) {
        for (int[] e : english) {
            if (e[0] <= a && b <= e[1]) {
                return e;
            }
        }
        return null;
    }

    private static boolean coveredByCand(List<Cand> cands, int k) {
        for (Cand c : cands) {
            if (c.start() <= k && k < c.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The classes of an article's tokens, read once per token before the post-processing passes: one hash
     * of the word into one table merged from the passes' word lists (exact case, as the lists are read),
     * and the character tests they share. The passes then test bits in their loop heads instead of doing
     * their own lookups per token; a bit is set exactly when the test it stands for holds, so no answer
     * changes. {@code CAP} is {@link #capitalised}; {@code NAME} and {@code TITLE} are set only on
     * capitalised words (capitalised and {@link #namePart}; capitalised and {@link Titles#isAnyTitleWord}).
     */
    static final class WordBits {
        static final int CAP = 1;
        static final int NAME = 1 << 1;
        static final int TITLE = 1 << 2;
        static final int DETERMINER = 1 << 3;
        static final int STREET = 1 << 4;
        static final int NUMBERED_ROAD = 1 << 5;
        static final int ORG_HEAD = 1 << 6;
        static final int COMPANY = 1 << 7;
        static final int LOCAL_FORM = 1 << 8;
        static final int WEEKDAY = 1 << 9;
        static final int CONNECTOR = 1 << 10;
        static final int LOWER_CASE_HEAD = 1 << 11;
        static final int ARMED_GROUP = 1 << 12;
        static final int SHIP_PREFIX = 1 << 13;
        static final int SHIP_NOUN = 1 << 14;
        static final int PLACE_NOUN_OF = 1 << 15;
        static final int PERSON_PARTICLE = 1 << 16;
        static final int CURRENCY = 1 << 17;
        static final int LEVEL_ADJECTIVE = 1 << 18;
        static final int GENERIC_HEAD = 1 << 19;
        static final int EVENT_WORD = 1 << 20;
        static final int FEATURE_WORD = 1 << 21;
        static final int PLACE_DIVISION = 1 << 22;
        static final int RELIGIOUS_GROUP = 1 << 23;
        static final int LOCAL_UNIT = 1 << 24;
        static final int NAME_LEAD = 1 << 25;
        static final int INTERJECTION = 1 << 26;
        static final int PLACE_LEAD = 1 << 27;
        static final int PLACE_TAIL = 1 << 28;
        static final int PLACE_NOUN = 1 << 29;
        static final int REGION_ABBREVIATION = 1 << 30;
        static final int LAW_END = 1 << 31;
        /** The classes {@link #regionsAndTickers} acts on besides a bracket: one test per token there. */
        static final int REGION_PASS = REGION_ABBREVIATION | LAW_END;
        /** The classes {@link #localUnitsLeadsAndPlaces} acts on: one test per token there. */
        static final int LOCAL_PASS = LOCAL_UNIT | NAME_LEAD | INTERJECTION | PLACE_LEAD | PLACE_TAIL | PLACE_NOUN;

        private static final Map<String, Integer> TABLE = table();

        private WordBits() {
        }

        private static Map<String, Integer> table() {
            Map<String, Integer> m = new HashMap<>();
            add(m, DETERMINERS, DETERMINER);
            add(m, STREET_WORDS, STREET);
            add(m, NUMBERED_ROADS, NUMBERED_ROAD);
            add(m, ORG_HEADS, ORG_HEAD);
            add(m, COMPANY_WORDS, COMPANY);
            add(m, LOCAL_FORM_TRIGGERS, LOCAL_FORM);
            add(m, WEEKDAYS, WEEKDAY);
            add(m, ORG_CONNECTORS, CONNECTOR);
            add(m, LOWER_CASE_HEADS, LOWER_CASE_HEAD);
            add(m, ARMED_GROUP_LEADS, ARMED_GROUP);
            add(m, SHIP_PREFIXES, SHIP_PREFIX);
            add(m, SHIP_NOUNS, SHIP_NOUN);
            add(m, PLACE_NOUNS_BEFORE_OF, PLACE_NOUN_OF);
            add(m, PERSON_PARTICLES, PERSON_PARTICLE);
            add(m, CURRENCY_UNITS, CURRENCY);
            add(m, LEVEL_ADJECTIVES, LEVEL_ADJECTIVE);
            add(m, GENERIC_HEADS, GENERIC_HEAD);
            add(m, EVENT_WORDS, EVENT_WORD);
            add(m, FEATURE_WORDS, FEATURE_WORD);
            add(m, PLACE_DIVISIONS, PLACE_DIVISION);
            add(m, RELIGIOUS_GROUPS, RELIGIOUS_GROUP);
            add(m, LOCAL_UNIT_ACRONYMS, LOCAL_UNIT);
            add(m, NAME_LEAD_WORDS, NAME_LEAD);
            add(m, INTERJECTIONS, INTERJECTION);
            add(m, LOCAL_PLACE_LEADS, PLACE_LEAD);
            add(m, LOCAL_PLACE_TAILS, PLACE_TAIL);
            add(m, LOCAL_PLACE_NOUNS, PLACE_NOUN);
            add(m, REGION_ABBREVIATIONS, REGION_ABBREVIATION);
            add(m, LAW_ENDS, LAW_END);
            return m; // read-only after this: a HashMap's get is one hash and, mostly, one equals
        }

        private static void add(Map<String, Integer> m, Set<String> words, int bit) {
            for (String w : words) {
                m.merge(w, bit, (a, b) -> a | b);
            }
        }

        /** Each word's classes, once per word while the tokenizer keeps it (see {@link WordMemo}). */
        static final WordMemo MEMO = new WordMemo();

        /** Fills {@code out[base, base + sentence.size())} with the classes of the sentence's tokens. */
        static void fill(List<Tokenizer.Token> sentence, int[] out, int base) {
            for (int i = 0, n = sentence.size(); i < n; i++) {
                out[base + i] = classesOf(sentence.get(i).word());
            }
        }

        /**
         * {@link #fill(List, int[], int)} for the sentence whose first token is token {@code base} of
         * {@code view}: each word's classes read from {@code memo} ({@link #MEMO}'s values for the view,
         * {@code null} when it has none), worked out only for a word not met before.
         */
        static void fill(List<Tokenizer.Token> sentence, int[] out, int base, Tokenizer.View view, long[] memo) {
            if (memo == null) {
                fill(sentence, out, base);
                return;
            }
            for (int i = 0, n = sentence.size(); i < n; i++) {
                out[base + i] = WordMemo.valueOf(memo, view, base + i, sentence.get(i).word(), WordBits::classesOf);
            }
        }

        /** A word's classes: its lists', and CAP, NAME, TITLE by its form. */
        private static int classesOf(String w) {
            Integer listed = TABLE.get(w);
            int c = listed == null ? 0 : listed;
            if (capitalised(w)) {
                c |= CAP;
                if (namePart(w)) {
                    c |= NAME;
                }
                if (Titles.isAnyTitleWord(w)) {
                    c |= TITLE;
                }
            }
            return c;
        }
    }
}
