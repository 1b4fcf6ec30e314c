package io.newswire.enrich.language;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import io.newswire.enrich.api.Enricher;
import io.newswire.model.Article;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

/**
 * Detects the article's language with Lingua in low-accuracy (trigram) mode, chosen by measurement
 * over OpenNLP's langdetect model and Lingua's high-accuracy mode (docs/EVALUATION.md): the best
 * accuracy on multi-sentence text at 65 MB of heap; high-accuracy mode gains only on single
 * sentences, for 1.4 GB and eight seconds of start-up.
 *
 * <p>Confidence is the margin between the best and the runner-up language (Lingua's values are
 * relative to the best), doubled and capped at 1, and scaled down for text with few letters: a
 * greeting or a mixed-language paragraph gets a low confidence instead of a confident guess.
 * Only the first {@value #SAMPLE_CHARS} characters are read: the language of a news article does
 * not change halfway, and the cost stays flat for long articles.
 */
public final class LanguageEnricher implements Enricher {

    static final int SAMPLE_CHARS = 1_200;
    /** Letters below which confidence is scaled down linearly. */
    private static final int CONFIDENT_LETTERS = 40;

    /** Built once per JVM: loading the trigram models takes most of a second. */
    private static final class Holder {
        static final LanguageDetector DETECTOR = LanguageDetectorBuilder.fromAllLanguages()
                .withLowAccuracyMode()
                .withPreloadedLanguageModels()
                .build();
    }

    /** Loads the models now, at pipeline start-up, rather than on the first article. */
    public LanguageEnricher() {
        Holder.DETECTOR.detectLanguageOf("warm-up");
    }

    @Override
    public String name() {
        return "language";
    }

    @Override
    public Article enrich(Article article) {
        return article.toBuilder().language(detect(sample(article))).build();
    }

    /** The language of a text; {@link io.newswire.model.Language#UNDETERMINED} when it has no letters. */
    public static io.newswire.model.Language detect(String text) {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                letters++;
            }
        }
        if (letters < 3) {
            return io.newswire.model.Language.UNDETERMINED;
        }
        SortedMap<Language, Double> values = Holder.DETECTOR.computeLanguageConfidenceValues(text);
        Iterator<Map.Entry<Language, Double>> it = values.entrySet().iterator();
        if (!it.hasNext()) {
            return io.newswire.model.Language.UNDETERMINED;
        }
        Map.Entry<Language, Double> best = it.next();
        if (best.getKey() == Language.UNKNOWN || best.getValue() <= 0) {
            return io.newswire.model.Language.UNDETERMINED;
        }
        double runnerUp = it.hasNext() ? it.next().getValue() / best.getValue() : 0.0;
        double confidence = Math.min(1.0, Math.max(0.0, 2 * (1.0 - runnerUp)));
        confidence *= Math.min(1.0, (double) letters / CONFIDENT_LETTERS);
        String code = best.getKey().getIsoCode639_1().name().toLowerCase(Locale.ROOT);
        return new io.newswire.model.Language(code, Math.round(confidence * 1000) / 1000.0);
    }

    static String sample(Article article) {
        String text = article.text();
        if (text.length() < 200 && article.title() != null) {
            text = article.title() + "\n" + text;
        }
        if (text.length() <= SAMPLE_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', SAMPLE_CHARS);
        return text.substring(0, cut > SAMPLE_CHARS / 2 ? cut : SAMPLE_CHARS);
    }
}
