package gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.support.TestSite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every document of the corpus of real tables (src/test/resources/corpus, described in its SOURCES.md) imported as a
 * new user would, with only the flags expectations.txt gives, and checked against the task count and spot checks
 * written down there; a document the importer does not read yet must be refused with a clear message, not imported
 * as garbage. The imported plan must then pass gongkai check.
 */
class CorpusImportTest {

    private static final Path CORPUS = TestSite.repo().resolve("generator/cli/src/test/resources/corpus");

    @TempDir
    Path temp;

    record Expectation(String file, List<String> flags, int tasks, String refused, List<String[]> checks, List<String> out) {
    }

    static List<Expectation> expectations() {
        List<Expectation> out = new ArrayList<>();
        try {
            String file = null;
            List<String> flags = List.of();
            int tasks = -1;
            String refused = null;
            List<String[]> checks = new ArrayList<>();
            List<String> outs = new ArrayList<>();
            List<String> lines = new ArrayList<>(Files.readAllLines(CORPUS.resolve("expectations.txt"), StandardCharsets.UTF_8));
            lines.add("== end");
            for (String line : lines) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (line.startsWith("== ")) {
                    if (file != null) {
                        out.add(new Expectation(file, flags, tasks, refused, checks, outs));
                    }
                    file = line.substring(3).strip();
                    flags = List.of();
                    tasks = -1;
                    refused = null;
                    checks = new ArrayList<>();
                    outs = new ArrayList<>();
                } else if (line.startsWith("flags: ")) {
                    flags = List.of(line.substring(7).strip());
                } else if (line.startsWith("tasks: ")) {
                    tasks = Integer.parseInt(line.substring(7).strip());
                } else if (line.startsWith("refused: ")) {
                    refused = line.substring(9).strip();
                } else if (line.startsWith("out: ")) {
                    outs.add(line.substring(5).strip());
                } else if (line.startsWith("pending: ")) {
                    continue;
                } else {
                    int bar = line.indexOf(": ");
                    checks.add(new String[] {line.substring(0, bar), line.substring(bar + 2)});
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** "--title 2-2 青年政策參與" → ["--title", "2-2 青年政策參與"]: an option's value runs to the next option. */
    private static List<String> args(List<String> flags) {
        List<String> out = new ArrayList<>();
        for (String f : flags) {
            int space = f.indexOf(' ');
            if (f.startsWith("--") && space > 0) {
                out.add(f.substring(0, space));
                out.add(f.substring(space + 1).strip());
            } else {
                out.add(f);
            }
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> everyCorpusDocument() {
        List<Expectation> all = expectations();
        assertEquals(18, all.size(), "one block per corpus document");
        return all.stream().map(e -> DynamicTest.dynamicTest(e.file(), () -> check(e)));
    }

    private void check(Expectation e) {
        Project p = Project.withUnits(temp.resolve(e.file().substring(0, 2)));
        List<String> a = new ArrayList<>(List.of("import", CORPUS.resolve(e.file()).toString()));
        a.addAll(args(String.join(" ", e.flags()).lines().flatMap(l -> splitOptions(l).stream()).toList()));
        Project.Run r = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> p.run(a.toArray(String[]::new)));
        if (e.refused() != null) {
            assertEquals(1, r.code(), e.file() + ":\n" + r.out() + r.err());
            assertTrue(r.err().contains(e.refused()), e.file() + ":\n" + r.err());
            assertTrue(r.err().endsWith("导入失败：未写入任何文件。\n"), r.err());
            return;
        }
        assertEquals(0, r.code(), e.file() + ":\n" + r.err());
        String plan = Files.exists(p.root.resolve("content/plans")) ? onlyPlan(p) : "";
        assertEquals(e.tasks(), p.taskFiles(plan), e.file() + ":\n" + r.out());
        for (String[] c : e.checks()) {
            String text = p.read("content/plans/" + plan + "/" + c[0]);
            assertTrue(text.lines().anyMatch(l -> l.equals(c[1])), e.file() + " " + c[0] + " lacks “" + c[1] + "”:\n" + text + "\n" + r.out());
        }
        for (String o : e.out()) {
            assertTrue(r.out().contains(o), e.file() + " summary lacks “" + o + "”:\n" + r.out());
        }
        Project.Run check = p.run("check");
        assertEquals(0, check.code(), e.file() + ":\n" + check.out() + check.err());
    }

    private static List<String> splitOptions(String flags) {
        List<String> out = new ArrayList<>();
        for (String part : (" " + flags).split(" (?=--)")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    private static String onlyPlan(Project p) {
        try (Stream<Path> s = Files.list(p.root.resolve("content/plans"))) {
            List<String> plans = s.map(x -> x.getFileName().toString()).toList();
            assertEquals(1, plans.size(), plans.toString());
            return plans.get(0);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
