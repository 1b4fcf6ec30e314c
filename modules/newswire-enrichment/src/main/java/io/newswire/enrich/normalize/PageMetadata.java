package io.newswire.enrich.normalize;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.enrich.text.WordSet;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * What a news page says about itself in its metadata, read the way news crawlers (trafilatura,
 * Fundus, newspaper) read it: schema.org JSON-LD first (the article object: {@code headline},
 * {@code author}, {@code datePublished}, {@code image}, {@code articleBody}), then Open Graph and
 * {@code article:*} meta tags, then {@code itemprop}, {@code <time>} and the URL.
 *
 * @param title            the headline, or {@code null}
 * @param authors          the authors' names, in page order, without duplicates; empty when none
 * @param publishedCandidates publication times as written, strongest source first (JSON-LD,
 *                         {@code article:published_time}, itemprop, date meta tags, {@code <time>},
 *                         a date in the URL path); the normalizer takes the first that parses and
 *                         is not in the future
 * @param canonicalUrl     {@code <link rel=canonical>} or {@code og:url}, absolute http(s), or {@code null}
 * @param imageUrl         the lead image ({@code og:image}, {@code twitter:image}, JSON-LD {@code image}),
 *                         or {@code null}
 * @param language         the primary subtag of {@code <html lang>} (or {@code og:locale}), lower case,
 *                         or {@code null}
 * @param articleBody      the JSON-LD {@code articleBody}, or {@code null}
 */
public record PageMetadata(String title, List<String> authors, List<String> publishedCandidates,
        String canonicalUrl, String imageUrl, String language, String articleBody) {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** JSON-LD objects that describe the page's story. */
    /** Runs of white space, written as one space in names and titles. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern TRAILING_SEPARATORS = Pattern.compile("[,;]+$");
    private static final Pattern ARTICLE_TYPE = Pattern.compile(
            "(?i)(?:News|Reportage|Analysis|Opinion|Review|Background|Scholarly|Tech|Satirical)?Article|BlogPosting"
                    + "|LiveBlogPosting|Report|WebPage");
    /** A date in a URL path: /2024/03/04/, /2024-03-04-, /20240304/. */
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d\\d)[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\\d|3[01])(?:[/_.-]|$)");
    private static final Pattern LANG = Pattern.compile("[A-Za-z]{2,3}");
    private static final int MAX_AUTHORS = 10;
    /** "Analysis by ", "Story by ", "Written by " before the writer's name in an author field. */
    private static final Pattern LEADING_CREDIT = Pattern.compile("^\\p{L}+(?: \\p{L}+)? [Bb][Yy] (?=\\p{Lu})");
    /** Degrees and credentials after a writer's name: "MS", "RDN", "MD", "PhD", "M.D.". */
    private static final Pattern CREDENTIAL = Pattern.compile("\\p{Lu}{2,4}|Ph\\.? ?D\\.?|M\\.D\\.");
    /**
     * The last word of a role or outlet in a credit line ("AP Sports Writer", "CNN Editor-at-large",
     * "Associated Press", "Post Staff", "News Desk").
     */
    private static final Set<String> ROLE_WORDS = Set.of("writer", "editor", "correspondent", "reporter", "columnist",
            "contributor", "producer", "analyst", "press", "staff", "bureau", "desk", "newsroom", "wire");
    /**
     * {@code <meta>} names that carry the writer: HTML's {@code author}, Open Graph's
     * {@code article:author}, Dublin Core's creator (in its {@code DC.creator}, {@code dc:creator} and
     * {@code dcterms} spellings), and the New York Times-style {@code byl}.
     */
    private static final Set<String> AUTHOR_META = Set.of("author", "article:author", "dc.creator", "dc:creator",
            "dcterms.creator", "dcterms:creator", "byl");
    /** Byline elements looked at before giving up. */
    private static final int MAX_BYLINE_ELEMENTS = 20;
    /** The word that opens a byline, in the languages of the pages the pipeline reads. */
    private static final Pattern BYLINE_WORD = Pattern.compile("\\s*(?:by|par|von|por|di|door|av|af|przez|от)[:\\s]\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Between the names of a byline: commas, "and", "et", "und", "y", "e", "i", "en", "og", "&". */
    private static final Pattern NAME_SPLIT = Pattern.compile("\\s*(?:,|&|\\s(?:and|et|und|y|e|i|en|og|и)\\s)\\s*");
    /** Lower-case parts of names ("Ursula von der Leyen", "Gabriel García de la Torre"). */
    private static final Set<String> NAME_PARTICLES = WordSet.of("von", "van", "der", "den", "de", "del", "della", "da",
            "dos", "das", "du", "la", "le", "al", "el", "bin", "ibn", "ter", "zu");
    /** Elements of a visible byline, by class word. */
    private static final String BYLINE_ELEMENTS = "[class~=(?i)(?:^|[\\s_-])(?:byline|author)(?:$|[\\s_-])]";
    /** Separators between a headline and the site's name in a {@code <title>}. */
    private static final String[] TITLE_SEPARATORS = {" | ", " - ", " – ", " — ", " » ", " / ", " :: "};
    private static final int MAX_JSON_LD_CHARS = 2_000_000;

    public PageMetadata {
        authors = List.copyOf(authors);
        publishedCandidates = List.copyOf(publishedCandidates);
    }

    /** Reads a parsed page's metadata; the document is not changed. */
    public static PageMetadata of(Document doc, String pageUrl) {
        JsonNode article = jsonLdArticle(doc);
        List<Meta> metas = metas(doc);
        String title = unescape(firstNonBlank(jsonLdTitle(article, doc), meta(metas, "og:title"), meta(metas, "twitter:title"),
                meta(metas, "dc:title", "dc.title", "dcterms.title", "dcterms:title"), pageTitle(doc)));

        Set<String> authors = new LinkedHashSet<>();
        if (article != null) {
            addNames(article.get("author"), authors);
        }
        for (Meta m : metas) {
            if (m.names().stream().anyMatch(AUTHOR_META::contains)) {
                addName(m.content(), authors);
            }
        }
        if (authors.isEmpty()) {
            for (Element e : doc.select("[itemprop=author] [itemprop=name], a[rel=author]")) {
                addName(e.text(), authors);
            }
        }
        if (authors.isEmpty()) {
            // No metadata names the writers: the first visible byline that reads "By Jane Doe".
            int seen = 0;
            for (Element e : doc.select(BYLINE_ELEMENTS)) {
                List<String> names = bylineNames(List.of(e.text()));
                if (!names.isEmpty() || ++seen >= MAX_BYLINE_ELEMENTS) {
                    names.forEach(n -> addName(n, authors));
                    break;
                }
            }
        }
        if (authors.size() > 1) {
            // The publisher listed beside the writers ("Jane Doe", "Condé Nast") is not an author.
            String publisher = article == null ? null : article.path("publisher").path("name").asText(null);
            String site = attr(doc, "meta[property=og:site_name]", "content");
            // nor is the holder the copyright meta names ("Copyright (c) Condé Nast 2024")
            String rights = meta(metas, "copyright", "dc.rights", "dcterms.rightsholder");
            String holder = rights == null ? "" : unescape(rights).toLowerCase(Locale.ROOT);
            authors.removeIf(a -> a.equalsIgnoreCase(unescape(publisher)) || a.equalsIgnoreCase(unescape(site)));
            if (!holder.isEmpty() && authors.stream().anyMatch(a -> !holder.contains(a.toLowerCase(Locale.ROOT)))) {
                authors.removeIf(a -> holder.contains(a.toLowerCase(Locale.ROOT)));
            }
        }

        List<String> dates = new ArrayList<>();
        add(dates, text(article, "datePublished"));
        add(dates, attr(doc, "meta[property=article:published_time]", "content"));
        add(dates, attr(doc, "meta[itemprop=datePublished]", "content"));
        add(dates, attr(doc, "[itemprop=datePublished][datetime]", "datetime"));
        add(dates, attr(doc, "meta[name=pubdate]", "content"));
        add(dates, attr(doc, "meta[name=publish-date]", "content"));
        add(dates, attr(doc, "meta[name=date]", "content"));
        add(dates, attr(doc, "meta[name=dc.date]", "content"));
        add(dates, attr(doc, "meta[name=dcterms.date]", "content"));
        add(dates, text(article, "dateCreated"));
        add(dates, attr(doc, "time[pubdate][datetime]", "datetime"));
        add(dates, attr(doc, "article time[datetime]", "datetime"));
        add(dates, attr(doc, "time[datetime]", "datetime"));

        String canonical = absoluteHttp(attr(doc, "link[rel=canonical]", "href"));
        if (canonical == null) {
            canonical = absoluteHttp(attr(doc, "meta[property=og:url]", "content"));
        }
        String urlForDate = canonical != null ? canonical : pageUrl;
        if (urlForDate != null) {
            Matcher m = URL_DATE.matcher(urlForDate);
            if (m.find()) {
                dates.add(m.group(1) + "-" + m.group(2) + "-" + m.group(3));
            }
        }

        String image = firstNonBlank(absoluteHttp(attr(doc, "meta[property=og:image]", "content")),
                absoluteHttp(attr(doc, "meta[property=og:image:url]", "content")),
                absoluteHttp(attr(doc, "meta[name=twitter:image]", "content")),
                absoluteHttp(jsonLdImage(article)));

        String lang = language(doc.selectFirst("html") == null ? null : doc.selectFirst("html").attr("lang"));
        if (lang == null) {
            lang = language(attr(doc, "meta[property=og:locale]", "content"));
        }
        String body = text(article, "articleBody");
        return new PageMetadata(title, List.copyOf(authors).subList(0, Math.min(MAX_AUTHORS, authors.size())),
                dates, canonical, image, lang, body == null || body.isBlank() ? null : body);
    }

    /**
     * The JSON-LD object of the story: the first object of an article type (searched through arrays
     * and {@code @graph}) that has an {@code articleBody}, else the first of an article type.
     * Broken JSON-LD is skipped, as browsers and crawlers skip it.
     */
    static JsonNode jsonLdArticle(Document doc) {
        JsonNode first = null;
        for (Element script : doc.select("script[type=application/ld+json]")) {
            String data = script.data().strip();
            if (data.isEmpty() || data.length() > MAX_JSON_LD_CHARS) {
                continue;
            }
            JsonNode root;
            try {
                root = JSON.readTree(data);
            } catch (JsonProcessingException e) {
                continue;
            }
            ArrayDeque<JsonNode> todo = new ArrayDeque<>();
            todo.add(root);
            int visited = 0;
            while (!todo.isEmpty() && visited++ < 10_000) {
                JsonNode n = todo.poll();
                if (n.isArray()) {
                    n.forEach(todo::add);
                } else if (n.isObject()) {
                    if (isArticleType(n.get("@type"))) {
                        if (n.hasNonNull("articleBody")) {
                            return n;
                        }
                        if (first == null && !n.path("@type").asText("").equalsIgnoreCase("WebPage")) {
                            first = n;
                        }
                    }
                    JsonNode graph = n.get("@graph");
                    if (graph != null) {
                        todo.add(graph);
                    }
                    JsonNode main = n.get("mainEntity");
                    if (main != null) {
                        todo.add(main);
                    }
                }
            }
        }
        return first;
    }

    private static boolean isArticleType(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (ARTICLE_TYPE.matcher(t.asText("")).matches()) {
                    return true;
                }
            }
            return false;
        }
        return ARTICLE_TYPE.matcher(type.asText("")).matches();
    }

    private static void addNames(JsonNode author, Set<String> out) {
        if (author == null) {
            return;
        }
        if (author.isArray()) {
            for (JsonNode a : author) {
                addNames(a, out);
            }
        } else if (author.isObject()) {
            addName(author.path("name").asText(null), out);
        } else if (author.isTextual()) {
            addName(author.asText(), out);
        }
    }

    /** A person's name as written; URLs, e-mail addresses and overlong strings are not names. */
    private static void addName(String name, Set<String> out) {
        if (name == null) {
            return;
        }
        String spaced = SPACES.matcher(unescape(name).strip()).replaceAll(" ");
        String n = TRAILING_SEPARATORS.matcher(spaced).replaceAll("").strip();
        if (n.regionMatches(true, 0, "by ", 0, 3)) {
            n = n.substring(3).strip();
        }
        List<String> writers = writers(n);
        if (writers.size() != 1 || !writers.get(0).equals(n)) {
            writers.forEach(w -> addName(w, out));
            return;
        }
        if (n.isEmpty() || n.length() > 100 || n.contains("://") || n.startsWith("/") || n.contains("@")
                || out.size() >= MAX_AUTHORS) {
            return;
        }
        for (String known : out) {
            if (known.equalsIgnoreCase(n)) {
                return; // "Jane Doe" in JSON-LD and "JANE DOE" in a meta tag
            }
        }
        out.add(n);
    }

    /**
     * The writers one author field names when it is a credit line rather than a name: "Analysis by
     * Jane Doe, CNN Senior Writer", "JANE DOE and JOHN ROE, Associated Press", "Jane Doe, MS, RDN",
     * "STAFF, NOVEMBER 20, 2019 10:43", or only a date. The line is cut at commas and "and"; the parts that hold a
     * digit (a date), that are credentials (two to four capitals: "MS", "RDN", "PhD") or that are a
     * role or an outlet of up to four words ending in a role word ("AP National Political Writer",
     * "Associated Press") go; a name in capitals before such a credit ("JANE DOE Associated Press")
     * stays without it. The field is kept whole when it is one name, or when a part that stays is a single
     * word ("Doe, Jane" and "King, Jr." are one name); when only role parts stay, they are kept, and a field that is only a date names no one.
     */
    static List<String> writers(String field) {
        String line = LEADING_CREDIT.matcher(field).replaceFirst("");
        String[] parts = NAME_SPLIT.split(line);
        List<String> names = new ArrayList<>();
        List<String> roles = new ArrayList<>();
        boolean dated = false;
        for (String part : parts) {
            String p = part.strip();
            if (p.chars().anyMatch(Character::isDigit)) {
                dated = true;
                continue;
            }
            if (p.isEmpty() || CREDENTIAL.matcher(p).matches()) {
                continue;
            }
            String[] words = p.split(" ");
            String last = words[words.length - 1].toLowerCase(Locale.ROOT).split("-")[0];
            if (ROLE_WORDS.contains(last)) {
                // "ERIC TUCKER Associated Press": a name in capitals, then the credit in mixed case
                int caps = 0;
                while (caps < words.length && words[caps].equals(words[caps].toUpperCase(Locale.ROOT))) {
                    caps++;
                }
                if (caps >= 2 && caps < words.length) {
                    names.add(String.join(" ", java.util.Arrays.copyOf(words, caps)));
                } else if (words.length <= 4) {
                    roles.add(p);
                } else {
                    names.add(p);
                }
            } else if (words.length < 2) {
                return List.of(field);
            } else {
                names.add(p);
            }
        }
        if (names.isEmpty()) {
            if (roles.isEmpty()) {
                return dated ? List.of() : List.of(field); // a date in an author field ("November 20, 2025")
            }
            return List.of(String.join(", ", roles));
        }
        return names;
    }

    private static String jsonLdImage(JsonNode article) {
        if (article == null) {
            return null;
        }
        JsonNode image = article.get("image");
        if (image == null) {
            return null;
        }
        if (image.isArray()) {
            image = image.size() == 0 ? null : image.get(0);
        }
        if (image == null) {
            return null;
        }
        return image.isObject() ? image.path("url").asText(null) : image.asText(null);
    }

    /** The primary subtag of a language tag ("pt-BR", "en_US", "de"), lower case, or {@code null}. */
    static String language(String tag) {
        if (tag == null) {
            return null;
        }
        String t = tag.strip();
        int cut = t.indexOf('-') >= 0 ? t.indexOf('-') : t.indexOf('_');
        String primary = cut > 0 ? t.substring(0, cut) : t;
        return LANG.matcher(primary).matches() ? primary.toLowerCase(Locale.ROOT) : null;
    }

    static String absoluteHttp(String url) {
        if (url == null) {
            return null;
        }
        String u = url.strip();
        if (u.startsWith("//")) {
            u = "https:" + u;
        }
        String lower = u.toLowerCase(Locale.ROOT);
        return (lower.startsWith("http://") || lower.startsWith("https://")) && u.length() <= 2048
                && u.chars().noneMatch(Character::isWhitespace) ? u : null;
    }

    private static String text(JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        JsonNode v = node.get(field);
        if (v != null && v.isArray() && v.size() > 0) {
            v = v.get(0);
        }
        return v == null || !v.isValueNode() ? null : v.asText(null);
    }

    private static String text(Element e) {
        return e == null ? null : e.text();
    }

    /**
     * The headline of the JSON-LD story. {@code headline} is the field for it, but some pages put a
     * description of the page type there ("Wikimedia list article") and the title in {@code name},
     * while others put the site's name in {@code name}; when the two differ, the one whose words the
     * page's own {@code <title>} holds is the title (Readability.js compares them with the
     * {@code <title>} the same way), and {@code headline} when neither or both are.
     */
    private static String jsonLdTitle(JsonNode article, Document doc) {
        String headline = text(article, "headline");
        String name = text(article, "name");
        if (headline == null || headline.isBlank() || name == null || name.isBlank()) {
            return headline;
        }
        if (!headline.strip().equalsIgnoreCase(name.strip()) && inTitle(name, doc) && !inTitle(headline, doc)) {
            return name;
        }
        return headline;
    }

    /** Whether at least three quarters of a candidate title's words are words of the page's {@code <title>}. */
    private static boolean inTitle(String candidate, Document doc) {
        Set<String> title = new java.util.HashSet<>(words(doc.title()));
        List<String> words = words(candidate);
        if (words.isEmpty() || title.isEmpty()) {
            return false;
        }
        long found = words.stream().filter(title::contains).count();
        return found * 4 >= words.size() * 3L;
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        if (text != null) {
            for (String w : NON_WORD.split(text.toLowerCase(Locale.ROOT))) {
                if (!w.isEmpty()) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    /**
     * A {@code <meta>} element's lower-case names (its {@code name} and {@code property}; RDFa lets {@code property}
     * list several separated by spaces: {@code property="og:title twitter:title"}) and its content, read once a page.
     */
    private record Meta(List<String> names, String content) {
        Meta {
            names = List.copyOf(names);
            requireNonNull(content, "content");
        }
    }

    private static List<Meta> metas(Document doc) {
        List<Meta> out = new ArrayList<>();
        for (Element e : doc.select("meta[name], meta[property]")) {
            List<String> names = new ArrayList<>(2);
            for (String attr : new String[] {"name", "property"}) {
                for (String n : SPACES.split(e.attr(attr).strip().toLowerCase(Locale.ROOT))) {
                    if (!n.isEmpty()) {
                        names.add(n);
                    }
                }
            }
            out.add(new Meta(names, e.attr("content")));
        }
        return out;
    }

    /** The content of the first {@code <meta>} one of whose names is one of {@code keys} (case-insensitive), or null. */
    private static String meta(List<Meta> metas, String... keys) {
        List<String> wanted = List.of(keys);
        for (Meta m : metas) {
            if (!m.content().isBlank() && m.names().stream().anyMatch(wanted::contains)) {
                return m.content();
            }
        }
        return null;
    }

    private static String attr(Document doc, String css, String name) {
        Element e = doc.selectFirst(css);
        return e == null ? null : e.attr(name);
    }

    private static void add(List<String> out, String value) {
        if (value != null && !value.isBlank() && !out.contains(value.strip())) {
            out.add(value.strip());
        }
    }

    /**
     * The writers named by the first visible byline taken out of the body ("By Jane Doe and John
     * Roe", "Par Sébastien Farcis", "Von Anna Weber"), for a page whose metadata names none. Only a
     * line that starts with such a word counts, and only capitalised names of two to five words.
     */
    static List<String> bylineNames(List<String> lines) {
        for (String line : lines) {
            Matcher m = BYLINE_WORD.matcher(line);
            if (!m.lookingAt()) {
                continue;
            }
            String rest = line.substring(m.end()).strip();
            int end = rest.length();
            for (int i = 0; i < rest.length(); i++) {
                char c = rest.charAt(i);
                if (c == '|' || c == '\n' || c == '•' || c == '·' || Character.isDigit(c)) {
                    end = i;
                    break;
                }
            }
            List<String> names = new ArrayList<>();
            for (String part : NAME_SPLIT.split(rest.substring(0, end).strip())) {
                String name = SPACES.matcher(part.strip()).replaceAll(" ");
                if (!isPersonName(name)) {
                    return List.of();
                }
                names.add(name);
            }
            return names;
        }
        return List.of();
    }

    private static boolean isPersonName(String name) {
        String[] words = name.split(" ");
        if (name.isEmpty() || name.length() > 60 || words.length < 2 || words.length > 5) {
            return false;
        }
        for (String w : words) {
            if (!Character.isUpperCase(w.codePointAt(0)) && !NAME_PARTICLES.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** Character references left in metadata text ("Biden&#x27;s"), which publishers often double-escape. */
    static String unescape(String s) {
        return s == null || s.indexOf('&') < 0 ? s : Parser.unescapeEntities(s, false);
    }

    /**
     * The title from the page itself: the first {@code <h1>} when the {@code <title>} opens with it,
     * or contains it and it is three words or more (the headline without the site's name), else the {@code <title>} without a trailing site name
     * after a separator ("Headline – My website", "Headline | Section | Site") when at least three
     * words remain, as Readability cuts it; the first {@code <h1>} alone is often the site's banner.
     */
    static String pageTitle(Document doc) {
        String h1 = text(doc.selectFirst("h1"));
        String page = doc.title() == null ? "" : SPACES.matcher(doc.title().strip()).replaceAll(" ");
        if (page.isEmpty()) {
            return h1;
        }
        if (h1 != null && !h1.isBlank()) {
            // Not a site name that ends the <title> ("... | Kurier" with <h1>Kurier</h1>).
            String lower = page.toLowerCase(Locale.ROOT);
            String heading = h1.strip().toLowerCase(Locale.ROOT);
            if (lower.startsWith(heading) || lower.contains(heading) && heading.split(" ").length >= 3) {
                return h1.strip();
            }
        }
        int cut = -1;
        for (String separator : TITLE_SEPARATORS) {
            cut = Math.max(cut, page.lastIndexOf(separator));
        }
        if (cut > 0) {
            String head = page.substring(0, cut).strip();
            if (head.split(" ").length >= 3) {
                return head;
            }
        }
        return page;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
