package io.newswire.tools;

import io.newswire.eval.CountriesEvaluation;
import io.newswire.eval.DatelineEvaluation;
import io.newswire.eval.DslEvaluation;
import io.newswire.eval.DuplicatesEvaluation;
import io.newswire.eval.StoriesEvaluation;
import io.newswire.eval.EventsEvaluation;
import io.newswire.eval.ExtractionEvaluation;
import io.newswire.eval.GeoWebNewsEvaluation;
import io.newswire.eval.LanguageEvaluation;
import io.newswire.eval.LanguageNerEvaluation;
import io.newswire.eval.LocalNewsEvaluation;
import io.newswire.eval.NerEvaluation;
import io.newswire.eval.PoliceEventsEvaluation;
import io.newswire.eval.QuotesEvaluation;
import io.newswire.eval.SeedsEvaluation;
import io.newswire.eval.ToneEvaluation;
import io.newswire.eval.TopicsEvaluation;
import io.newswire.eval.WireDatelineEvaluation;
import io.newswire.eval.WireNerEvaluation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "eval", mixinStandardHelpOptions = true, resourceBundle = "io.newswire.tools.DataFolders",
        description = "Accuracy evaluations on labelled data (not shipped; see docs/EVALUATION.md). Each skips "
                + "with a message when its data is missing.",
        subcommands = {
                EvalCommand.Datelines.class,
                EvalCommand.WireDatelines.class,
                EvalCommand.Languages.class,
                EvalCommand.Seeds.class,
                EvalCommand.Ner.class,
                EvalCommand.Countries.class,
                EvalCommand.GeoWebNews.class,
                EvalCommand.Extraction.class,
                EvalCommand.LocalNews.class,
                EvalCommand.Topics.class,
                EvalCommand.Tone.class,
                EvalCommand.Events.class,
                EvalCommand.Quotes.class,
                EvalCommand.PoliceEvents.class,
                EvalCommand.NerWire.class,
                EvalCommand.NerLanguages.class,
                EvalCommand.NerNeutral.class,
                EvalCommand.Duplicates.class,
                EvalCommand.LanguageRelatives.class,
                EvalCommand.Stories.class
        })
final class EvalCommand implements Runnable {

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    @Command(name = "datelines", mixinStandardHelpOptions = true,
            description = "Reuters-21578 datelines: location and date accuracy, false positives on bodies alone.")
    static final class Datelines implements Callable<Integer> {
        @Mixin
        DataOption data;

        @Option(names = "--errors", defaultValue = "10", description = "How many errors to list.")
        int errors;

        @Override
        public Integer call() throws Exception {
            DatelineEvaluation.run(data.dir(), errors, System.out);
            return 0;
        }
    }

    @Command(name = "wire-datelines", mixinStandardHelpOptions = true,
            description = "Datelines of other agencies and national dailies on the committed self-written set: "
                    + "location, region, agency, date accuracy and false positives on openings without one.")
    static final class WireDatelines implements Callable<Integer> {
        @Option(names = "--split", defaultValue = "dev", description = "dev, test, all (dev and test) or blind / blind-2 / blind-3 / blind-4 / blind-5 / blind-6 / blind-7 / blind-8 / blind-9 / blind-10 / blind-11 / blind-12 (the s36 to s47 sets; test: report once).")
        String split;

        @Option(names = "--errors", defaultValue = "20", description = "How many errors to list.")
        int errors;

        @Override
        public Integer call() throws Exception {
            WireDatelineEvaluation.run(split, errors, System.out);
            return 0;
        }
    }

    @Command(name = "language", mixinStandardHelpOptions = true,
            description = "Language detectors on the langid set: single sentences and 5-sentence texts, speed, heap.")
    static final class Languages implements Callable<Integer> {
        @Mixin
        DataOption data;

        @Option(names = "--library", description = "opennlp, lingua-low or lingua-high (default: all three).")
        String library;

        @Option(names = "--sentences", defaultValue = "1000", description = "Sentences per language.")
        int sentences;

        @Option(names = "--calibrate", description = "Instead: fit and report the confidence calibration on langid.")
        boolean calibrate;

        @Override
        public Integer call() throws Exception {
            List<String> args = new ArrayList<>(List.of(data.dir().toString(), "--sentences", Integer.toString(sentences)));
            if (library != null) {
                args.addAll(List.of("--library", library));
            }
            if (calibrate) {
                args.addAll(List.of("--calibrate", "true"));
            }
            LanguageEvaluation.main(args.toArray(String[]::new));
            return 0;
        }
    }

    @Command(name = "seeds", mixinStandardHelpOptions = true,
            description = "The seed articles against what a careful reader says of them.")
    static final class Seeds implements Callable<Integer> {
        @Mixin
        DataOption data;

        @Override
        public Integer call() throws Exception {
            return SeedsEvaluation.run(data.dir(), System.out) == 0 ? 0 : 1;
        }
    }

    @Command(name = "ner", mixinStandardHelpOptions = true,
            description = "The entity tagger on the GMB held-out split (every fifth sentence): span precision, "
                    + "recall and F1 per type and micro, speed, load time, heap.")
    static final class Ner implements Callable<Integer> {
        @Mixin
        DataOption data;

        @Option(names = "--model", paramLabel = "FILE",
                description = "A model file from 'newswire train ner' (default: the committed model).")
        Path model;

        @Option(names = "--errors", defaultValue = "0", description = "How many wrong sentences to list.")
        int errors;

        @Override
        public Integer call() throws Exception {
            NerEvaluation.run(data.dir(), model, errors, System.out);
            return 0;
        }
    }

    @Command(name = "countries", mixinStandardHelpOptions = true,
            description = "Reuters-21578 article countries vs gold PLACES (mapped to ISO 3166): micro P/R/F1 on "
                    + "TRAIN (threshold sweep) and TEST.")
    static final class Countries implements Callable<Integer> {
        @Mixin
        DataOption data;

        @Option(names = "--threshold", description = "Minimum country score (default: the one chosen on TRAIN).")
        Double threshold;

        @Option(names = "--full-pipeline",
                description = "Run language and entities before the geo stage, as the product does (default: geo alone).")
        boolean fullPipeline;

        @Option(names = "--errors", defaultValue = "15", description = "How many countries to list by errors.")
        int errors;

        @Override
        public Integer call() throws Exception {
            CountriesEvaluation.run(data.dir(), threshold == null ? CountriesEvaluation.DEFAULT_THRESHOLD : threshold,
                    errors, fullPipeline, System.out);
            return 0;
        }
    }

    @Command(name = "geowebnews", mixinStandardHelpOptions = true,
            description = "GeoWebNews: toponym recognition P/R/F1 (literal, associative) and resolution on gold "
                    + "spans (exact GeoNames id, within 161 km).")
    static final class GeoWebNews implements Callable<Integer> {
        @Mixin
        DataOption data;

        @Option(names = "--split", defaultValue = "all",
                description = "dev (articles at even positions of GWN.xml), test (odd positions) or all.")
        String split;

        @Option(names = "--with-entities", description = "Recognition with the language and entities stages in "
                + "front of the geo stage, as the product runs it (default: the geo stage alone).")
        boolean withEntities;

        @Option(names = "--errors", defaultValue = "10", description = "How many errors to list.")
        int errors;

        @Option(names = "--spans", description = "List every missed gold toponym with its cause (another span "
                + "overlaps, the entities stage typed it, a lower-case or possessive form, in or not in the "
                + "knowledge base) and every false place span, each with its context.")
        boolean spans;

        @Override
        public Integer call() throws Exception {
            GeoWebNewsEvaluation.run(data.dir(), split, errors, withEntities, spans, System.out);
            return 0;
        }
    }

    @Command(name = "extraction", mixinStandardHelpOptions = true,
            description = "HTML article-body extraction on fundus_eval, trafilatura_eval and readability_pages: "
                    + "newswire beside Readability4J and boilerpipe (token / snippet P, R, F1; ROUGE-LSum).")
    static final class Extraction implements Callable<Integer> {
        @Mixin
        DataOption data;

        @Option(names = "--errors", defaultValue = "0", description = "How many worst pages to list per extractor.")
        int errors;

        @Option(names = "--extractor", description = "newswire, readability4j or boilerpipe (default: all).")
        List<String> extractors;

        @Option(names = "--split", defaultValue = "dev",
                description = "dev, test (report once) or all; fundus_eval is split by publisher; own: our self-written "
                        + "pages (newswire_pages, in the eval module); own-heldout, own-heldout2, own-heldout3, own-heldout4: "
                        + "their held-out batches; aeb-dev, aeb-blind: the two halves of scrapinghub's "
                        + "article-extraction-benchmark when --data holds it as article_extraction_benchmark.")
        String split;

        @Override
        public Integer call() throws Exception {
            ExtractionEvaluation.run(data.dir(), errors, extractors, split, System.out);
            return 0;
        }
    }

    @Command(name = "local-news", mixinStandardHelpOptions = true,
            description = "Our local-news places set (in the eval module): recall of place spans and accuracy "
                    + "within 161 km, datelines.")
    static final class LocalNews implements Callable<Integer> {
        @Option(names = "--split", defaultValue = "dev", description = "dev, test, held23 (the set added in session s23) or all.")
        String split;

        @Option(names = "--errors", defaultValue = "10", description = "How many errors to list.")
        int errors;

        @Override
        public Integer call() throws Exception {
            LocalNewsEvaluation.run(split, errors, System.out);
            return 0;
        }
    }

    @Command(name = "topics", mixinStandardHelpOptions = true,
            description = "IPTC topics: the shipped lexicon on AG News, BBC, MasakhaNEWS French and our hand-labelled "
                    + "set; the linear model by cross-validation (AG News) and a held-out fifth (BBC).")
    static final class Topics implements Callable<Integer> {
        @Mixin
        DataOption data;

        @Override
        public Integer call() throws Exception {
            return TopicsEvaluation.run(data.dir(), System.out);
        }
    }

    @Command(name = "tone", mixinStandardHelpOptions = true,
            description = "NewsMTSC dev sets (rw, mt): the tone lexicon (sentence, target clause), the linear model, "
                    + "the shipped stage's model; accuracy and macro-F1.")
    static final class Tone implements Callable<Integer> {
        @Mixin
        DataOption data;

        @Override
        public Integer call() throws Exception {
            return ToneEvaluation.run(data.dir(), System.out);
        }
    }

    @Command(name = "events", mixinStandardHelpOptions = true,
            description = "Casualty figures, event types, dates and event actor/target/place on the project's "
                    + "self-written sets (built in): P/R on dev or, once, on the held-out test split.")
    static final class Events implements Callable<Integer> {
        @Option(names = "--split", defaultValue = "dev", description = "dev, test, held23 (the set added in session s23) or all.")
        String split;

        @Option(names = "--errors", defaultValue = "10", description = "How many wrong passages to list.")
        int errors;

        @Override
        public Integer call() throws Exception {
            EventsEvaluation.run(split, errors, System.out);
            return 0;
        }
    }

    @Command(name = "quotes", mixinStandardHelpOptions = true,
            description = "PolNeAR attribution relations: direct and indirect quote content P/R, direct speaker "
                    + "accuracy (dev split by default).")
    static final class Quotes implements Callable<Integer> {
        @Mixin
        DataOption data;

        @Option(names = "--split", defaultValue = "dev",
                description = "train or dev; test scores the held-out self-written speaker passages.")
        String split;

        @Option(names = "--errors", defaultValue = "0", description = "How many errors to list.")
        int errors;

        @Override
        public Integer call() throws Exception {
            QuotesEvaluation.run(data.dir(), split, errors, System.out);
            return 0;
        }
    }

    @Command(name = "police-events", mixinStandardHelpOptions = true,
            description = "IndiaPoliceEvents sentence labels KILL and ARREST against our ASSAULT-with-killed and "
                    + "COERCE-arrest events: P/R.")
    static final class PoliceEvents implements Callable<Integer> {
        @Mixin
        DataOption data;

        @Override
        public Integer call() throws Exception {
            PoliceEventsEvaluation.run(data.dir(), System.out);
            return 0;
        }
    }

    @Command(name = "ner-wire", mixinStandardHelpOptions = true,
            description = "The entities stage on the project's own 64 English wire articles (AP, Reuters, AFP, "
                    + "Xinhua, Anadolu, PTI, Dawn, IRNA styles): span P/R/F1 per type; no outside data needed.")
    static final class NerWire implements Callable<Integer> {
        @Option(names = "--split", defaultValue = "dev",
                description = "dev (odd articles), test (even), all, heldout (24 articles written later, wire-en-heldout.txt) heldout2 (24 more, written in session s23, wire-en-heldout-s23.txt) heldout3 (28 more with bodies the alias table does not list, session s24, wire-en-heldout-s24.txt), heldout4 (28 more with roads, sheriff's and district attorney's offices, county bodies, session s25, wire-en-heldout-s25.txt) heldout5 (12 more with long titles, short company names and newspapers named by common words, wire-en-heldout-s26.txt), heldout6 (25 more with bodies with \"of\" or a possessive inside, named rallies and operations, places with division words, wire-en-heldout-s27.txt) heldout7 (25 more with ministers with portfolios, state governors, club short names, ships and bodies with commas, written blind in session s28, wire-en-heldout-s28.txt) heldout8 (26 more with titles without a full stop, honorifics, local place words and acronyms defined in the text, in the styles of Bernama, Yonhap, Kyodo, KUNA, WAM, The Hindu, Daily Nation and local papers, written blind in session s30, wire-en-heldout-s30.txt) heldout9 (29 more with local police and fire units named by their town, towns in lists, laws, mixed-case acronyms, business, sports, court, health and science copy, in the styles of CP, AAP, ABC, RNZ, Stuff, SABC, The Star, Dhaka Tribune, Rappler, Straits Times, Bangkok Post, Arab News, Interfax, Ukrinform, Kyiv Independent and EFE, written blind in session s32, wire-en-heldout-s32.txt) heldout10 (34 more with given names before unusual surnames, offices, clubs named after their towns, possessive place names, Jalan streets, obituaries, markets and technology copy, in the styles of IANS, The Hindu, Times of India, Punch, Vanguard, Daily Monitor, The Citizen, Graphic, Focus Taiwan, Malay Mail, Express Tribune, Gulf Times, PA, RTE and the NZ Herald, written blind in session s33, wire-en-heldout-s33.txt) heldout11 (34 more with companies named after people and places, stock indexes and tournaments beside exchanges and clubs, localities and honorifics after a name, in the styles of BSS, The Kathmandu Post, Business Recorder, Deccan Herald, Khaleej Times, Daily Sabah, Tehran Times, ThisDay, The New Times, The Herald, The Korea Herald, The Japan Times, SCMP, Taipei Times, VnExpress, The Irish Times, The Scotsman, The Globe and Mail, dpa and others, written blind in session s34, wire-en-heldout-s34.txt), heldout12 (34 more with police and military ranks of many countries before names, the commonest English given names, surnames that are English words and honorifics, in the styles of Addis Standard, The Gleaner, Trinidad Guardian, Buenos Aires Times, CBC, Saudi Gazette, Times of Malta, Cyprus Mail, The Namibian, Mmegi, Nyasa Times, The Standard, New Vision, Khmer Times, Kuensel, The Fiji Times, Post-Courier, Stabroek News, MercoPress, The Baltic Times, Irish Examiner, Manchester Evening News, Belfast Telegraph, Toronto Star and others, written blind in session s35, wire-en-heldout-s35.txt) heldout13 (34 more with Irish ranks, members for a constituency, bodies with \"of the\", companies of foreign words, newspapers and venues named by common words, in the styles of the Jamaica Observer, Barbados Today, Samoa Observer, Otago Daily Times, Vancouver Sun, Chicago Tribune, Liverpool Echo, Irish Independent, Gibraltar Chronicle, The Brussels Times, The Moscow Times, Kyiv Post, The Astana Times, TOLOnews, The Irrawaddy, Borneo Post, Manila Bulletin, The Korea Times, NewsDay, Daily Maverick, Times of Oman and others, written blind in session s36, wire-en-heldout-s36.txt), heldout14 (32 more with one-word and camel-case companies, tickers, brokerages of two surnames, clubs by their town, nickname or short form, players by surname and venues named after companies, from the business and sports desks of AP, Reuters, AFP, Xinhua, Anadolu, PTI, Dawn and IRNA and in the styles of the Star Tribune, The Oregonian, Houston Chronicle, Bristol Post, Press and Journal, Calgary Herald, Montreal Gazette, The Courier-Mail, The Mercury, Business Daily, Daily Trust, The Reporter, Mint, The Edge, The Business Times, BusinessWorld, Phnom Penh Post and others, written blind in session s38, wire-en-heldout-s38.txt), heldout15 (32 more with press releases and tickers in brackets, obituaries, court reports, club sport by nickname and venues named after companies, in the styles of US metro papers, PR Newswire, Business Wire, GlobeNewswire, Courthouse News, British, Australian and Canadian local papers, Leadership, The Nation, Kenya News Agency, Capital FM, The Indian Express, The Tribune, The Telegraph, SunStar and GMA News, written blind in session s40, wire-en-heldout-s40.txt), heldout16 (34 longer articles with titles and honorifics, surnames alone, acronyms, state abbreviations, names that are also places or words and teams named by a state or city, from the world, politics, science, health, business, court, crime and sports desks of Reuters, AP, AFP, Xinhua, Anadolu, PTI, Dawn and IRNA and in the styles of WRAL, WFAA, KSDK, Derby Telegraph, York Press, Kent Online, Sowetan, TimesLIVE, Citi Newsroom, MyJoyOnline, Geo News, Daily Times, The Financial Express, New Age, Daily FT, Ada Derana, Free Malaysia Today, theSun, CNA and TODAY, written blind in session s41, wire-en-heldout-s41.txt), heldout17 (34 more of about 150-270 words with ranks and titles before names, bodies glued to titles, people named like places, provinces and clubs named after cities, armed groups with hyphens and spelling variants, constituencies, roads, railways and ports, from AP state and health desks, Reuters energy and markets, AFP Africa and Latin America, Xinhua and Pajhwok and in the styles of IANS, The Hindu, The Daily Star, The Kathmandu Post, The Nation, Daily Nation, Daily Monitor, The Citizen, Inquirer, Rappler, Jakarta Post, Bangkok Post, VnExpress, The Korea Herald, The Japan Times, Straits Times, Malaysiakini, Pakistan Today, ABC, RNZ, CBC, The Irish Times, BBC, WBAL, ESPNcricinfo and Autosport, written blind in session s45, wire-en-heldout-s45.txt) heldout18 (34 more of about 225-315 words with titles and ranks glued to names, bodies and places before titles, bodies \"of\" a place, \"X and Y\" companies and law firms with commas, clubs by city, nickname or short form, metro lines, stations, airports and ports, local Asian and African place names, obituaries, and products, trains, drugs, ships and laws that are no entity, from EFE and dpa English, Kyodo, Bernama, Yonhap, Xinhua, AP, Reuters, AFP, Anadolu, PTI, IANS, IRNA and APP and in the styles of Dunya News, The New Indian Express, Deccan Chronicle, Channels TV, BusinessDay, Citizen Digital, IOL, Mail & Guardian, ABS-CBN News, The Age, Illawarra Mercury, The Frederick News-Post, The Berkshire Eagle, Shropshire Star, Hull Daily Mail and The Cairns Post, written blind in session s46, wire-en-heldout-s46.txt) or heldout19 (36 more of about 240-320 words with titles and ranks before names, wards and constituencies before titles, given names and surnames alone, one-word names, hyphenated and transliterated Arabic, Pashto, Urdu, Bengali, Yoruba, Maori, Tagalog and Malay names, clubs by town or nickname, legislatures by short forms, buildings and places spelled two ways, from the big wires and in the styles of US, UK, Canadian, Australian and New Zealand local papers and TV, The Statesman, Telangana Today, Samaa, The Business Standard, Prothom Alo, Daily Post, Tribune Online, KBC, EWN, Ghanaian Times, BusinessMirror, The Vibes, The Peninsula, Arab Times and Oman Observer, written blind in session s47, wire-en-heldout-s47.txt).")
        String split;

        @Option(names = "--model", paramLabel = "FILE",
                description = "A model file from 'newswire train ner' (default: the committed model).")
        Path model;

        @Option(names = "--errors", defaultValue = "0", description = "How many articles with errors to list.")
        int errors;

        @Override
        public Integer call() throws Exception {
            WireNerEvaluation.run(split, model, errors, System.out);
            return 0;
        }
    }

    @Command(name = "ner-languages", mixinStandardHelpOptions = true,
            description = "The entities stage on the project's own wire copy in German, Russian and Spanish (20 "
                    + "articles each): span P/R/F1 per type and language, and PERSON/ORGANIZATION mentions that "
                    + "overlap no name; committed taggers (de, ru) unless --no-shipped; no outside data needed.")
    static final class NerLanguages implements Callable<Integer> {
        @Option(names = "--language", split = ",", defaultValue = "de,ru,es",
                description = "Languages to score (default: ${DEFAULT-VALUE}).")
        List<String> languages;

        @Option(names = "--split", defaultValue = "all", description = "dev (odd articles), test (even) or all.")
        String split;

        @Option(names = "--ner-model", paramLabel = "LANG=FILE",
                description = "A user's model for a language (from 'newswire train ner --language'), repeatable.")
        java.util.Map<String, Path> models = new java.util.TreeMap<>();

        @Option(names = "--no-shipped", description = "Leave out the committed taggers of other languages.")
        boolean noShipped;

        @Option(names = "--errors", defaultValue = "0", description = "How many articles with errors to list per language.")
        int errors;

        @Override
        public Integer call() throws Exception {
            LanguageNerEvaluation.run(languages, split, models, !noShipped, errors, System.out);
            return 0;
        }
    }

    @Command(name = "ner-neutral", mixinStandardHelpOptions = true,
            description = "The entities stage's language-neutral path (aliases, gazetteer names, given names) on "
                    + "CoNLL-2002's Spanish and Dutch and KIND's Italian Wikinews development files: span P/R/F1 "
                    + "per type (research-only and non-commercial data, read only).")
    static final class NerNeutral implements Callable<Integer> {
        @Mixin
        DataOption data;

        @Option(names = "--language", split = ",", defaultValue = "es,nl,it",
                description = "Languages to score (default: ${DEFAULT-VALUE}).")
        List<String> languages;

        @Option(names = "--split", defaultValue = "dev",
                description = "dev (the development files) or train (the training files, read only; nothing is "
                        + "trained): default ${DEFAULT-VALUE}.")
        String split;

        @Option(names = "--errors", defaultValue = "0", description = "How many articles with errors to list per language.")
        int errors;

        @Override
        public Integer call() throws Exception {
            io.newswire.eval.NeutralNerEvaluation.run(data.dir(), languages, split, errors, System.out);
            return 0;
        }
    }

    @Command(name = "duplicates", mixinStandardHelpOptions = true,
            description = "Exact duplicates on BBC News and synthetic near duplicates of Reuters-21578 stories: "
                    + "pairwise precision and recall; SimHash beside MinHash.")
    static final class Duplicates implements Callable<Integer> {
        @Mixin
        DataOption data;

        @Option(names = "--split", defaultValue = "TEST", description = "Reuters split: TRAIN to develop, TEST to report.")
        String split;

        @Option(names = "--grid", description = "Also print precision and recall over a grid of thresholds.")
        boolean grid;

        @Override
        public Integer call() throws Exception {
            DuplicatesEvaluation.run(data.dir(), split, grid, System.out);
            return 0;
        }
    }

    @Command(name = "language-relatives", mixinStandardHelpOptions = true,
            description = "Close relatives (bs/hr/sr in Latin script, id/ms) on DSLCC v2.0 test set B: accuracy per "
                    + "language, with and without named entities.")
    static final class LanguageRelatives implements Callable<Integer> {
        @Mixin
        DataOption data;

        @Option(names = "--split", defaultValue = "dev", description = "train, dev or test (report test once).")
        String split;

        @Override
        public Integer call() throws Exception {
            return DslEvaluation.run(data.dir(), split, System.out);
        }
    }

    @Command(name = "stories", mixinStandardHelpOptions = true,
            description = "Story clustering on ECB+ (gold story = topic x ecb/ecbplus): pairwise precision, recall "
                    + "and F1 of story ids, shuffled order, no dates.")
    static final class Stories implements Callable<Integer> {
        @Mixin
        DataOption data;

        @Option(names = "--split", defaultValue = "dev",
                description = "ECB+ topics: train to develop, dev to report (test topics are held out).")
        String split;

        @Option(names = "--grid", description = "Also print the figures over a grid of thresholds and entity weights.")
        boolean grid;

        @Option(names = "--fit", description = "Refit the pair model on train-topic pairs (online document "
                + "frequencies) and sweep the thresholds over train and dev: how the standard settings were made.")
        boolean fit;

        @Override
        public Integer call() throws Exception {
            if (fit) {
                StoriesEvaluation.fit(data.dir(), System.out);
                return 0;
            }
            StoriesEvaluation.run(data.dir(), split, grid, System.out);
            return 0;
        }
    }
}
