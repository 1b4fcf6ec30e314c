package io.newswire.enrich.entities;

import io.newswire.enrich.ner.CaseLexicon;
import io.newswire.enrich.ner.NerTagger;
import io.newswire.enrich.ner.NerTrainer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A Spanish tagger trained through the project's trainer on a few sentences written for the tests
 * (templates times names), as a user would build one with {@code newswire train ner --language es}:
 * enough to prove that a user's model runs where its language is, not a model of Spanish.
 */
public final class TinySpanishTagger {

    /** People in the training sentences. */
    public static final List<String> PEOPLE = List.of("María López", "Juan Pérez", "Carmen Ruiz", "Pedro Gómez",
            "Lucía Navarro", "Javier Ortega");
    /** Places in the training sentences. */
    public static final List<String> PLACES = List.of("Sevilla", "Valencia", "Bilbao", "Zaragoza", "Málaga");
    /** {P} a person, {L} a place; tokens as the tokenizer splits them. */
    private static final List<String> TEMPLATES = List.of(
            "{P} llegó ayer a {L} para reunirse con los vecinos .",
            "Según {P} , la situación en {L} es grave .",
            "La alcaldesa de {L} , {P} , anunció nuevas medidas .",
            "El ministro {P} visitó {L} el martes .",
            "Los vecinos de {L} recibieron a {P} con aplausos .",
            "En {L} , {P} pidió calma a los comerciantes .");
    private static final int O = 0;
    private static final int B_PER = 1;
    private static final int B_LOC = 5;

    private static volatile NerTagger tagger;

    private TinySpanishTagger() {
    }

    /** The sentences, labelled as {@link NerTrainer#labels()} numbers them. */
    static List<NerTrainer.Sentence> sentences() {
        List<NerTrainer.Sentence> out = new ArrayList<>();
        int n = 0;
        for (String template : TEMPLATES) {
            for (String person : PEOPLE) {
                String place = PLACES.get(n++ % PLACES.size());
                List<String> words = new ArrayList<>();
                List<Integer> labels = new ArrayList<>();
                for (String w : template.split(" ")) {
                    String name = w.equals("{P}") ? person : w.equals("{L}") ? place : null;
                    int begin = w.equals("{P}") ? B_PER : B_LOC;
                    if (name == null) {
                        words.add(w);
                        labels.add(O);
                        continue;
                    }
                    String[] parts = name.split(" ");
                    for (int i = 0; i < parts.length; i++) {
                        words.add(parts[i]);
                        labels.add(i == 0 ? begin : begin + 1);
                    }
                }
                out.add(new NerTrainer.Sentence(words, labels.stream().mapToInt(Integer::intValue).toArray()));
            }
        }
        return out;
    }

    /** The model, trained once per test JVM. */
    public static synchronized NerTagger get() {
        if (tagger == null) {
            tagger = model().tagger();
        }
        return tagger;
    }

    /** Writes the model where {@code NerTagger.load} and the {@code newswire.entities.ner.models} setting read it. */
    public static Path write(Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            model().write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static NerTrainer.Model model() {
        List<NerTrainer.Sentence> sentences = sentences();
        CaseLexicon.Builder lexicon = CaseLexicon.builder();
        sentences.forEach(s -> lexicon.addSentence(s.words()));
        return NerTrainer.train(sentences, lexicon.build(1), 8, 1, 7L, (e, err) -> { });
    }
}
