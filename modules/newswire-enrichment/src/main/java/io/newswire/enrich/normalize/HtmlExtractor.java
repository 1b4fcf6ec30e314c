package io.newswire.enrich.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
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
        Element root = doc.selectFirst("article");
        if (root == null) {
            root = doc.selectFirst("main, [role=main]");
        }
        if (root == null) {
            root = doc.body();
        }
        root.select(DROP).remove();
        Elements all = root.getAllElements();
        for (Element e : all) {
            if (e == root || e.parent() == null) {
                continue;
            }
            String marks = e.className() + " " + e.id();
            if (marks.isBlank()) {
                continue;
            }
            if (BYLINE.matcher(marks).find()) {
                String t = e.text().strip();
                if (!t.isEmpty()) {
                    removed.add(t);
                }
                e.remove();
            } else if (NOISE.matcher(marks).find()) {
                e.remove();
            }
        }
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
