package gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.support.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Data flows one way through the core: read → check → graph → render → write, with diagnostics below every
 * stage. Maven keeps the importer and the command line out of the core; this keeps the stages apart inside it.
 */
class StagesTest {

    /** Which packages each package of the core may use. */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "diagnostics", Set.of(),
            "model", Set.of(),
            "markup", Set.of(),
            "read", Set.of("diagnostics"),
            "check", Set.of("diagnostics", "markup", "model", "read"),
            "graph", Set.of("model"),
            "render", Set.of("diagnostics", "graph", "markup", "model"),
            "write", Set.of("diagnostics"),
            "build", Set.of("check", "diagnostics", "graph", "model", "read", "render", "write"));

    private static final Pattern USE = Pattern.compile("\\bgongkai\\.([a-z]+)\\.[A-Za-z]");

    @Test
    void eachStageUsesOnlyTheStagesBeforeIt() throws IOException {
        Path sources = TestSite.repo().resolve("generator/core/src/main/java/gongkai");
        Map<String, Set<String>> found = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String pkg = sources.relativize(file).getName(0).toString();
                assertTrue(ALLOWED.containsKey(pkg), "a package the stage map does not know: " + pkg);
                // What comments say is no dependency: only code counts.
                String code = Files.readString(file).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\n]*", "");
                Matcher m = USE.matcher(code);
                while (m.find()) {
                    String used = m.group(1);
                    if (!used.equals(pkg)) {
                        found.computeIfAbsent(pkg, k -> new TreeSet<>()).add(used);
                        if (!ALLOWED.get(pkg).contains(used)) {
                            wrong.add(sources.relativize(file) + " uses gongkai." + used);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), wrong, "stage dependencies found: " + found);
    }
}
