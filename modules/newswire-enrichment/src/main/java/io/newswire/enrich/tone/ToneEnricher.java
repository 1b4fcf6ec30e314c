package io.newswire.enrich.tone;

import io.newswire.enrich.api.Enricher;
import io.newswire.enrich.text.HashedFeatures;
import io.newswire.enrich.text.LinearModel;
import io.newswire.enrich.text.SentenceStarts;
import io.newswire.enrich.text.TermLexicon;
import io.newswire.enrich.text.WordHashes;
import io.newswire.model.Article;
import io.newswire.model.Entity;
import io.newswire.model.Mention;
import io.newswire.model.Tone;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The tone stage (English): how positive or negative an article's wording is.
 *
 * <p>{@code score} comes from a hashed linear classifier trained on NewsMTSC (English news
 * sentences labelled negative, neutral or positive; MIT licence; {@code newswire train tone}),
 * chosen over the lexicon below by measurement (docs/EVALUATION.md: macro-F1 0.66 vs 0.47 on its
 * real-world dev set): each sentence of the headline and body gets {@code p(positive) -
 * p(negative)}, and the score is their mean, -1..1.
 *
 * <p>{@code positive}, {@code negative} and {@code polarityWords} are GDELT-style counts from a
 * lexicon written for this project ({@code tone-lexicon.txt}): the shares of the article's words
 * that carry each polarity, flipped when a negator ("not", "never", "failed to") stands within the
 * three words before, and how many such words there were. They say why a score is what it is.
 *
 * <p>Each entity gets {@code tone}, the mean over the body sentences that mention it of a reading
 * that mixes the sentence and the words around the mention: where a lexicon word (negation
 * applied) stands within {@value #NEAR_WORDS} words of the mention in its sentence, the mean of the
 * sentence's model score and the lexicon's score of those words; where none does, a quarter of the
 * model score (the sentence says nothing polar near the entity, so its tone reaches the entity
 * weakly). {@code null} when none of the sentences read mentions it. Everything comes from the one
 * pass: it keeps each sentence's score, where each sentence's words begin, and each polar word's
 * position and signed weight; a mention only counts the words before it in its sentence (no
 * hashing) and looks its neighbours up (docs/EVALUATION.md measures it per target on NewsMTSC, and
 * the variants it was chosen from).
 *
 * <p>An article whose language is known and not English gets {@code null}: both were built on
 * English and would call it neutral, which would be invented. Stateless and thread-safe.
 */
public final class ToneEnricher implements Enricher {

    /** How much of the body is read: the lead sets the tone, and the cost stays flat. */
    public static final int MAX_CHARS = 3_000;
    /** How many words after a negator it flips. */
    static final int NEGATION_REACH = 3;
    /** How far either side of a mention a lexicon word counts as near the entity (about 50 characters). */
    static final int NEAR_WORDS = 8;

    private static final int POSITIVE = 0;
    private static final int NEGATIVE = 1;
    private static final int NEGATOR = 2;
    private static final TermLexicon LEXICON = TermLexicon.load(ToneEnricher.class, "tone-lexicon.txt",
            List.of("positive", "negative", "negator"));
    private static final LinearModel MODEL = loadModel();
    private static final int MODEL_NEGATIVE = MODEL.classes().indexOf("negative");
    private static final int MODEL_POSITIVE = MODEL.classes().indexOf("positive");

    private static LinearModel loadModel() {
        try (InputStream in = ToneEnricher.class.getResourceAsStream("tone-newsmtsc.bin.gz")) {
            if (in == null) {
                throw new IllegalStateException("missing resource tone-newsmtsc.bin.gz beside " + ToneEnricher.class);
            }
            return LinearModel.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String name() {
        return "tone";
    }

    @Override
    public Article enrich(Article article) {
        String lang = article.language().code();
        if (lang != null && !lang.equals("en")) {
            return article.toBuilder().tone(null).build();
        }
        if (article.entities().isEmpty()) {
            return article.toBuilder().tone(tone(article.title(), article.text(), new SentenceScorer(false))).build();
        }
        SentenceScorer body = new SentenceScorer(true);
        Tone tone = tone(article.title(), article.text(), body);
        return article.toBuilder().tone(tone).entities(entityTones(article.text(), article.entities(), body)).build();
    }

    /** The tone of a headline (may be {@code null}) and body. */
    public static Tone tone(String title, String text) {
        return tone(title, text, new SentenceScorer(false));
    }

    private static Tone tone(String title, String text, SentenceScorer scorer) {
        Counter c = new Counter();
        int words = 0;
        double sum = 0;
        int sentences = 0;
        if (title != null && !title.isBlank()) {
            words += LEXICON.scan(title, 0, title.length(), c);
            c.lastNegator = -1_000_000;
            c.offset = words + NEGATION_REACH + 1;
            SentenceScorer t = new SentenceScorer(false);
            WordHashes.scan(title, 0, title.length(), t);
            t.flush();
            sum += t.sum;
            sentences += t.sentences;
        }
        // one pass over the body feeds both the lexicon counts and the model
        c.positions = scorer.firstWord != null ? scorer : null;
        WordHashes.Sink lexicon = LEXICON.matcher(c);
        words += WordHashes.scan(text, 0, Math.min(text.length(), MAX_CHARS), (hash, stem, brk) -> {
            lexicon.word(hash, stem, brk);
            scorer.word(hash, stem, brk);
        }, scorer.starts);
        scorer.flush();
        sum += scorer.sum;
        sentences += scorer.sentences;
        double score = sentences == 0 ? 0 : sum / sentences;
        return new Tone(round(Math.max(-1, Math.min(1, score))), words == 0 ? 0 : round((double) c.posWords / words),
                words == 0 ? 0 : round((double) c.negWords / words), c.posWords + c.negWords);
    }

    /**
     * The entities with {@code tone} set from the body's sentence scores: each mention's sentence is
     * found by offset (a binary search over where the scan saw sentences begin) and each sentence
     * counts once per entity.
     */
    private static List<Entity> entityTones(String text, List<Entity> entities, SentenceScorer body) {
        int read = Math.min(text.length(), MAX_CHARS);
        List<Entity> out = new ArrayList<>(entities.size());
        for (Entity e : entities) {
            double sum = 0;
            int k = 0;
            int last = -1;
            for (Mention m : e.mentions()) {
                if (m.start() >= read) {
                    continue;
                }
                int s = body.starts.sentenceAt(m.start());
                if (s < 0 || s >= body.count || s == last || Float.isNaN(body.scores[s])) {
                    continue;
                }
                last = s;
                sum += mentionTone(text, m, s, read, body);
                k++;
            }
            out.add(e.withTone(k == 0 ? null : round(Math.max(-1, Math.min(1, sum / k)))));
        }
        return out;
    }

    /**
     * One mention's reading in sentence {@code s}: the sentence score mixed with the lexicon's words
     * within {@link #NEAR_WORDS} words of the mention in that sentence, or a quarter of the sentence
     * score when none is polar. The mention's word position is the sentence's first word plus the
     * words that start between the sentence's start and the mention (counted on characters, as the
     * scan splits words).
     */
    private static double mentionTone(String text, Mention m, int s, int read, SentenceScorer body) {
        double model = body.scores[s];
        int first = body.firstWord[s];
        int next = s + 1 < body.count ? body.firstWord[s + 1] : body.total;
        int lo = Arrays.binarySearch(body.polarWord, 0, body.polarCount, first);
        lo = lo >= 0 ? lo : -lo - 1;
        if (lo >= body.polarCount || body.polarWord[lo] >= next) {
            return model / 4;
        }
        int at = first + wordStarts(text, body.starts.start(s), Math.min(m.start(), read));
        int from = at - NEAR_WORDS;
        int to = at + Math.max(1, wordStarts(text, m.start(), Math.min(m.end(), read))) - 1 + NEAR_WORDS;
        double pos = 0;
        double neg = 0;
        for (int i = lo; i < body.polarCount && body.polarWord[i] < next && body.polarWord[i] <= to; i++) {
            if (body.polarWord[i] >= from) {
                float w = body.polarWeight[i];
                if (w > 0) {
                    pos += w;
                } else {
                    neg -= w;
                }
            }
        }
        if (pos + neg == 0) {
            return model / 4;
        }
        return (model + (pos - neg) / (pos + neg + 1)) / 2;
    }

    /** How many words begin in {@code text[from, to)}, split as {@link WordHashes#scan} splits them. */
    static int wordStarts(CharSequence text, int from, int to) {
        int n = 0;
        boolean inWord = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (isWordPart(c)) {
                if (!inWord) {
                    n++;
                    inWord = true;
                }
            } else if (!(inWord && (c == '\'' || c == '\u2019') && i + 1 < text.length()
                    && Character.isLetter(text.charAt(i + 1)))) {
                inWord = false;
            }
        }
        return n;
    }

    /** The scan's word characters (a copy of {@link WordHashes}'s private test, which is not ours to open). */
    private static boolean isWordPart(char c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.isSurrogate(c);
    }

    /**
     * Scores each sentence as the words stream by, with the features {@link HashedFeatures} gives a
     * sentence (stems and within-sentence pairs): no substring, no feature array, one pass.
     */
    private static final class SentenceScorer implements WordHashes.Sink {
        private final float[] w = MODEL.weights();
        private final int k = MODEL.classes().size();
        private final double[] z = new double[k];
        private int n;
        private int words;
        private long prev;
        double sum;
        int sentences;
        /** Each sentence's score in order (NaN: too short to score), kept only when asked. */
        float[] scores;
        /** How many sentences (of one word or more) were seen. */
        int count;

        /** Where each sentence begins, kept with the scores. */
        final SentenceStarts starts;
        /** The body word each sentence begins with (index in the scan's word order), kept with the scores. */
        int[] firstWord;
        /** How many body words were seen. */
        int total;
        /** The body's polar words in order: word index and weight, negative for a negative word (negation applied). */
        int[] polarWord;
        float[] polarWeight;
        int polarCount;

        void polar(int word, float weight) {
            if (polarCount == polarWord.length) {
                polarWord = Arrays.copyOf(polarWord, polarCount * 2);
                polarWeight = Arrays.copyOf(polarWeight, polarCount * 2);
            }
            polarWord[polarCount] = word;
            polarWeight[polarCount++] = weight;
        }

        SentenceScorer(boolean keepScores) {
            scores = keepScores ? new float[32] : null;
            starts = keepScores ? new SentenceStarts() : null;
            firstWord = keepScores ? new int[32] : null;
            polarWord = keepScores ? new int[32] : null;
            polarWeight = keepScores ? new float[32] : null;
        }

        @Override
        public void word(long hash, long stem, boolean breakBefore) {
            if (breakBefore) {
                flush();
            }
            if (words == 0 && firstWord != null) {
                if (count == firstWord.length) {
                    firstWord = Arrays.copyOf(firstWord, count * 2);
                }
                firstWord[count] = total;
            }
            total++;
            add(stem);
            if (words > 0 && !breakBefore) {
                add(WordHashes.pair(prev, stem));
            }
            prev = stem;
            words++;
        }

        private void add(long h) {
            int base = HashedFeatures.bucket(h, MODEL.buckets()) * k;
            for (int c = 0; c < k; c++) {
                z[c] += w[base + c];
            }
            n++;
        }

        /** Ends the current sentence: a sentence of three words or more counts. */
        void flush() {
            float kept = Float.NaN;
            if (words >= 3) {
                double scale = LinearModel.scale(n);
                double max = Double.NEGATIVE_INFINITY;
                for (int c = 0; c < k; c++) {
                    z[c] = MODEL.bias()[c] + z[c] * scale;
                    max = Math.max(max, z[c]);
                }
                double total = 0;
                for (int c = 0; c < k; c++) {
                    z[c] = Math.exp(z[c] - max);
                    total += z[c];
                }
                double p = (z[MODEL_POSITIVE] - z[MODEL_NEGATIVE]) / total;
                sum += p;
                sentences++;
                kept = (float) p;
            }
            if (words > 0) {
                if (scores != null) {
                    if (count == scores.length) {
                        scores = Arrays.copyOf(scores, count * 2);
                    }
                    scores[count] = kept;
                }
                count++;
            }
            Arrays.fill(z, 0);
            n = 0;
            words = 0;
        }
    }

    /** {@code p(positive) - p(negative)} of one sentence by the model, -1..1. */
    public static double sentenceScore(String sentence) {
        double[] p = sentenceProbabilities(sentence);
        return p[MODEL_POSITIVE] - p[MODEL_NEGATIVE];
    }

    /** The model's class probabilities for one sentence, in {@link #CLASSES} order. */
    public static double[] sentenceProbabilities(String sentence) {
        double[] p = MODEL.probabilities(HashedFeatures.of(null, sentence, MODEL.buckets()));
        double[] out = new double[CLASSES.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = p[MODEL.classes().indexOf(CLASSES.get(i))];
        }
        return out;
    }

    /** The classes of {@link #sentenceProbabilities}. */
    public static final List<String> CLASSES = List.of("negative", "neutral", "positive");

    /** The lexicon's own score of a span: {@code (P - N) / (P + N + 1)} over weighted counts, -1..1. */
    public static double lexiconScore(CharSequence text, int from, int to) {
        Counter c = new Counter();
        LEXICON.scan(text, from, to, c);
        return (c.pos - c.neg) / (c.pos + c.neg + 1);
    }

    /**
     * The lexicon's weighted counts over a span, negation applied: {@code {positive weight, negative
     * weight, polar words}}.
     */
    public static double[] lexiconCounts(CharSequence text, int from, int to) {
        Counter c = new Counter();
        LEXICON.scan(text, from, to, c);
        return new double[] {c.pos, c.neg, c.posWords + c.negWords};
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }

    /** Sums weights; word indexes restart per scan, so the title's are kept apart by an offset. */
    private static final class Counter implements TermLexicon.Hits {
        double pos;
        double neg;
        int posWords;
        int negWords;
        int lastNegator = -1_000_000;
        int offset;
        /** When set (the body's pass), each polar word is also noted there with its position. */
        SentenceScorer positions;

        @Override
        public void hit(int term, int key, float weight, int word) {
            int w = word + offset;
            if (key == NEGATOR) {
                lastNegator = w;
                return;
            }
            boolean negated = w > lastNegator && w - lastNegator <= NEGATION_REACH;
            if (positions != null) {
                // the body's own word index: the body scorer counts the same words from 0
                positions.polar(word, (key == POSITIVE) != negated ? weight : -weight);
            }
            if ((key == POSITIVE) != negated) {
                pos += weight;
                posWords++;
            } else {
                neg += weight;
                negWords++;
            }
        }
    }
}
