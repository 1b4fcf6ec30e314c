package io.newswire.eval;

import io.newswire.enrich.entities.AliasTable;
import io.newswire.enrich.entities.EntitiesEnricher;
import io.newswire.enrich.gazetteer.Gazetteer;
import io.newswire.enrich.language.LanguageEnricher;
import io.newswire.enrich.ner.NerTagger;
import io.newswire.model.Entity;
import io.newswire.model.EntityType;
import io.newswire.model.Mention;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The entities stage, as the pipeline runs it (language detected, then the stage with its alias
 * table and titles), on the project's own English wire set {@code ner/wire-en.txt}: 64 short
 * articles written here in the styles of AP, Reuters, AFP, Xinhua, Anadolu, PTI, Dawn and IRNA copy,
 * labelled by hand before any tagger ran on them. Span-level exact match per mention: precision,
 * recall and F1 for PERSON, ORGANIZATION and LOCATION, on the dev split (odd articles), the test
 * split (even) or both. A predicted LOCATION that is only a demonym ("Pakistani") is not counted:
 * the set leaves demonyms unlabelled and the pipeline types them LOCATION on purpose.
 *
 * <p>Usage: {@code newswire eval ner-wire [--split dev|test|all|heldout|heldout2|heldout3|heldout4|heldout5|heldout6|heldout7|heldout8|heldout9|heldout10|heldout11|heldout12|heldout13|heldout14|heldout15|heldout16|heldout17|heldout18|heldout19] [--model FILE] [--errors N]}. Needs
 * no data outside the project.
 */
public final class WireNerEvaluation {

    static final String RESOURCE = "ner/wire-en.txt";
    /** A held-out part written later ({@code --split heldout}): scored with figures only before and after a session's changes, never used to write a rule. */
    static final String HELDOUT = "ner/wire-en-heldout.txt";
    /**
     * A second held-out part ({@code --split heldout2}), written in session s23 with many organisations in
     * twelve agency styles after the first held-out part's errors had been read.
     */
    static final String HELDOUT2 = "ner/wire-en-heldout-s23.txt";
    /**
     * A third held-out part ({@code --split heldout3}), written in session s24 with organisations and
     * companies the alias table does not list, after the second part's errors had been read.
     */
    static final String HELDOUT3 = "ner/wire-en-heldout-s24.txt";
    /**
     * A fourth held-out part ({@code --split heldout4}), written in session s25 with roads, vehicle models,
     * sects, sheriff's and district attorney's offices, county bodies, companies with legal forms and long
     * titles, after the third part's errors had been read.
     */
    static final String HELDOUT4 = "ner/wire-en-heldout-s25.txt";
    /**
     * A fifth held-out part ({@code --split heldout5}), written after the fourth part's errors had been read:
     * long titles over portfolios and bodies, companies named later by a short form, newspapers named by a
     * common word or a given name.
     */
    static final String HELDOUT5 = "ner/wire-en-heldout-s26.txt";
    /**
     * A sixth held-out part ({@code --split heldout6}), written after the fifth part's errors had been read:
     * bodies with "of" or a possessive inside, two-word company short forms, places glued to titles, named
     * rallies, campaigns and operations, places with a division word, in thirteen agency and paper styles.
     */
    static final String HELDOUT6 = "ner/wire-en-heldout-s27.txt";
    /**
     * A seventh held-out part ({@code --split heldout7}), written in session s28 before that session's code,
     * by a writer who had not read the sixth part's errors: ministers with a portfolio, state governors,
     * clubs named later by a short form, ships, bodies with commas in their names, in twenty agency and
     * paper styles.
     */
    static final String HELDOUT7 = "ner/wire-en-heldout-s28.txt";
    /**
     * An eighth held-out part ({@code --split heldout8}), written in session s30 before that session's code,
     * by a writer who had not read the seventh part's errors: titles without a full stop, honorifics, local
     * place words, acronyms defined in the text that the alias table reads otherwise, one-sentence
     * paragraphs, in the styles of agencies and papers little used before (Bernama, Yonhap, Kyodo, KUNA, WAM,
     * Prensa Latina, Antara, The Hindu, Daily Nation, Gulf News, local US, UK and Australian papers).
     */
    static final String HELDOUT8 = "ner/wire-en-heldout-s30.txt";
    /**
     * A ninth held-out part ({@code --split heldout9}), written in session s32 before that session's code,
     * by a writer who had not read the eighth part's errors: local police and fire units named by their town,
     * abbreviated provinces and states, towns in lists, laws, mixed-case acronyms, earnings, merger, sports,
     * court, health and science copy, in the styles of The Canadian Press, AP and Reuters US local, AAP, ABC,
     * RNZ, Stuff, SABC, The Star (Kenya), Dhaka Tribune, The Daily Star, The Jakarta Post, Rappler, The Straits
     * Times, Bangkok Post, Arab News, Interfax, Ukrinform, the Kyiv Independent and EFE.
     */
    static final String HELDOUT9 = "ner/wire-en-heldout-s32.txt";
    /**
     * A tenth held-out part ({@code --split heldout10}), written in session s33 before that session's code, in
     * the styles the nine earlier parts use least (IANS, The Hindu, The Times of India, Punch, Vanguard, Daily
     * Nation, Daily Monitor, The Citizen, Graphic, Yonhap, Kyodo, Focus Taiwan, PNA, Bernama, Malay Mail, The
     * Express Tribune, Gulf Times, PA, RTE, the New Zealand Herald, local UK and US papers, Reuters markets and
     * technology, AP sports and obituaries, AFP science): given names before unusual surnames, offices, clubs
     * named after their towns, possessive place names, Jalan streets, a given name alone as a later mention.
     */
    static final String HELDOUT10 = "ner/wire-en-heldout-s33.txt";
    /**
     * An eleventh held-out part ({@code --split heldout11}), written in session s34 before that session's code,
     * in styles the ten earlier parts use least or not at all (BSS, The Kathmandu Post, Daily Mirror, Business
     * Recorder, The News International, Deccan Herald, Hindustan Times, The Economic Times, Khaleej Times, The
     * National, Daily Sabah, Tehran Times, Ahram Online, ThisDay, The Guardian (Nigeria), The New Times, The
     * Herald, News24, The EastAfrican, The Korea Herald, The Japan Times, SCMP, Taipei Times, VnExpress, The
     * Philippine Star, New Straits Times, The Irish Times, The Scotsman, WalesOnline, The Globe and Mail, The
     * Sydney Morning Herald, a US obituary, dpa), every section: companies named after people and places, stock
     * indexes and tournaments beside exchanges and clubs, localities, honorifics after a name.
     */
    static final String HELDOUT11 = "ner/wire-en-heldout-s34.txt";
    /**
     * A twelfth held-out part ({@code --split heldout12}), written in session s35 before that session's code, in
     * styles none of the eleven earlier parts uses (Addis Standard, The Gleaner, Trinidad Guardian, Buenos Aires
     * Times, CBC, Saudi Gazette, The Jordan Times, Times of Malta, Cyprus Mail, Hurriyet Daily News, The Namibian,
     * Mmegi, Lusaka Times, Nyasa Times, The Standard, New Vision, Daily News, Liberian Observer, Khmer Times,
     * Kuensel, The Island, The Fiji Times, Post-Courier, Stabroek News, The Tico Times, MercoPress, The Baltic
     * Times, Helsinki Times, Irish Examiner, Manchester Evening News, Belfast Telegraph, Toronto Star, Winnipeg
     * Free Press, Honolulu Star-Advertiser): police and military ranks of many countries before names, the
     * commonest English given names, surnames that are English words, honorifics.
     */
    static final String HELDOUT12 = "ner/wire-en-heldout-s35.txt";
    /**
     * A thirteenth held-out part ({@code --split heldout13}), written in session s36 before that session's code,
     * in styles none of the twelve earlier parts uses (Jamaica Observer, Barbados Today, The Nassau Guardian, The
     * Royal Gazette, Samoa Observer, Solomon Star, Otago Daily Times, The West Australian, The Canberra Times,
     * Vancouver Sun, Ottawa Citizen, Chicago Tribune, The Boston Globe, Miami Herald, Liverpool Echo, Yorkshire
     * Post, Irish Independent, The Irish News, Daily Record, Gibraltar Chronicle, The Malta Independent, The
     * Brussels Times, The Moscow Times, Kyiv Post, The Astana Times, TOLOnews, The Himalayan Times, The
     * Irrawaddy, Borneo Post, Manila Bulletin, The Korea Times, NewsDay, Daily Maverick, Times of Oman): Irish
     * ranks, members of parliament for a constituency, bodies with "of the", companies of foreign words,
     * newspapers and venues named by common words, acronyms and one-word bodies.
     */
    static final String HELDOUT13 = "ner/wire-en-heldout-s36.txt";
    /**
     * A fourteenth held-out part ({@code --split heldout14}), written in session s38 before that session's code,
     * in styles none of the thirteen earlier parts uses (the business and sports desks of AP, Reuters, AFP,
     * Xinhua, Anadolu, PTI, Dawn and IRNA; Star Tribune, The Oregonian, Tampa Bay Times, The Denver Post, Houston
     * Chronicle, The Seattle Times, Bristol Post, Birmingham Mail, The Northern Echo, Press and Journal, Calgary
     * Herald, Montreal Gazette, The Chronicle Herald, The Courier-Mail, The Advertiser, The Mercury, Business
     * Daily, Daily Trust, The Reporter, Mint, The Edge, The Business Times, BusinessWorld,
     * Phnom Penh Post): one-word and camel-case companies, tickers, brokerages of two surnames, clubs by town,
     * nickname or short form, players by surname, venues named after companies.
     */
    static final String HELDOUT14 = "ner/wire-en-heldout-s38.txt";
    /**
     * A fifteenth held-out part ({@code --split heldout15}), written in session s40 before that session's code,
     * in styles none of the fourteen earlier parts uses (US metro papers, press-release wires, court copy,
     * British, Australian and Canadian local papers, Nigerian, Kenyan, Indian and Philippine copy): press
     * releases with tickers in brackets, obituaries, court reports, club sport by nickname, venues named after
     * companies.
     */
    static final String HELDOUT15 = "ner/wire-en-heldout-s40.txt";
    /**
     * A sixteenth held-out part ({@code --split heldout16}), written in session s41 (helper s41-blind) and labelled
     * before any code ran on it, to be run once at the end of the session on the merged code: 34 longer articles
     * (about 170-270 words) in styles the fifteen earlier parts use least (the world, politics, science, health and
     * business desks of Reuters, AP, AFP and Xinhua; Anadolu, PTI, Dawn and IRNA regional, court and sports copy; US
     * local TV-station sites; UK regional papers; South African, Ghanaian, Pakistani, Bangladeshi, Sri Lankan,
     * Malaysian and Singaporean papers): titles and honorifics before names, later mentions by surname, acronyms,
     * places with state abbreviations, people's names that are also places or common words, teams named by a state
     * or city, courts, elections, earnings, crime, health and science.
     */
    static final String HELDOUT16 = "ner/wire-en-heldout-s41.txt";
    /**
     * A seventeenth held-out part ({@code --split heldout17}), written in session s45 (helper s45-blind-ner) and
     * labelled before any code ran on it, to be run once at the end of the session on the merged code: 34 articles
     * of about 150-270 words in styles the sixteen earlier parts use least (AP state and health desks, Reuters
     * energy and markets, AFP Africa and Latin America, Xinhua, Pajhwok, IANS, The Hindu; Bangladeshi, Nepali,
     * Nigerian, Kenyan, Ugandan, Tanzanian, Philippine, Indonesian, Thai, Vietnamese, Korean, Japanese,
     * Singaporean, Malaysian and Pakistani papers; ABC, RNZ, CBC, The Irish Times, BBC local, US local TV; cricket,
     * rugby league and motor-racing desks): titles and ranks before names (state Sen., Lt Gen, Coordinator, County
     * Executive, Madam, Datuk Seri, Skipper), bodies glued to titles, surname-only later mentions, people named like
     * places, provinces and clubs named after cities, armed groups with hyphens and spelling variants, bodies with
     * "and", "for" or "of", acronyms defined in brackets, companies without cues, state abbreviations after towns,
     * constituencies, roads, railways and ports.
     */
    static final String HELDOUT17 = "ner/wire-en-heldout-s45.txt";
    /**
     * An eighteenth held-out part ({@code --split heldout18}), written in session s46 (helper s46-blind-ner) and
     * labelled before any code ran on it, to be run once at the end of the session on the merged code: 34 articles
     * of about 225-315 words in styles the seventeen earlier parts use least (EFE and dpa English, Kyodo, Bernama,
     * Yonhap, Xinhua, AP, Reuters, AFP, Anadolu, PTI, IANS, IRNA, APP; Dunya News, The New Indian Express, Deccan
     * Chronicle, Channels TV, BusinessDay, Citizen Digital, IOL, Mail &amp; Guardian, ABS-CBN News, The Age,
     * Illawarra Mercury, The Frederick News-Post, The Berkshire Eagle, Shropshire Star, Hull Daily Mail and The
     * Cairns Post): titles and ranks glued to names, bodies and places before titles, surname-only later mentions,
     * bodies "of" a place, acronyms defined in brackets, "X and Y" and "X &amp; Y" companies and law firms with
     * commas, clubs named by city, nickname or short form, venues named after companies, metro lines, stations,
     * airports and ports, local Asian and African place names, obituaries, and products, trains, drugs, ships,
     * laws and projects that are no entity.
     */
    static final String HELDOUT18 = "ner/wire-en-heldout-s46.txt";
    /**
     * A nineteenth held-out part ({@code --split heldout19}), written in session s47 (helper s47-blind-ner) and
     * labelled before any code ran on it, to be run once at the end of the session on the merged code: 36 articles
     * of about 240-320 words; beside the big wires (AP, Reuters, AFP, Xinhua, Anadolu, PTI, IRNA, Dawn, EFE, dpa,
     * Kyodo, Yonhap) only outlets new to these parts (The Sacramento Bee, KOMO News, The Buffalo News, Nottingham
     * Post, Plymouth Herald, The London Free Press, Saskatoon StarPhoenix, Geelong Advertiser, The Press, The
     * Statesman, Telangana Today, Samaa, The Business Standard, Prothom Alo, Daily Post, Tribune Online, KBC, EWN,
     * Ghanaian Times, BusinessMirror, The Vibes, The Peninsula, Arab Times, Oman Observer): titles and ranks
     * before names (Firefighter, Detective Constable, Lt Gen, Deputy Inspector General with the place after it,
     * Coordinator, Hon., Alhaji, Datuk Seri, Sheikh), wards and constituencies before titles, surname-only and
     * given-name-only later mentions, one-word names, hyphenated and transliterated Arabic, Pashto, Urdu, Bengali,
     * Yoruba, Māori, Tagalog and Malay names, currencies, bodies named after places or people, clubs by town, short
     * form or nickname, legislatures by their short forms, buildings and places spelled two ways.
     */
    static final String HELDOUT19 = "ner/wire-en-heldout-s47.txt";
    private static final Pattern LABEL = Pattern.compile("\\[(PER|ORG|LOC) ([^\\]]+)\\]");

    private WireNerEvaluation() {
    }

    /** One labelled article: its plain text and gold spans. */
    record Doc(int number, String agency, String text, Set<Span> gold) {
    }

    /** A mention: characters [start, end) and type. */
    record Span(int start, int end, String type) {
    }

    /** The articles of the set. */
    static List<Doc> read() throws IOException {
        return read(RESOURCE);
    }

    /** The articles of a set in the same format, {@code resource} beside this class. */
    static List<Doc> read(String resource) throws IOException {
        String all;
        try (InputStream in = WireNerEvaluation.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " missing");
            }
            all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Doc> docs = new ArrayList<>();
        for (String part : all.split("(?m)^### ")) {
            if (part.startsWith("#") || part.isBlank()) {
                continue;
            }
            int nl = part.indexOf('\n');
            String[] head = part.substring(0, nl).strip().split(" ", 2); // number, agency ("Premium Times")
            String body = part.substring(nl + 1).strip().replace("\n", "\n\n"); // paragraphs, as normalized text has them
            StringBuilder text = new StringBuilder();
            Set<Span> gold = new HashSet<>();
            Matcher m = LABEL.matcher(body);
            int at = 0;
            while (m.find()) {
                text.append(body, at, m.start());
                int start = text.length();
                text.append(m.group(2));
                gold.add(new Span(start, text.length(), type(m.group(1))));
                at = m.end();
            }
            text.append(body.substring(at));
            docs.add(new Doc(Integer.parseInt(head[0]), head[1], text.toString(), gold));
        }
        return docs;
    }

    private static String type(String label) {
        return switch (label) {
            case "PER" -> EntityType.PERSON.name();
            case "ORG" -> EntityType.ORGANIZATION.name();
            default -> EntityType.LOCATION.name();
        };
    }

    /** @return the micro F1 over PERSON, ORGANIZATION and LOCATION of the chosen split */
    public static double run(String split, Path model, int errors, PrintStream out) throws IOException {
        EntitiesEnricher stage = model == null ? new EntitiesEnricher(AliasTable.builtIn())
                : new EntitiesEnricher(NerTagger.load(model), AliasTable.builtIn());
        Gazetteer gaz = Gazetteer.get();
        Map<String, int[]> counts = new TreeMap<>(); // type -> tp, fp, fn
        int listed = 0;
        int docs = 0;
        boolean heldout = split.startsWith("heldout");
        for (Doc d : heldout ? read(switch (split) {
            case "heldout2" -> HELDOUT2;
            case "heldout3" -> HELDOUT3;
            case "heldout4" -> HELDOUT4;
            case "heldout5" -> HELDOUT5;
            case "heldout6" -> HELDOUT6;
            case "heldout7" -> HELDOUT7;
            case "heldout8" -> HELDOUT8;
            case "heldout9" -> HELDOUT9;
            case "heldout10" -> HELDOUT10;
            case "heldout11" -> HELDOUT11;
            case "heldout12" -> HELDOUT12;
            case "heldout13" -> HELDOUT13;
            case "heldout14" -> HELDOUT14;
            case "heldout15" -> HELDOUT15;
            case "heldout16" -> HELDOUT16;
            case "heldout17" -> HELDOUT17;
            case "heldout18" -> HELDOUT18;
            case "heldout19" -> HELDOUT19;
            default -> HELDOUT;
        }) : read()) {
            boolean test = d.number() % 2 == 0;
            if (!heldout && (split.equals("dev") && test || split.equals("test") && !test)) {
                continue;
            }
            docs++;
            String language = LanguageEnricher.detect(d.text()).code();
            Set<Span> got = new HashSet<>();
            for (Entity e : stage.entities(d.text(), null, language)) {
                for (Mention m : e.mentions()) {
                    Span s = new Span(m.start(), m.end(), e.type().name());
                    if (e.type() == EntityType.LOCATION && !d.gold().contains(s) && demonymOnly(gaz, m.text())) {
                        continue;
                    }
                    got.add(s);
                }
            }
            Set<String> wrong = new TreeSet<>();
            for (Span s : got) {
                int[] c = counts.computeIfAbsent(s.type(), k -> new int[3]);
                if (d.gold().contains(s)) {
                    c[0]++;
                } else {
                    c[1]++;
                    wrong.add("  + " + s.type() + " \"" + d.text().substring(s.start(), s.end()) + "\"");
                }
            }
            for (Span s : d.gold()) {
                if (!got.contains(s)) {
                    counts.computeIfAbsent(s.type(), k -> new int[3])[2]++;
                    wrong.add("  - " + s.type() + " \"" + d.text().substring(s.start(), s.end()) + "\"");
                }
            }
            if (!wrong.isEmpty() && listed < errors) {
                listed++;
                out.printf("article %d (%s), language %s:%n", d.number(), d.agency(), language);
                wrong.forEach(out::println);
            }
        }
        out.printf("wire-en %s split: %d articles; model %s%n", split, docs,
                model == null ? "committed (" + NerTagger.RESOURCE + ")" : model);
        int[] micro = table(out, counts);
        return line(out, "micro", micro[0], micro[1], micro[2]);
    }

    /**
     * Prints the header and one line per type of {@code counts} (type to {true positives, false
     * positives, false negatives}); returns their sums, for the micro line.
     */
    static int[] table(PrintStream out, Map<String, int[]> counts) {
        out.println("type           gold  found  precision  recall  F1");
        int[] sum = new int[3];
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            for (int k = 0; k < 3; k++) {
                sum[k] += c[k];
            }
            line(out, e.getKey(), c[0], c[1], c[2]);
        }
        return sum;
    }

    static double line(PrintStream out, String name, int tp, int fp, int fn) {
        double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        out.printf("%-13s %5d  %5d     %.3f   %.3f  %.3f%n", name, tp + fn, tp + fp, p, r, f);
        return f;
    }

    /** Whether a name is only a demonym in the gazetteer ("Pakistani"), not also a place. */
    static boolean demonymOnly(Gazetteer gaz, String name) {
        int[] entries = gaz.lookup(name);
        if (entries.length == 0) {
            return false;
        }
        for (int e : entries) {
            if (Gazetteer.kind(e) != Gazetteer.DEMONYM) {
                return false;
            }
        }
        return true;
    }
}
