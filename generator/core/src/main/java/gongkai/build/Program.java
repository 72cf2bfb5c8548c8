package gongkai.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Which gongkai this is, as a digest of its code and built-in theme: another version, or the same version built
 * again from changed sources, makes other pages, so a build's record (LastBuild) from one does not serve another.
 */
final class Program {

    /** Made once per run: the program does not change while it runs. */
    static final String ID = identify();

    private Program() {
    }

    private static String identify() {
        try {
            CodeSource source = Program.class.getProtectionDomain().getCodeSource();
            Path where = source == null ? null : Path.of(source.getLocation().toURI());
            List<Object> parts = new ArrayList<>();
            if (where != null && Files.isRegularFile(where)) {
                // A jar's index names each entry with its CRC: every class and theme file, our own and the libraries'.
                try (JarFile jar = new JarFile(where.toFile())) {
                    for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                        JarEntry entry = e.nextElement();
                        parts.add(entry.getName() + " " + entry.getCrc() + " " + entry.getSize());
                    }
                }
            } else if (where != null && Files.isDirectory(where)) {
                // Classes in a folder (tests, an IDE): the files' bytes, and the libraries by their paths.
                parts.add(System.getProperty("java.class.path", ""));
                try (Stream<Path> walk = Files.walk(where)) {
                    for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                        parts.add(where.relativize(p).toString());
                        parts.add(new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1));
                    }
                }
            } else {
                return "unknown " + System.nanoTime();
            }
            return gongkai.model.ValueDigest.of(parts);
        } catch (IOException | UncheckedIOException | URISyntaxException | SecurityException e) {
            // Not to be told: no record will match, and every build makes every file.
            return "unknown " + System.nanoTime();
        }
    }
}
