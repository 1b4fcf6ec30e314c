package io.newswire.enrich.entities;

import io.newswire.enrich.ner.NerTagger;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;

/**
 * The committed taggers of languages other than English, by two-letter code, and the name
 * {@code provenance} gives each: models trained with {@code newswire train ner --language xx} on
 * labelled data whose licence lets them ship (NOTICE names the data). Read once per JVM, the first
 * time a pipeline's entities stage is built (start-up), never per article.
 */
final class ShippedTaggers {

    /** Language code to the model resource beside {@link NerTagger} and its provenance name. */
    private static final Map<String, String[]> MODELS = Map.of(
            "de", new String[] {"ner-de.bin.gz", "ner-germeval2014"},
            "ru", new String[] {"ner-ru.bin.gz", "ner-factrueval2016"});

    private static volatile Map<String, NerTagger> loaded;

    private ShippedTaggers() {
    }

    /** The committed taggers by language code, loaded on the first call. */
    static Map<String, NerTagger> get() {
        Map<String, NerTagger> m = loaded;
        if (m == null) {
            synchronized (ShippedTaggers.class) {
                m = loaded;
                if (m == null) {
                    Map<String, NerTagger> read = new TreeMap<>();
                    for (Map.Entry<String, String[]> e : MODELS.entrySet()) {
                        try {
                            read.put(e.getKey(), NerTagger.resource(e.getValue()[0]));
                        } catch (IOException ex) {
                            throw new UncheckedIOException(ex);
                        }
                    }
                    m = Map.copyOf(read);
                    loaded = m;
                }
            }
        }
        return m;
    }

    /** The provenance name of the committed model of {@code language} ("ner-germeval2014"), or {@code null}. */
    static String method(String language) {
        String[] model = language == null ? null : MODELS.get(language);
        return model == null ? null : model[1];
    }
}
