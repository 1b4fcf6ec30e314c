package io.newswire.enrich.gazetteer;

import io.newswire.enrich.text.Folding;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The geographic knowledge base: GeoNames places of 1,000 people or more, first- and second-level divisions and
 * countries with their names, spellings and demonyms, loaded once from the classpath resource
 * {@value #RESOURCE} written by {@code newswire kb build} (format in docs/KNOWLEDGE_BASE.md).
 *
 * <p>Every entry is an int: kind in the top bits ({@link #PLACE}, {@link #ADMIN1}, {@link #COUNTRY},
 * {@link #DEMONYM}), index below. Names are found by {@link Folding#key} hash in open-addressing
 * tables, so a lookup allocates nothing. Immutable after loading; thread-safe.
 *
 * <p>Per-entry fields are read by index ({@code placeName(i)}, {@code countryCode(i)}, ...): the arrays
 * behind them are private, so no caller can write the storage every thread shares. The arrays lookups
 * return ({@link #byKey}, {@link #lookup}, ...) are that storage too and must never be written.
 */
public final class Gazetteer {

    public static final String RESOURCE = "/io/newswire/enrich/gazetteer/gazetteer.bin.gz";
    public static final String MAGIC = "NWGZ4";

    public static final int PLACE = 0;
    public static final int ADMIN1 = 1;
    public static final int COUNTRY = 2;
    public static final int DEMONYM = 3;
    public static final int CONTINENT = 4;
    /** Second-level divisions (GeoNames ADM2: counties, districts, parishes). */
    public static final int ADMIN2 = 5;
    private static final int KIND_SHIFT = 28;
    private static final int INDEX_MASK = (1 << KIND_SHIFT) - 1;

    /**
     * Places at least this big, and all first-level divisions and countries, can be found by a spelling
     * variant of their name ({@link Folding#variantKey}: Gawadar for Gwadar). Smaller towns are too many
     * for a consonant frame: their variants would catch surnames and words.
     */
    public static final int VARIANT_MIN_POPULATION = 20_000;

    // countries
    private final String[] countryCode;
    private final String[] countryName;
    private final int[] countryGeonameId;
    private final int[] countryCapital;
    private final float[] countryLat;
    private final float[] countryLon;
    private final long[] countryPopulation;
    private final Map<String, Integer> countryByCode = new HashMap<>();
    // first-level divisions
    private final String[] admin1Key;
    private final String[] admin1Name;
    private final int[] admin1GeonameId;
    private final float[] admin1Lat;
    private final float[] admin1Lon;
    private final long[] admin1Population;
    private final int[] admin1Country;
    private final Map<String, Integer> admin1ByKey = new HashMap<>();
    // places
    private final int[] placeGeonameId;
    private final String[] placeName;
    private final int[] placeCountry;
    private final String[] placeFeature;
    private final int[] placeAdmin1;
    private final int[] placePopulation;
    private final float[] placeLat;
    private final float[] placeLon;
    /** {@link Folding#key} of each entry's own name: a name used as written beats an alternate name. */
    private final long[] placeNameKey;
    private final long[] admin1NameKey;
    private final long[] countryNameKey;

    // continents, then the curated regions, seas, rivers and ranges (no GeoNames id, a derived point)
    private final String[] continentName;
    /** {@code CONT} for a continent, else the GeoNames feature code of the kind of feature (SEA, STM, RGN...). */
    private final String[] continentFeature;
    private final int[] continentGeonameId;
    private final float[] continentLat;
    private final float[] continentLon;
    /** The weight a continent or region ranks with against places of the same name. */
    private final long[] continentPopulation;

    // second-level divisions
    private final String[] admin2Name;
    private final int[] admin2GeonameId;
    /** Mean point of the division's GeoNames places, NaN when none carries its code. */
    private final float[] admin2Lat;
    private final float[] admin2Lon;
    private final long[] admin2Population;
    private final int[] admin2Admin1;
    private final int[] admin2Country;
    /** {@link Folding#key} of the full name ("Pickens County"); the short form ("Pickens") is an alternate. */
    private final long[] admin2NameKey;
    /**
     * The key of a second-level division's name without a leading division word and "of" ("Province of Laguna" is
     * "Laguna", "County of Flintshire" "Flintshire"), 0 when the name has none: text writes the division so, as
     * its own name; "Pickens County" keeps its division word in text and is not listed here.
     */
    private final long[] admin2OfKey;
    /** Each place's second-level division (index into the admin2 arrays), -1 when unknown. */
    private final int[] placeAdmin2;

    private final NameTable names;
    private final NameTable acronyms;
    private final NameTable variants;

    private static final class Holder {
        static final Gazetteer INSTANCE = load();
    }

    /** The shared instance, loaded on first use. */
    public static Gazetteer get() {
        return Holder.INSTANCE;
    }

    private static Gazetteer load() {
        try (InputStream raw = Gazetteer.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                throw new IllegalStateException(RESOURCE + " missing from the classpath");
            }
            // inflate at once: reading numbers from a byte array is several times faster than through a stream
            byte[] bytes = new GZIPInputStream(raw, 1 << 16).readAllBytes();
            return new Gazetteer(new DataInputStream(new ByteArrayInputStream(bytes)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private Gazetteer(DataInputStream in) throws IOException {
        if (!MAGIC.equals(in.readUTF())) {
            throw new IOException("not a newswire gazetteer");
        }
        names = new NameTable(1 << 20);
        acronyms = new NameTable(1 << 10);
        variants = new NameTable(1 << 17);

        int nc = in.readInt();
        countryCode = new String[nc];
        countryName = new String[nc];
        countryGeonameId = new int[nc];
        countryCapital = new int[nc];
        countryLat = new float[nc];
        countryLon = new float[nc];
        countryPopulation = new long[nc];
        countryNameKey = new long[nc];
        for (int i = 0; i < nc; i++) {
            countryCode[i] = in.readUTF();
            countryName[i] = in.readUTF();
            countryGeonameId[i] = in.readInt();
            countryCapital[i] = in.readInt();
            countryLat[i] = in.readFloat();
            countryLon[i] = in.readFloat();
            countryPopulation[i] = in.readLong();
            countryNameKey[i] = Folding.key(countryName[i]);
            countryByCode.put(countryCode[i], i);
            int entry = entry(COUNTRY, i);
            readKeys(in, entry);
            readKeys(in, entry(DEMONYM, i));
        }

        int na = in.readInt();
        admin1Key = new String[na];
        admin1Name = new String[na];
        admin1GeonameId = new int[na];
        admin1Lat = new float[na];
        admin1Lon = new float[na];
        admin1Population = new long[na];
        admin1Country = new int[na];
        admin1NameKey = new long[na];
        for (int i = 0; i < na; i++) {
            admin1Key[i] = in.readUTF();
            admin1Name[i] = in.readUTF();
            admin1GeonameId[i] = in.readInt();
            admin1Lat[i] = in.readFloat();
            admin1Lon[i] = in.readFloat();
            admin1Population[i] = in.readLong();
            admin1NameKey[i] = Folding.key(admin1Name[i]);
            admin1Country[i] = countryByCode.getOrDefault(admin1Key[i].substring(0, 2), -1);
            admin1ByKey.put(admin1Key[i], i);
            int entry = entry(ADMIN1, i);
            readKeys(in, entry);
        }

        int np = in.readInt();
        placeGeonameId = new int[np];
        placeName = new String[np];
        placeCountry = new int[np];
        placeFeature = new String[np];
        placeAdmin1 = new int[np];
        placePopulation = new int[np];
        placeLat = new float[np];
        placeLon = new float[np];
        placeNameKey = new long[np];
        Map<String, String> interned = new HashMap<>();
        for (int i = 0; i < np; i++) {
            placeGeonameId[i] = in.readInt();
            placeName[i] = in.readUTF();
            String cc = in.readUTF();
            placeCountry[i] = countryByCode.getOrDefault(cc, -1);
            placeFeature[i] = interned.computeIfAbsent(in.readUTF(), s -> s);
            placeAdmin1[i] = admin1ByKey.getOrDefault(cc + "." + in.readUTF(), -1);
            placePopulation[i] = in.readInt();
            placeLat[i] = in.readFloat();
            placeLon[i] = in.readFloat();
            // "Washington, D.C.": the part before a comma is the name as written in text
            int comma = placeName[i].indexOf(',');
            placeNameKey[i] = Folding.key(comma > 0 ? placeName[i].substring(0, comma) : placeName[i]);
            readKeys(in, entry(PLACE, i));
        }

        int nt = in.readInt();
        continentName = new String[nt];
        continentFeature = new String[nt];
        continentGeonameId = new int[nt];
        continentLat = new float[nt];
        continentLon = new float[nt];
        continentPopulation = new long[nt];
        for (int i = 0; i < nt; i++) {
            continentName[i] = in.readUTF();
            continentFeature[i] = interned.computeIfAbsent(in.readUTF(), s -> s);
            continentGeonameId[i] = in.readInt();
            continentLat[i] = in.readFloat();
            continentLon[i] = in.readFloat();
            continentPopulation[i] = in.readLong();
            readKeys(in, entry(CONTINENT, i));
        }

        int n2 = in.readInt();
        admin2Name = new String[n2];
        admin2GeonameId = new int[n2];
        admin2Lat = new float[n2];
        admin2Lon = new float[n2];
        admin2Population = new long[n2];
        admin2Admin1 = new int[n2];
        admin2Country = new int[n2];
        admin2NameKey = new long[n2];
        admin2OfKey = new long[n2];
        for (int i = 0; i < n2; i++) {
            String key = in.readUTF();
            admin2Name[i] = in.readUTF();
            admin2GeonameId[i] = in.readInt();
            admin2Lat[i] = in.readFloat();
            admin2Lon[i] = in.readFloat();
            admin2Population[i] = in.readLong();
            int dot = key.lastIndexOf('.');
            admin2Admin1[i] = admin1ByKey.getOrDefault(key.substring(0, dot), -1);
            admin2Country[i] = countryByCode.getOrDefault(key.substring(0, 2), -1);
            admin2NameKey[i] = Folding.key(admin2Name[i]);
            admin2OfKey[i] = ofFormKey(admin2Name[i]);
            readKeys(in, entry(ADMIN2, i));
            addSaintAbbreviations(admin2Name[i], entry(ADMIN2, i));
        }

        placeAdmin2 = new int[np];
        Arrays.fill(placeAdmin2, -1);
        int withAdmin2 = in.readInt();
        for (int i = 0; i < withAdmin2; i++) {
            placeAdmin2[i] = in.readInt();
        }
    }

    /** "Saint Martin Parish", "Sainte Genevieve County": GeoNames' spelling of a division named after a saint. */
    private static final java.util.regex.Pattern SAINT_NAME = java.util.regex.Pattern.compile(
            "(?i)^(saint|sainte) (.+?)(?: (?:county|parish|district|borough|municipality))?$");

    /**
     * Copy writes a division named after a saint with the abbreviation ("St. Martin Parish", "St. Louis County",
     * "Ste. Genevieve County"), which GeoNames lists for towns among their alternate names but not for
     * second-level divisions: without these keys the only readings of "St. Martin" were the parishes of Guernsey
     * and Jersey, whatever the story's state. Adds the abbreviated short name only ("St. Martin"; "St" and "St."
     * fold to one key), which the resolver reads with the division word after it as it reads "Saint Martin": the
     * whole abbreviated name as a key would be an alternate name, which a division is not taken by.
     */
    private void addSaintAbbreviations(String name, int entry) {
        java.util.regex.Matcher m = SAINT_NAME.matcher(name);
        if (m.matches()) {
            names.add(Folding.key((m.group(1).length() == 5 ? "St " : "Ste ") + m.group(2)), entry);
        }
    }

    /** Reads the three key lists of an entry (see {@link #keys}) into the tables. */
    private void readKeys(DataInputStream in, int entry) throws IOException {
        for (NameTable table : new NameTable[] {names, variants, acronyms}) {
            for (int k = in.readInt(); k > 0; k--) {
                table.add(in.readLong(), entry);
            }
        }
    }

    /** Where a name goes: the lookup tables of {@link Gazetteer}, filled by {@link #keys}. */
    public interface KeySink {
        /** {@code table}: 0 names, 1 spelling variants, 2 acronyms. */
        void key(int table, long key);
    }

    /**
     * The lookup keys of one name, computed when the resource is built so that loading only reads
     * numbers: its {@link Folding#key}; the key of its {@link Folding#variantKey} when {@code variant} (and the variant has
     * at least {@value #MIN_VARIANT_KEY} letters); and,
     * for a name of two or three capitals ("US", "U.S.", "UAE"), only an acronym key and only when
     * {@code acronym} (those of towns are airport codes and the like, which collide with company
     * names such as "AMC"). Names under three letters are dropped.
     */
    public static void keys(String name, boolean variant, boolean acronym, KeySink sink) {
        int letters = 0;
        boolean capitalsAndDots = true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                capitalsAndDots &= Character.isUpperCase(c);
            } else {
                capitalsAndDots &= c == '.';
            }
        }
        if (letters <= 3 && capitalsAndDots) {
            if (letters >= 2 && acronym) {
                sink.key(2, Folding.key(name.replace(".", "")));
            }
            return;
        }
        if (letters < 3) {
            return;
        }
        long key = Folding.key(name);
        if (key != 0) {
            sink.key(0, key);
        }
        if (variant) {
            long vk = variantKey(name);
            if (vk != 0) {
                sink.key(1, vk);
            }
        }
    }

    public static int entry(int kind, int index) {
        return kind << KIND_SHIFT | index;
    }

    public static int kind(int entry) {
        return entry >>> KIND_SHIFT;
    }

    public static int index(int entry) {
        return entry & INDEX_MASK;
    }

    /** Entries whose name has this {@link Folding#key}, or {@code null}. */
    public int[] byKey(long key) {
        return names.get(key);
    }

    public int[] byAcronym(long key) {
        return acronyms.get(key);
    }

    /** Entries one of whose names has this {@link #variantKey}, or {@code null}. */
    public int[] byVariant(long key) {
        return variants.get(key);
    }

    /** Shortest {@link Folding#variantKey} the variant table holds: a shorter consonant frame fits too many words. */
    public static final int MIN_VARIANT_KEY = 4;

    /**
     * The lookup key of a name's spelling variant ({@link Folding#variantKey}) for {@link #byVariant};
     * 0 when the variant is shorter than {@value #MIN_VARIANT_KEY} letters.
     */
    public static long variantKey(String name) {
        return Folding.variantKeyHash(name, 0, name.length(), MIN_VARIANT_KEY);
    }

    /** {@link #variantKey(String)} of {@code text[start, end)}, without copying it out. */
    public static long variantKey(CharSequence text, int start, int end) {
        return Folding.variantKeyHash(text, start, end, MIN_VARIANT_KEY);
    }

    /**
     * The key of a name extended by one more word, for callers outside this package that look names
     * up word by word: {@code appendKey(appendKey(0, "New"), "York")} is the key of "New York"; 0 when
     * {@code word} has no letter or digit.
     */
    public static long appendKey(long key, CharSequence word) {
        return Folding.append(key, word);
    }

    /**
     * What the gazetteer knows of the name with this key, in one int (for the tagger's features,
     * allocation-free): bit {@code 1 << kind} for each kind of entry carrying the name (place, first-level
     * division, country, demonym, continent), and from bit 8 up the number of decimal digits of the
     * largest population among them; 0 when no entry has that name.
     */
    public int nameClass(long key) {
        if (key == 0) {
            return 0;
        }
        int[] e = names.get(key);
        if (e == null) {
            return 0;
        }
        int kinds = 0;
        long pop = 0;
        for (int x : e) {
            if (kind(x) == ADMIN2 || kind(x) == CONTINENT && !"CONT".equals(continentFeature[index(x)])) {
                // the tagger's model was trained on the classes before second-level divisions and the
                // curated regions existed
                continue;
            }
            kinds |= 1 << kind(x);
            pop = Math.max(pop, population(x));
        }
        int digits = 0;
        for (; pop > 0; pop /= 10) {
            digits++;
        }
        return kinds | digits << 8;
    }

    /** Entries named {@code name} (case and accents ignored), empty when none. */
    public int[] lookup(String name) {
        int[] e = names.get(Folding.key(name));
        return e == null ? new int[0] : e.clone();
    }

    /** Latitude and longitude of a country's centre (ISO 3166-1 alpha-2), {@code null} when unknown. */
    public double[] countryCentre(String code) {
        Integer i = countryByCode.get(code);
        return i == null ? null : new double[] {countryLat[i], countryLon[i]};
    }

    /** The GeoNames id of a country (ISO 3166-1 alpha-2), {@code null} when unknown. */
    public Long countryGeonameId(String code) {
        Integer i = countryByCode.get(code);
        return i == null || countryGeonameId[i] == 0 ? null : (long) countryGeonameId[i];
    }

    public int country(String code) {
        return countryByCode.getOrDefault(code, -1);
    }

    public int placeCount() {
        return placeGeonameId.length;
    }

    public int admin1Count() {
        return admin1Key.length;
    }

    public int admin2Count() {
        return admin2Name.length;
    }

    /** The first-level division index of a place or second-level division, -1 when unknown or neither. */
    public int admin1Of(int entry) {
        int i = index(entry);
        return switch (kind(entry)) {
            case PLACE -> placeAdmin1[i];
            case ADMIN2 -> admin2Admin1[i];
            case ADMIN1 -> i;
            default -> -1;
        };
    }

    public int countryCount() {
        return countryCode.length;
    }

    /** The country index of any entry, -1 when unknown or wider than a country. */
    public int countryOf(int entry) {
        int i = index(entry);
        return switch (kind(entry)) {
            case PLACE -> placeCountry[i];
            case ADMIN1 -> admin1Country[i];
            case ADMIN2 -> admin2Country[i];
            case CONTINENT -> -1;
            default -> i;
        };
    }

    private static final String[] OF_FORM_WORDS = {"Province of ", "County of ", "District of ", "Prefecture of ",
        "Governorate of ", "Department of ", "Region of ", "State of ", "Regierungsbezirk der ", "Regierungsbezirk "};

    /**
     * The key of {@code name} less a leading "Province of " (and the like, German "Regierungsbezirk") and "the ",
     * or 0.
     */
    static long ofFormKey(String name) {
        for (String w : OF_FORM_WORDS) {
            if (name.regionMatches(true, 0, w, 0, w.length())) {
                int from = w.length();
                while (from < name.length() && name.charAt(from) == ' ') {
                    from++;
                }
                if (name.regionMatches(true, from, "the ", 0, 4)) {
                    from += 4;
                }
                return from < name.length() ? Folding.key(name, from, name.length()) : 0;
            }
        }
        return 0;
    }

    /** Whether {@code key} is the entry's own name rather than an alternate one. */
    public boolean isOwnName(int entry, long key) {
        int i = index(entry);
        return switch (kind(entry)) {
            case PLACE -> placeNameKey[i] == key;
            case ADMIN1 -> admin1NameKey[i] == key;
            case ADMIN2 -> admin2NameKey[i] == key || admin2OfKey[i] == key && key != 0;
            case COUNTRY -> countryNameKey[i] == key;
            default -> false;
        };
    }

    /** How many people an entry stands for: what makes Paris, France likelier than Paris, Texas. */
    public long population(int entry) {
        int i = index(entry);
        return switch (kind(entry)) {
            case PLACE -> placePopulation[i];
            case ADMIN1 -> admin1Population[i];
            case ADMIN2 -> admin2Population[i];
            case CONTINENT -> continentPopulation[i];
            default -> countryPopulation[i];
        };
    }

    // Per-entry fields by index (the index of Gazetteer#index(entry) for the entry's kind): reads of the
    // private arrays, which the JIT inlines, so callers cannot write the shared storage.

    public String countryCode(int i) {
        return countryCode[i];
    }

    public String countryName(int i) {
        return countryName[i];
    }

    public int countryGeonameId(int i) {
        return countryGeonameId[i];
    }

    public int countryCapital(int i) {
        return countryCapital[i];
    }

    public float countryLat(int i) {
        return countryLat[i];
    }

    public float countryLon(int i) {
        return countryLon[i];
    }

    public long countryPopulation(int i) {
        return countryPopulation[i];
    }

    public String admin1Key(int i) {
        return admin1Key[i];
    }

    public String admin1Name(int i) {
        return admin1Name[i];
    }

    public int admin1GeonameId(int i) {
        return admin1GeonameId[i];
    }

    public float admin1Lat(int i) {
        return admin1Lat[i];
    }

    public float admin1Lon(int i) {
        return admin1Lon[i];
    }

    public long admin1Population(int i) {
        return admin1Population[i];
    }

    public int admin1Country(int i) {
        return admin1Country[i];
    }

    public int placeGeonameId(int i) {
        return placeGeonameId[i];
    }

    public String placeName(int i) {
        return placeName[i];
    }

    public int placeCountry(int i) {
        return placeCountry[i];
    }

    public String placeFeature(int i) {
        return placeFeature[i];
    }

    public int placeAdmin1(int i) {
        return placeAdmin1[i];
    }

    public int placePopulation(int i) {
        return placePopulation[i];
    }

    public float placeLat(int i) {
        return placeLat[i];
    }

    public float placeLon(int i) {
        return placeLon[i];
    }

    public long placeNameKey(int i) {
        return placeNameKey[i];
    }

    public long admin1NameKey(int i) {
        return admin1NameKey[i];
    }

    public long countryNameKey(int i) {
        return countryNameKey[i];
    }

    /** {@code CONT} for a continent, else the GeoNames feature code of a curated region, sea, river or range. */
    public String continentFeature(int i) {
        return continentFeature[i];
    }

    /** The weight a continent or region ranks with against places of the same name. */
    public long continentPopulation(int i) {
        return continentPopulation[i];
    }

    /** Place {@code i}'s second-level division (index into the admin2 arrays), -1 when unknown. */
    public int placeAdmin2(int i) {
        return placeAdmin2[i];
    }

    public String continentName(int i) {
        return continentName[i];
    }

    public int continentGeonameId(int i) {
        return continentGeonameId[i];
    }

    public float continentLat(int i) {
        return continentLat[i];
    }

    public float continentLon(int i) {
        return continentLon[i];
    }

    public String admin2Name(int i) {
        return admin2Name[i];
    }

    public int admin2GeonameId(int i) {
        return admin2GeonameId[i];
    }

    public float admin2Lat(int i) {
        return admin2Lat[i];
    }

    public float admin2Lon(int i) {
        return admin2Lon[i];
    }

    public long admin2Population(int i) {
        return admin2Population[i];
    }

    public int admin2Admin1(int i) {
        return admin2Admin1[i];
    }

    public int admin2Country(int i) {
        return admin2Country[i];
    }

    public long admin2NameKey(int i) {
        return admin2NameKey[i];
    }
    /** Open addressing from a 64-bit name key to the entries carrying that name. */
    private static final class NameTable {
        private long[] keys;
        private int[][] values;
        private int size;

        NameTable(int capacity) {
            keys = new long[capacity];
            values = new int[capacity][];
        }

        void add(long key, int entry) {
            if (key == 0) {
                key = 1;
            }
            if (size * 2 >= keys.length) {
                grow();
            }
            int slot = slot(key);
            if (keys[slot] == 0) {
                keys[slot] = key;
                values[slot] = new int[] {entry};
                size++;
            } else {
                int[] v = values[slot];
                for (int x : v) {
                    if (x == entry) {
                        return;
                    }
                }
                int[] w = Arrays.copyOf(v, v.length + 1);
                w[v.length] = entry;
                values[slot] = w;
            }
        }

        int[] get(long key) {
            if (key == 0) {
                key = 1;
            }
            int mask = keys.length - 1;
            int slot = (int) (key ^ key >>> 32) & mask;
            while (true) {
                long k = keys[slot];
                if (k == key) {
                    return values[slot];
                }
                if (k == 0) {
                    return null;
                }
                slot = (slot + 1) & mask;
            }
        }

        private int slot(long key) {
            int mask = keys.length - 1;
            int slot = (int) (key ^ key >>> 32) & mask;
            while (keys[slot] != 0 && keys[slot] != key) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }

        private void grow() {
            long[] oldKeys = keys;
            int[][] oldValues = values;
            keys = new long[oldKeys.length * 2];
            values = new int[oldKeys.length * 2][];
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != 0) {
                    int slot = slot(oldKeys[i]);
                    keys[slot] = oldKeys[i];
                    values[slot] = oldValues[i];
                }
            }
        }
    }
}
