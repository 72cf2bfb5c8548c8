package gongkai.check;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import gongkai.build.Build;
import gongkai.diagnostics.Problem;
import gongkai.diagnostics.Problems;
import gongkai.markup.Markdown;
import gongkai.read.ReadCache;
import gongkai.support.TestSite;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shipped content files, mutated a few thousand times (syntax characters, tags, anchors, escapes, control
 * characters, broken UTF-8, cut lines), go through the reader and the checker as `gongkai check` and serve
 * run them: whatever the input, the answer is a list of problems naming a file, never an exception.
 */
class ContentFuzzTest {

    private static final int ITERATIONS = 8000;
    private static final String[] TOKENS = {
        ":", ": ", "- ", "-", "[", "]", "{", "}", "\"", "'", "|", "|-", ">", "> ", "&a ", "*a", "&a [1, *a] ", "!!str ",
        "!!binary ", "!!python/object:os.system ", "!<tag:yaml.org,2002:str> ", "%YAML 1.1\n", "---\n", "...\n", "\n",
        "\n\n", "\t", "  ", "    ", "#", "\\", "\"\\x01\"", "\"\\x1b[31m\"", "\"\\uFFFE\"", "\"\\ud800\"", "\"\\U0010FFFF\"",
        "\u0001", "\u001b", "\u007f", "\u0085", "\uFFFE", "\uFEFF", "\u200B", "\u3000", "2019-13-45", "2019-02-30",
        "2018-12-31", "null", "~", "true", "yes", "1e999", "-0", "0x1F", "９", "一、", "（一）", "（1）", "市财政局",
        "各区人民政府", "牵头", "11月底前", "年底前", "长期推进", ">>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>", "- - - - - - - - - -",
        "[[[[[[[[[[[[[[[[[[[[", "<script>alert(1)</script>", "javascript:alert(1)", "java\tscript:", "![](/\\evil.example/x.png)",
        "status: completed\n", "status: done\n", "lead: [市财政局]\n", "parent: \"1\"\n", "parent: self\n", "number: \"1\"\n",
        "deadline: 2019-11-30\n", "updates:\n  - date: 2019-10-01\n    text: x\n", "draft: true\n", "id: xiamen\n",
        "children:\n  - id: a\n    name: b\n", "members: [xiamen]\n", "sections:\n  - id: \"1\"\n    title: t\n",
    };

    @TempDir
    Path temp;

    @Test
    void noInputMakesTheReaderOrCheckerThrow() throws Exception {
        Path shipped = TestSite.repo();
        TestSite site = TestSite.fixture("basic", temp);
        List<String> sources = new ArrayList<>();
        sources.add("site-config.yml");
        try (Stream<Path> s = Files.walk(shipped.resolve("content"))) {
            s.filter(Files::isRegularFile).map(p -> shipped.relativize(p).toString().replace('\\', '/')).sorted()
                    .forEach(sources::add);
        }
        // The shipped registry and each shipped plan with one of its tasks, so mutated tasks meet their units.
        TestSite.copy(shipped.resolve("content/units"), site.root().resolve("content/units"));
        for (String path : sources) {
            if (path.endsWith("/plan.md") || path.endsWith("/1.md")) {
                site.writeBytes(path, Files.readAllBytes(shipped.resolve(path)));
            }
        }
        Build.Options options = site.options().withoutHistory();
        ReadCache reads = new ReadCache();
        ResolveCache resolved = new ResolveCache();
        Markdown markdown = new Markdown();
        Random random = new Random(10);
        int problems = 0;
        int withoutLine = 0;
        int withoutColumn = 0;
        int clean = 0;
        long start = System.nanoTime();
        for (int i = 0; i < ITERATIONS; i++) {
            String source = sources.get(random.nextInt(sources.size()));
            Path target = site.root().resolve(source);
            byte[] before = Files.exists(target) ? Files.readAllBytes(target) : null;
            byte[] mutated = mutate(Files.readAllBytes(shipped.resolve(source)), random);
            Files.write(target, mutated);
            reads.invalidate(List.of(source));
            try {
                Problems found = new Problems();
                var loaded = Build.load(options, found, null, reads, resolved);
                if (loaded.isPresent()) {
                    clean++;
                    loaded.get().graph().content().tasks().forEach(t -> markdown.toHtml(t.body()));
                } else {
                    assertFalse(found.isEmpty(), "a failed load without a problem: " + source);
                }
                for (Problem p : found.sorted()) {
                    problems++;
                    if (p.line() == 0) {
                        withoutLine++;
                    } else if (p.column() == 0) {
                        withoutColumn++;
                        System.out.println("fuzz: a problem with a line but no column: " + p.format());
                    }
                    String text = p.format();
                    assertFalse(p.file().isBlank() || p.message().isBlank(), text);
                    assertFalse(text.contains("Exception") || text.contains("\tat ") || text.contains("java."),
                            "a Java trace in a message: " + text);
                }
            } catch (RuntimeException | StackOverflowError e) {
                fail("iteration " + i + " on " + source + " threw " + e + "\n--- input ---\n"
                        + new String(mutated, StandardCharsets.UTF_8), e);
            } finally {
                if (before == null) {
                    Files.delete(target);
                } else {
                    Files.write(target, before);
                }
                reads.invalidate(List.of(source));
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("fuzz: %d inputs in %d ms, %d loaded cleanly, %d problems, %d without a line, %d without a column%n",
                ITERATIONS, millis, clean, problems, withoutLine, withoutColumn);
        // Every problem found in a file that was read names the place: a line, and the column on it.
        assertTrue(withoutLine == 0 && withoutColumn == 0, withoutLine + " without a line, " + withoutColumn + " without a column");
        assertTrue(problems > ITERATIONS / 2, "the mutations should break most inputs");
    }

    /** One to three edits: a token inserted, a span deleted, a line doubled, moved, re-indented or cut. */
    private static byte[] mutate(byte[] original, Random random) {
        String text = new String(original, StandardCharsets.UTF_8);
        int edits = 1 + random.nextInt(3);
        boolean rawBytes = false;
        for (int e = 0; e < edits; e++) {
            int at = text.isEmpty() ? 0 : random.nextInt(text.length());
            switch (random.nextInt(8)) {
                case 0, 1, 2 -> text = text.substring(0, at) + TOKENS[random.nextInt(TOKENS.length)] + text.substring(at);
                case 3 -> text = text.substring(0, at) + text.substring(Math.min(text.length(), at + random.nextInt(20)));
                case 4 -> {
                    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
                    int l = random.nextInt(lines.size());
                    lines.add(random.nextInt(lines.size()), lines.get(l));
                    text = String.join("\n", lines);
                }
                case 5 -> {
                    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
                    int l = random.nextInt(lines.size());
                    lines.set(l, (random.nextBoolean() ? "  " : "") + lines.get(l).replaceFirst("^ {1,2}", ""));
                    text = String.join("\n", lines);
                }
                case 6 -> text = text.substring(0, at);
                default -> rawBytes = true;
            }
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (rawBytes && bytes.length > 0) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int at = random.nextInt(bytes.length);
            out.write(bytes, 0, at);
            out.write(0x80 + random.nextInt(0x80));
            out.write(bytes, at, bytes.length - at);
            return out.toByteArray();
        }
        return bytes;
    }
}
