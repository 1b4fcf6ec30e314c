package io.newswire.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.newswire.model.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Readers for the topic-labelled sets in {@code ../shared/data}: AG News ({@code test.csv}), BBC
 * (one folder per class, first line the headline), MasakhaNEWS French ({@code dev.tsv}), and our
 * hand-labelled set ({@code topics-labelled.tsv} in this module's resources, ids only).
 */
public final class TopicData {

    /** One labelled item: {@code id} as the labelled set names it ({@code ag:17}, {@code bbc:sport/001.txt}). */
    public record Item(String id, String title, String text, String label) {
    }

    /** AG News classes by their 1-based number in the file. */
    public static final List<String> AG_CLASSES = List.of("World", "Sports", "Business", "Sci/Tech");

    private TopicData() {
    }

    /** AG News rows of {@code dir/test.csv}, in file order ({@code ag:<row>}, 1-based). */
    public static List<Item> agNews(Path dir) throws IOException {
        List<Item> out = new ArrayList<>();
        int row = 0;
        for (String line : Files.readAllLines(dir.resolve("test.csv"), StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            row++;
            List<String> f = csv(line);
            String text = clean(f.get(2));
            out.add(new Item("ag:" + row, clean(f.get(1)), text, AG_CLASSES.get(Integer.parseInt(f.get(0)) - 1)));
        }
        return out;
    }

    /** AG News escapes: {@code \} for a line break, {@code #39;} and HTML entities left by its crawl. */
    private static String clean(String s) {
        return s.replace("\\", " ").replace(" #39;", "'").replace("#39;", "'").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&").replace(" quot;", " \"").replace("&quot;", "\"")
                .replaceAll("<[^>]{0,200}>", " ");
    }

    /** One CSV line with quoted fields ({@code ""} inside a quote is one quote): the GMB reader's parser. */
    static List<String> csv(String line) {
        return Gmb.csv(line);
    }

    /**
     * BBC articles ({@code bbc:<class>/<file>}), by class and file name; an article whose text
     * exactly repeats an earlier one (the set has 98 groups of duplicates) is left out, so no copy
     * lands on both sides of a split.
     */
    public static List<Item> bbc(Path dir) throws IOException {
        List<Item> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Path> classes;
        try (Stream<Path> s = Files.list(dir)) {
            classes = s.filter(Files::isDirectory).sorted().toList();
        }
        for (Path c : classes) {
            List<Path> files;
            try (Stream<Path> s = Files.list(c)) {
                files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            }
            for (Path f : files) {
                String all = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).replace("\r", "");
                if (!seen.add(all.strip())) {
                    continue;
                }
                int nl = all.indexOf('\n');
                String title = nl < 0 ? all : all.substring(0, nl).strip();
                String text = nl < 0 ? "" : all.substring(nl + 1).strip();
                out.add(new Item("bbc:" + c.getFileName() + "/" + f.getFileName(), title, text,
                        c.getFileName().toString()));
            }
        }
        return out;
    }

    /** MasakhaNEWS French: {@code category, headline, text, url} rows of {@code dev.tsv}. */
    public static List<Item> masakhaNews(Path dir) throws IOException {
        List<Item> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(dir.resolve("dev.tsv"), StandardCharsets.UTF_8);
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split("\t", -1);
            if (f.length >= 3) {
                out.add(new Item("masakhanews:" + i, f[1], f[2], f[0].strip()));
            }
        }
        return out;
    }

    /** Our labelled set: id -> the acceptable subject codes, the first the main one. */
    public static Map<String, List<String>> labelledSet() throws IOException {
        return subjectsFile("topics-labelled.tsv");
    }

    private static final java.util.regex.Pattern ECB_TOKEN =
            java.util.regex.Pattern.compile("<token [^>]*sentence=\"(\\d+)\"[^>]*>([^<]*)</token>");
    private static final Set<String> NO_SPACE_BEFORE = Set.of(",", ".", ";", ":", "!", "?", "'s", "n't", ")", "%",
            "''", "'");

    /**
     * ECB+ articles ({@code dir/ECB+/<topic>/<topic>_<n>ecb[plus].xml}, one token per element), id
     * {@code ecb:<file>}, label the cluster ({@code <topic>ecb} or {@code <topic>ecbplus}). The text is
     * the tokens joined back (no space before punctuation), one sentence a line; an ecbplus file's
     * first sentence, its web address, is dropped and the next one, its headline, is the title.
     */
    public static List<Item> ecbPlus(Path dir) throws IOException {
        Path root = dir.resolve("ECB+");
        List<Item> out = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return out;
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(f -> f.toString().endsWith(".xml")).sorted().toList();
        }
        for (Path f : files) {
            String name = f.getFileName().toString();
            String topic = f.getParent().getFileName().toString();
            String cluster = topic + (name.endsWith("ecbplus.xml") ? "ecbplus" : "ecb");
            List<StringBuilder> sentences = new ArrayList<>();
            java.util.regex.Matcher m = ECB_TOKEN.matcher(Files.readString(f, StandardCharsets.UTF_8));
            int current = -1;
            while (m.find()) {
                int sentence = Integer.parseInt(m.group(1));
                String tok = m.group(2).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                        .replace("&quot;", "\"").replace("&apos;", "'").replace("``", "\"");
                if (sentence != current) {
                    sentences.add(new StringBuilder());
                    current = sentence;
                }
                StringBuilder b = sentences.get(sentences.size() - 1);
                if (b.length() > 0 && !NO_SPACE_BEFORE.contains(tok) && b.charAt(b.length() - 1) != '(') {
                    b.append(' ');
                }
                b.append(tok.equals("''") ? "\"" : tok);
            }
            String title = null;
            int first = 0;
            if (!sentences.isEmpty() && sentences.get(0).toString().startsWith("http")) {
                first = 1;
                if (sentences.size() > 1) {
                    title = sentences.get(1).toString();
                    first = 2;
                }
            }
            StringBuilder text = new StringBuilder();
            for (int i = first; i < sentences.size(); i++) {
                text.append(sentences.get(i)).append('\n');
            }
            out.add(new Item("ecb:" + name, title, text.toString().strip(), cluster));
        }
        return out;
    }

    /** The hand-labelled ECB+ clusters ({@code topics-ecbplus-clusters.tsv}): cluster to IPTC subjects. */
    public static Map<String, List<String>> ecbPlusClusters() throws IOException {
        return subjectsFile("topics-ecbplus-clusters.tsv");
    }

    /**
     * Set 3: short wire-style stories written for the project ({@code topics-wire-stories.tsv} in
     * this module's resources, so it needs nothing from {@code ../shared}), each with its subjects.
     * {@link Item#label()} holds the subject codes joined by commas, the first the main one.
     */
    public static List<Item> wireStories() throws IOException {
        List<Item> out = new ArrayList<>();
        try (InputStream in = TopicData.class.getResourceAsStream("topics-wire-stories.tsv");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                out.add(new Item(f[0], f[2], f[3], f[1]));
            }
        }
        return out;
    }

    /** Whether a wire story is in the held-out part (even ids; odd ids are the dev part). */
    public static boolean wireHeldOut(String id) {
        return Integer.parseInt(id.substring(1)) % 2 == 0;
    }

    /** A committed tab-separated file of key to comma-separated subject codes ({@code #} comments). */
    private static Map<String, List<String>> subjectsFile(String resource) throws IOException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        try (InputStream in = TopicData.class.getResourceAsStream(resource);
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                out.put(f[0], List.of(f[1].split(",")));
            }
        }
        return out;
    }

    /**
     * Set 4 ({@code topics-corpora-s23.tsv}): articles of Reuters-21578 (TEST split), IndiaPoliceEvents,
     * CASIE and BBC labelled by hand before any run; id -> the acceptable subject codes, the first the
     * main one.
     */
    public static Map<String, List<String>> corporaSet() throws IOException {
        return subjectsFile("topics-corpora-s23.tsv");
    }

    /** The ids of set 4 drawn at random (the third column says {@code random}; the rest were found by subject words). */
    public static Set<String> corporaRandom() throws IOException {
        Set<String> out = new HashSet<>();
        try (InputStream in = TopicData.class.getResourceAsStream("topics-corpora-s23.tsv");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split("\t");
                if (!line.startsWith("#") && f.length > 2 && f[2].equals("random")) {
                    out.add(f[0]);
                }
            }
        }
        return out;
    }

    /** Whether a set-4 id is in its held-out half (the other half is the dev half). */
    public static boolean corporaHeldOut(String id) {
        return fold(id + "#s23", 2) == 1;
    }

    /**
     * The texts of the set-4 ids found under {@code data}: Reuters-21578 stories by NEWID (title, body),
     * IndiaPoliceEvents {@code docs.jsonl} documents (no title; the source's "This story is from ..."
     * line dropped), CASIE {@code source/<id>.txt} ({@code <title>}, {@code <text>}), BBC files as
     * {@link #bbc} reads them. A corpus that is missing contributes nothing.
     */
    public static List<Item> corporaItems(Path data, Set<String> ids) throws IOException {
        List<Item> out = new ArrayList<>();
        Path reuters = data.resolve("reuters21578");
        if (Files.isDirectory(reuters)) {
            for (Reuters21578.Story s : Reuters21578.read(reuters)) {
                String id = "reuters:" + s.newId();
                if (ids.contains(id)) {
                    out.add(new Item(id, s.title() == null ? "" : s.title(), s.body() == null ? "" : s.body(), ""));
                }
            }
        }
        Path ipe = data.resolve("india_police_events").resolve("docs.jsonl");
        if (Files.exists(ipe)) {
            for (String line : Files.readAllLines(ipe, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = Json.mapper().readTree(line);
                String id = "ipe:" + n.get("doc_id").asInt();
                if (ids.contains(id)) {
                    String text = n.get("doc_text").asText().replaceFirst("^This story is from [^\n]*\n+", "");
                    out.add(new Item(id, "", text.strip(), ""));
                }
            }
        }
        Path casie = data.resolve("casie").resolve("source");
        for (String id : ids) {
            Path f = casie.resolve(id.startsWith("casie:") ? id.substring(6) + ".txt" : "-");
            if (id.startsWith("casie:") && Files.exists(f)) {
                String all = Files.readString(f, StandardCharsets.UTF_8);
                out.add(new Item(id, between(all, "<title>", "</title>"), between(all, "<text>", "</text>"), ""));
            }
        }
        Path bbc = data.resolve("bbc");
        if (Files.isDirectory(bbc)) {
            bbc(bbc).stream().filter(i -> ids.contains(i.id())).forEach(out::add);
        }
        return out;
    }

    private static String between(String s, String open, String close) {
        int a = s.indexOf(open);
        if (a < 0) {
            return "";
        }
        int b = s.indexOf(close, a);
        return (b < 0 ? s.substring(a + open.length()) : s.substring(a + open.length(), b)).strip();
    }

    /** A stable split: about {@code 1/parts} of the ids fall in each fold. */
    public static int fold(String id, int parts) {
        int h = id.hashCode() * 0x9E3779B1;
        return Math.floorMod(h ^ (h >>> 16), parts);
    }
}
