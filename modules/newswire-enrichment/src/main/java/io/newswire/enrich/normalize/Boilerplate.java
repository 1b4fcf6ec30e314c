package io.newswire.enrich.normalize;

import io.newswire.model.Attribution;
import io.newswire.model.License;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the lines around a story that are not the story: licence footers, source lines
 * ("Source: X", "(Source: X)" closing a paragraph), copyright lines, "read more"/share prompts and
 * photo credits. What was removed is kept: the lines in {@code boilerplate}, a recognised licence
 * with its SPDX id, and the original source as the attribution.
 *
 * <p>Only short lines are candidates (a boilerplate line is never a long paragraph), and every
 * pattern is anchored and free of nested repetition, so the cost is linear in the text.
 */
public final class Boilerplate {

    /** Lines longer than this are story, not boilerplate. */
    private static final int MAX_LINE = 300;

    private static final Pattern SOURCE_LINE = Pattern.compile(
            "^\\(?(?:Source|Sources|Fuente|Quelle)\\s*:\\s*([^()\\n]{2,80}?)\\)?\\.?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SOURCE_TAIL = Pattern.compile(
            "\\s*\\((?:Source|Sources)\\s*:\\s*([^()\\n]{2,80})\\)\\.?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern LICENCE = Pattern.compile(
            "(?:licen[cs]ed under|creative\\s+commons|\\bCC[ -]BY\\b|\\bCC0\\b|public domain dedication)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CC_NAME = Pattern.compile(
            "Creative\\s+Commons\\s+(Attribution(?:[- ](?:ShareAlike|NonCommercial|NoDerivatives|NoDerivs))*)"
                    + "\\s+(\\d\\.\\d)", Pattern.CASE_INSENSITIVE);
    private static final Pattern CC_SHORT = Pattern.compile(
            "\\bCC[ -](BY(?:-(?:SA|NC|ND))*)[ -](\\d\\.\\d)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern COPYRIGHT = Pattern.compile(
            "^(?:©|\\(c\\)|copyright\\b|all rights reserved)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PROMPT = Pattern.compile(
            "^(?:read more|read also|related\\s*:|share(?: this)?(?: article| story)?\\s*(?::|$)|follow us|"
                    + "subscribe|click here|sign up|advertisement$|listen to this article)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CREDIT = Pattern.compile(
            "^(?:photo|photos|image|picture|file photo|foto|video)(?:\\s+credit)?\\s*[:：]", Pattern.CASE_INSENSITIVE);

    /** The story without its boilerplate, and what was taken out. */
    public record Result(String text, List<String> removed, License license, Attribution attribution) {
    }

    private Boilerplate() {
    }

    public static Result strip(String text) {
        String[] lines = text.split("\n", -1);
        List<String> kept = new ArrayList<>(lines.length);
        List<String> removed = new ArrayList<>();
        License license = null;
        String source = null;
        for (String line : lines) {
            String t = line.strip();
            if (t.isEmpty() || t.length() > MAX_LINE) {
                kept.add(line);
                continue;
            }
            Matcher m = SOURCE_LINE.matcher(t);
            if (m.matches()) {
                source = m.group(1).strip();
                removed.add(t);
                continue;
            }
            if (LICENCE.matcher(t).find()) {
                if (license == null) {
                    license = new License(t, spdx(t));
                }
                removed.add(t);
                continue;
            }
            if (COPYRIGHT.matcher(t).find() || PROMPT.matcher(t).find() || CREDIT.matcher(t).find()) {
                removed.add(t);
                continue;
            }
            kept.add(line);
        }
        // "(Source: X)" closing the last paragraph of the story.
        for (int k = kept.size() - 1; k >= 0; k--) {
            String line = kept.get(k);
            if (line.isBlank()) {
                continue;
            }
            Matcher m = SOURCE_TAIL.matcher(line);
            if (m.find() && m.start() > 0) {
                if (source == null) {
                    source = m.group(1).strip();
                }
                removed.add(0, line.substring(m.start()).strip());
                kept.set(k, line.substring(0, m.start()));
            }
            break;
        }
        return new Result(String.join("\n", kept).strip(), removed, license,
                source == null ? null : new Attribution(source));
    }

    /** The SPDX id of a Creative Commons licence statement, or {@code null}. */
    static String spdx(String statement) {
        Matcher m = CC_NAME.matcher(statement);
        if (m.find()) {
            StringBuilder id = new StringBuilder("CC-BY");
            String name = m.group(1).toLowerCase(Locale.ROOT);
            if (name.contains("noncommercial")) {
                id.append("-NC");
            }
            if (name.contains("noderiv")) {
                id.append("-ND");
            }
            if (name.contains("sharealike")) {
                id.append("-SA");
            }
            return id.append('-').append(m.group(2)).toString();
        }
        m = CC_SHORT.matcher(statement);
        if (m.find()) {
            return "CC-" + m.group(1).toUpperCase(Locale.ROOT) + "-" + m.group(2);
        }
        if (statement.toLowerCase(Locale.ROOT).contains("cc0")) {
            return "CC0-1.0";
        }
        return null;
    }
}
