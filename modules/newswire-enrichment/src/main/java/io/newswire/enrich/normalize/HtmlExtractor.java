package io.newswire.enrich.normalize;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The article body of an HTML page, with paragraph breaks, and the page's own metadata (headline,
 * publication time, canonical URL). Navigation, menus, share/related/comment blocks, scripts,
 * styles and forms are dropped. Parsing (jsoup) and traversal are iterative, so deeply nested or
 * broken markup cannot exhaust the stack.
 */
public final class HtmlExtractor {

    private static final String DROP = "script, style, noscript, template, svg, iframe, object, embed, form, nav, "
            + "header, footer, aside, button, input, select, textarea, menu, figure, [role=navigation], "
            + "[role=banner], [role=contentinfo], [aria-hidden=true], [hidden]";
    private static final Pattern NOISE = Pattern.compile(
            "(?:^|[\\s_-])(?:share|sharing|social|related|comments?|newsletter|promo|advert|ads?|cookie|breadcrumbs?"
                    + "|subscribe|sidebar|menu|navbar|footer|header|tags|most-read|recommended|outbrain|taboola)"
                    + "(?:$|[\\s_-])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BYLINE = Pattern.compile("(?:^|[\\s_-])(?:byline|author|dateline|timestamp)(?:$|[\\s_-])",
            Pattern.CASE_INSENSITIVE);
    /** Elements that hold a page's main content by their tag or role. */
    private static final String CONTAINERS = "article, main, [role=main], [itemprop=articleBody]";
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3",
            "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "pre", "table", "tr", "dd", "dt", "dl", "br", "hr",
            "figcaption", "address", "center");

    /** What a page holds. Fields are {@code null} when the page does not say. */
    public record Page(String text, String title, String publishedAt, String canonicalUrl, List<String> removed) {
    }

    private HtmlExtractor() {
    }

    public static Page extract(String html) {
        Document doc = Jsoup.parse(html);
        String title = firstNonBlank(attr(doc, "meta[property=og:title]", "content"),
                attr(doc, "meta[name=twitter:title]", "content"), text(doc, "h1"), doc.title());
        String published = firstNonBlank(attr(doc, "meta[property=article:published_time]", "content"),
                attr(doc, "meta[itemprop=datePublished]", "content"), attr(doc, "meta[name=pubdate]", "content"),
                attr(doc, "meta[name=date]", "content"), attr(doc, "meta[name=dc.date]", "content"),
                attr(doc, "time[datetime]", "datetime"));
        String canonical = attr(doc, "link[rel=canonical]", "href");

        List<String> removed = new ArrayList<>();
        Element body = doc.body();
        body.select(DROP).remove();
        Map<Element, Integer> paragraphText = paragraphText(body);
        int total = paragraphText.getOrDefault(body, 0);
        NodeTraversor.filter(new ChromeFilter(paragraphText, total, removed), body);
        // Counted again without the chrome: comments and related links must not weigh in the choice.
        paragraphText = paragraphText(body);
        Element root = chooseRoot(body, paragraphText, paragraphText.getOrDefault(body, 0));
        if (title != null) {
            for (Element h1 : root.select("h1")) {
                if (h1.text().strip().equals(title.strip())) {
                    h1.remove();
                }
            }
        }
        return new Page(TextCleaner.clean(blockText(root)), title == null ? null : TextCleaner.clean(title),
                published, canonical, removed);
    }

    /**
     * Characters of paragraph ({@code <p>}) text under each element, in one iterative pass: a
     * stack of running sums instead of a walk up the ancestors per text node, so linear even for
     * deeply nested markup.
     */
    static Map<Element, Integer> paragraphText(Element root) {
        Map<Element, Integer> sums = new IdentityHashMap<>();
        ArrayDeque<int[]> open = new ArrayDeque<>();
        NodeTraversor.traverse(new NodeVisitor() {
            private int insideParagraph;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    open.push(new int[1]);
                    if (e.normalName().equals("p")) {
                        insideParagraph++;
                    }
                } else if (node instanceof TextNode t && insideParagraph > 0 && !open.isEmpty()) {
                    open.peek()[0] += t.getWholeText().strip().length();
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    int sum = open.pop()[0];
                    if (e.normalName().equals("p")) {
                        insideParagraph--;
                    }
                    if (sum > 0) {
                        sums.put(e, sum);
                        if (!open.isEmpty()) {
                            open.peek()[0] += sum;
                        }
                    }
                }
            }
        }, root);
        return sums;
    }

    /**
     * The element that holds the story: the {@code <article>}/{@code <main>} holding most of the
     * page's paragraph text (a page of teasers has several small ones); else the innermost block
     * holding nearly all of it ("the largest text block"); else the first article or main element,
     * or the body.
     */
    static Element chooseRoot(Element body, Map<Element, Integer> paragraphText, int total) {
        Elements candidates = body.select(CONTAINERS);
        if (total == 0) {
            return candidates.isEmpty() ? body : candidates.first();
        }
        Element best = null;
        int bestText = 0;
        for (Element c : candidates) {
            int t = paragraphText.getOrDefault(c, 0);
            // ">=" prefers the inner of nested candidates (<main><article>) when they hold the same text.
            if (t >= bestText && t > 0) {
                best = c;
                bestText = t;
            }
        }
        if (best != null && bestText * 2 >= total) {
            return best;
        }
        Element root = body;
        while (true) {
            Element next = null;
            for (Element child : root.children()) {
                if (!child.normalName().equals("p") && paragraphText.getOrDefault(child, 0) * 10 >= total * 9) {
                    next = child;
                    break;
                }
            }
            if (next == null) {
                return root;
            }
            root = next;
        }
    }

    /**
     * Removes navigation, share, related, comment and similar blocks marked by class or id, and
     * bylines (kept in {@code removed}). A block holding most of the paragraph text is the story
     * whatever its class says ({@code class="post has-comments"}), and so are article and main
     * elements. Removed subtrees are not visited again, so the pass is linear.
     */
    private static final class ChromeFilter implements NodeFilter {
        private final Map<Element, Integer> paragraphText;
        private final int total;
        private final List<String> removed;

        ChromeFilter(Map<Element, Integer> paragraphText, int total, List<String> removed) {
            this.paragraphText = paragraphText;
            this.total = total;
            this.removed = removed;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (!(node instanceof Element e) || depth == 0) {
                return FilterResult.CONTINUE;
            }
            String marks = e.className() + " " + e.id();
            if (marks.isBlank() || e.is(CONTAINERS) || paragraphText.getOrDefault(e, 0) * 2 > total && total > 0) {
                return FilterResult.CONTINUE;
            }
            if (BYLINE.matcher(marks).find()) {
                String t = e.text().strip();
                if (!t.isEmpty()) {
                    removed.add(t);
                }
                return FilterResult.REMOVE;
            }
            return NOISE.matcher(marks).find() ? FilterResult.REMOVE : FilterResult.CONTINUE;
        }
    }

    /** Text with a blank line after every block element, built by an iterative traversal. */
    static String blockText(Element root) {
        StringBuilder sb = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    sb.append(t.getWholeText().replace('\n', ' '));
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    sb.append("\n\n");
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    sb.append("\n\n");
                }
            }
        }, root);
        return sb.toString();
    }

    private static String attr(Document doc, String css, String name) {
        Element e = doc.selectFirst(css);
        return e == null ? null : e.attr(name);
    }

    private static String text(Document doc, String css) {
        Element e = doc.selectFirst(css);
        return e == null ? null : e.text();
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
