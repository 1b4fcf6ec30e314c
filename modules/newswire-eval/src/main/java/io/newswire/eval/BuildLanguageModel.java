package io.newswire.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.newswire.model.Json;
import java.io.DataOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

/**
 * Writes the compact trigram model the language stage loads
 * ({@code modules/newswire-enrichment/src/main/resources/io/newswire/enrich/language/trigrams.bin.gz})
 * from Lingua 1.2.2's trigram models (Apache-2.0, see NOTICE), which are on this module's
 * classpath. Run once when the models change; the output is committed so the build needs neither
 * Lingua nor this command.
 *
 * <p>Format (gzip, DataOutput): "NWLM1"; languages (count, ISO 639-1 codes); trigrams (count; each:
 * UTF string, posting count, postings of (language index byte, ln P(c3 | c1 c2) float)).
 */
public final class BuildLanguageModel {

    /** The 63 languages Lingua has trigram models for; the other 12 are told apart by script alone. */
    static final List<String> LANGUAGES = List.of("af", "ar", "az", "be", "bg", "bs", "ca", "cs", "cy", "da", "de",
            "en", "eo", "es", "et", "eu", "fa", "fi", "fr", "ga", "hi", "hr", "hu", "id", "is", "it", "kk", "la",
            "lg", "lt", "lv", "mi", "mk", "mn", "mr", "ms", "nb", "nl", "nn", "pl", "pt", "ro", "ru", "sk", "sl",
            "sn", "so", "sq", "sr", "st", "sv", "sw", "th", "tl", "tn", "tr", "ts", "uk", "ur", "vi", "xh", "yo",
            "zu");

    private BuildLanguageModel() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0]
                : "modules/newswire-enrichment/src/main/resources/io/newswire/enrich/language/trigrams.bin.gz");
        Map<String, List<float[]>> postings = new TreeMap<>();
        for (int lang = 0; lang < LANGUAGES.size(); lang++) {
            String code = LANGUAGES.get(lang);
            String resource = "/language-models/" + code + "/trigrams.json";
            JsonNode model;
            try (InputStream in = BuildLanguageModel.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("no Lingua model " + resource + " on the classpath");
                }
                model = Json.mapper().readTree(in);
            }
            Iterator<Map.Entry<String, JsonNode>> it = model.get("ngrams").fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                String[] fraction = e.getKey().split("/");
                float logp = (float) Math.log(Double.parseDouble(fraction[0]) / Double.parseDouble(fraction[1]));
                for (String trigram : e.getValue().asText().split(" ")) {
                    if (trigram.codePointCount(0, trigram.length()) == 3) {
                        postings.computeIfAbsent(trigram.toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                                .add(new float[] {lang, logp});
                    }
                }
            }
        }
        Files.createDirectories(out.getParent());
        long entries = 0;
        try (OutputStream file = Files.newOutputStream(out);
                DataOutputStream data = new DataOutputStream(new GZIPOutputStream(file, 1 << 16))) {
            data.writeUTF("NWLM1");
            data.writeInt(LANGUAGES.size());
            for (String code : LANGUAGES) {
                data.writeUTF(code);
            }
            data.writeInt(postings.size());
            for (Map.Entry<String, List<float[]>> e : postings.entrySet()) {
                data.writeUTF(e.getKey());
                data.writeByte(e.getValue().size());
                for (float[] p : e.getValue()) {
                    data.writeByte((int) p[0]);
                    data.writeFloat(p[1]);
                }
                entries += e.getValue().size();
            }
        }
        System.out.printf("wrote %s: %d languages, %d trigrams, %d postings, %d bytes%n", out, LANGUAGES.size(),
                postings.size(), entries, Files.size(out));
    }
}
