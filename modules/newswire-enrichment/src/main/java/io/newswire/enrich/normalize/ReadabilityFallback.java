package io.newswire.enrich.normalize;

import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * A second opinion from Readability4J (Apache-2.0, a port of Readability.js) for pages where our
 * own extraction may have failed, decided as trafilatura decides between its own extraction and
 * readability's ({@code compare_extraction}): the other text is taken only when ours is empty, or
 * when the other is more than twice as long as ours (and ours is not more than twice as long as
 * it). Two guards of our own: the other text must not be mostly link text (Readability keeps a long
 * list of names or links where it finds no prose, and twice our length of links is a link list, not
 * a story), and it must not be raw JSON.
 *
 * <p>Readability4J costs about twice our own extraction, so it runs only when it could change the
 * outcome: when the page's text left after our furniture pass is more than twice what we extracted
 * (else no text twice as long as ours is there to find), and never on markup nested deeper than
 * {@link #MAX_DEPTH} (it recurses, and our own pass is the one made safe for hostile input).
 */
final class ReadabilityFallback {

    /** The other text must be longer than this many times ours. */
    private static final int LONGER = 2;
    /** Above this share of link text in the other result, it is a link list, not a story. */
    private static final double MAX_LINK_DENSITY = 0.3;
    /** Markup nested deeper than this is not handed to Readability4J, which recurses. */
    static final int MAX_DEPTH = 250;
    private static final String BASE_URL = "http://localhost/";

    private ReadabilityFallback() {
    }

    /**
     * Whether Readability4J could find a text more than {@link #LONGER} times ours on this page.
     *
     * @param oursChars the visible (non-white-space) characters of our text
     * @param left      the body after our furniture pass, with {@link #MAX_DEPTH} checked
     */
    static boolean worthAsking(int oursChars, Element left) {
        int[] counts = visibleTextAndDepth(left);
        return counts[1] <= MAX_DEPTH && counts[0] > LONGER * (long) oursChars;
    }

    /**
     * Readability4J's text of the page when it should replace ours, else {@code null}.
     *
     * @param ours    our text
     * @param html    the page
     * @param pageUrl where it was fetched, or {@code null}
     */
    static String other(String ours, String html, String pageUrl) {
        Element content;
        try {
            String base = pageUrl != null && pageUrl.startsWith("http") ? pageUrl : BASE_URL;
            Article article = new Readability4J(base, html).parse();
            content = article.getArticleContent();
        } catch (RuntimeException | StackOverflowError e) {
            // A library failing on a page leaves our own text, which is never worse than none.
            return null;
        }
        if (content == null) {
            return null;
        }
        String text = TextCleaner.clean(HtmlExtractor.blockText(content));
        return prefer(ours.length(), text, linkDensity(content)) ? text : null;
    }

    /** The decision on lengths and link density alone (see the class comment). */
    static boolean prefer(int oursChars, String other, double otherLinkDensity) {
        int otherChars = other.length();
        if (otherChars == 0 || otherChars == oursChars || oursChars > LONGER * (long) otherChars) {
            return false;
        }
        if (other.startsWith("{") || otherLinkDensity > MAX_LINK_DENSITY) {
            return false;
        }
        return oursChars == 0 || otherChars > LONGER * (long) oursChars;
    }

    /** Share of an element's visible characters that sit inside links. */
    static double linkDensity(Element root) {
        int[] c = new int[2];
        NodeTraversor.traverse(new NodeVisitor() {
            private int insideLink;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e && e.normalName().equals("a")) {
                    insideLink++;
                } else if (node instanceof TextNode t) {
                    int n = visibleLength(t.getWholeText());
                    c[0] += n;
                    c[1] += insideLink > 0 ? n : 0;
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.normalName().equals("a")) {
                    insideLink--;
                }
            }
        }, root);
        return c[0] == 0 ? 0 : c[1] / (double) c[0];
    }

    /** Visible characters under an element and its deepest nesting, in one iterative pass. */
    static int[] visibleTextAndDepth(Element root) {
        int[] c = new int[2];
        NodeTraversor.traverse((node, depth) -> {
            if (depth > c[1]) {
                c[1] = depth;
            }
            if (node instanceof TextNode t) {
                c[0] += visibleLength(t.getWholeText());
            }
        }, root);
        return c;
    }

    private static int visibleLength(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
