package gongkai.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The theme gongkai carries inside itself, built from the repository's templates/. A site's own templates/
 * folder overrides it file by file (Templates, and the static files Build copies or StaticWords fills in), and
 * its messages/ message by message (check/MessagesResolver), so a site that changes one template or one word
 * keeps every other one current with the tool.
 */
public final class Theme {

    /** Where the built-in theme lies on the class path. */
    static final String ROOT = "gongkai/theme";

    private Theme() {
    }

    /** The built-in theme's files (paths relative to the theme, '/' separators, sorted); prefix narrows them. */
    public static List<String> files(String prefix) {
        return Index.ALL.stream().filter(p -> p.startsWith(prefix)).toList();
    }

    /** Listed once: the built-in theme is part of the program and does not change while it runs. */
    private static final class Index {
        static final List<String> ALL = list();

        private static List<String> list() {
            URL url = Theme.class.getClassLoader().getResource(ROOT + "/_layout.ftlh");
            if (url == null) {
                return List.of();
            }
            try {
                return url.getProtocol().equals("jar") ? inJar(url) : inFolder(Path.of(url.toURI()).getParent());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** The bytes of one built-in file. */
    public static byte[] read(String path) throws IOException {
        try (InputStream in = Theme.class.getClassLoader().getResourceAsStream(ROOT + "/" + path)) {
            if (in == null) {
                throw new IOException("内置主题中没有 " + path);
            }
            return in.readAllBytes();
        }
    }

    private static List<String> inFolder(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    private static List<String> inJar(URL url) throws IOException, URISyntaxException {
        String spec = url.toString();
        URI jar = new URI(spec.substring(0, spec.indexOf("!/")));
        FileSystem fs;
        boolean opened = false;
        try {
            fs = FileSystems.getFileSystem(jar);
        } catch (FileSystemNotFoundException e) {
            try {
                fs = FileSystems.newFileSystem(jar, Map.of());
                opened = true;
            } catch (FileSystemAlreadyExistsException again) {
                fs = FileSystems.getFileSystem(jar);
            }
        }
        try {
            return inFolder(fs.getPath("/" + ROOT));
        } finally {
            if (opened) {
                fs.close();
            }
        }
    }
}
