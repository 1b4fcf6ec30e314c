package io.newswire.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The article schema's {@code required} lists say exactly what the records always write: every record
 * component is serialised (null or an empty list when nothing was found), so every property an article
 * carries must be required in its object, and nothing may be required that an article never carries.
 * Schema validation alone cannot catch a field left out of {@code required}: the output still validates.
 */
class ContractRequiredFieldsTest {

    private static final Path HOME = Path.of(System.getProperty("newswire.home", "../.."));

    private static JsonNode schema() throws IOException {
        return Json.mapper().readTree(Files.readString(HOME.resolve("docs/schema/article.v1.schema.json")));
    }

    /** Every disagreement between an article's JSON and the schema's required lists, by JSON path. */
    static List<String> disagreements(JsonNode schema, Article article) throws IOException {
        List<String> out = new ArrayList<>();
        walk(schema, schema, Json.mapper().readTree(Json.toJson(article)), "$", out);
        return out;
    }

    private static void walk(JsonNode root, JsonNode schema, JsonNode value, String path, List<String> out) {
        JsonNode s = resolve(root, schema);
        if (value.isObject()) {
            Set<String> required = new HashSet<>();
            s.path("required").forEach(n -> required.add(n.asText()));
            Set<String> emitted = new HashSet<>();
            value.fieldNames().forEachRemaining(emitted::add);
            for (String name : emitted) {
                JsonNode property = s.path("properties").path(name);
                if (property.isMissingNode()) {
                    out.add(path + "." + name + " is emitted but not described");
                    continue;
                }
                if (!required.contains(name)) {
                    out.add(path + "." + name + " is emitted but not required");
                }
                walk(root, property, value.get(name), path + "." + name, out);
            }
            for (String name : required) {
                if (!emitted.contains(name)) {
                    out.add(path + "." + name + " is required but not emitted");
                }
            }
        } else if (value.isArray()) {
            for (JsonNode item : value) {
                walk(root, s.path("items"), item, path + "[]", out);
            }
        }
    }

    /** Follows a $ref, or picks the branch of a oneOf/anyOf that describes an object or array (not null). */
    private static JsonNode resolve(JsonNode root, JsonNode schema) {
        if (schema.has("$ref")) {
            return resolve(root, root.at(schema.get("$ref").asText().substring(1)));
        }
        for (String combinator : List.of("oneOf", "anyOf")) {
            for (JsonNode branch : schema.path(combinator)) {
                JsonNode resolved = resolve(root, branch);
                if (resolved.has("properties") || resolved.has("items")) {
                    return resolved;
                }
            }
        }
        return schema;
    }

    @Test
    void shouldRequireEveryFieldTheArticleEmitsWhenEveryFieldIsSet() throws IOException {
        assertThat(disagreements(schema(), ContractSchemaTest.full())).isEmpty();
    }

    @Test
    void shouldRequireEveryFieldTheArticleEmitsWhenNothingWasFound() throws IOException {
        Article minimal = Article.builder("c-00000000000000000000", "Только текст. 只有文字。", "1").build();

        assertThat(disagreements(schema(), minimal)).isEmpty();
    }

    /** The check itself: a schema that stops requiring one emitted field (or requires a phantom) is caught. */
    @ParameterizedTest
    @CsvSource({
        "'',                                             keywords, $.keywords is emitted but not required",
        "/properties/dateline,                           region,   $.dateline.region is emitted but not required",
        "/properties/places/items,                       kind,     $.places[].kind is emitted but not required",
        "/properties/provenance/properties/stages/items, method,   $.provenance.stages[].method is emitted but not required",
        "/$defs/mention,                                 text,     $.entities[].mentions[].text is emitted but not required",
    })
    void shouldReportAFieldWhenTheSchemaStopsRequiringIt(String object, String field, String expected)
            throws IOException {
        JsonNode schema = schema();
        ArrayNode required = (ArrayNode) schema.at(object).get("required");
        for (int i = 0; i < required.size(); i++) {
            if (required.get(i).asText().equals(field)) {
                required.remove(i);
            }
        }

        assertThat(disagreements(schema, ContractSchemaTest.full())).contains(expected);
    }

    @Test
    void shouldReportARequiredFieldWhenNoArticleEmitsIt() throws IOException {
        JsonNode schema = schema();
        ((ArrayNode) schema.at("/properties/stats").get("required")).add("readingMinutes");
        ((ObjectNode) schema.at("/properties/stats/properties")).putObject("readingMinutes").put("type", "integer");

        assertThat(disagreements(schema, ContractSchemaTest.full()))
                .containsExactly("$.stats.readingMinutes is required but not emitted");
    }
}
