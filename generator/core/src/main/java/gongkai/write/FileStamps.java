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

    /**
     * size and modified (nanoseconds) as the file system gives them; node: a hash of the file's identity (device and
     * inode), 0 where the file system has none.
     */
    public record Stamp(long size, long modified, int node) {
    }

    private FileStamps() {
    }

    /** The stamp of one file as a walk (of) gives it, or null when no file is there (nothing, or a folder). */
    public static Stamp ofFile(Path file) throws IOException {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (java.nio.file.NoSuchFileException e) {
            return null;
        }
        return a.isDirectory() ? null : stamp(a);
    }

    /**
     * stamps with these paths stamped again below dir (or dropped where nothing is there now): the stamps of a folder
     * after these files were written or deleted, and nothing else changed.
     */
    public static Map<String, Stamp> restamped(Map<String, Stamp> stamps, Path dir, java.util.Collection<String> paths)
            throws IOException {
        Map<String, Stamp> now = new HashMap<>(stamps);
        for (String path : paths) {
            Stamp s = ofFile(dir.resolve(path));
            if (s == null) {
                now.remove(path);
            } else {
                now.put(path, s);
            }
        }
        return now;
    }

    private static Stamp stamp(BasicFileAttributes a) {
        Object key = a.fileKey();
        return new Stamp(a.isRegularFile() ? a.size() : -1, a.lastModifiedTime().to(TimeUnit.NANOSECONDS),
                key == null ? 0 : key.hashCode());
    }

    /** Every file below dir; empty when dir is absent. Anything but a regular file (a symbolic link) has size -1. */
    public static Map<String, Stamp> of(Path dir) throws IOException {
        Map<String, Stamp> stamps = new HashMap<>();
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return stamps;
        }
        // Each file's site path is its folder's, kept as the walk goes down, and its name: no Path made relative.
        java.util.ArrayDeque<String> folders = new java.util.ArrayDeque<>();
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes a) {
                folders.push(folders.isEmpty() ? "" : folders.peek() + d.getFileName() + "/");
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes a) {
                stamps.put(folders.peek() + file.getFileName(), stamp(a));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                folders.pop();
                return FileVisitResult.CONTINUE;
            }
        });
        return stamps;
    }
}
