package gongkai.importer;

import gongkai.cli.Main;
import gongkai.support.TestSite;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A project folder for import tests: the shipped site-config.yml and theme, and the unit files a test gives. */
final class Project {

    final Path root;

    private Project(Path root) {
        this.root = root;
    }

    /** site-config.yml, templates/ and the named shipped unit files (e.g. "wenzhou.yml"), no plans. */
    static Project withUnits(Path dir, String... unitFiles) {
        try {
            Files.createDirectories(dir.resolve("content/units"));
            Files.copy(TestSite.repo().resolve("site-config.yml"), dir.resolve("site-config.yml"));
            TestSite.copy(TestSite.repo().resolve("templates"), dir.resolve("templates"));
            for (String f : unitFiles) {
                Files.copy(TestSite.repo().resolve("content/units").resolve(f), dir.resolve("content/units").resolve(f));
            }
            return new Project(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of the whole shipped project. */
    static Project shipped(Path dir) {
        TestSite.copy(TestSite.repo().resolve("content"), dir.resolve("content"));
        Project p = withUnits(dir);
        return p;
    }

    record Run(int code, String out, String err) {
    }

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--config";
        all[args.length + 1] = root.resolve("site-config.yml").toString();
        int code = Main.run(all, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    String read(String path) {
        try {
            return Files.readString(root.resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean exists(String path) {
        return Files.exists(root.resolve(path));
    }

    void write(String path, String text) {
        try {
            Files.writeString(root.resolve(path), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file under content/ with its text, to show that a failed command wrote nothing. */
    Map<String, String> content() {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root.resolve("content"))) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    long taskFiles(String plan) {
        try (Stream<Path> s = Files.list(root.resolve("content/plans").resolve(plan))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md") && !n.equals("plan.md")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path seed(String name) {
        return TestSite.repo().resolve("seeds").resolve(name);
    }
}
