package gongkai.write;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The files of a folder with what the file system says of each (size, time of last change, identity), as site
 * paths. A file written, replaced or deleted after the stamps were taken has another stamp, or none: this is how a
 * build knows the site on disk is still the one it published, not how it knows what a page says.
 */
public final class FileStamps {

    /** size and modified (nanoseconds) as the file system gives them; node: the file's identity (inode), or "". */
    public record Stamp(long size, long modified, String node) {
    }

    private FileStamps() {
    }

    /** The stamps of these paths below dir, of those that are there. */
    public static Map<String, Stamp> of(Path dir, java.util.Collection<String> paths) throws IOException {
        Map<String, Stamp> stamps = new HashMap<>();
        for (String path : paths) {
            Path file = dir.resolve(path);
            if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                stamps.put(path, stamp(Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)));
            }
        }
        return stamps;
    }

    private static Stamp stamp(BasicFileAttributes a) {
        Object key = a.fileKey();
        return new Stamp(a.isRegularFile() ? a.size() : -1, a.lastModifiedTime().to(TimeUnit.NANOSECONDS),
                key == null ? "" : key.toString());
    }

    /** Every file below dir; empty when dir is absent. Anything but a regular file (a symbolic link) has size -1. */
    public static Map<String, Stamp> of(Path dir) throws IOException {
        Map<String, Stamp> stamps = new HashMap<>();
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return stamps;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes a) {
                stamps.put(dir.relativize(file).toString().replace('\\', '/'), stamp(a));
                return FileVisitResult.CONTINUE;
            }
        });
        return stamps;
    }
}
