package gongkai.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.check.MessagesResolver;
import gongkai.diagnostics.Problems;
import gongkai.model.Messages;
import gongkai.model.Status;
import gongkai.read.RawDocument;
import gongkai.read.YamlReader;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped bundles cannot drift: every message the templates, the scripts and style sheet, and the Java code
 * use is in every bundle, no bundle has a message nothing uses, and no translation uses an argument the
 * reference bundle (zh-CN) does not have, nor the code gives besides (as a section's number in figures).
 */
class MessageBundlesTest {

    private static final Path THEME = TestSite.repo().resolve("templates");
    private static final Path JAVA = TestSite.repo().resolve("generator/core/src/main/java");
    /** A quoted string that reads like a message key: words of lower-case letters, digits and hyphens, dotted. */
    private static final Pattern QUOTED_KEY = Pattern.compile("\"([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+)\"");
    private static final Pattern STATIC_KEY = Pattern.compile("\\{\\{msg:([^}]*)\\}\\}");
    /** Names of files, which look like keys too. */
    private static final Pattern FILE_NAME = Pattern.compile(".*\\.(xml|json|csv|html|js|css|txt|yml|yaml|ftlh|md)");

    static Map<String, Messages> bundles;

    @BeforeAll
    static void read() throws IOException {
        Problems problems = new Problems();
        List<RawDocument> docs = new ArrayList<>();
        try (Stream<Path> files = Files.list(THEME.resolve("messages"))) {
            for (Path f : files.sorted().toList()) {
                String name = "messages/" + f.getFileName();
                YamlReader.read(name, Files.readString(f), 1, problems)
                        .ifPresent(node -> docs.add(new RawDocument(name, node, "", 0, null)));
            }
        }
        bundles = MessagesResolver.resolve(docs, List.of(), problems);
        assertEquals(List.of(), problems.sorted(), "the shipped bundles read without a problem");
    }

    private static Set<String> keys(String language) {
        return bundles.get(language).texts().keySet();
    }

    /** The keys the theme and the code use, each with the first place it is used. */
    private static Map<String, String> used() throws IOException {
        Set<String> groups = new TreeSet<>();
        keys("zh-CN").forEach(k -> groups.add(k.substring(0, k.indexOf('.'))));
        Map<String, String> used = new TreeMap<>();
        for (Path f : files(THEME, ".ftlh")) {
            found(f, QUOTED_KEY, groups, used);
        }
        for (Path f : files(THEME.resolve("static"), ".js", ".css")) {
            found(f, STATIC_KEY, null, used);
        }
        for (Path f : files(JAVA, ".java")) {
            found(f, QUOTED_KEY, groups, used);
        }
        // Made from a status's id where the configuration names none of its own (ConfigResolver).
        for (Status s : Status.values()) {
            used.putIfAbsent("status." + s.id(), "check/ConfigResolver.java");
        }
        return used;
    }

    private static List<Path> files(Path dir, String... suffixes) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> Stream.of(suffixes).anyMatch(x -> p.toString().endsWith(x))).sorted().toList();
        }
    }

    private static void found(Path file, Pattern pattern, Set<String> groups, Map<String, String> used) throws IOException {
        Matcher m = pattern.matcher(Files.readString(file));
        while (m.find()) {
            String key = m.group(1);
            if (groups == null || (groups.contains(key.substring(0, key.indexOf('.'))) && !FILE_NAME.matcher(key).matches())) {
                used.putIfAbsent(key, TestSite.repo().relativize(file).toString());
            }
        }
    }

    @Test
    void thereIsAChineseAndAnEnglishBundle() {
        assertEquals(Set.of("en", "zh-CN"), bundles.keySet());
    }

    @Test
    void everyBundleHasTheSameMessages() {
        for (String language : bundles.keySet()) {
            assertEquals(List.of(), keys("zh-CN").stream().filter(k -> !keys(language).contains(k)).toList(),
                    "in zh-CN, not in " + language);
            assertEquals(List.of(), keys(language).stream().filter(k -> !keys("zh-CN").contains(k)).toList(),
                    "in " + language + ", not in zh-CN");
        }
    }

    @Test
    void everyMessageUsedIsInEveryBundle() throws IOException {
        Map<String, String> used = used();
        for (String language : bundles.keySet()) {
            List<String> missing = used.entrySet().stream().filter(e -> !keys(language).contains(e.getKey()))
                    .map(e -> e.getKey() + " (" + e.getValue() + ")").toList();
            assertEquals(List.of(), missing, "used, but not in " + language);
        }
    }

    @Test
    void noBundleHasAMessageNothingUses() throws IOException {
        Set<String> used = used().keySet();
        for (String language : bundles.keySet()) {
            List<String> unused = keys(language).stream().filter(k -> !used.contains(k)).toList();
            assertEquals(List.of(), unused, "in " + language + ", but never used");
        }
    }

    @Test
    void translationsUseOnlyTheArgumentsTheReferenceBundleHas() {
        Messages reference = bundles.get("zh-CN");
        for (Map.Entry<String, Messages> b : bundles.entrySet()) {
            for (String key : b.getValue().texts().keySet()) {
                if (key.equals(MessagesResolver.DATE_PATTERN)) {
                    continue;
                }
                Set<String> names = b.getValue().message(key).names();
                Set<String> known = new TreeSet<>(reference.message(key).names());
                known.addAll(MessagesResolver.alsoGiven(key));
                assertTrue(known.containsAll(names), b.getKey() + " " + key + " uses " + names + ", zh-CN has " + known);
            }
        }
    }

    @Test
    void theScannerSeesEachWayKeysAreUsed() throws IOException {
        Map<String, String> used = used();
        // A template's msg("…"), a key in a template's hash, a script's {{msg:…}}, the Java code's literal keys.
        assertTrue(used.get("nav.home").endsWith(".ftlh"));
        assertTrue(used.containsKey("unit.as-support-count"));
        assertTrue(used.get("search.kind-heading").endsWith("search.js"));
        assertTrue(used.get("narrow.plan").endsWith("style.css"));
        assertTrue(used.get("data.overdue-yes").endsWith("OpenData.java"));
        assertTrue(!used.containsKey("feed.xml") && !used.containsKey("plans.json"), "file names are not keys");
    }
}
