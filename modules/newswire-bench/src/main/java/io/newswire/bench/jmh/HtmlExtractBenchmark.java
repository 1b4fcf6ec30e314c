package io.newswire.bench.jmh;

import io.newswire.bench.SyntheticStories;
import io.newswire.enrich.normalize.StandardNormalizer;
import io.newswire.model.Article;
import io.newswire.model.ArticleIds;
import io.newswire.model.ContentFormat;
import io.newswire.model.RawArticle;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The normalize stage on HTML pages: the cost of extraction (jsoup parse, metadata, furniture and
 * link-density passes, JSON-LD) per page. Pages are generated: a synthetic story in an article
 * element, inside the furniture of a news site (scripts, navigation, related lists, a newsletter
 * box, a JSON-LD block, a footer); {@code typical} is about 120 KB of markup (the median news page
 * is 60-150 KB), {@code large} about 1.5 MB (the pages the body limit used to dead-letter).
 *
 * <pre>
 * java -cp "modules/newswire-bench/target/classes:$(cat modules/newswire-bench/target/cp.txt)" \
 *      org.openjdk.jmh.Main HtmlExtractBenchmark -prof gc
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HtmlExtractBenchmark {

    private static final int PAGES = 16;

    @Param({"typical", "large"})
    public String page;

    private RawArticle[] raws;
    private StandardNormalizer normalizer;
    private int next;

    @Setup
    public void setUp() {
        normalizer = new StandardNormalizer();
        Instant now = Instant.parse("2026-11-23T00:00:00Z");
        int size = page.equals("large") ? 1_500_000 : 120_000;
        raws = new RawArticle[PAGES];
        for (int i = 0; i < PAGES; i++) {
            RawArticle story = SyntheticStories.story(7, i, now);
            RawArticle raw = RawArticle.builder(page(story, size, i)).format(ContentFormat.HTML)
                    .url("https://news.example.com/2026/11/22/story-" + i).ingestedAt(now).build();
            raws[i] = raw.withId(ArticleIds.of(raw));
        }
    }

    /** A news page of about {@code size} characters around the story. */
    static String page(RawArticle story, int size, int i) {
        StringBuilder sb = new StringBuilder(size + 4_096);
        sb.append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(story.title()).append(" | Example News</title>")
                .append("<meta property=\"og:title\" content=\"").append(story.title()).append("\">")
                .append("<meta property=\"og:image\" content=\"https://img.example.com/").append(i).append(".jpg\">")
                .append("<link rel=\"canonical\" href=\"https://news.example.com/2026/11/22/story-").append(i)
                .append("\"><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"")
                .append(story.title().replace("\"", "'")).append("\",\"datePublished\":\"2026-11-22T09:00:00Z\",")
                .append("\"author\":{\"@type\":\"Person\",\"name\":\"Sam Writer\"}}</script>");
        int scripts = size / 3;
        while (sb.length() < scripts) {
            sb.append("<script>window.dataLayer.push({\"event\":\"view\",\"k\":\"").append("v".repeat(400))
                    .append("\"});</script>\n");
        }
        sb.append("</head><body><header><nav><ul>");
        for (int s = 0; s < 40; s++) {
            sb.append("<li><a href=\"/section/").append(s).append("\">Section ").append(s).append("</a></li>");
        }
        sb.append("</ul></nav></header><main><article><h1>").append(story.title()).append("</h1>")
                .append("<div class=\"byline\">By Sam Writer</div><div class=\"share-tools\"><a>Share</a></div>");
        for (String p : story.body().split("\n+")) {
            sb.append("<p>").append(p).append("</p>\n");
        }
        sb.append("<div class=\"newsletter-signup\"><p>Get the morning briefing in your inbox.</p></div>")
                .append("</article><section class=\"related\"><h2>Related</h2><ul>");
        for (int r = 0; sb.length() < size - 200; r++) {
            sb.append("<li><a href=\"/story/").append(r).append("\">Another story about the markets, number ")
                    .append(r).append("</a><span class=\"teaser-meta\">3 min read</span></li>\n");
        }
        return sb.append("</ul></section></main><footer>© Example News</footer></body></html>").toString();
    }

    /** One page through the normalizer (extraction, boilerplate, dateline, dates, statistics). */
    @Benchmark
    public Article normalize() {
        RawArticle raw = raws[next++ & (PAGES - 1)];
        return normalizer.normalize(raw, raw.ingestedAt());
    }
}
