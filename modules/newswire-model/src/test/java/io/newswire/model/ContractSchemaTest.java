package io.newswire.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The documented JSON Schemas and the records agree, and the samples follow the input contract. */
class ContractSchemaTest {

    private static final Path HOME = Path.of(System.getProperty("newswire.home", "../.."));
    private static final JsonSchema ARTICLE = schema("article.v1.schema.json");
    private static final JsonSchema RAW = schema("raw-article.v1.schema.json");

    private static JsonSchema schema(String name) {
        try {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(Files.readString(HOME.resolve("docs/schema").resolve(name)));
        } catch (IOException e) {
            throw new IllegalStateException("schema " + name + " not found under " + HOME, e);
        }
    }

    private static Set<ValidationMessage> validate(JsonSchema schema, String json) throws IOException {
        JsonNode node = Json.mapper().readTree(json);
        return schema.validate(node);
    }

    static Article full() {
        String text = "Major General Mohammad Baqeri met Pakistani officials in Islamabad.";
        Mention baqeri = new Mention(14, 29, "Mohammad Baqeri");
        Mention islamabad = new Mention(57, 66, "Islamabad");
        Mention pakistani = new Mention(34, 43, "Pakistani");
        return Article.builder("u-0123456789abcdef0123", text, "1.2.3")
                .url("https://example.org/a")
                .canonicalUrl("https://example.org/a")
                .source(new Source("Example", "example.org"))
                .title("Iran’s military chief in Islamabad")
                .authors(List.of("Sara Ahmadi"))
                .imageUrl("https://example.org/a.jpg")
                .captions(List.of(new Caption("Major General Mohammad Baqeri arrives in Islamabad.", "Photo: Sara Ahmadi/AP"),
                        new Caption("The delegation at the airport.", null)))
                .language(new Language("en", 0.97))
                .declaredLanguage("en")
                .publishedAt(Instant.parse("2026-05-13T08:00:00Z"))
                .ingestedAt(Instant.parse("2026-05-13T08:01:00Z"))
                .processedAt(Instant.parse("2026-05-13T08:01:00.004Z"))
                .dateline(new Dateline("TEHRAN", "Tehran", "May 13", LocalDate.of(2026, 5, 13), "YJC"))
                .attribution(new Attribution("Press TV"))
                .license(new License("Licensed under CC BY 4.0.", "CC-BY-4.0"))
                .boilerplate(List.of("(Source: Press TV)"))
                .stats(new TextStats(67, 9, 1, 1))
                .entities(List.of(new Entity("person/mohammad-baqeri", "Mohammad Baqeri", EntityType.PERSON,
                        "Major General", List.of("Mohammad Baqeri"), List.of(baqeri), 1, 0.8, -0.31)))
                .places(List.of(new Place("Islamabad", 1176615L, "PPLC", "PK", "Islamabad", 33.72, 73.04,
                        List.of(islamabad))))
                .countries(List.of(new Country("PK", "Pakistan", List.of(pakistani, islamabad), 0.9, true)))
                .topics(List.of(new Topic("medtop:16000000", "conflict, war and peace", 0.7),
                        new Topic("medtop:11000000", "politics", 0.4)))
                .tone(new Tone(-0.25, 0.01, 0.02, 3))
                .events(List.of(new Event("CONSULT", null, new Mention(30, 33, "met"), "person/mohammad-baqeri",
                        null, 0, LocalDate.of(2026, 5, 1), Event.MONTH, "asserted", new Casualties(List.of(new Toll(2, null,
                                "at least", "police", null, new Mention(0, 5, "Major"))), List.of(new Toll(null, null, "unknown", "civilians",
                                null, new Mention(0, 5, "Major"))), null, null, null),
                        new Mention(0, 67, text.substring(0, 67)))))
                .quotes(List.of(new Quote("indirect", new Mention(34, 66, text.substring(34, 66)),
                        "person/mohammad-baqeri", baqeri, null)))
                .keywords(List.of(new Keyword("officials", 1.0, 1)))
                .duplicateOf(new DuplicateOf("u-00000000000000000001", 0.82, DuplicateOf.NEAR))
                .story(new Story("u-00000000000000000001", Instant.parse("2026-05-13T07:40:00Z"), 3))
                .provenance(Provenance.start("1.2.3").plus(new StageTiming("normalize", 85, true), null)
                        .plus(new StageTiming("entities", 12, false), new StageError("entities", "java.lang.X", null)))
                .build();
    }

    @Test
    void shouldValidateAgainstOutputSchemaWhenEveryFieldIsSet() throws IOException {
        Article a = full();
        assertThat(validate(ARTICLE, Json.toJson(a))).isEmpty();
        for (Mention m : a.entities().get(0).mentions()) {
            assertThat(a.text().substring(m.start(), m.end())).isEqualTo(m.text());
        }
    }

    @Test
    void shouldValidateAgainstOutputSchemaWhenNothingWasFound() throws IOException {
        Article minimal = Article.builder("c-00000000000000000000", "Только текст.", "1").build();
        String json = Json.toJson(minimal);
        assertThat(validate(ARTICLE, json)).isEmpty();
        assertThat(json).contains("\"dateline\":null", "\"entities\":[]", "\"url\":null", "\"authors\":[]",
                "\"canonicalUrl\":null", "\"imageUrl\":null", "\"captions\":[]", "\"declaredLanguage\":null", "\"topics\":[]",
                "\"tone\":null");
        assertThat(json).contains("\"dateline\":null", "\"entities\":[]", "\"url\":null", "\"events\":[]",
                "\"quotes\":[]", "\"keywords\":[]", "\"duplicateOf\":null", "\"story\":null");
    }

    @Test
    void shouldFailOutputSchemaWhenARequiredFieldIsMissing() throws IOException {
        String json = Json.toJson(full()).replace("\"provenance\":", "\"provenanceX\":");
        assertThat(validate(ARTICLE, json)).isNotEmpty();
    }

    @Test
    void shouldFailOutputSchemaWhenADuplicateKindIsNotExactOrNear() throws IOException {
        String json = Json.toJson(full()).replace("\"kind\":\"near\"", "\"kind\":\"similar\"");
        assertThat(json).contains("\"kind\":\"similar\"");
        assertThat(validate(ARTICLE, json)).isNotEmpty();
    }

    @Test
    void shouldWriteCaptionsBesideTheTextAndReadOlderOutputWithoutThem() throws IOException {
        String json = Json.toJson(full());
        assertThat(json).contains("\"captions\":[{\"text\":\"Major General Mohammad Baqeri arrives in Islamabad.\","
                + "\"credit\":\"Photo: Sara Ahmadi/AP\"},{\"text\":\"The delegation at the airport.\",\"credit\":null}]");
        assertThat(json.indexOf("\"captions\"")).isGreaterThan(json.indexOf("\"text\""));
        String older = json.replaceFirst(",\"captions\":\\[[^\\]]*\\]", "");
        assertThat(older).doesNotContain("\"captions\"");
        assertThat(Json.readArticle(older).captions()).isEmpty();
        // a caption without text breaks the contract
        assertThat(validate(ARTICLE, json.replace("\"text\":\"The delegation at the airport.\"", "\"text\":\"\""))).isNotEmpty();
    }

    @Test
    void shouldRoundTripThroughJsonWhenArticleIsRead() {
        Article a = full();
        assertThat(Json.readArticle(Json.toJson(a))).isEqualTo(a);
    }

    @Test
    void shouldValidateAndRoundTripWhenTheDatelineNamesSeveralPlaces() throws IOException {
        Dateline several = new Dateline("GAZA CITY", "Gaza City", null, "Jan 3", LocalDate.of(2026, 1, 3), "Reuters",
                List.of("JERUSALEM"));
        Article a = Article.builder("u-0123456789abcdef0124", "Aid lorries waited.", "1").dateline(several).build();
        String json = Json.toJson(a);

        assertThat(validate(ARTICLE, json)).isEmpty();
        assertThat(json).contains("\"otherLocations\":[\"JERUSALEM\"]");
        assertThat(Json.readArticle(json)).isEqualTo(a);
        // one place: an empty list, always written; an older record without the field reads as empty
        String one = Json.toJson(Article.builder("u-0123456789abcdef0125", "Text.", "1")
                .dateline(new Dateline("TEHRAN", "Tehran", "May 13", LocalDate.of(2026, 5, 13), "YJC")).build());
        assertThat(one).contains("\"otherLocations\":[]");
        assertThat(Json.readArticle(one.replace(",\"otherLocations\":[]", "")).dateline().otherLocations()).isEmpty();
    }

    static Stream<String> sampleLines() throws IOException {
        try (Stream<Path> files = Files.list(HOME.resolve("samples"))) {
            return files.filter(f -> f.toString().endsWith(".jsonl") && !f.getFileName().toString().startsWith("bad"))
                    .sorted()
                    .flatMap(f -> {
                        try {
                            return Files.readAllLines(f, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank());
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("sampleLines")
    void shouldAcceptGoodSampleWhenCheckedAgainstInputSchemaAndDecoder(String line) throws Exception {
        assertThat(validate(RAW, line)).isEmpty();
        RawArticle raw = Json.decodeRaw(line.getBytes(StandardCharsets.UTF_8), ArticleLimits.DEFAULT);
        assertThat(raw.id()).matches("[uc]-[0-9a-f]{20}");
    }

    static Stream<String> badLines() throws IOException {
        return Files.readAllLines(HOME.resolve("samples/bad-inputs.jsonl"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank());
    }

    @ParameterizedTest
    @MethodSource("badLines")
    void shouldRejectBadSampleWhenCheckedAgainstInputSchemaOrDecoder(String line) {
        boolean schemaRejects;
        try {
            schemaRejects = !validate(RAW, line).isEmpty();
        } catch (IOException e) {
            schemaRejects = true;
        }
        assertThat(schemaRejects).isTrue();
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> Json.decodeRaw(line.getBytes(StandardCharsets.UTF_8), ArticleLimits.DEFAULT))
                .isInstanceOf(InvalidArticleException.class);
    }
}
