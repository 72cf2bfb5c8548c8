package gongkai.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.diagnostics.Problems;
import gongkai.support.TestSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** FastYaml against the SnakeYAML path: the same tree whenever it reads a text, and it reads the usual ones. */
class FastYamlTest {

    /** Whether FastYaml read the text; when it did, its tree must be SnakeYAML's, key order included. */
    private static boolean agrees(String text, int firstLine) {
        Optional<YamlNode> fast = FastYaml.read(text, firstLine);
        if (fast.isEmpty()) {
            return false;
        }
        Problems problems = new Problems();
        Optional<YamlNode> slow = YamlReader.snakeYaml("f.yml", text, firstLine, problems);
        assertTrue(slow.isPresent() && problems.isEmpty(), () -> "FastYaml read what SnakeYAML refuses:\n" + text);
        assertEquals(slow.get(), fast.get(), text);
        assertEquals(slow.get().toString(), fast.get().toString(), text); // Map.equals ignores order
        return true;
    }

    /** A YAML file as it is, a Markdown file's front matter (which starts on line 2). */
    private record Doc(Path file, String yaml, int firstLine) {
        static Doc of(Path file) {
            try {
                String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
                if (!file.toString().endsWith(".md")) {
                    return new Doc(file, text, 1);
                }
                int open = text.indexOf('\n') + 1;
                int close = (text + "\n").indexOf("\n---\n", open - 1);
                return new Doc(file, text.substring(open, close + 1), 2);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    private static List<Doc> docs(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".md"))
                    .sorted().map(Doc::of).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void readsTheShippedContentAsSnakeYamlDoes() {
        List<Doc> docs = new ArrayList<>(docs(TestSite.repo().resolve("content")));
        docs.add(Doc.of(TestSite.repo().resolve("site-config.yml")));
        int handled = 0;
        for (Doc d : docs) {
            boolean read = agrees(d.yaml(), d.firstLine());
            // Literal blocks (text: |-) are outside the subset; everything else shipped must be read quickly.
            assertEquals(!d.yaml().contains(": |"), read, d.file().toString());
            handled += read ? 1 : 0;
        }
        assertTrue(handled > 150, "FastYaml read only " + handled + " of " + docs.size() + " shipped files");
    }

    @Test
    void readsTheTestFixturesAsSnakeYamlDoes() {
        for (Doc d : docs(TestSite.repo().resolve("generator/core/src/test/resources/fixtures"))) {
            agrees(d.yaml(), d.firstLine());
        }
    }

    @Test
    void readsEachConstructOfTheSubset() {
        List<String> samples = List.of(
                "",
                "# only a comment\n\n   # another\n",
                "a: 1\nb: x y  z\nc:\nd:   \ne: ~\nf: null\ng: Null\nh: NULL\ni: nUll\n",
                "number: \"1\"\ntitle: 加强就业创业信息\nlead: [市农业农村局]\ndeadline: 2015-10-28\n",
                "a: 'it''s'\nb: \"say \\\"hi\\\" \\\\ ok\"\nc: \"\"\nd: ''\ne: \"  sp  \"\nf: \"null\"\ng: 'a\\b'\n",
                "a: yes\nb: 3.5\nc: 0x1F\nd: 2019-01-01 10:00:00\ne: =\nf: x:y\ng: http://a.b/c?d=e#f\nh: a#b\n",
                "a: x, y [z] {w}\nb: 中文：值，“引号”\nc: \u00a0x\u00a0\nd: 100%\ne: a - b\nf: ...\ng: a'b\"c\n",
                "a: []\nb: [ ]\nc: [x,  y z , \"q\", 'w', null, ~, \"~\", 1]\nd:  [ a ]   \n",
                "updates:\n  - date: 2015-03-15\n    status: in-progress\n    by: 市农业农村局\n    text: 已制定\n  - date: x\n",
                "updates:\n- date: x\n  by: y\n-\nk: v\n",
                "- a\n-   b: c\n    d: [x]\n-\n- \n- 'q'\n- [r, s]\n",
                "  a: 1\n  b:\n    c: 2\n    d:\n      - x\n  e: 3\n",
                "a:\n  # comment\n      # deeper comment\n  b: 1\n# left comment\n  c: 2\nd: x\n    # after a scalar\ne: y\n",
                "- id: x\n  children:\n    - id: y\n      children:\n      - id: z\n  name: n\n",
                "- children:\n  - id: x\n  c: 1\n",
                "a:\n- b:\n  - x\n  c: 1\n",
                "key_1: a\nkey-2: b\nk.3: c\n2019: d\n单位: e\nnull: f\n",
                "a: b\n\n\n\nc: d");
        for (String s : samples) {
            assertTrue(agrees(s, 1), "not read:\n" + s);
            assertTrue(agrees(s, 2), "not read:\n" + s);
        }
    }

    @Test
    void declinesWhatLiesOutsideTheSubset() {
        List<String> samples = List.of(
                "a:\tb\n", "a: b\r\n", "\uFEFFa: b\n", "a: \u0085\n", "a: b\u2028\n", "a: \u0001\n", "a: 𠮷\n",
                "a: \uFDD0\n", "a: \uFFFE\n", "a: \u009F\n",
                "a: &x b\nc: *x\n", "a: !!str b\n", "a: !t b\n", "a: |-\n  text\n", "a: >\n  text\n",
                "a: multi\n  line\n", "- x\n  y\n", "a: \"open\n  close\"\n", "a: 'open\n  close'\n",
                "a: {b: c}\n", "---\na: b\n", "a: b\n---\nc: d\n", "a: b\n...\n", "%YAML 1.1\n---\na: b\n",
                "a: -b\n", "a: ?b\n", "a: :b\n", "a: ,b\n", "a: ]b\n", "a: }b\n", "a: #b\n", "a: @b\n", "a: `b\n",
                "a: %b\n", "a: x: y\n", "a: x #c\n", "a: x:\n", "a: \"x\" # c\n", "a: \"x\" y\n", "a: <<\n",
                "a: b\na: c\n", "a: \"\\n\"\n", "a: \"\\u0041\"\n", "a: \"x\\\"\n",
                "a: [x, ]\n", "a: [x,,y]\n", "a: [x\n", "a: [x] y\n", "a: [[x]]\n", "a: [x: y]\n", "a: [x#y]\n",
                "a: [x?y]\n", "a: [{x}]\n", "a: [-x]\n", "a: [<<]\n", "a: [\"x\" y]\n",
                "? a\n: b\n", "\"a\": b\n", "a b: c\n", "a : b\n", "_a: b\n", "a:b\n", "-a: b\n", "<<: b\n",
                "x\n", "\"x\"\n", "[a, b]\n", "a: 1\n b: 2\n", "a:\n    b: 1\n  c: 2\n", "a:\n  b: 1\n c: 2\n",
                "- a\nb: 1\n", "a: 1\n- b\n", "-\n  a: 1\n", "- - a\n", "- a: 1\n b: 2\n", "a:\n  - x\n  b: 1\n",
                "  a: 1\nb: 2\n", "k".repeat(200) + ": v\n", "a:\n" + nested(25));
        for (String s : samples) {
            assertTrue(FastYaml.read(s, 1).isEmpty(), "read, though outside the subset:\n" + s);
        }
    }

    private static String nested(int depth) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= depth; i++) {
            sb.append("  ".repeat(i)).append("k:\n");
        }
        return sb.toString();
    }

    /** Random shapes from lines of the subset and around it: whatever FastYaml reads must agree. */
    @Test
    void agreesOnRandomShapes() {
        String[] lines = {"a: 1", "b:", "c: [x, 'y']", "d: \"q\"", "- x", "-", "- e: f", "-   g: h", "- [z]",
                "- i:", "h: null", "# c", "", "j: k l", "- - m", "n: o: p", "q: r", "s: t"};
        Random random = new Random(20261123);
        int handled = 0;
        for (int n = 0; n < 4000; n++) {
            StringBuilder doc = new StringBuilder();
            int size = 1 + random.nextInt(7);
            for (int i = 0; i < size; i++) {
                doc.append(" ".repeat(random.nextInt(5))).append(lines[random.nextInt(lines.length)]).append('\n');
            }
            handled += agrees(doc.toString(), 1 + random.nextInt(2)) ? 1 : 0;
        }
        assertTrue(handled > 500, "read only " + handled);
    }
}
