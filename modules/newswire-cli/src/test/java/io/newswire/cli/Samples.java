package io.newswire.cli;

import io.newswire.ingest.ArticleReader;
import io.newswire.ingest.IngestItem;
import io.newswire.model.ArticleLimits;
import io.newswire.model.InvalidArticleException;
import io.newswire.model.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The bundled samples and what must become of them, worked out from the files themselves: every
 * record that decodes must be enriched, every other one dead-lettered.
 */
record Samples(Path dir, Set<String> goodIds, List<byte[]> badValues) {

    static Samples load() {
        Path dir = Path.of(System.getProperty("newswire.samples.dir", "../../samples")).toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("samples directory not found: " + dir);
        }
        List<IngestItem> items = new ArrayList<>();
        new ArticleReader(Clock.systemUTC(), ArticleLimits.DEFAULT).read(dir.toString(), items::add);
        Set<String> good = new LinkedHashSet<>();
        List<byte[]> bad = new ArrayList<>();
        for (IngestItem item : items) {
            try {
                good.add(Json.decodeRaw(item.value(), ArticleLimits.DEFAULT).id());
            } catch (InvalidArticleException e) {
                bad.add(item.value());
            }
        }
        return new Samples(dir, good, bad);
    }

    int total() {
        return goodIds.size() + badValues.size();
    }
}
