package io.newswire.eval;

import io.newswire.enrich.normalize.StandardNormalizer;
import io.newswire.model.Article;
import io.newswire.model.Dateline;
import io.newswire.model.RawArticle;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Dateline extraction on Reuters-21578: every story with a DATELINE is fed as DATELINE + BODY, and
 * the extracted location must equal the gold city (the DATELINE up to its first comma, case-folded)
 * and the date must match; fed BODY alone, a dateline may be reported for at most 1%.
 *
 * <p>Usage: {@code DatelineEvaluation <reuters21578 dir> [--errors N]}. Skips with a message when the
 * data is missing.
 */
public final class DatelineEvaluation {

    private static final DateTimeFormatter REUTERS_DATE = DateTimeFormatter.ofPattern("d-MMM-yyyy HH:mm:ss.SS",
            Locale.ENGLISH);

    /** Counts over one split. */
    public record Score(String split, int stories, int locationOk, int withGoldDate, int dateOk, int bodyOnlyFalse,
            int bodyOnlyStories) {
        double locationAccuracy() {
            return (double) locationOk / stories;
        }

        double dateAccuracy() {
            return (double) dateOk / withGoldDate;
        }

        double falsePositiveRate() {
            return (double) bodyOnlyFalse / bodyOnlyStories;
        }
    }

    private DatelineEvaluation() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: DatelineEvaluation <reuters21578 dir> [--errors N]");
            System.exit(2);
        }
        int showErrors = args.length >= 3 && args[1].equals("--errors") ? Integer.parseInt(args[2]) : 10;
        run(Path.of(args[0]), showErrors, System.out);
    }

    public static List<Score> run(Path dir, int showErrors, PrintStream out) throws Exception {
        if (!Files.isDirectory(dir) || !Files.exists(dir.resolve("reut2-000.sgm"))) {
            out.println("skipped: Reuters-21578 not found at " + dir + " (expected reut2-000.sgm ... reut2-021.sgm)");
            return List.of();
        }
        List<Reuters21578.Story> stories = Reuters21578.read(dir);
        StandardNormalizer normalizer = new StandardNormalizer();
        List<Score> scores = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (String split : new String[] {"TEST", "TRAIN", "ALL"}) {
            int n = 0;
            int locOk = 0;
            int withDate = 0;
            int dateOk = 0;
            int bodyN = 0;
            int bodyFalse = 0;
            for (Reuters21578.Story s : stories) {
                if (s.dateline() == null || s.dateline().isBlank() || s.body() == null || s.body().isBlank()) {
                    continue;
                }
                if (!split.equals("ALL") && !split.equals(s.split())) {
                    continue;
                }
                Instant reference = reference(s.date());
                String goldCity = goldCity(s.dateline());
                String goldDate = goldDate(s.dateline());
                n++;
                Dateline d = normalizer.normalize(raw(s.dateline().strip() + " " + s.body(), reference), reference)
                        .dateline();
                boolean loc = d != null && d.location() != null && fold(d.location()).equals(fold(goldCity));
                if (loc) {
                    locOk++;
                }
                if (goldDate != null) {
                    withDate++;
                    boolean date = d != null && d.date() != null && fold(d.date()).equals(fold(goldDate))
                            && d.resolvedDate() != null;
                    if (date) {
                        dateOk++;
                    } else if (split.equals("ALL") && errors.size() < showErrors) {
                        errors.add("date     gold=" + goldDate + " got=" + (d == null ? null : d.date()) + "  | "
                                + s.dateline().strip());
                    }
                }
                if (!loc && split.equals("ALL") && errors.size() < showErrors) {
                    errors.add("location gold=" + goldCity + " got=" + (d == null ? null : d.location()) + "  | "
                            + s.dateline().strip());
                }
                bodyN++;
                Article bodyOnly = normalizer.normalize(raw(s.body(), reference), reference);
                if (bodyOnly.dateline() != null) {
                    bodyFalse++;
                    if (split.equals("ALL") && errors.size() < showErrors) {
                        errors.add("body-only dateline " + bodyOnly.dateline().location() + " | "
                                + s.body().strip().substring(0, Math.min(80, s.body().strip().length())));
                    }
                }
            }
            scores.add(new Score(split, n, locOk, withDate, dateOk, bodyFalse, bodyN));
        }
        out.println("Reuters-21578 datelines (DATELINE + BODY; BODY alone for false positives)");
        out.printf("%-6s %8s %10s %10s %12s%n", "split", "stories", "location", "date", "body-only FP");
        for (Score s : scores) {
            out.printf("%-6s %8d %9.2f%% %9.2f%% %11.2f%%%n", s.split(), s.stories(), 100 * s.locationAccuracy(),
                    100 * s.dateAccuracy(), 100 * s.falsePositiveRate());
        }
        if (!errors.isEmpty()) {
            out.println("first errors:");
            errors.forEach(e -> out.println("  " + e));
        }
        return scores;
    }

    private static RawArticle raw(String body, Instant ingestedAt) {
        return RawArticle.builder(body).id("eval").ingestedAt(ingestedAt).build();
    }

    static String goldCity(String dateline) {
        String d = dateline.strip();
        int comma = d.indexOf(',');
        if (comma >= 0) {
            return d.substring(0, comma).strip();
        }
        int dash = d.indexOf(" -");
        return (dash >= 0 ? d.substring(0, dash) : d).strip();
    }

    /** The month-day part: the last comma segment before the dash, when it has a day number. */
    static String goldDate(String dateline) {
        String d = dateline.strip();
        int dash = d.lastIndexOf(" -");
        if (dash >= 0) {
            d = d.substring(0, dash);
        }
        int comma = d.lastIndexOf(',');
        if (comma < 0) {
            return null;
        }
        String part = d.substring(comma + 1).strip();
        return part.matches("[A-Za-z]+\\.? +\\d{1,2}") ? part : null;
    }

    private static String fold(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static Instant reference(String date) {
        if (date != null) {
            try {
                return LocalDateTime.parse(date.strip(), REUTERS_DATE).toInstant(ZoneOffset.UTC);
            } catch (RuntimeException e) {
                // fall through
            }
        }
        return LocalDate.of(1987, 6, 30).atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
