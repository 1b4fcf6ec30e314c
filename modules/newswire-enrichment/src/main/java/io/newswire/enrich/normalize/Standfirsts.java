package io.newswire.enrich.normalize;

import io.newswire.enrich.text.WordSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The standfirst (dek, sub-headline, summary, "bajada", "sommario", "chapô") that a news page sets
 * right under its headline, outside the story's container: the publisher's one- or two-sentence
 * summary of the story, which Fundus and trafilatura count as part of the article. Readability-style
 * extraction loses it because it sits in the page's header beside the byline and date.
 *
 * <p>It is looked for only just after the page's headline ({@code <h1>} whose text is the page's
 * title), within {@link #SIBLINGS} elements of it, and taken only when the element says what it is
 * by its class or id ({@link #MARKED}), or when its words are the page's own meta description: the
 * publisher's summary set on the page. A byline, a date line, a link list or a long block is never
 * a standfirst.
 */
final class Standfirsts {

    /** Class and id words of standfirsts, in the languages of the press. */
    /** Between words: a word count without compiling the pattern per element. */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern MARKED = Pattern.compile("(?:^|[\\s_-])(?:dek|standfirst|sub-?headline|subhead"
            + "|sub-?title|subtitulo|subtítulo|excerpt|summary|lede|lead|lead-text|intro|description|bajada"
            + "|entradilla|sumario|sommario|sottotitolo|chapo|chapeau|chapô|untertitel|vorspann|linha-fina"
            + "|olho|abstract)(?:$|[\\s_-])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Class words of bylines, dates and page furniture, which no standfirst carries. */
    private static final Pattern NOT_STANDFIRST = Pattern.compile("(?:^|[\\s_-])(?:byline|author|date|time|meta"
            + "|credit|caption|share|social|breadcrumbs?|category|tags?|nav|menu|kicker|eyebrow)(?:$|[\\s_-])",
            Pattern.CASE_INSENSITIVE);
    /** The words that open a byline ("By ...", "Von ..."), which no standfirst opens with. */
    private static final Pattern BYLINE_OPENING = Pattern.compile("(?:by|par|von|por|di|door|av|af|przez|oleh|from)\\s",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> TAGS = WordSet.of("p", "h2", "h3", "div", "span", "section");
    /** Elements after the headline looked at (a byline or date may stand between). */
    private static final int SIBLINGS = 3;
    /** A standfirst is a sentence or two: at least this many words, at most this many characters. */
    private static final int MIN_WORDS = 5;
    private static final int MAX_CHARS = 400;
    /** Nodes the element may hold (a standfirst is a line of text, not a block of the page). */
    private static final int MAX_NODES = 40;
    /** The share of its words a standfirst with no mark must share with the meta description. */
    private static final double IN_DESCRIPTION = 0.8;

    private Standfirsts() {
    }

    /**
     * The page's standfirst, or {@code null}. Call it before the page's header is dropped.
     *
     * @param doc   the parsed page
     * @param title the page's headline from its metadata, or {@code null} (then no standfirst is looked for)
     */
    static String find(Document doc, String title) {
        if (title == null || title.isBlank()) {
            return null;
        }
        Element headline = headline(doc, title);
        if (headline == null) {
            return null;
        }
        // The headline may be wrapped alone in a block of its own: look after that block then.
        Element anchor = headline;
        if (anchor.nextElementSibling() == null && anchor.parent() != null && anchor.parent() != doc.body()
                && anchor.parent().children().size() == 1) {
            anchor = anchor.parent();
        }
        Set<String> description = null;
        int seen = 0;
        for (Element e = anchor.nextElementSibling(); e != null && seen < SIBLINGS; e = e.nextElementSibling()) {
            if (!HtmlExtractor.small(e, MAX_NODES, 4 * MAX_CHARS)) {
                return null; // the story or a block of the page: no standfirst before it
            }
            String text = TextCleaner.clean(e.text()).strip();
            if (text.isEmpty()) {
                continue;
            }
            seen++;
            String marks = e.className() + " " + e.id();
            if (e.normalName().equals("ul") || e.normalName().equals("ol")) {
                String bullets = bullets(e, marks, doc);
                if (bullets != null) {
                    return bullets;
                }
                continue;
            }
            if (!TAGS.contains(e.normalName()) || NOT_STANDFIRST.matcher(marks).find()
                    || BYLINE_OPENING.matcher(text).lookingAt() || text.length() > MAX_CHARS
                    || WHITESPACE.split(text).length < MIN_WORDS || !e.select("a").text().isEmpty()) {
                continue;
            }
            if (MARKED.matcher(marks).find()) {
                return text;
            }
            if (description == null) {
                description = new HashSet<>(ArticleBodies.words(metaDescription(doc)));
            }
            if (mostlyIn(text, description)) {
                return text;
            }
        }
        return null;
    }

    /** Whether at least {@link #IN_DESCRIPTION} of the text's words are words of the meta description. */
    private static boolean mostlyIn(String text, Set<String> description) {
        List<String> words = ArticleBodies.words(text);
        int in = 0;
        for (String w : words) {
            if (description.contains(w)) {
                in++;
            }
        }
        return !words.isEmpty() && in >= IN_DESCRIPTION * words.size();
    }

    /** Items of a summary list under the headline: a few, each a sentence. */
    private static final int MIN_BULLETS = 2;
    private static final int MAX_BULLETS = 6;
    /** Class words of summary lists ("bullets", "highlights", "key points", "takeaways"). */
    private static final Pattern BULLET_MARKS = Pattern.compile("(?:^|[\\s_-])(?:bullets?|highlights?|key-?points"
            + "|takeaways?|summary|lead|intro)(?:$|[\\s_-])", Pattern.CASE_INSENSITIVE);
    /** A bullet that only points to another story ("Read more: ..."): not part of the summary. */
    private static final Pattern TEASER_BULLET = Pattern.compile("(?:read more|read also|also read|see also|watch|"
            + "more)\\s*[:|]", Pattern.CASE_INSENSITIVE);

    /**
     * The summary bullets a tabloid sets under its headline (a list of two to six sentence-long items,
     * none a link), one a line, when the list is marked by its class ({@link #BULLET_MARKS}) or an item
     * is most of the meta description; a bullet pointing to another story is left out. Else {@code null}.
     */
    private static String bullets(Element list, String marks, Document doc) {
        List<Element> items = list.children();
        if (items.size() < MIN_BULLETS || items.size() > MAX_BULLETS || NOT_STANDFIRST.matcher(marks).find()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        boolean described = false;
        Set<String> description = null;
        for (Element item : items) {
            String text = TextCleaner.clean(item.text()).strip();
            if (!item.normalName().equals("li") || text.length() > MAX_CHARS) {
                return null;
            }
            if (TEASER_BULLET.matcher(text).lookingAt() || !item.select("a").text().isEmpty()) {
                continue;
            }
            if (WHITESPACE.split(text).length < MIN_WORDS) {
                return null;
            }
            if (!described) {
                if (description == null) {
                    description = new HashSet<>(ArticleBodies.words(metaDescription(doc)));
                }
                described = mostlyIn(text, description);
            }
            out.append(out.length() == 0 ? "" : "\n\n").append(text);
        }
        return out.length() > 0 && (described || BULLET_MARKS.matcher(marks).find()) ? out.toString() : null;
    }

    /**
     * The first {@code <h1>} whose words are the title's, or are most of it ("Headline | Site"), or
     * begin with it (a title cut short of a long headline); an {@code <h2>} the same way when no
     * {@code <h1>} is the headline (tabloids set theirs in an {@code <h2>}). Not a site's name set as a
     * link home in a heading, whose tagline follows it.
     */
    private static Element headline(Document doc, String title) {
        String t = flat(title);
        for (String tag : List.of("h1", "h2")) {
            for (Element h : doc.body().getElementsByTag(tag)) {
                String words = flat(h.text());
                if (words.isEmpty() || h.selectFirst("a") != null || h.closest("a") != null) {
                    continue;
                }
                if (words.equals(t) || words.length() * 2 >= t.length() && t.contains(words)
                        || t.length() * 2 >= words.length() && words.startsWith(t)) {
                    return h;
                }
            }
        }
        return null;
    }

    private static String metaDescription(Document doc) {
        for (String selector : List.of("meta[property=og:description]", "meta[name=description]",
                "meta[name=twitter:description]")) {
            Element m = doc.head().selectFirst(selector);
            if (m != null && !m.attr("content").isBlank()) {
                return m.attr("content");
            }
        }
        return "";
    }

    /** Words only, lower case: quotes and dashes differ between a page's title and its headline. */
    private static String flat(String s) {
        return String.join(" ", ArticleBodies.words(s));
    }

    /**
     * The text with the standfirst before it, unless the text already holds it (the story's container
     * took it in) or there is none.
     */
    static String prepend(String standfirst, String text) {
        if (standfirst == null || text.isEmpty()) {
            return text;
        }
        String flatText = String.join(" ", text.split("\\s+"));
        String flatFirst = String.join(" ", standfirst.split("\\s+"));
        return flatText.contains(flatFirst) ? text : standfirst + "\n\n" + text;
    }
}
