package gongkai.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.build.Build;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A project folder in a temp directory: a fixture (or the shipped content) plus the real theme, which
 * tests edit file by file, build, and read back.
 */
public final class TestSite {

    private final Path root;
    private final Path out;

    private TestSite(Path root) {
        this(root, root.resolve("_site"));
    }

    private TestSite(Path root, Path out) {
        this.root = root;
        this.out = out;
    }

    /** A project already on disk (a clone a test made), read from its _site/. */
    public static TestSite at(Path root) {
        return new TestSite(root);
    }

    /** The same project, its pages read from another output folder. */
    public TestSite withOutputDir(Path dir) {
        return new TestSite(root, dir);
    }

    /** The repository root, where the shipped content and theme live. */
    public static Path repo() {
        String prop = System.getProperty("gongkai.root");
        Path p = prop != null ? Path.of(prop) : Path.of("..");
        return p.toAbsolutePath().normalize();
    }

    /** A copy of src/test/resources/fixtures/NAME with the default theme. */
    public static TestSite fixture(String name, Path tempDir) {
        Path source = repo().resolve("generator/core/src/test/resources/fixtures").resolve(name);
        TestSite site = new TestSite(tempDir.resolve(name));
        copy(source, site.root);
        copy(repo().resolve("templates"), site.root.resolve("templates"));
        return site;
    }

    /** A copy of the shipped project: site-config.yml, content/ and templates/. */
    public static TestSite shipped(Path tempDir) {
        TestSite site = new TestSite(tempDir.resolve("shipped"));
        copy(repo().resolve("content"), site.root.resolve("content"));
        copy(repo().resolve("templates"), site.root.resolve("templates"));
        try {
            Files.copy(repo().resolve("site-config.yml"), site.root.resolve("site-config.yml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return site;
    }

    public Path root() {
        return root;
    }

    public Path output() {
        return out;
    }

    public Build.Options options() {
        return Build.Options.forProject(root);
    }

    public Build.Result build() {
        return Build.run(options());
    }

    /** Builds and fails the test with the problems listed when the build fails. */
    public Build.Result buildOk() {
        return ok(build());
    }

    private static Build.Result ok(Build.Result r) {
        assertTrue(r.ok(), () -> "build failed:\n" + String.join("\n", r.problems().stream().map(p -> p.format()).toList()));
        return r;
    }

    /** Builds as buildOk does, and returns the files the build made (rendered), by path, in no particular order. */
    public java.util.List<String> buildMade() {
        java.util.List<String> made = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        ok(Build.run(options(), new gongkai.build.Progress() {
            @Override
            public void produced(String path, long nanos) {
                made.add(path);
            }
        }));
        return java.util.List.copyOf(made);
    }

    /** Builds a site that must fail, checks nothing was written, and returns its problems as printed. */
    public java.util.List<String> problems() {
        Build.Result r = build();
        org.junit.jupiter.api.Assertions.assertFalse(r.ok(), "build should fail");
        org.junit.jupiter.api.Assertions.assertFalse(Files.exists(output()), "a failed build wrote _site");
        return r.problems().stream().map(gongkai.diagnostics.Problem::format).toList();
    }

    /** What `gongkai check` reports for this site, as printed: CheckCommand's load, drafts in, no history. */
    public java.util.List<String> checked() {
        gongkai.diagnostics.Problems found = new gongkai.diagnostics.Problems();
        Build.load(options().withDrafts(true).withoutHistory(), found);
        return found.sorted().stream().map(gongkai.diagnostics.Problem::format).toList();
    }

    /** The problems of a build that must fail, which check must report word for word too. */
    public java.util.List<String> problemsAlsoChecked() {
        java.util.List<String> built = problems();
        org.junit.jupiter.api.Assertions.assertEquals(built, checked(), "check and build report differently");
        return built;
    }

    /** A file of the project (not of the built site), as text. */
    public String source(String path) {
        try {
            return Files.readString(root.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public TestSite write(String path, String text) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public TestSite writeBytes(String path, byte[] bytes) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public TestSite delete(String path) {
        try {
            Files.delete(root.resolve(path));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String read(String sitePath) {
        try {
            return Files.readString(output().resolve(sitePath), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] bytes(String sitePath) {
        try {
            return Files.readAllBytes(output().resolve(sitePath));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean exists(String sitePath) {
        return Files.exists(output().resolve(sitePath));
    }

    /** A built page, parsed; a directory URL reads its index.html. */
    public Document page(String url) {
        String path = url.isEmpty() || url.endsWith("/") ? url + "index.html" : url;
        return Jsoup.parse(read(path), "https://example.org/" + path);
    }

    /** Every output file with its bytes, by path, for comparing whole builds. */
    public Map<String, byte[]> snapshot() {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(output())) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                files.put(output().relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Copies a folder tree; files already at the target are kept (a fixture may lay one over another). */
    public static void copy(Path from, Path to) {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.sorted().toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!Files.exists(target)) {
                    Files.copy(p, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a folder tree made by a test (or nothing, if it is not there). */
    public static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
