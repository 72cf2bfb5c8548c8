package gongkai.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The one place output files are written. Everything goes into a fresh staging folder beside the
 * target; only a complete build replaces the target, so a failed build leaves the last good site.
 */
public final class SiteWriter {

    private final Path target;
    private final Path staging;
    private final Set<Path> madeDirs = ConcurrentHashMap.newKeySet();

    private SiteWriter(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    public static SiteWriter open(Path target) throws IOException {
        Path abs = target.toAbsolutePath().normalize();
        Path staging = abs.resolveSibling("." + abs.getFileName() + ".staging");
        deleteTree(staging);
        Files.createDirectories(staging);
        return new SiteWriter(abs, staging);
    }

    /** Writes one file; path is relative to the site root and may not leave it. */
    public void write(String path, byte[] bytes) throws IOException {
        Path file = staging.resolve(path).normalize();
        if (!file.startsWith(staging) || file.equals(staging)) {
            throw new IOException("输出路径越出站点目录：" + path);
        }
        Path dir = file.getParent();
        // Marked as made only once it exists: a thread that finds it marked may write into it at once.
        if (!madeDirs.contains(dir)) {
            Files.createDirectories(dir);
            madeDirs.add(dir);
        }
        Files.write(file, bytes);
    }

    /** Copies a folder of static assets (the theme's) into the site under prefix. */
    public void copyTree(Path from, String prefix) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                String rel = from.relativize(p).toString().replace('\\', '/');
                write(prefix + rel, Files.readAllBytes(p));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Swaps the finished site into place. */
    public void commit() throws IOException {
        Path old = target.resolveSibling("." + target.getFileName() + ".old");
        deleteTree(old);
        if (Files.exists(target)) {
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        deleteTree(old);
    }

    /** Drops the staging folder; the target is untouched. */
    public void abandon() {
        try {
            deleteTree(staging);
        } catch (IOException e) {
            // Best effort: a leftover staging folder is removed by the next build.
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }

}
