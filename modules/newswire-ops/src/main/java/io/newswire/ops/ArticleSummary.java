package io.newswire.ops;

import io.newswire.model.Article;
import io.newswire.model.Country;
import io.newswire.model.Entity;
import io.newswire.model.Place;
import io.newswire.model.StageError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the dashboard shows of an article: its enrichment without the body, boilerplate and mention
 * offsets. The page polls the latest 200 every two seconds, and bodies may be up to a megabyte each.
 */
final class ArticleSummary {

    private static final int SNIPPET_CODE_POINTS = 160;

    private ArticleSummary() {
    }

    static Map<String, Object> of(Article a) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", a.id());
        out.put("url", a.url());
        out.put("source", a.source());
        out.put("title", a.title());
        out.put("snippet", snippet(a.text()));
        out.put("language", a.language());
        out.put("publishedAt", a.publishedAt());
        out.put("processedAt", a.processedAt());
        out.put("dateline", a.dateline());
        List<Map<String, Object>> entities = new ArrayList<>();
        for (Entity e : a.entities()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", e.name());
            m.put("type", e.type());
            m.put("count", e.count());
            entities.add(m);
        }
        out.put("entities", entities);
        List<Map<String, Object>> places = new ArrayList<>();
        for (Place p : a.places()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", p.name());
            m.put("countryCode", p.countryCode());
            places.add(m);
        }
        out.put("places", places);
        List<Map<String, Object>> countries = new ArrayList<>();
        for (Country c : a.countries()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", c.code());
            m.put("name", c.name());
            m.put("focus", c.focus());
            countries.add(m);
        }
        out.put("countries", countries);
        List<String> failed = new ArrayList<>();
        for (StageError e : a.provenance().errors()) {
            failed.add(e.stage());
        }
        out.put("failedStages", failed);
        return out;
    }

    private static String snippet(String text) {
        if (text == null || text.codePointCount(0, text.length()) <= SNIPPET_CODE_POINTS) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, SNIPPET_CODE_POINTS)) + "…";
    }
}
