package io.newswire.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * Stable article ids. An article with a URL is keyed by its canonical URL, so re-ingesting it,
 * or finding it again through a tracking link, gives the same id; an article without one is keyed
 * by a hash of its content.
 *
 * <p>Ids are {@code "u-"} or {@code "c-"} followed by 20 hex digits (80 bits of SHA-256).
 */
public final class ArticleIds {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final int ID_HEX_DIGITS = 20;

    private ArticleIds() {
    }

    /** The id of a raw article: from its canonical URL when it has a valid one, else its content. */
    public static String of(RawArticle raw) {
        return canonicalUrl(raw.url())
                .map(ArticleIds::forCanonicalUrl)
                .orElseGet(() -> forContent(raw.title(), raw.body()));
    }

    public static String forCanonicalUrl(String canonicalUrl) {
        return "u-" + hash(canonicalUrl);
    }

    /** Content id: NFC, whitespace collapsed, so that re-flowed copies of the same text agree. */
    public static String forContent(String title, String body) {
        String t = title == null ? "" : squash(title);
        return "c-" + hash(t + "\n" + squash(body == null ? "" : body));
    }

    /**
     * The canonical form of a URL: lower-case scheme and host, no default port, no fragment, no
     * tracking parameters ({@code utm_*}, {@code fbclid}, {@code gclid}), no trailing empty query.
     * Empty when the URL is absent or not an absolute http(s) URL.
     */
    public static Optional<String> canonicalUrl(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String scheme = uri.getScheme();
        String host = uri.getHost();
        if (scheme == null || host == null) {
            return Optional.empty();
        }
        scheme = scheme.toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.empty();
        }
        StringBuilder sb = new StringBuilder(url.length());
        sb.append(scheme).append("://").append(host.toLowerCase(Locale.ROOT));
        int port = uri.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80)
                || (scheme.equals("https") && port == 443);
        if (!defaultPort) {
            sb.append(':').append(port);
        }
        String path = uri.getRawPath();
        sb.append(path == null || path.isEmpty() ? "/" : path);
        String query = uri.getRawQuery();
        if (query != null && !query.isEmpty()) {
            StringJoiner kept = new StringJoiner("&");
            for (String param : query.split("&")) {
                String name = param.split("=", 2)[0].toLowerCase(Locale.ROOT);
                if (!param.isEmpty() && !name.startsWith("utm_") && !name.equals("fbclid") && !name.equals("gclid")) {
                    kept.add(param);
                }
            }
            if (kept.length() > 0) {
                sb.append('?').append(kept);
            }
        }
        return Optional.of(sb.toString());
    }

    /** The domain of a URL, lower-case and without a leading {@code www.}, if it has one. */
    public static Optional<String> domain(String url) {
        return canonicalUrl(url).map(u -> {
            String host = URI.create(u).getHost();
            return host.startsWith("www.") ? host.substring(4) : host;
        });
    }

    private static String squash(String s) {
        return WHITESPACE.matcher(Normalizer.normalize(s, Normalizer.Form.NFC)).replaceAll(" ").strip();
    }

    private static String hash(String s) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, ID_HEX_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
