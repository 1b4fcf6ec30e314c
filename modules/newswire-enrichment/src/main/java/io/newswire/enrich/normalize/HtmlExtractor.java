package io.newswire.enrich.normalize;

import io.newswire.enrich.text.WordSet;
import io.newswire.model.Caption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
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
            + "amp-ad, amp-sticky-ad, amp-embed, amp-sidebar, amp-analytics, "
            + "header, footer, aside, button, input, select, textarea, menu, figure, figcaption, dialog, "
            + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=dialog], "
            + "[aria-hidden=true], [hidden], blockquote.twitter-tweet, blockquote.instagram-media, "
            + "blockquote.tiktok-embed, "
            // Text for screen readers only, hidden by the inline clip idiom ("opens new tab" in links):
            // the class-named forms (sr-only, visually-hidden) go by NOISE.
            + "[style~=(?i)clip\\s*:\\s*rect\\(\\s*0|clip-path\\s*:\\s*inset\\(\\s*50%"
            // Blocks the page hides with an inline style (stale copies, templates, closed pop-ups), as
            // Readability's visibility test drops them; kept when they hold story paragraphs (below).
            + "|display\\s*:\\s*none|visibility\\s*:\\s*hidden]";
    /** An inline style that hides its element. */
    private static final Pattern HIDDEN_STYLE = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden",
            Pattern.CASE_INSENSITIVE);
    /** A hidden block with this many sentence-long paragraphs is the rest of the story behind a "read more" button. */
    private static final int HIDDEN_STORY_PARAGRAPHS = 3;
    /**
     * Class and id words of page furniture, as trafilatura's and Readability's "unlikely candidate"
     * lists have them: sharing, related and recommended stories, newsletters and sign-ups, comments,
     * captions and credits, galleries, paywall prompts, advertising.
     */
    static final Pattern NOISE = Pattern.compile(
            "(?:^|[\\s_-])(?:share|sharing|social|related|comments?|newsletter|promo|advert|ads?|cookie|breadcrumbs?"
                    + "|subscribe|subscription|sidebar|menu|navbar|footer|header|tags|most-read|mostread|recommended"
                    + "|outbrain|taboola|credits?|gallery|carousel|slideshow|trending|popular"
                    + "|signup|sign-up|paywall|widget|recirc|read-more|readmore|more-stories|disclaimer|print"
                    + "|toolbar|modal|popup|banner|sponsored|rating|pagination|pager"
                    // Advertising labels, appeals, polls and author bios set inside the story's container.
                    + "|advertisement|advertising|donate|donation|donations|follow-us|followus|poll|polls|survey"
                    + "|feedback|affiliate|bio"
                    // Sign-in walls over the story, toggles and copies for screen readers. Not "hidden":
                    // utility CSS writes "hidden lg:flex" and "overflow-hidden" on visible blocks.
                    + "|gating|gated|hide|visually-hidden|sr-only|screen-reader-text"
                    // Pull quotes repeat a sentence of the story; the same furniture in French, Spanish,
                    // Portuguese and German class names (share, subscription, advertising).
                    + "|pullquote|pull-quote|partage|abonnement|suscripcion|assinatura|publicidad|publicite"
                    + "|werbung|anzeige"
                    // Forum threads: replies, signatures and poster panels beside the opening post; the
                    // media-contact block of a press release; like counters (Jetpack's "sharedaddy").
                    + "|reply|replies|signature|postprofile|contacts?|likes?|sharedaddy"
                    // Section labels set above the headline (kicker, eyebrow, "editoria", overline).
                    + "|kicker|eyebrow|editoria|overline"
                    // ... and named in French, German, Spanish, Italian and Portuguese.
                    + "|surtitre|dachzeile|antetitulo|cintillo|sopratitolo|occhiello|chapeu"
                    // Consent layers (cookies, and the "external content" boxes that stand in for an embed
                    // until the reader agrees), audio and video players with their timers and speed
                    // controls, readers' appeals ("epic", "contributions", "membership"), and comment
                    // sections named in Spanish, Italian, German, Indonesian, French and Dutch.
                    + "|consent|player|audio|video|epic|contributions|membership"
                    + "|comentarios|commenti|kommentare|komentar|commentaires|reacties"
                    // MediaWiki's notes about the page itself ("This is a dynamic list ...", "For other
                    // uses, see ..."), set above the text.
                    + "|hatnote|dablink)"
                    + "(?:$|[\\s_-])",
            Pattern.CASE_INSENSITIVE);
    /**
     * The media words of {@link #NOISE}: a player's box, or a block about a clip. Bounded by look-arounds,
     * so that each of two adjacent words ({@code video-player}) is found and blanked.
     */
    private static final Pattern MEDIA = Pattern.compile("(?<![^\\s_-])(?:player|audio|video)(?![^\\s_-])",
            Pattern.CASE_INSENSITIVE);
    /**
     * Captions by a class name that ends in the word ({@code image-caption}, {@code photo_caption}),
     * and WordPress's {@code wp-caption-text}; not typography classes that start with it
     * ({@code caption-s5}), which style standfirsts too.
     */
    static final Pattern CAPTION = Pattern.compile("(?:^|[\\s_-])(?:caption|figcaption|caption-text)(?:$|\\s)",
            Pattern.CASE_INSENSITIVE);
    /**
     * Bylines and the page's date and meta lines ("post-meta", "story-date", "fecha", "auteur"), which
     * stand between the headline and the story; kept in {@code removed}, not in the text.
     */
    private static final Pattern BYLINE = Pattern.compile("(?:^|[\\s_-])(?:byline|author|dateline|timestamp"
            + "|date|pubdate|meta|fecha|datum|auteur|autor)(?:$|[\\s_-])",
            Pattern.CASE_INSENSITIVE);
    /** The page footer's class word. */
    private static final Pattern FOOTER = Pattern.compile("(?:^|[\\s_-])footer(?:$|[\\s_-])", Pattern.CASE_INSENSITIVE);
    /** Class words a metered site writes on story paragraphs as well as on its sign-in prompts. */
    private static final Pattern METERED = Pattern.compile("(?:^|[\\s_-])(?:paywall|gated|gating)(?:$|[\\s_-])",
            Pattern.CASE_INSENSITIVE);
    /** A copyright notice: "©", "(c) ", "Copyright ©", "Copyright 2024" at the start of a line. */
    private static final Pattern COPYRIGHT = Pattern.compile("^(?:©|\\(c\\)\\s|copyright\\s*(?:©|\\(c\\)|@\\s*\\d{4}|\\d{4}))",
            Pattern.CASE_INSENSITIVE);
    /** A paragraph longer than this is not a copyright notice, whatever it starts with. */
    private static final int NOTICE_CHARS = 200;
    /** A text node this long outside any {@code <p>} is a paragraph set in another element. */
    private static final int SENTENCE_CHARS = 100;
    /** What a Han, Kana or Hangul character weighs against a Latin one in {@link #isSentenceLong}. */
    private static final double DENSE_WEIGHT = 2.5;
    /** Elements that hold a page's main content by their tag or role. */
    private static final String CONTAINERS = "article, main, [role=main], [itemprop=articleBody]";
    private static final Set<String> BLOCKS = WordSet.of("p", "div", "section", "article", "main", "h1", "h2", "h3",
            "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "pre", "table", "tr", "dd", "dt", "dl", "br", "hr",
            "figcaption", "address", "center");
    /** Blocks judged by their link density: a block of mostly link text is navigation or a teaser list. */
    private static final Set<String> LINK_BLOCKS = WordSet.of("p", "div", "section", "li", "ul", "ol", "h2", "h3",
            "h4", "h5", "h6", "dl", "dd", "dt", "table", "tr", "td");

    /**
     * What a page holds. Fields are {@code null} when the page does not say.
     *
     * @param text         the article body, paragraphs separated by blank lines
     * @param title        the headline
     * @param publishedAt  the strongest publication time the page states, as written
     * @param canonicalUrl the page's canonical URL
     * @param removed      bylines and similar lines taken out of the body
     * @param metadata     everything the page's metadata says (authors, dates, image, language)
     * @param captions     the story's picture captions, with their credits when marked; never in {@code text}
     */
    public record Page(String text, String title, String publishedAt, String canonicalUrl, List<String> removed,
            PageMetadata metadata, List<Caption> captions) {

        public Page {
            captions = List.copyOf(captions == null ? List.of() : captions);
        }
    }

    private HtmlExtractor() {
    }

    /** As {@link #extract(String, String)} for a page whose URL is not known. */
    public static Page extract(String html) {
        return extract(html, null);
    }

    /**
     * The article body and metadata of a page.
     *
     * @param html    the page
     * @param pageUrl where it was fetched, for a date in its path; may be {@code null}
     */
    public static Page extract(String html, String pageUrl) {
        Document doc = Jsoup.parse(html);
        PageMetadata meta = PageMetadata.of(doc, pageUrl);
        String title = meta.title();

        List<String> removed = new ArrayList<>();
        Element body = doc.body();
        // Looked for before the page's header, where it usually sits, is dropped.
        String standfirst = Standfirsts.find(doc, title);
        // Read before DROP takes figures and captions out of the body; the page is not changed.
        List<Caption> captions = Captions.of(body);
        // Before forms go with DROP: the box around a sign-up form goes with it (its heading and pitch).
        removeSignUpBoxes(body);
        Elements dropped = body.select(DROP);
        keepEntryHeadings(dropped);
        for (Element e : dropped) {
            // Not Elements.removeIf: jsoup's removes the matches from the page, the opposite of what is meant.
            if (!isHiddenStory(e) && !isPageForm(e)) {
                e.remove();
            }
        }
        Map<Element, Integer> paragraphText = paragraphText(body);
        int total = paragraphText.getOrDefault(body, 0);
        ChromeFilter chrome = new ChromeFilter(paragraphText, total, removed);
        NodeTraversor.filter(chrome, body);
        chrome.boxHeadings.forEach(Element::remove);
        removeAuthorLines(body, removed);
        removeTeaserLists(body, paragraphText, total);
        // Counted again without the chrome: comments and related links must not weigh in the choice.
        paragraphText = paragraphText(body);
        Element root = chooseRoot(body, paragraphText, paragraphText.getOrDefault(body, 0));
        joinSiblingParagraphs(root);
        if (title != null) {
            for (Element h1 : root.select("h1")) {
                if (h1.text().strip().equals(title.strip())) {
                    h1.remove();
                }
            }
        }
        removeTitleHeading(root, title);
        removeLinkDense(root);
        removeRelatedHeadings(root);
        removePaywallPrompts(root);
        Set<String> headings = subheadings(root);
        String text = withoutNotices(TextCleaner.clean(blockText(root)));
        // What is left of the page besides our text decides whether a second opinion could differ.
        if (ReadabilityFallback.worthAsking(visibleLength(text), body)) {
            String other = ReadabilityFallback.other(text, html, pageUrl);
            if (other != null) {
                text = withoutNotices(other);
            }
        }
        text = ArticleBodies.reconcile(text, meta.articleBody(), headings);
        text = withoutClosingPrompts(withoutCreditLine(withoutFurnitureLines(text)));
        AgencyCredits.Credit credit = AgencyCredits.trailing(text);
        if (credit != null) {
            // "-- BNS", "— Bernama", "(Reuters)" after the last sentence: the agency's, not the story's.
            removed.add(text.substring(credit.start()).strip());
            text = text.substring(0, credit.start()).stripTrailing();
        }
        text = Standfirsts.prepend(standfirst, text);
        return new Page(text, title == null ? null : TextCleaner.clean(title),
                meta.publishedCandidates().isEmpty() ? null : meta.publishedCandidates().get(0),
                meta.canonicalUrl(), removed, meta, captions);
    }

    /** A paragraph beside the story's root this long (and not linked) is part of the story, as Readability joins it. */
    private static final int SIBLING_PARAGRAPH_CHARS = 80;
    /** The most link text a joined sibling paragraph may hold, as a share of its text (Readability's). */
    private static final double SIBLING_LINK_DENSITY = 0.25;

    /**
     * Moves into the root the {@code <p>} elements beside it that Readability joins to its top
     * candidate: longer than {@link #SIBLING_PARAGRAPH_CHARS} characters with link text under
     * {@link #SIBLING_LINK_DENSITY} of it, or shorter, without links, and holding a full stop. A lead
     * paragraph set beside the story's container (not in it) was lost when the container held nine
     * tenths of the text.
     */
    static void joinSiblingParagraphs(Element root) {
        Element parent = root.parent();
        if (parent == null || root.normalName().equals("body")) {
            return;
        }
        List<Element> before = new ArrayList<>();
        List<Element> after = new ArrayList<>();
        boolean seen = false;
        for (Element sibling : parent.children()) {
            if (sibling == root) {
                seen = true;
            } else if (sibling.normalName().equals("p") && isJoinable(sibling)) {
                (seen ? after : before).add(sibling);
            }
        }
        for (int i = before.size() - 1; i >= 0; i--) {
            root.prependChild(before.get(i));
        }
        for (Element p : after) {
            root.appendChild(p);
        }
    }

    private static boolean isJoinable(Element p) {
        String text = p.text().strip();
        int length = text.length();
        if (length == 0) {
            return false;
        }
        int linked = 0;
        for (Element a : p.select("a")) {
            linked += a.text().strip().length();
        }
        if (length > SIBLING_PARAGRAPH_CHARS) {
            return linked < SIBLING_LINK_DENSITY * length;
        }
        return linked == 0 && (text.contains(". ") || text.endsWith("."));
    }

    /**
     * Above this share of a heading's words (counted in characters) that the title also has, the
     * heading repeats the title: Readability's test for the headline it leaves out of the article.
     */
    private static final double TITLE_SIMILARITY = 0.75;

    /**
     * Removes the first {@code <h1>} or {@code <h2>} of the root that repeats the title in other
     * words (a site name added or dropped, a shorter SEO title, different punctuation), as
     * Readability removes the headline it finds: {@link #titleSimilarity} above
     * {@link #TITLE_SIMILARITY}. Pages that set the headline in an {@code <h2>} (a tabloid's, a
     * fan-fiction archive's) had it in their text; a subheading that only shares a few of the
     * title's words stays.
     */
    static void removeTitleHeading(Element root, String title) {
        if (title == null) {
            return;
        }
        List<String> titleWords = words(title);
        if (titleWords.isEmpty()) {
            return;
        }
        Set<String> inTitle = Set.copyOf(titleWords);
        for (Element h : root.select("h1, h2")) {
            if (titleSimilarity(inTitle, words(h.text())) > TITLE_SIMILARITY) {
                h.remove();
                return;
            }
        }
    }

    /**
     * Readability's text similarity of a heading to the title: one less the length of the heading's
     * words that are not in the title, joined by spaces, over the length of all its words joined so;
     * 0 for a heading without words.
     */
    static double titleSimilarity(Set<String> titleWords, List<String> heading) {
        if (heading.isEmpty()) {
            return 0;
        }
        int all = -1;
        int unknown = -1;
        for (String w : heading) {
            all += w.length() + 1;
            if (!titleWords.contains(w)) {
                unknown += w.length() + 1;
            }
        }
        return 1 - Math.max(unknown, 0) / (double) all;
    }

    /** Words of a text: runs of letters and digits, lower-cased. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); ) {
            int cp = i < text.length() ? text.codePointAt(i) : ' ';
            if (Character.isLetterOrDigit(cp)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                out.add(text.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
            i += i < text.length() ? Character.charCount(cp) : 1;
        }
        return out;
    }

    /** A sign-up box (heading, pitch, form) is at most this long; a longer block holds more than the box. */
    private static final int SIGN_UP_BOX_CHARS = 450;
    /** How many levels above its form a sign-up box is looked for. */
    private static final int SIGN_UP_BOX_LEVELS = 4;

    /**
     * Removes the boxes around sign-up forms (an e-mail field: newsletters, alerts, comment forms): the
     * form itself goes with DROP, but its heading ("Get the Morning newsletter") and pitch ("Local
     * news in your inbox") stay unless the small block around them goes too. The box is the highest
     * ancestor within {@link #SIGN_UP_BOX_LEVELS} levels whose text stays under
     * {@link #SIGN_UP_BOX_CHARS}; never the story's container.
     */
    static void removeSignUpBoxes(Element body) {
        for (Element input : body.select("input[type=email]")) {
            if (input.parent() == null) {
                continue; // inside a box already removed
            }
            Element box = null;
            int level = 0;
            for (Element a = input.parent(); a != null && a != body && level < SIGN_UP_BOX_LEVELS; a = a.parent()) {
                level++;
                if (a.is(CONTAINERS) || !small(a, TEASER_NODES, SIGN_UP_BOX_CHARS)) {
                    break;
                }
                box = a;
            }
            if (box != null) {
                box.remove();
            }
        }
    }

    /** Links to an author's page: the byline, wherever its block's class does not say so. */
    private static final String AUTHOR_LINKS = "a[rel=author], a[href*=/author/], a[href*=/authors/], a[href*=/staff/], "
            + "a[href*=/autor/], a[href*=/autores/], a[href*=/auteur/], a[href*=/auteurs/], a[href*=/journalist/], "
            + "a[href*=/journalists/], a[href*=/reporter/], a[href*=/redakteur/], a[href*=/penulis/]";
    /** A byline block (names, the outlet, a role) is at most this long; a longer one is prose. */
    private static final int AUTHOR_LINE_CHARS = 100;

    /**
     * Removes bylines whose class says nothing ({@code gnt_ar_by}): the short block around a link to
     * an author's page (kept in {@code removed}). A paragraph that links to a columnist is longer
     * than {@link #AUTHOR_LINE_CHARS} and stays.
     */
    static void removeAuthorLines(Element body, List<String> removed) {
        for (Element link : body.select(AUTHOR_LINKS)) {
            if (link.parent() == null) {
                continue;
            }
            Element line = null;
            for (Element a = link.parent(); a != null && a != body; a = a.parent()) {
                if (a.is(CONTAINERS) || !small(a, TEASER_NODES, AUTHOR_LINE_CHARS)) {
                    break;
                }
                if (BLOCKS.contains(a.normalName()) || a.normalName().equals("span")) {
                    line = a;
                }
            }
            if (line != null) {
                String t = line.text().strip();
                if (!t.isEmpty()) {
                    removed.add(t);
                }
                line.remove();
            }
        }
    }

    /** Headings looked at for {@link #subheadings}; a story has a few, a hostile page thousands. */
    private static final int MAX_SUBHEADINGS = 64;

    /**
     * The texts of the headings ({@code h2}-{@code h6}) left in the story's root, as the cleaned text
     * writes them, for {@link ArticleBodies#reconcile(String, String, Set)}; empty when the root holds
     * none or more than {@link #MAX_SUBHEADINGS}.
     */
    static Set<String> subheadings(Element root) {
        Elements hs = root.select("h2, h3, h4, h5, h6");
        if (hs.isEmpty() || hs.size() > MAX_SUBHEADINGS) {
            return Set.of();
        }
        Set<String> out = new java.util.HashSet<>();
        for (Element h : hs) {
            if (small(h, PAYWALL_PROMPT_NODES, 4 * PAYWALL_PROMPT_CHARS)) {
                String t = TextCleaner.clean(blockText(h)).strip();
                if (!t.isEmpty() && t.indexOf("\n\n") < 0) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /** Entries of a live blog or stream with a heading in their header, at least this many. */
    private static final int STREAM_ENTRIES = 3;

    /**
     * Whether a block hidden by its inline style holds the rest of the story (a "read more" expander
     * that a script opens): {@link #HIDDEN_STORY_PARAGRAPHS} sentence-long paragraphs. Pop-ups, stale
     * teasers and templates hold fewer. Only elements with a style are looked into.
     */
    static boolean isHiddenStory(Element e) {
        if (!e.hasAttr("style") || !HIDDEN_STYLE.matcher(e.attr("style")).find() || !HIDDEN_TAGS.contains(e.normalName())) {
            return false;
        }
        int paragraphs = 0;
        for (Element p : e.getElementsByTag("p")) {
            String t = p.text();
            if (isSentenceLong(t, t.length()) && ++paragraphs >= HIDDEN_STORY_PARAGRAPHS) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a {@code <form>} wraps the page rather than asks for input: ASP.NET WebForms and some
     * other CMSs put the whole body in one form, story included. A search, sign-up or comment form
     * holds labels and prompts, never {@link #HIDDEN_STORY_PARAGRAPHS} sentence-long paragraphs; its
     * inputs, buttons and selects are dropped on their own either way.
     */
    static boolean isPageForm(Element e) {
        if (!e.normalName().equals("form")) {
            return false;
        }
        int paragraphs = 0;
        for (Element p : e.getElementsByTag("p")) {
            String t = p.text();
            if (isSentenceLong(t, t.length()) && ++paragraphs >= HIDDEN_STORY_PARAGRAPHS) {
                return true;
            }
        }
        return false;
    }

    /** Blocks that may hide the rest of a story; a hidden form or script stays dropped whatever it holds. */
    private static final Set<String> HIDDEN_TAGS = WordSet.of("div", "section", "article", "main", "span");

    /**
     * Lifts the headings out of the headers of a live blog's entries before headers are dropped: each
     * entry is an {@code <article>} whose {@code <header>} holds its time and a heading of its own
     * (not a link, not the page's {@code <h1>}), and the heading is part of the story. A page with
     * fewer such entries is a single story, whose header holds the headline, standfirst and byline.
     */
    static void keepEntryHeadings(Elements dropped) {
        List<Element> headings = new ArrayList<>();
        for (Element e : dropped) {
            if (!e.normalName().equals("header") || e.parent() == null || !e.parent().normalName().equals("article")) {
                continue;
            }
            for (Element child : e.children()) {
                String tag = child.normalName();
                if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '2' && tag.charAt(1) <= '6'
                        && child.selectFirst("a") == null) {
                    headings.add(child);
                }
            }
        }
        if (headings.size() >= STREAM_ENTRIES) {
            for (Element h : headings) {
                h.parent().before(h);
                // Its class names the header it came from ("post__header-title"), which is furniture.
                h.removeAttr("class");
            }
        }
    }

    /**
     * The text without short copyright notices ("Copyright © 2024 The Daily ..., LLC"), which sit
     * inside the story's container on many sites and are never part of the story.
     */
    static String withoutNotices(String text) {
        if (text.indexOf('©') < 0 && text.indexOf("opyright") < 0 && text.indexOf("OPYRIGHT") < 0
                && text.indexOf("(c) ") < 0 && text.indexOf("(C) ") < 0) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        for (String paragraph : text.split("\n\n")) {
            if (paragraph.length() < NOTICE_CHARS && COPYRIGHT.matcher(paragraph).find()) {
                continue;
            }
            if (kept.length() > 0) {
                kept.append("\n\n");
            }
            kept.append(paragraph);
        }
        return kept.toString();
    }

    /**
     * The text without a last paragraph that only credits the editors and agency ("aja/PAP",
     * "kb/dpa", "(jk/AFP)"), which national agencies and the papers that carry them end copy with.
     */
    static String withoutCreditLine(String text) {
        int cut = text.lastIndexOf("\n\n");
        if (cut < 0 || text.length() - cut > CREDIT_CHARS + 2) {
            return text;
        }
        return CREDIT.matcher(text.substring(cut + 2).strip()).matches() ? text.substring(0, cut).stripTrailing() : text;
    }

    /** Editors' initials and an agency, slash-separated: "aja/PAP", "mb/kb/dpa", "(jk/AFP)". */
    private static final Pattern CREDIT = Pattern.compile("\\(?\\p{L}{1,5}(?:/\\p{L}{1,8}){1,3}\\)?");
    private static final int CREDIT_CHARS = 24;

    /**
     * Removes blocks whose text is mostly link text (related-story lists, "read more" and "back to
     * the front page" lines, tag clouds), as Readability's and trafilatura's link-density tests do.
     * A block holding half the story's text or more is never removed. Counts come from one iterative
     * pass, removal from a second.
     */
    static void removeLinkDense(Element root) {
        Map<Element, int[]> counts = new IdentityHashMap<>();
        ArrayDeque<int[]> open = new ArrayDeque<>();
        NodeTraversor.traverse(new NodeVisitor() {
            private int insideLink;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    open.push(new int[2]);
                    if (e.normalName().equals("a")) {
                        insideLink++;
                    }
                } else if (node instanceof TextNode t && !open.isEmpty()) {
                    int n = visibleLength(t.getWholeText());
                    open.peek()[0] += n;
                    if (insideLink > 0) {
                        open.peek()[1] += n;
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    int[] c = open.pop();
                    if (e.normalName().equals("a")) {
                        insideLink--;
                    }
                    if (c[0] > 0) {
                        counts.put(e, c);
                        if (!open.isEmpty()) {
                            open.peek()[0] += c[0];
                            open.peek()[1] += c[1];
                        }
                    }
                }
            }
        }, root);
        int[] all = counts.get(root);
        if (all == null) {
            return;
        }
        int total = all[0];
        List<Element> cards = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e) || node == root) {
                    return FilterResult.CONTINUE;
                }
                int[] c = counts.get(e);
                if (c == null || c[0] * 2 >= total || !LINK_BLOCKS.contains(e.normalName())) {
                    return FilterResult.CONTINUE;
                }
                if (c[1] * 2 <= c[0]) {
                    return FilterResult.CONTINUE;
                }
                if (e.normalName().equals("p")) {
                    // Hover cards of related links set inside a sentence ("Ilhan Omar" and, inside its
                    // link's card, her latest headlines) are not the sentence's links.
                    List<Element> inside = linkCards(e, counts);
                    int cardChars = 0;
                    for (Element card : inside) {
                        cardChars += counts.get(card)[0];
                    }
                    int text = c[0] - cardChars;
                    int linked = c[1] - cardChars;
                    if (linked * 2 <= text || linked * 4 < text * 3 && isLinkedSentence(e, text - linked)) {
                        cards.addAll(inside);
                        return FilterResult.CONTINUE;
                    }
                }
                // A row of a data table (a list of films, a results table) is judged with its table: its
                // title cell is a link, but the table as a whole is not link-dense.
                // So is an item of a list that as a whole is text (references whose titles are links).
                Element table = e.normalName().equals("li") ? e.parent() : dataTableOf(e);
                int[] t = table == null ? null : counts.get(table);
                return t != null && t[1] * 2 <= t[0] ? FilterResult.SKIP_ENTIRELY : FilterResult.REMOVE;
            }
        }, root);
        cards.forEach(Element::remove);
    }

    /**
     * The innermost elements inside a paragraph, other than links, whose text is all link text of two
     * links or more: a hover card or a cluster of related links set inside the sentence.
     */
    static List<Element> linkCards(Element p, Map<Element, int[]> counts) {
        List<Element> out = new ArrayList<>();
        for (Element x : p.getAllElements()) {
            if (x == p || x.normalName().equals("a")) {
                continue;
            }
            int[] c = counts.get(x);
            if (c == null || c[1] < c[0] || x.getElementsByTag("a").size() < 2) {
                continue;
            }
            // The innermost such element: the card inside a name's box, not the box with the name's link.
            if (!out.isEmpty() && isInside(x, out.get(out.size() - 1))) {
                out.set(out.size() - 1, x);
            } else {
                out.add(x);
            }
        }
        return out;
    }

    private static boolean isInside(Element x, Element ancestor) {
        for (Element a = x.parent(); a != null; a = a.parent()) {
            if (a == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Unlinked text a paragraph needs to stay as a sentence of the story, however much of it is link text. */
    private static final int LINKED_SENTENCE_UNLINKED_CHARS = 50;

    /**
     * Whether a link-dense {@code <p>} is a sentence of the story that links a long phrase ("The
     * inquiry was shelved in 2017 but was <a>re-opened this year after his eviction</a>."): it holds
     * {@link #LINKED_SENTENCE_UNLINKED_CHARS} characters of text outside its links and ends like a
     * sentence. A "Read more: <a>headline</a>" line, a list of links or a linked headline holds less
     * unlinked text, or does not end with a full stop; a paragraph that is three quarters link text
     * (hover cards of related links set inside it) is not spared. Readability never drops a {@code <p>} for its
     * links; dropping none cost fundus and our own sets (s35), so only sentences are spared.
     */
    static boolean isLinkedSentence(Element e, int unlinkedChars) {
        if (unlinkedChars < LINKED_SENTENCE_UNLINKED_CHARS || !e.normalName().equals("p")) {
            return false;
        }
        String t = e.text().stripTrailing();
        if (t.isEmpty()) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        if ((last == '"' || last == '\u201D' || last == ')') && t.length() > 1) {
            last = t.charAt(t.length() - 2);
        }
        return last == '.' || last == '!' || last == '?' || last == '\u3002';
    }

    /**
     * The table a row or cell belongs to when that table holds data: headed by {@code <th>} cells
     * and of several rows. {@code null} for other blocks and for layout tables, whose cells (a menu
     * beside the story) are judged one by one.
     */
    static Element dataTableOf(Element e) {
        String tag = e.normalName();
        if (!tag.equals("tr") && !tag.equals("td")) {
            return null;
        }
        Element table = e.parent();
        for (int level = 0; table != null && level < 3 && !table.normalName().equals("table"); level++) {
            table = table.parent();
        }
        if (table == null || !table.normalName().equals("table")) {
            return null;
        }
        return table.selectFirst("th") != null && table.select("tr").size() >= DATA_TABLE_ROWS ? table : null;
    }

    /** Rows a table needs to be a data table. */
    private static final int DATA_TABLE_ROWS = 3;

    /**
     * Whether text outside a {@code <p>} is long enough to be a paragraph: {@link #SENTENCE_CHARS}
     * characters, counting a Han, Kana or Hangul character as {@link #DENSE_WEIGHT} (a Chinese or
     * Japanese sentence carries in 40 characters what an English one carries in 100).
     */
    static boolean isSentenceLong(String text, int length) {
        if (length >= SENTENCE_CHARS) {
            return true;
        }
        if (length * DENSE_WEIGHT < SENTENCE_CHARS) {
            return false;
        }
        double weighted = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp)) {
                continue;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            weighted += script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                    ? DENSE_WEIGHT : 1;
        }
        return weighted >= SENTENCE_CHARS;
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

    /**
     * Characters of paragraph text ({@code <p>}, or sentence-long text elsewhere) under each element, in one iterative pass: a
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
                } else if (node instanceof TextNode t && !open.isEmpty()) {
                    // Sentence-long text outside <p> counts too: some sites set their paragraphs in <div>s.
                    int n = t.getWholeText().strip().length();
                    if (insideParagraph > 0 || isSentenceLong(t.getWholeText(), n)) {
                        open.peek()[0] += n;
                    }
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
            return innermost(best, candidates, paragraphText, bestText);
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
     * The innermost container inside {@code best} that still holds {@link #INNER_SHARE} of its
     * paragraph text: a {@code <main>} around an {@code <article>} also holds the standfirst, byline
     * and date set as paragraphs above the story, and comments or teasers below it.
     */
    static Element innermost(Element best, Elements candidates, Map<Element, Integer> paragraphText, int bestText) {
        Element chosen = best;
        if (candidates.size() > INNER_CANDIDATES) {
            return chosen; // nested containers by the thousand are hostile markup: no walk up from each
        }
        for (Element c : candidates) {
            if (c == chosen || paragraphText.getOrDefault(c, 0) < bestText * INNER_SHARE) {
                continue;
            }
            for (Element a = c.parent(); a != null; a = a.parent()) {
                if (a == chosen) {
                    chosen = c;
                    break;
                }
            }
        }
        return chosen;
    }

    /** More containers than this and the inner one is not looked for (each look walks up the tree). */
    private static final int INNER_CANDIDATES = 32;
    /** The share of the outer container's paragraph text an inner one must hold to be chosen. */
    private static final double INNER_SHARE = 0.85;

    /**
     * Removes lists of story teasers: a block whose children are, two thirds of them and at least two,
     * small items that open with a link holding a headline and may go on with a summary ("related",
     * "more from", "latest in" rails and the cards of other stories). Such lists are not link-dense
     * when each headline has a line of summary, so {@link #removeLinkDense} keeps them, and their
     * summaries would count as paragraph text in the choice of the story's root. A block holding half
     * the page's paragraph text or more is never removed; a paragraph is never an item.
     */
    static void removeTeaserLists(Element body, Map<Element, Integer> paragraphText, int total) {
        List<Element> lists = new ArrayList<>();
        // One stack for every item's walk; children are walked by sibling links (children() copies a list).
        ArrayDeque<Node> stack = new ArrayDeque<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e) || !TEASER_LISTS.contains(e.normalName()) || e.childNodeSize() < 2
                        || paragraphText.getOrDefault(e, 0) * 2 >= total && total > 0) {
                    return FilterResult.CONTINUE;
                }
                int items = 0;
                int teasers = 0;
                for (Element child = e.firstElementChild(); child != null; child = child.nextElementSibling()) {
                    // A card's picture is often its own block beside the card's text (a linked image
                    // with no text): it is neither a teaser nor a sign that the block is not a list.
                    if (!child.hasText()) {
                        continue;
                    }
                    items++;
                    if (isTeaser(child, stack)) {
                        teasers++;
                    }
                }
                if (teasers >= 2 && teasers * 3 >= items * 2) {
                    lists.add(e);
                    // The list's own heading ("Read next", "Latest in Business") goes with it.
                    Element before = e.previousElementSibling();
                    if (before != null && !before.normalName().equals("p") && paragraphText.getOrDefault(before, 0) == 0
                            && small(before, TEASER_NODES, TEASER_LIST_HEADING_CHARS)) {
                        lists.add(before);
                    }
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }
        }, body);
        for (Element e : lists) {
            e.remove();
        }
    }

    /** Blocks that hold lists of teasers, and the items of such lists. */
    private static final Set<String> TEASER_LISTS = WordSet.of("div", "section", "aside", "ul", "ol", "dl");
    private static final Set<String> TEASER_ITEMS = WordSet.of("div", "section", "article", "li", "dd");
    /** A heading just before a teaser list, this short, is the list's. */
    private static final int TEASER_LIST_HEADING_CHARS = 60;
    /** A headline link this long (visible characters) makes an item a teaser. */
    private static final int TEASER_HEADLINE_CHARS = 15;
    /** A teaser holds at most this many nodes and characters (headline, summary, date). */
    private static final int TEASER_NODES = 80;
    private static final int TEASER_CHARS = 700;

    /** Unlinked text a card may show before its linked heading (a section label: "AUTO NEWS", "Opinion"). */
    private static final int TEASER_LABEL_CHARS = 30;

    /**
     * Whether an element is a story teaser: a small list item or block whose texts, up to a
     * headline-long one, are all link texts (a section label, then the headline); a summary may follow.
     * A plain label of up to {@link #TEASER_LABEL_CHARS} characters may stand before the headline when
     * the headline is a linked heading ({@code <a><h3>} or {@code <h3><a>}): a card of another story
     * ("AUTO NEWS", headline, summary, author), where a reference or a paragraph has no heading.
     */
    static boolean isTeaser(Element item, ArrayDeque<Node> stack) {
        if (!TEASER_ITEMS.contains(item.normalName()) || item.childNodeSize() == 0) {
            return false;
        }
        stack.clear();
        stack.push(item);
        int nodes = 0;
        int chars = 0;
        boolean headline = false;
        int label = 0;
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            if (++nodes > TEASER_NODES) {
                return false;
            }
            if (n instanceof TextNode t) {
                int len = visibleLength(t.getWholeText());
                if (len == 0) {
                    continue;
                }
                chars += len;
                if (chars > TEASER_CHARS) {
                    return false;
                }
                boolean linked = insideLink(t, item);
                // Texts up to the headline are links (a section label, then the headline): a reference
                // or a paragraph opens with plain text before its first long link. A short plain label
                // is allowed before a linked heading only.
                if (!headline && !linked) {
                    label += len;
                    if (label > TEASER_LABEL_CHARS) {
                        return false;
                    }
                }
                if (linked && len >= TEASER_HEADLINE_CHARS && !headline) {
                    if (label > 0 && !insideHeading(t, item)) {
                        return false;
                    }
                    headline = true;
                }
            }
            for (int i = n.childNodeSize() - 1; i >= 0; i--) {
                stack.push(n.childNode(i));
            }
        }
        return headline;
    }

    private static boolean insideHeading(Node n, Element stop) {
        for (Element a = n.parent() instanceof Element p ? p : null; a != null && a != stop.parent(); a = a.parent()) {
            if (ChromeFilter.isSubheading(a.normalName())) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideLink(Node n, Element stop) {
        for (Element a = n.parent() instanceof Element p ? p : null; a != null && a != stop.parent(); a = a.parent()) {
            if (a.normalName().equals("a")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Labels of the teaser lines set between a story's paragraphs ("Also Read | ...", "READ: ...",
     * "Baca juga: ...", "Lesen Sie auch: ..."), taken only with a colon, bar or chevron after them.
     */
    private static final List<String> TEASER_LABELS = List.of("also read", "read also", "read more", "read next",
            "read", "related", "more", "see also", "also see", "watch", "listen", "don't miss", "must read",
            "recommended", "baca juga", "simak juga", "lesen sie auch", "lesen sie mehr", "mehr zum thema",
            "auch interessant", "lea también", "lee también", "leer más", "leia também", "leia mais", "veja também",
            "leggi anche", "à lire aussi", "lire aussi", "czytaj także", "czytaj też", "zobacz też", "lees ook");
    /** A teaser line is a label and a headline: longer than this, it is prose. */
    private static final int TEASER_LINE_CHARS = 160;
    /** Words that open the page's own date line ("Published 12:02 p.m.", "Actualizado a las 17:25"). */
    private static final List<String> DATE_LINE_WORDS = List.of("last updated", "updated", "published", "posted",
            "first published", "publicado", "actualizado", "atualizado", "aktualisiert", "veröffentlicht", "publié",
            "mis à jour", "pubblicato", "aggiornato", "diperbarui", "dipublikasikan", "opublikowano",
            "zaktualizowano");
    /** The words a date line may hold besides numbers and months ("at", "a las", "Uhr", "p.m."). */
    private static final Set<String> DATE_LINE_FILLERS = WordSet.of("at", "on", "a", "las", "la", "de", "del", "um",
            "uhr", "à", "le", "il", "alle", "ore", "às", "pada", "am", "pm", "a.m.", "p.m.", "h", "o", "-", "|", "/",
            "·", "•", "–", "—");
    private static final Pattern DATE_LINE_SEPARATORS = Pattern.compile("[\\s,:]+");
    /** A clock time: "12:02", "17.25", "10 a.m.", "6pm"; not a date "16.08.2019". */
    private static final Pattern CLOCK = Pattern.compile("\\d{1,2}:\\d{2}|\\d{1,2}\\.\\d{2}(?![.\\d])|\\d\\s?[ap]\\.?m\\b");
    /** A date line is short; a longer paragraph that opens alike is prose. */
    private static final int DATE_LINE_CHARS = 60;
    /** Control labels a page leaves as paragraphs of their own: buttons, counters, advertising labels. */
    private static final Set<String> UI_WORDS = WordSet.of("comments", "comment", "share", "close", "print", "email",
            "e-mail", "advertisement", "advertisements", "advert", "adverts", "sponsored", "publicidad", "publicidade", "publicité",
            "anzeige", "werbung", "pubblicità", "iklan", "reklama", "advertentie", "annonce",
            // a live page's controls and labels, and a share prompt alone
            "pinned", "pinned post", "auto-refresh", "auto refresh", "autorefresh", "load more", "load more posts",
            "show more", "kindly share this story", "share this story", "share this article", "share this",
            // Readability's advertising and loading labels (its adWords and loadingWords), in the languages
            // it lists them in and a few more: a box whose whole text is one of them is furniture.
            "subscribe", "suscríbete", "abonnieren", "assine", "abbonati", "s'abonner", "sign in", "log in",
            "ad", "ads", "advertising", "pub", "anuncio", "anuncios", "广告", "реклама", "loading", "chargement",
            "cargando", "carregando", "caricamento", "wird geladen", "正在加载", "загрузка");
    /** A control's label is a word or three; a longer paragraph is not one. */
    private static final int UI_LABEL_CHARS = 32;
    /** Openings of the notes a page shows when its scripts do not run, and of sorting controls. */
    private static final List<String> SCRIPT_NOTES = List.of("please turn on javascript", "please enable javascript",
            "javascript is disabled", "you need to enable javascript", "to view this video please enable javascript",
            "your browser does not support", "sort by", "ordenar por", "sortieren nach", "trier par");
    /**
     * A gallery's counter left as a line of its own ("Image 1 of 5", "Foto 2 de 8", "Bild 3 von 12",
     * "Slide 4/10"): the slide show's furniture, wherever its box was not named a gallery.
     */
    private static final Pattern GALLERY_COUNTER = Pattern.compile(
            "(?:image|photo|picture|slide|foto|fotografía|imagen|imagem|bild|immagine)\\s*\\d{1,3}\\s*(?:of|de|von|di|sur|/)\\s*\\d{1,3}");
    /** A time or a clip's duration alone ("00:42", "1:52:10"). */
    private static final Pattern BARE_TIME = Pattern.compile("\\d{1,2}:\\d{2}(?::\\d{2})?");
    /** A live post's clock time alone, with its update stamp ("7.41am", "7.41am Updated 7.55am", "14:05 updated 14:20"). */
    private static final Pattern POST_TIME = Pattern.compile(
            "\\d{1,2}[:.]\\d{2}\\s?(?:[ap]\\.?m\\.?)?(?:\\s+(?:updated|update)\\s+\\d{1,2}[:.]\\d{2}\\s?(?:[ap]\\.?m\\.?)?)?");

    /**
     * The text without paragraphs that are page furniture by their words wherever they stand: teaser
     * lines ({@link #TEASER_LABELS}), the page's date line, a control's label alone ("Comments",
     * "Close", "Publicidad"), a clip's duration, and notes shown when scripts do not run. Each test
     * reads only a short paragraph's opening.
     */
    static String withoutFurnitureLines(String text) {
        String[] paragraphs = text.split("\n\n");
        StringBuilder kept = new StringBuilder(text.length());
        boolean changed = false;
        boolean afterTagLabel = false;
        for (String paragraph : paragraphs) {
            String p = paragraph.strip();
            // The keywords under a "Tags" label: a comma-separated list of short phrases, no sentence.
            if (afterTagLabel && isKeywordList(p)) {
                afterTagLabel = false;
                changed = true;
                continue;
            }
            afterTagLabel = false;
            if (!p.isEmpty() && p.length() <= TEASER_LINE_CHARS && isFurnitureLine(p)) {
                changed = true;
                afterTagLabel = isTagLabel(p);
                continue;
            }
            if (kept.length() > 0) {
                kept.append("\n\n");
            }
            kept.append(paragraph);
        }
        return changed ? kept.toString() : text;
    }

    /** Words for what a teaser label introduces ("Related Roundup:", "More coverage |"). */
    private static final List<String> TEASER_KINDS = List.of("roundup", "coverage", "stories", "story", "articles",
            "article", "content", "links", "reading", "videos", "posts", "news", "reads");
    /**
     * A reading-time line ("Reading time: 3 min", "4 min read", "Tempo de leitura: 1 minuto", "Lesezeit: 5
     * Minuten") and a page's "Filed under: ..." line; both are the page's, never the story's.
     */
    private static final Pattern READING_TIME = Pattern.compile("(?:(?:estimated )?reading time|read time|tempo de "
            + "leitura|tiempo de lectura|temps de lecture|tempo di lettura|lesezeit|leestijd|czas czytania)\\s*:?\\s*"
            + "(?:ca\\.\\s*|about\\s*|environ\\s*)?\\d{1,3}\\s*\\p{L}{0,8}\\.?|\\d{1,3}\\s*(?:min|mins|minute|minutes)\\.?\\s+read"
            + "|filed under\\s*:.*");
    private static final int READING_TIME_CHARS = 120;

    /** Labels of a page's keyword list, in the languages of the press ("Tags:", "Schlagworte", "Etiquetas"). */
    private static final Set<String> TAG_LABELS = WordSet.of("tags", "tag", "tagged", "tagged with", "keywords",
            "schlagworte", "schlagwörter", "stichworte", "etiquetas", "palavras-chave", "tópicos", "mots-clés",
            "mots clés", "tagi", "słowa kluczowe", "parole chiave", "trefwoorden", "label", "темы", "теги", "タグ", "标签");
    /** A keyword list is a line of short phrases; longer, it is prose. */
    private static final int KEYWORD_LIST_CHARS = 400;
    /** What separates the phrases of a keyword list. */
    private static final Pattern KEYWORD_SEPARATORS = Pattern.compile("[,;|·•]");
    private static final int KEYWORD_CHARS = 40;

    private static boolean isTagLabel(String p) {
        String lower = p.toLowerCase(Locale.ROOT);
        int end = lower.length();
        while (end > 0 && (Character.isWhitespace(lower.charAt(end - 1)) || ":#".indexOf(lower.charAt(end - 1)) >= 0)) {
            end--;
        }
        return TAG_LABELS.contains(lower.substring(0, end));
    }

    /** Three or more comma-separated phrases of at most {@link #KEYWORD_CHARS} characters, no full stop. */
    private static boolean isKeywordList(String p) {
        if (p.isEmpty() || p.length() > KEYWORD_LIST_CHARS || p.endsWith(".") || p.contains(". ")) {
            return false;
        }
        String[] parts = KEYWORD_SEPARATORS.split(p);
        if (parts.length < 3) {
            return false;
        }
        for (String part : parts) {
            if (part.strip().isEmpty() || part.strip().length() > KEYWORD_CHARS) {
                return false;
            }
        }
        return true;
    }

    static boolean isFurnitureLine(String p) {
        if (isTagLabel(p)) {
            return true;
        }
        String lower = p.toLowerCase(Locale.ROOT);
        for (String label : TEASER_LABELS) {
            if (lower.startsWith(label)) {
                int k = label.length();
                while (k < lower.length() && lower.charAt(k) == ' ') {
                    k++;
                }
                // "Related Roundup: ...", "Related coverage | ...": the label with a word for what follows
                for (String kind : TEASER_KINDS) {
                    if (lower.startsWith(kind, k)) {
                        int after = k + kind.length();
                        while (after < lower.length() && lower.charAt(after) == ' ') {
                            after++;
                        }
                        if (after < lower.length() && ":|»".indexOf(lower.charAt(after)) >= 0) {
                            k = after;
                        }
                        break;
                    }
                }
                // a label and its headline, or the label alone above a list of links that went as link-dense
                if (k < lower.length() && (lower.charAt(k) == ':' || lower.charAt(k) == '|' || lower.charAt(k) == '»')) {
                    return true;
                }
            }
        }
        for (String note : SCRIPT_NOTES) {
            if (lower.startsWith(note)) {
                return true;
            }
        }
        if (p.length() <= READING_TIME_CHARS && READING_TIME.matcher(lower).matches()) {
            return true;
        }
        if (p.length() <= UI_LABEL_CHARS) {
            // "- Advertisement -", "— Publicidade —", "Comments:": the label inside its dashes and stops
            int begin = 0;
            int end = lower.length();
            while (begin < end && (Character.isWhitespace(lower.charAt(begin)) || "-–—•|".indexOf(lower.charAt(begin)) >= 0)) {
                begin++;
            }
            while (end > begin && (Character.isWhitespace(lower.charAt(end - 1))
                    || ".:!|-–—•…".indexOf(lower.charAt(end - 1)) >= 0)) {
                end--;
            }
            String word = lower.substring(begin, end);
            if (UI_WORDS.contains(word) || BARE_TIME.matcher(p).matches() || GALLERY_COUNTER.matcher(word).matches()
                    || Character.isDigit(lower.charAt(0)) && POST_TIME.matcher(lower).matches()) {
                return true;
            }
        }
        return p.length() <= DATE_LINE_CHARS && isDateLine(lower);
    }

    /**
     * "Published 12:02 p.m. CT Nov. 24, 2026", "Updated: 16:05, 29 November 2026", "Actualizado a las
     * 17:25": an opening word of {@link #DATE_LINE_WORDS}, then only numbers, months, time zones and
     * the fillers of {@link #DATE_LINE_FILLERS}, with a clock time among them ("Updated figures show
     * ..." is prose). A date without a time ("Veröffentlicht am 16.08.2019", a blog post's line) stays:
     * trafilatura's benchmark counts it as the post's text.
     */
    static boolean isDateLine(String lower) {
        for (String opening : DATE_LINE_WORDS) {
            if (!lower.startsWith(opening)) {
                continue;
            }
            boolean digit = false;
            String rest = lower.substring(opening.length());
            if (!CLOCK.matcher(rest).find()) {
                return false;
            }
            for (String token : DATE_LINE_SEPARATORS.split(rest)) {
                if (token.isEmpty()) {
                    continue;
                }
                String bare = token.endsWith(".") && !token.endsWith("m.") ? token.substring(0, token.length() - 1)
                        : token;
                if (Character.isDigit(bare.isEmpty() ? ' ' : bare.charAt(0))) {
                    digit = true;
                } else if (!DATE_LINE_FILLERS.contains(bare) && !io.newswire.enrich.text.MonthNames.isMonth(bare)
                        && !(bare.length() <= 4 && bare.length() >= 2 && bare.chars().allMatch(Character::isLetter)
                        && isTimeZone(bare))) {
                    return false;
                }
            }
            return digit;
        }
        return false;
    }

    /** Time zones as date lines write them ("CT", "IST", "GMT", "CET", "WIB"). */
    private static final Set<String> TIME_ZONES = WordSet.of("gmt", "utc", "bst", "cet", "cest", "eet", "est", "edt", "cst",
            "cdt", "mst", "mdt", "pst", "pdt", "et", "ct", "mt", "pt", "ist", "pkt", "wat", "cat", "eat", "sast", "wib",
            "wita", "wit", "jst", "kst", "hkt", "sgt", "aest", "aedt", "mez", "mesz", "hora", "hs");

    private static boolean isTimeZone(String lower) {
        return TIME_ZONES.contains(lower);
    }

    /**
     * Openings of the calls to action a site ends its stories with ("Follow us on ...", "Download the
     * app", "Receba as notícias no WhatsApp", "Baca juga"), in the languages of the press.
     */
    private static final List<String> CLOSING_PROMPTS = List.of("follow us", "follow our", "follow @", "download the",
            "download our", "get the latest", "sign up for", "follow me on", "follow him on", "follow her on",
            "follow them on", "like this story?", "like this article?", "enjoyed this article?", "subscribe to", "join our", "click here", "also read",
            "read also", "read more", "kindly share", "receba as notícias", "receba as notificações", "siga o", "siga a",
            "síguenos", "siguenos", "suscríbete", "suscribete", "únete a nuestro", "abonnez-vous", "suivez-nous",
            "folgen sie uns", "ikuti kami", "ikuti berita", "baca juga", "lea también", "leia também", "seguí leyendo",
            "sigue leyendo", "join the conversation", "join the discussion", "tell us what you think", "click to ",
            "view comments", "únete a la conversación", "diskutieren sie mit", "rejoignez la discussion");
    /**
     * Words of a closing line that asks the reader to sign up to a newsletter wherever they stand in it
     * ("The X is a nonprofit newsroom. Sign up for our free newsletter at ..."); a line that opens with
     * "Join" and names a channel ("Join The X WhatsApp Channel for ...") is such a prompt too. Not a
     * story's last sentence that mentions a WhatsApp group or a minister's Telegram channel.
     */
    private static final List<String> CLOSING_MENTIONS = List.of("sign up for our", "subscribe to our",
            "abonnez-vous à notre", "inscreva-se", "click here for more", "to your inbox", "in your inbox",
            "dans votre boîte", "en tu bandeja", "in ihr postfach", "na sua caixa de entrada");
    /**
     * A closing line that sends the reader to the site's or the writer's accounts ("Follow The X
     * Opinion section on Facebook, Twitter and Instagram", "... is out now. Follow him on Twitter
     * @name."): its last sentence opens with "follow" and names a network. A story's last sentence
     * about a network ("He follows the accounts on Facebook") does not open so.
     */
    private static final Pattern FOLLOW_SENTENCE = Pattern.compile(
            "(?:^|[.!?]\\s+)follow\\s[^.!?]{0,100}\\b(?:twitter|facebook|instagram|linkedin|tiktok|youtube|threads|"
            + "bluesky|mastodon|telegram|whatsapp|x at @)[^.!?]{0,80}[.!?]?$");
    /** A closing author note with a follow prompt is a sentence or two. */
    private static final int FOLLOW_LINE_CHARS = 250;
    /** A closing line longer than this is prose. */
    private static final int CLOSING_PROMPT_CHARS = 200;
    /** "Published in Dawn, July 5th, 2026": a print-edition line (no full stop, a year). */
    private static final Pattern PRINT_EDITION = Pattern.compile("published in [^.]{1,60}\\d{4}", Pattern.CASE_INSENSITIVE);

    /**
     * Openings of the staff credits a story ends with ("Compiled by ...", the Indonesian "Pewarta: ...
     * / Editor: ..."), in the languages of the press. Not Reuters' "Reporting by ...; Editing by ...":
     * Fundus's gold counts that line as the story's (its wire copy ends so), and so it stays.
     */
    private static final List<String> STAFF_CREDITS = List.of("compiled by", "edited by", "written by", "pewarta:",
            "penulis:", "editor:", "redaktur:", "reporter:", "redacción:", "texto:", "text:", "mit material von",
            "con información de", "source:", "sources:", "fuente:", "fuentes:", "quelle:", "quellen:", "fonte:",
            "źródło:", "kaynak:");
    /**
     * A reporter's contact line ("Reach her at x@example.org or on X at @name", "Contact reporter ...
     * at ..."): "reach" or "contact", then an address. Not "please email x@..." in a story's last line.
     */
    private static final Pattern CONTACT_LINE = Pattern.compile(
            "(?:\\b(?:reach|contact)\\b|^e-?mail\\s)[^\\n]{0,120}(?:\\S@\\S+\\.\\S|\\s@\\w)", Pattern.CASE_INSENSITIVE);
    /** A contact line is a sentence or two; a longer last paragraph is the story's. */
    private static final int CONTACT_LINE_CHARS = 250;

    /**
     * The text without short closing prompts ({@link #CLOSING_PROMPTS}), staff credits
     * ({@link #STAFF_CREDITS}), a reporter's contact line and print-edition lines at its end.
     */
    static String withoutClosingPrompts(String text) {
        for (int round = 0; round < 4; round++) {
            int cut = text.lastIndexOf("\n\n");
            String last = text.substring(cut < 0 ? 0 : cut + 2).strip();
            if (cut >= 0 && last.length() <= CONTACT_LINE_CHARS && last.indexOf('@') >= 0
                    && CONTACT_LINE.matcher(last).find()) {
                text = text.substring(0, cut).stripTrailing();
                continue;
            }
            if (cut >= 0 && last.length() <= FOLLOW_LINE_CHARS && last.indexOf('@') >= 0
                    && FOLLOW_SENTENCE.matcher(last.toLowerCase(Locale.ROOT)).find()) {
                text = text.substring(0, cut).stripTrailing();
                continue;
            }
            if (cut < 0 || last.length() > CLOSING_PROMPT_CHARS) {
                return text;
            }
            int start = 0;
            while (start < last.length() && !Character.isLetter(last.codePointAt(start))) {
                start += Character.charCount(last.codePointAt(start));
            }
            String opening = last.substring(start).toLowerCase(Locale.ROOT);
            boolean prompt = PRINT_EDITION.matcher(opening).matches();
            for (int i = 0; i < CLOSING_PROMPTS.size() && !prompt; i++) {
                prompt = opening.startsWith(CLOSING_PROMPTS.get(i));
            }
            for (int i = 0; i < STAFF_CREDITS.size() && !prompt; i++) {
                prompt = opening.startsWith(STAFF_CREDITS.get(i));
            }
            for (int i = 0; i < CLOSING_MENTIONS.size() && !prompt; i++) {
                prompt = opening.contains(CLOSING_MENTIONS.get(i));
            }
            prompt |= opening.startsWith("join ") && opening.contains(" channel");
            // "Follow AP's full coverage of the election at https://...": a pointer to the site's pages
            prompt |= opening.startsWith("follow ") && (opening.contains("http") || opening.contains("www."));
            if (!prompt) {
                return text;
            }
            text = text.substring(0, cut).stripTrailing();
        }
        return text;
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
            String marks = camelWords(e.className() + " " + e.id());
            // A table's header cells say "header" of the table ("headerSort"), not of the page.
            if (marks.isBlank() || isTableHead(e) || e.is(CONTAINERS)
                    || paragraphText.getOrDefault(e, 0) * 2 > total && total > 0 && !isPageFooter(e, marks)) {
                return FilterResult.CONTINUE;
            }
            // Metered sites mark the paragraphs past the free limit "paywall": they are the story.
            if (e.normalName().equals("p") && METERED.matcher(marks).find()) {
                return FilterResult.CONTINUE;
            }
            if (BYLINE.matcher(marks).find()) {
                String t = e.text().strip();
                if (!t.isEmpty()) {
                    removed.add(t);
                }
                return FilterResult.REMOVE;
            }
            // A subheading's class often says what it is ("header-anchor-post", "section-header"): a
            // heading is not the page's header for that word.
            if (NOISE.matcher(isSubheading(e.normalName()) && marks.contains("header") ? marks.replace("header", " ")
                    : marks).find() && !isProseAboutMedia(e, marks)) {
                Element heading = boxHeading(e);
                if (heading != null) {
                    boxHeadings.add(heading);
                }
                return FilterResult.REMOVE;
            }
            return CAPTION.matcher(marks).find() ? FilterResult.REMOVE : FilterResult.CONTINUE;
        }

        /**
         * Whether a block that only a media word marks ({@code video-item}, {@code video-description},
         * {@code audio-transcript}) holds a sentence-long paragraph: a page about clips, which
         * Readability keeps; a player's box holds a timer, controls and a clip's title.
         */
        private boolean isProseAboutMedia(Element e, String marks) {
            return paragraphText.getOrDefault(e, 0) >= SENTENCE_CHARS && MEDIA.matcher(marks).find()
                    && !NOISE.matcher(MEDIA.matcher(marks).replaceAll(" ")).find();
        }

        /**
         * Whether a block that holds most of the page's paragraph text is still the page's footer: named
         * so, without the headline or an article inside, and with a fifth of the text outside it. A
         * short story (breaking news) beside a long footer notice would otherwise be outweighed by it;
         * a wrapper named for a sticky footer that holds the whole page has nothing outside it.
         */
        private boolean isPageFooter(Element e, String marks) {
            return FOOTER.matcher(marks).find() && (total - paragraphText.getOrDefault(e, 0)) * 5 >= total
                    && e.selectFirst("h1, article, [itemprop=articleBody]") == null;
        }

        private static boolean isTableHead(Element e) {
            String tag = e.normalName();
            return tag.equals("th") || tag.equals("thead");
        }

        /** Headings of removed boxes, taken out after the pass (removing them during it would skip nodes). */
        final List<Element> boxHeadings = new ArrayList<>();

        /**
         * The heading of a furniture box ("Photo gallery: ...", "More on this"): a short heading just
         * before the box, both at the end of their container. A heading before a box with story text
         * after it (an advert between a subheading and its paragraphs) is the story's and stays.
         */
        private static Element boxHeading(Element box) {
            for (Element next = box.nextElementSibling(); next != null; next = next.nextElementSibling()) {
                if (!small(next, TEASER_NODES, 0)) {
                    return null; // text follows the box in its container
                }
            }
            Element before = box.previousElementSibling();
            while (before != null && small(before, TEASER_NODES, 0) && before.selectFirst("img") == null) {
                before = before.previousElementSibling(); // separators and anchors between
            }
            if (before == null || !isSubheading(before.normalName())
                    || !small(before, TEASER_NODES, TEASER_LIST_HEADING_CHARS)) {
                return null;
            }
            return before;
        }

        private static boolean isSubheading(String tag) {
            return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '2' && tag.charAt(1) <= '6';
        }
    }

    /**
     * Class and id names with their camel-case words apart ("imageCaption" -> "image Caption",
     * "shareBar" -> "share Bar"), so the word lists read them as they read "image-caption"; the
     * names themselves when they hold no lower-to-upper change (the usual case, no copy).
     */
    static String camelWords(String marks) {
        int at = -1;
        for (int k = 1; k < marks.length(); k++) {
            if (Character.isUpperCase(marks.charAt(k)) && Character.isLowerCase(marks.charAt(k - 1))) {
                at = k;
                break;
            }
        }
        if (at < 0) {
            return marks;
        }
        StringBuilder sb = new StringBuilder(marks.length() + 8).append(marks, 0, at);
        for (int k = at; k < marks.length(); k++) {
            char c = marks.charAt(k);
            if (Character.isUpperCase(c) && Character.isLowerCase(marks.charAt(k - 1))) {
                sb.append(' ');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /**
     * Openings of the headings that introduce related-story lists, in the languages of the press
     * ("Mehr zum Thema", "Read more", "À lire aussi", "Leggi anche", "関連記事"...), as trafilatura
     * and Fundus treat them. Their link lists go with the link-dense blocks; the heading stays
     * behind unless it is recognised by its words.
     */
    private static final List<String> RELATED_HEADINGS = List.of("related", "more on this", "more from",
            "more stories", "read more", "read also", "also read", "see also", "you may also like", "recommended",
            "mehr zum thema", "mehr zu diesem thema", "weitere artikel", "weitere nachrichten", "das könnte sie auch",
            "auch interessant", "lesen sie auch", "lesen sie mehr", "à lire aussi", "lire aussi",
            "sur le même sujet", "voir aussi", "leer más", "lea también", "lee también", "te puede interesar",
            "noticias relacionadas", "también te puede", "leggi anche", "potrebbe interessarti", "articoli correlati",
            "czytaj także", "czytaj też", "zobacz także", "zobacz też", "meer over", "lees ook", "gerelateerd",
            "relaterat", "läs också", "läs mer", "læs også", "les også", "relaterte", "читайте также", "см. также",
            "по теме", "관련기사", "관련 기사", "関連記事", "関連ニュース", "相关新闻", "相关阅读", "延伸阅读");
    /** A heading longer than this is a story heading, whatever it starts with. */
    private static final int RELATED_HEADING_CHARS = 60;

    /**
     * "More Great X Stories", "More top news", "More Business coverage": a heading that opens with
     * "more" and ends with a word for stories names a list of other stories, whatever stands between.
     */
    private static final Pattern MORE_STORIES = Pattern.compile(
            "more\\b[^.!?:]{0,40}\\b(?:stories|news|articles|coverage|reads|reading|videos)");
    /** An item of a related list under such a heading: a headline, part of it linked. */
    private static final int RELATED_ITEM_CHARS = 200;

    /**
     * Removes the headings of related-story lists ({@link #RELATED_HEADINGS}, {@link #MORE_STORIES})
     * left in the body, and the list right under such a heading when every item holds a link and is
     * headline-short: its items link only part of their words ("Paid ads are not the problem. <a>Our
     * perceptions are</a>"), so the link-density pass kept it. A heading may be a short block of its
     * own ({@code <div class="heading">}) when a list follows it.
     */
    static void removeRelatedHeadings(Element root) {
        for (Element h : root.select("h2, h3, h4, h5, h6, div, p")) {
            if (h.parent() == null) {
                continue; // inside a list already removed
            }
            Element next = h.nextElementSibling();
            boolean list = next != null && (next.normalName().equals("ul") || next.normalName().equals("ol"));
            if (!ChromeFilter.isSubheading(h.normalName())
                    && (!list || !small(h, 8, 2 * RELATED_HEADING_CHARS) || holdsBlock(h))) {
                continue;
            }
            String t = h.text().strip().toLowerCase(Locale.ROOT);
            if (t.isEmpty() || t.length() > RELATED_HEADING_CHARS) {
                continue;
            }
            boolean related = MORE_STORIES.matcher(t).matches();
            for (int i = 0; i < RELATED_HEADINGS.size() && !related; i++) {
                related = t.startsWith(RELATED_HEADINGS.get(i));
            }
            if (!related) {
                continue;
            }
            if (list && isRelatedList(next)) {
                next.remove();
            }
            h.remove();
        }
    }

    private static boolean holdsBlock(Element e) {
        for (Element c = e.firstElementChild(); c != null; c = c.nextElementSibling()) {
            if (c.selectFirst("p, div, ul, ol, li, table") != null) {
                return true;
            }
        }
        return false;
    }

    /** Whether every item of a list holds a link and is at most {@link #RELATED_ITEM_CHARS} long. */
    private static boolean isRelatedList(Element list) {
        int items = 0;
        for (Element li = list.firstElementChild(); li != null; li = li.nextElementSibling()) {
            if (!li.normalName().equals("li") || !small(li, 40, 2 * RELATED_ITEM_CHARS)
                    || li.text().length() > RELATED_ITEM_CHARS || li.selectFirst("a[href]") == null) {
                return false;
            }
            items++;
        }
        return items >= 2;
    }

    /**
     * Openings of the prompts a metered or paywalled page puts after its teaser ("Subscribe to continue
     * reading", "Suscríbete para seguir leyendo", "Already a subscriber?"), in the languages of the
     * press. The class names of such boxes are caught by {@code METERED}; these are for boxes whose
     * class says nothing ("c-box").
     */
    private static final List<String> PAYWALL_PROMPTS = List.of("subscribe to continue", "subscribe to read",
            "subscribe now to", "subscribe to keep reading", "to continue reading", "continue reading with",
            "this article is for subscribers", "this article is only available to", "this content is for subscribers",
            "already a subscriber", "sign in to continue", "log in to continue", "suscríbete para seguir",
            "suscríbete para continuar", "para seguir leyendo", "para continuar leyendo", "ya eres suscriptor",
            "abonnez-vous pour", "déjà abonné", "cet article est réservé aux abonnés", "pour lire la suite",
            "jetzt weiterlesen", "weiterlesen mit", "bereits abonnent", "dieser artikel ist nur für abonnenten",
            "assine para continuar", "assine para ler", "já é assinante", "abbonati per continuare",
            "sei già abbonato", "per continuare a leggere", "подпишитесь, чтобы", "уже есть подписка", "この記事は有料会員", "この記事は会員限定", "続きを読むには", "to read the full story", "to read the full article", "to read this article");
    /** A prompt longer than this is prose, whatever it starts with. */
    private static final int PAYWALL_PROMPT_CHARS = 80;
    /** The box around a prompt (its offer, price and buttons) is removed with it when no longer than this. */
    private static final int PAYWALL_BOX_CHARS = 700;

    /**
     * Removes paywall prompts ({@link #PAYWALL_PROMPTS}) left in the body, with the small box around
     * each (offer, price, sign-in line) when there is one below the story's root.
     */
    static void removePaywallPrompts(Element root) {
        int rootChars = -1;
        for (Element e : root.select("h2, h3, h4, h5, p, strong, b, span, div")) {
            if (e.parent() == null) {
                continue; // inside a box already removed
            }
            // text() reads the whole subtree: on markup nested 100,000 deep, reading it for every
            // element was quadratic (a minute a page). A prompt is short, so only small subtrees are read.
            if (!small(e, PAYWALL_PROMPT_NODES, 4 * PAYWALL_PROMPT_CHARS)) {
                continue;
            }
            String t = e.text().strip().toLowerCase(Locale.ROOT);
            if (t.isEmpty() || t.length() > PAYWALL_PROMPT_CHARS) {
                continue;
            }
            boolean prompt = false;
            for (String opening : PAYWALL_PROMPTS) {
                if (t.startsWith(opening)) {
                    prompt = true;
                    break;
                }
            }
            if (!prompt) {
                continue;
            }
            Element box = null;
            int level = 0;
            for (Element a = e.parent(); a != null && a != root && level < PAYWALL_BOX_LEVELS; a = a.parent()) {
                level++;
                if (!small(a, PAYWALL_BOX_NODES, 4 * PAYWALL_BOX_CHARS) || a.text().length() > PAYWALL_BOX_CHARS) {
                    break;
                }
                String tag = a.tagName();
                if (tag.equals("div") || tag.equals("section") || tag.equals("aside")) {
                    box = a;
                }
            }
            // A teaser page's whole story may be shorter than a box: a box holding half the text left
            // is the story with its prompt, and only the prompt goes.
            if (box != null) {
                if (rootChars < 0) {
                    rootChars = root.text().length();
                }
                if (box.text().length() * 2 > rootChars) {
                    box = null;
                }
            }
            (box != null ? box : e).remove();
        }
    }

    /** Nodes a prompt's element may hold for its text to be read. */
    private static final int PAYWALL_PROMPT_NODES = 200;
    /** Nodes a box around a prompt may hold, and how many levels up it is looked for. */
    private static final int PAYWALL_BOX_NODES = 2_000;
    private static final int PAYWALL_BOX_LEVELS = 12;

    /**
     * Whether {@code e} holds at most {@code maxNodes} nodes and {@code maxChars} characters of text,
     * found by a walk that stops as soon as either is passed: its cost is bounded whatever the markup.
     */
    static boolean small(Element e, int maxNodes, int maxChars) {
        ArrayDeque<Node> stack = new ArrayDeque<>();
        stack.push(e);
        int nodes = 0;
        int chars = 0;
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            if (++nodes > maxNodes || n.childNodeSize() > maxNodes) {
                return false;
            }
            if (n instanceof TextNode text) {
                chars += text.getWholeText().length();
                if (chars > maxChars) {
                    return false;
                }
            }
            for (int i = n.childNodeSize() - 1; i >= 0; i--) {
                stack.push(n.childNode(i));
            }
        }
        return true;
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
                if (node instanceof Element e) {
                    if (BLOCKS.contains(e.normalName())) {
                        sb.append("\n\n");
                    } else if (e.normalName().equals("td") || e.normalName().equals("th")) {
                        // Cells of a row stay on one line, but as words of their own ("Labour 812", not "Labour812").
                        sb.append(' ');
                    }
                }
            }
        }, root);
        return sb.toString();
    }
}
