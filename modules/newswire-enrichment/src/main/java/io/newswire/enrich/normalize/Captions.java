package io.newswire.enrich.normalize;

import io.newswire.enrich.text.WordSet;
import io.newswire.model.Caption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The story's picture captions on a page: {@code <figcaption>} and blocks whose class ends in "caption"
 * ({@code image-caption}, {@code imageCaption}), read before the extractor drops them from the body, with the
 * photo credit apart when the page marks it ({@code <span class="credit">}, {@code <cite>}, {@code <small>}).
 * Captions of other stories' teasers (in navigation, asides, related or promoted boxes, links) are not the
 * story's and are left out. The page is only read, never changed: the body's extraction does not move.
 */
final class Captions {

    /** A page's pictures are few; more captions than this are a gallery page's index. */
    private static final int MAX_CAPTIONS = 50;
    /** A caption is a sentence or two; a longer block with a caption class is a layout's misuse. */
    private static final int MAX_CAPTION_CHARS = 1_000;
    /** Class words of a caption's credit part. */
    private static final Pattern CREDIT = Pattern.compile("(?:^|[\\s_-])(?:credits?|copyright|source|byline"
            + "|photographer|attribution|courtesy|author|fotograf|autor|auteur)(?:$|[\\s_-])", Pattern.CASE_INSENSITIVE);
    /** Blocks a teaser sits in: not the story's pictures (a header only outside the story's container). */
    private static final Set<String> TEASER_TAGS = WordSet.of("nav", "header", "footer", "aside", "a", "menu");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Elements that hold the story: the walk up from a caption stops at them. */
    private static final String CONTAINERS = "article, main, [role=main], [itemprop=articleBody]";

    private Captions() {
    }

    /** The captions of the story's pictures in page order, each once. */
    static List<Caption> of(Element body) {
        List<Caption> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<Element, Boolean> taken = new IdentityHashMap<>();
        for (Element e : body.select("figcaption, [class]")) {
            if (out.size() >= MAX_CAPTIONS) {
                break;
            }
            boolean caption = e.normalName().equals("figcaption") || isCaptionClass(e.className());
            if (!caption || insideTaken(e, taken) || !inStory(e, body)) {
                continue;
            }
            taken.put(e, Boolean.TRUE);
            Caption c = caption(e);
            if (c != null && seen.add(c.text())) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * A caption's class: the extractor's ("image-caption", "imageCaption": the word last), or a caption's text
     * block ("wp-caption-text", "caption-text"); not typography classes that start with the word ("caption-s5").
     */
    private static boolean isCaptionClass(String className) {
        if (className.isEmpty()) {
            return false;
        }
        String marks = HtmlExtractor.camelWords(className);
        return HtmlExtractor.CAPTION.matcher(marks).find() || CAPTION_TEXT.matcher(marks).find();
    }

    private static final Pattern CAPTION_TEXT = Pattern.compile("(?:^|[\\s_-])caption[-_ ]?text(?:$|\\s)",
            Pattern.CASE_INSENSITIVE);

    private static boolean insideTaken(Element e, Map<Element, Boolean> taken) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (taken.containsKey(p)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a caption belongs to the story: no teaser block (navigation, header, footer, aside, a link) and no
     * furniture box (related, recommended, promoted, gallery: the extractor's noise words) above it, up to the
     * story's container.
     */
    private static boolean inStory(Element e, Element body) {
        // the story's own header (its lead picture) sits inside its container; the page's header does not
        boolean contained = e.closest(CONTAINERS) != null;
        for (Element p = e.parent(); p != null && p != body; p = p.parent()) {
            if (p.is(CONTAINERS)) {
                return true;
            }
            String tag = p.normalName();
            if (TEASER_TAGS.contains(tag) && !(contained && tag.equals("header"))) {
                return false;
            }
            String role = p.attr("role");
            if (role.equals("navigation") || role.equals("complementary") || role.equals("banner")
                    || role.equals("contentinfo")) {
                return false;
            }
            String marks = p.className() + " " + p.id();
            if (contained) {
                marks = marks.replace("header", " ");
            }
            if (!marks.isBlank() && HtmlExtractor.NOISE.matcher(HtmlExtractor.camelWords(marks)).find()) {
                return false;
            }
        }
        return true;
    }

    /** The caption's text and its marked credit; {@code null} when it has no text. */
    private static Caption caption(Element e) {
        Element credit = null;
        for (Element child : e.getAllElements()) {
            if (child == e) {
                continue;
            }
            String tag = child.normalName();
            if (tag.equals("cite") || tag.equals("small")
                    || !child.className().isEmpty() && CREDIT.matcher(HtmlExtractor.camelWords(child.className())).find()) {
                credit = child;
                break;
            }
        }
        String text = tidy(textWithout(e, credit));
        String creditText = credit == null ? null : tidy(credit.text());
        if (text.isEmpty() || text.length() > MAX_CAPTION_CHARS) {
            // a caption that is only a credit ("Photo: AFP") names no picture
            return null;
        }
        return new Caption(text, creditText == null || creditText.isEmpty() ? null : creditText);
    }

    /** The element's text without the credit element's, spaces between blocks as the browser shows them. */
    private static String textWithout(Element e, Element skip) {
        if (skip == null) {
            return e.text();
        }
        StringBuilder sb = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            private int skipping;

            @Override
            public void head(Node node, int depth) {
                if (node == skip) {
                    skipping++;
                } else if (skipping == 0 && node instanceof TextNode t) {
                    sb.append(t.getWholeText());
                } else if (skipping == 0 && node instanceof Element b && b.isBlock()) {
                    sb.append(' ');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node == skip) {
                    skipping--;
                }
            }
        }, e);
        return sb.toString();
    }

    /**
     * White space collapsed, and the separators a removed credit leaves behind at the end ("... rubble. |",
     * "... rubble ()", "... rubble —").
     */
    private static String tidy(String s) {
        String t = TextCleaner.cleanText(SPACES.matcher(s).replaceAll(" ")).strip();
        boolean changed = true;
        while (changed && !t.isEmpty()) {
            changed = false;
            if (t.endsWith("()") || t.endsWith("[]")) {
                t = t.substring(0, t.length() - 2).strip();
                changed = true;
            } else if ("|/–—-:".indexOf(t.charAt(t.length() - 1)) >= 0) {
                t = t.substring(0, t.length() - 1).strip();
                changed = true;
            }
        }
        return t;
    }
}
