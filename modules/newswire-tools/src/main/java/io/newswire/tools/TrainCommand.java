package io.newswire.tools;

import io.newswire.eval.LinearTopicTrainer;
import io.newswire.eval.TrainLanguageRelatives;
import io.newswire.eval.TrainNer;
import io.newswire.eval.TrainNerLanguage;
import io.newswire.eval.TrainTone;
import io.newswire.eval.TrainTopics;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "train", mixinStandardHelpOptions = true, resourceBundle = "io.newswire.tools.DataFolders",
        description = "Build the committed models from labelled data kept outside the repo (see docs/EVALUATION.md).",
        subcommands = {TrainCommand.Ner.class, TrainCommand.LanguageRelatives.class, TrainCommand.Topics.class, TrainCommand.Tone.class})
final class TrainCommand implements Runnable {

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    @Command(name = "ner", mixinStandardHelpOptions = true,
            description = "Train the entity tagger on the GMB training split (all but every fifth sentence of "
                    + "--gmb-file), with a case lexicon counted over the same split.")
    static final class Ner implements Callable<Integer> {
        static final String COMMITTED =
                "modules/newswire-enrichment/src/main/resources/io/newswire/enrich/ner/ner-gmb.bin.gz";

        @Mixin
        DataOption data;

        @Option(names = "--output", defaultValue = COMMITTED, paramLabel = "FILE",
                description = "Where to write the model (default: ${DEFAULT-VALUE}, the committed resource).")
        Path output;

        @Option(names = "--epochs", defaultValue = "" + TrainNer.DEFAULT_EPOCHS,
                description = "Passes over the training data (default: ${DEFAULT-VALUE}).")
        int epochs;

        @Option(names = "--models", defaultValue = "" + TrainNer.MODELS,
                description = "Perceptrons averaged, each on its own shuffle (default: ${DEFAULT-VALUE}).")
        int models;

        @Option(names = "--gmb-file", defaultValue = "ner_dataset_first8300.csv",
                description = "The GMB file in --data: ner_dataset_first8300.csv (the committed model's) or "
                        + "ner_dataset_1-44000.csv.gz (five times the sentences; see docs/EVALUATION.md). "
                        + "Default: ${DEFAULT-VALUE}.")
        String gmbFile;

        @Option(names = {"--language", "--lang"}, defaultValue = "en",
                description = "en (GMB, the committed model); de (GermEval 2014, CC BY 4.0) or ru (factRuEval-2016, MIT): "
                        + "trains on four fifths, scores the held-out fifth; es / nl (CoNLL-2002 in --data: research use only, so "
                        + "--output must name a file outside the repo; trains, then scores the testa split).")
        String language;

        @Override
        public Integer call() throws Exception {
            if (!language.equals("en")) {
                // de / ru data may ship (CC BY 4.0, MIT): by default the committed resource beside
                // ner-gmb.bin.gz; CoNLL-2002 (es, nl) never: the working directory.
                java.nio.file.Path out = !output.toString().equals(COMMITTED) ? output
                        : TrainNerLanguage.shippable(language)
                                ? java.nio.file.Path.of(COMMITTED.replace("ner-gmb", "ner-" + language))
                                : java.nio.file.Path.of("ner-" + language + ".bin.gz");
                return TrainNerLanguage.run(data.dir(), language, out, epochs, models, System.out);
            }
            return TrainNer.run(data.dir(), gmbFile, output, epochs, models, System.out);
        }
    }

    @Command(name = "topics", mixinStandardHelpOptions = true,
            description = "Train the optional topic model (hashed linear classifier) on AG News and BBC, their classes "
                    + "mapped to IPTC. Research/non-commercial data: the model is never committed; enable it with "
                    + "the setting newswire.topics.model.file=FILE.")
    static final class Topics implements Callable<Integer> {
        @Mixin
        DataOption data;

        @Option(names = "--output", defaultValue = "topics-model.bin.gz", paramLabel = "FILE",
                description = "Where to write the model (default: ${DEFAULT-VALUE}); never a committed resource.")
        Path output;

        @Option(names = "--epochs", defaultValue = "" + LinearTopicTrainer.TOPICS_EPOCHS,
                description = "Passes over the training data (default: ${DEFAULT-VALUE}).")
        int epochs;

        @Override
        public Integer call() throws Exception {
            return TrainTopics.run(data.dir(), output, epochs, System.out);
        }
    }

    @Command(name = "tone", mixinStandardHelpOptions = true,
            description = "Train the committed tone model (hashed linear classifier: negative, neutral, positive) on "
                    + "NewsMTSC's training split (MIT licence).")
    static final class Tone implements Callable<Integer> {
        @Mixin
        DataOption data;

        @Option(names = "--output", defaultValue = TrainTone.COMMITTED, paramLabel = "FILE",
                description = "Where to write the model (default: ${DEFAULT-VALUE}, the committed resource).")
        Path output;

        @Override
        public Integer call() throws Exception {
            return TrainTone.run(data.dir(), output, System.out);
        }
    }

    @Command(name = "language-relatives", mixinStandardHelpOptions = true,
            description = "Count the words that tell close relatives apart (bs/hr/sr in Latin script, id/ms) on "
                    + "DSLCC v2.0 test set B (CC0): the committed resource of the language stage.")
    static final class LanguageRelatives implements Callable<Integer> {
        @Mixin
        DataOption data;

        @Option(names = "--output", defaultValue = TrainLanguageRelatives.COMMITTED, paramLabel = "FILE",
                description = "Where to write the counts (default: ${DEFAULT-VALUE}, the committed resource).")
        Path output;

        @Option(names = "--splits", defaultValue = "train,dev", split = ",",
                description = "Splits to count (default: ${DEFAULT-VALUE}; train alone while tuning on dev).")
        java.util.Set<String> splits;

        @Override
        public Integer call() throws Exception {
            return TrainLanguageRelatives.run(data.dir(), splits, output, System.out);
        }
    }
}
