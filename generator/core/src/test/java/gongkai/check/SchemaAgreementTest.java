package gongkai.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import gongkai.diagnostics.Problems;
import gongkai.read.FrontMatter;
import gongkai.read.RawDocument;
import gongkai.read.YamlNode;
import gongkai.read.YamlReader;
import gongkai.support.TestSite;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schemas editors' tools use and the loader agree: every file the loader accepts validates, and
 * the schemas name exactly the fields the loader reads.
 */
class SchemaAgreementTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SCHEMAS = TestSite.repo().resolve("docs/schema");

    private static JsonNode schemaJson(String name) throws Exception {
        return JSON.readTree(SCHEMAS.resolve(name).toFile());
    }

    private static JsonSchema schema(String name) throws Exception {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schemaJson(name));
    }

    /** YAML as the loader reads it, in JSON terms: plain numbers and booleans typed, everything else text. */
    static JsonNode toJson(YamlNode node) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (node instanceof YamlNode.Mapping m) {
            ObjectNode o = f.objectNode();
            m.entries().forEach((k, v) -> o.set(k, toJson(v)));
            return o;
        }
        if (node instanceof YamlNode.Sequence s) {
            ArrayNode a = f.arrayNode();
            s.items().forEach(i -> a.add(toJson(i)));
            return a;
        }
        if (node instanceof YamlNode.Scalar s) {
            if (s.plain() && s.value().matches("-?\\d{1,9}")) {
                return f.numberNode(Integer.parseInt(s.value()));
            }
            if (s.plain() && (s.value().equals("true") || s.value().equals("false"))) {
                return f.booleanNode(Boolean.parseBoolean(s.value()));
            }
            return f.textNode(s.value());
        }
        return f.nullNode();
    }

    private static YamlNode yaml(Path file) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Problems p = new Problems();
        YamlNode node = file.toString().endsWith(".md")
                ? FrontMatter.parse(file.toString(), text, p).map(RawDocument::data).orElseThrow()
                : YamlReader.read(file.toString(), text, 1, p).orElseThrow();
        assertTrue(p.isEmpty(), p.sorted().toString());
        return node;
    }

    private static List<Path> files(Path dir, String glob) throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> dir.getFileSystem().getPathMatcher("glob:" + glob).matches(p.getFileName()))
                    .sorted().toList();
        }
    }

    @Test
    void everyFileTheLoaderAcceptsValidates() throws Exception {
        List<Path> projects = List.of(TestSite.repo(), TestSite.repo().resolve("generator/core/src/test/resources/fixtures/basic"));
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Path project : projects) {
            checked += validate(schema("site-config.schema.json"), List.of(project.resolve("site-config.yml")), failures);
            checked += validate(schema("units.schema.json"), files(project.resolve("content/units"), "*.yml"), failures);
            checked += validate(schema("plan.schema.json"), files(project.resolve("content/plans"), "plan.md"), failures);
            List<Path> tasks = files(project.resolve("content/plans"), "*.md").stream()
                    .filter(p -> !p.getFileName().toString().equals("plan.md")).toList();
            checked += validate(schema("task.schema.json"), tasks, failures);
        }
        assertEquals(List.of(), failures);
        assertTrue(checked > 100, "files checked: " + checked);
    }

    private static int validate(JsonSchema schema, List<Path> files, List<String> failures) throws Exception {
        for (Path f : files) {
            Set<ValidationMessage> errors = schema.validate(toJson(yaml(f)));
            errors.forEach(e -> failures.add(f + ": " + e.getMessage()));
        }
        return files.size();
    }

    @Test
    void theSchemaCatchesWhatTheLoaderRefuses() throws Exception {
        Problems p = new Problems();
        YamlNode bad = YamlReader.read("t", "title: x\nresponsibe: [a]\nstatus: done\ndeadline: 11月底前\n", 1, p).orElseThrow();
        Set<ValidationMessage> errors = schema("task.schema.json").validate(toJson(bad));
        assertEquals(Set.of("$", "$.deadline", "$.status"),
                new TreeSet<>(errors.stream().map(e -> e.getInstanceLocation().toString()).toList()), errors.toString());
    }

    private static Set<String> properties(JsonNode schemaObject) {
        Set<String> keys = new TreeSet<>();
        for (Iterator<String> it = schemaObject.get("properties").fieldNames(); it.hasNext(); ) {
            keys.add(it.next());
        }
        return keys;
    }

    @Test
    void theSchemasNameExactlyTheFieldsTheLoaderReads() throws Exception {
        JsonNode task = schemaJson("task.schema.json");
        assertEquals(new TreeSet<>(PlanResolver.TASK_KEYS), properties(task));
        assertEquals(new TreeSet<>(PlanResolver.UPDATE_KEYS), properties(task.at("/properties/updates/items")));
        assertEquals(new TreeSet<>(PlanResolver.LINK_KEYS),
                properties(task.at("/properties/updates/items/properties/links/items/oneOf/1")));
        JsonNode plan = schemaJson("plan.schema.json");
        assertEquals(new TreeSet<>(PlanResolver.PLAN_KEYS), properties(plan));
        assertEquals(new TreeSet<>(PlanResolver.SECTION_KEYS), properties(plan.at("/definitions/section")));
        assertEquals(new TreeSet<>(UnitResolver.KEYS), properties(schemaJson("units.schema.json").at("/definitions/unit")));
        JsonNode config = schemaJson("site-config.schema.json");
        assertEquals(new TreeSet<>(ConfigResolver.KEYS), properties(config));
        assertEquals(new TreeSet<>(ConfigResolver.FOOTER_KEYS), properties(config.at("/properties/footer")));
        assertFalse(properties(config.at("/properties/statuses")).isEmpty());
    }
}
