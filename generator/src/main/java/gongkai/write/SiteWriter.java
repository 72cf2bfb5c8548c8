package gongkai.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The one place output files are written. Nothing reaches the target until the whole build succeeded:
 * <ul>
 * <li>a first build writes into a staging folder beside the target and renames it into place;</li>
 * <li>a rebuild stages only the files whose bytes changed, then moves them in and removes the files no
 * longer produced. Creating and deleting files is what costs most on real disks, and a rebuild after an
 * edit changes few of them;</li>
 * <li>serve's incremental updates write straight into the live site ({@link #inPlace}).</li>
 * </ul>
 */
public final class SiteWriter {

    private enum Mode { FRESH, UPDATE, IN_PLACE }

    private final Path target;
    private final Path staging;
    private final Mode mode;
    private final Set<Path> madeDirs = ConcurrentHashMap.newKeySet();
    private final Set<String> produced = ConcurrentHashMap.newKeySet();
    private final Set<String> staged = ConcurrentHashMap.newKeySet();
    private final AtomicInteger unchanged = new AtomicInteger();

    private SiteWriter(Path target, Path staging, Mode mode) {
        this.target = target;
        this.staging = staging;
        this.mode = mode;
    }

    /** A writer for a whole build of the site at target. */
    public static SiteWriter open(Path target) throws IOException {
        Path abs = target.toAbsolutePath().normalize();
        Path staging = abs.resolveSibling("." + abs.getFileName() + ".staging");
        deleteTree(staging);
        Files.createDirectories(staging);
        return new SiteWriter(abs, staging, Files.isDirectory(abs) ? Mode.UPDATE : Mode.FRESH);
    }

    /**
     * Writes straight into an existing site, for serve's incremental rebuilds of a site that was already
     * built whole; commit and abandon do nothing.
     */
    public static SiteWriter inPlace(Path target) {
        Path abs = target.toAbsolutePath().normalize();
        return new SiteWriter(abs, abs, Mode.IN_PLACE);
    }

    /** Writes one file; path is relative to the site root and may not leave it. */
    public void write(String path, byte[] bytes) throws IOException {
        Path file = inside(staging, path);
        produced.add(path);
        if (mode != Mode.FRESH) {
            Path current = inside(target, path);
            if (sameBytes(current, bytes)) {
                unchanged.incrementAndGet();
                return;
            }
        }
        Path dir = file.getParent();
        // Remember a folder only once it exists: another thread may be writing into it already.
        if (!madeDirs.contains(dir)) {
            Files.createDirectories(dir);
            madeDirs.add(dir);
        }
        writeFile(file, bytes);
        staged.add(path);
    }

    /** One write call for the whole file; Files.write hands the kernel 8 KB at a time. */
    private static void writeFile(Path file, byte[] bytes) throws IOException {
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                out.write(buffer);
            }
        }
    }

    private static Path inside(Path root, String path) throws IOException {
        Path file = root.resolve(path).normalize();
        if (!file.startsWith(root) || file.equals(root)) {
            throw new IOException("输出路径越出站点目录：" + path);
        }
        return file;
    }

    private static boolean sameBytes(Path file, byte[] bytes) throws IOException {
        if (!Files.isRegularFile(file) || Files.size(file) != bytes.length) {
            return false;
        }
        return Arrays.equals(Files.readAllBytes(file), bytes);
    }

    /** Removes a file of the site that is no longer produced (serve's incremental updates). */
    public void remove(String path) throws IOException {
        Files.deleteIfExists(inside(target, path));
    }

    /** Copies a folder of static assets (the theme's) into the site under prefix; returns the file count. */
    public int copyTree(Path from, String prefix) throws IOException {
        if (!Files.isDirectory(from)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(from)) {
            List<Path> list = files.filter(Files::isRegularFile).sorted().toList();
            for (Path p : list) {
                String rel = from.relativize(p).toString().replace('\\', '/');
                write(prefix + rel, Files.readAllBytes(p));
            }
            return list.size();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Files written with new bytes so far (all of them in a first build). */
    public int written() {
        return staged.size();
    }

    /** Files whose bytes were already in place. */
    public int unchanged() {
        return unchanged.get();
    }

    /** Puts the finished site in place. */
    public void commit() throws IOException {
        switch (mode) {
            case IN_PLACE -> {
            }
            case FRESH -> Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            case UPDATE -> {
                for (String path : staged.stream().sorted().toList()) {
                    Path to = inside(target, path);
                    Files.createDirectories(to.getParent());
                    Files.move(inside(staging, path), to, StandardCopyOption.REPLACE_EXISTING,
                            StandardCopyOption.ATOMIC_MOVE);
                }
                removeStale();
                deleteTree(staging);
            }
        }
    }

    /** Deletes what the previous build wrote and this one did not: pages of removed tasks, old pages of lists. */
    private void removeStale() throws IOException {
        List<Path> stale = new ArrayList<>();
        try (Stream<Path> s = Files.walk(target)) {
            s.filter(Files::isRegularFile).forEach(p -> {
                String rel = target.relativize(p).toString().replace('\\', '/');
                if (!produced.contains(rel)) {
                    stale.add(p);
                }
            });
        }
        for (Path p : stale) {
            Files.deleteIfExists(p);
            for (Path dir = p.getParent(); !dir.equals(target) && isEmptyDir(dir); dir = dir.getParent()) {
                Files.delete(dir);
            }
        }
    }

    private static boolean isEmptyDir(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    /** Drops the staging folder; the target is untouched. */
    public void abandon() {
        if (mode == Mode.IN_PLACE) {
            return;
        }
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
