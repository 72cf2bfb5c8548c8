package gongkai.read;

import java.nio.file.Path;

/** How files are named in messages: relative to the project root, with '/' on every system. */
public final class ProjectPath {

    private ProjectPath() {
    }

    public static String relative(Path root, Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path r = root.toAbsolutePath().normalize();
        return (abs.startsWith(r) ? r.relativize(abs) : abs).toString().replace('\\', '/');
    }
}
