package gongkai.write;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The one place output files are written. Nothing reaches the published site until the whole build
 * succeeded: a build finishes the next site in the output folder's work folder ({@link OutputFolder}), which
 * holds the site before last (or, after a build that failed, part of a newer one). Only the files whose bytes
 * differ are written there, because creating files is what costs most on real disks and a rebuild after an
 * edit changes few of them; then {@link #commit} publishes the work folder by renames. serve's incremental
 * updates write straight into the live site ({@link #inPlace}).
 */
public final class SiteWriter {

    private enum Mode { FRESH, UPDATE, IN_PLACE }

    private final OutputFolder folder;
    private final Path work;
    /** What "changed" is counted against: the live site's bytes, or the work folder when it equals them. */
    private final Path reference;
    private final Mode mode;
    private final Set<Path> madeDirs = ConcurrentHashMap.newKeySet();
    private final Set<String> produced = ConcurrentHashMap.newKeySet();
    private final Set<String> changed = ConcurrentHashMap.newKeySet();
    /** The files of the published site this build leaves as they are. */
    private final Set<String> kept = ConcurrentHashMap.newKeySet();
    private final AtomicInteger unchanged = new AtomicInteger();
    /** The files the work folder held when the build began (UPDATE only). */
    private final Set<String> existing;
    /** The work folder's stamps as it was found, and once it had caught up with the live site. */
    private final Map<String, FileStamps.Stamp> found;
    private final Map<String, FileStamps.Stamp> caughtUp;
    private boolean published;
    /** The files written into the work folder, or deleted from it, by this build. */
    private final Set<String> rewritten = ConcurrentHashMap.newKeySet();
    /** Whether a folder was deleted where a file goes, or a file where a folder goes. */
    private volatile boolean reshaped;

    private SiteWriter(OutputFolder folder, Path work, Path reference, Mode mode, Map<String, FileStamps.Stamp> found,
            Map<String, FileStamps.Stamp> caughtUp) {
        this.folder = folder;
        this.work = work;
        this.reference = reference;
        this.mode = mode;
        this.found = found;
        this.caughtUp = caughtUp;
        this.existing = caughtUp.keySet();
    }

    /**
     * The work folder's files as a walk finds them, or null when there is none yet: a build walks it beside its other
     * reading, then opens the writer with what the walk found.
     */
    public static Map<String, FileStamps.Stamp> walkWork(OutputFolder folder) throws IOException {
        Path work = folder.work();
        return Files.isDirectory(work, LinkOption.NOFOLLOW_LINKS) ? FileStamps.of(work) : null;
    }

    /**
     * A writer for a whole build of the site in folder, which the caller holds until the build is done; walked: the
     * work folder as walkWork found it, nothing having changed it since (the writer takes the map over).
     */
    public static SiteWriter open(OutputFolder folder, Map<String, FileStamps.Stamp> walked) throws IOException {
        Path work = folder.work();
        Path live = folder.site();
        Path reference = Files.isDirectory(live, LinkOption.NOFOLLOW_LINKS) ? live : null;
        Mode mode = Mode.FRESH;
        Map<String, FileStamps.Stamp> found = Map.of();
        Map<String, FileStamps.Stamp> caughtUp = Map.of();
        if (walked != null) {
            mode = Mode.UPDATE;
            found = withoutLinks(work, walked);
            caughtUp = found;
            List<String> toCatchUp = folder.behind();
            if (toCatchUp != null && reference != null) {
                boolean reshaped = catchUp(work, live, toCatchUp);
                reference = work;
                if (!toCatchUp.isEmpty()) {
                    // A few files caught up are stamped again; many, or a folder where a file goes, walk it again.
                    caughtUp = reshaped || toCatchUp.size() > 256 ? filesOf(work)
                            : FileStamps.restamped(found, work, toCatchUp);
                }
            }
        } else {
            Files.createDirectories(work);
        }
        SiteWriter writer = new SiteWriter(folder, work, reference, mode, found, caughtUp);
        writer.produced.add(OutputFolder.MARKER);
        if (mode == Mode.FRESH || !Files.isRegularFile(work.resolve(OutputFolder.MARKER))) {
            writeFile(work.resolve(OutputFolder.MARKER), OutputFolder.MARKER_TEXT);
        }
        return writer;
    }

    /**
     * Brings the work folder level with the live site where the last build left them apart. Returns whether it had
     * to delete a folder where a file goes, or a file where a folder goes.
     */
    private static boolean catchUp(Path work, Path live, List<String> behind) throws IOException {
        boolean reshaped = false;
        for (String path : behind) {
            Path from = inside(live, path);
            Path to = inside(work, path);
            if (Files.isRegularFile(from, LinkOption.NOFOLLOW_LINKS)) {
                reshaped |= makeDirs(work, to.getParent());
                reshaped |= clearDir(to);
                Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
            } else if (Files.isRegularFile(to, LinkOption.NOFOLLOW_LINKS)) {
                Files.delete(to);
            }
        }
        return reshaped;
    }

    /**
     * Writes straight into an existing site, for serve's incremental rebuilds of a site that was already
     * built whole; commit and abandon do nothing.
     */
    public static SiteWriter inPlace(OutputFolder folder) throws IOException {
        folder.liveEdited();
        Path live = folder.site();
        return new SiteWriter(folder, live, null, Mode.IN_PLACE, Map.of(), Map.of());
    }

    /** Writes one file; path is relative to the site root and may not leave it. */
    public void write(String path, byte[] bytes) throws IOException {
        Path file = inside(work, path);
        produced.add(path);
        if (mode == Mode.IN_PLACE) {
            makeDirs(work, file.getParent());
            writeFile(file, bytes);
            changed.add(path);
            return;
        }
        boolean asBefore = reference != null && sameBytes(inside(reference, path), bytes);
        if (!asBefore) {
            changed.add(path);
        }
        if (mode == Mode.UPDATE && (reference == work ? asBefore : existing.contains(path) && sameBytes(file, bytes))) {
            unchanged.incrementAndGet();
            return;
        }
        Path dir = file.getParent();
        // Remember a folder only once it exists: another thread may be writing into it already.
        if (!madeDirs.contains(dir)) {
            if (makeDirs(work, dir)) {
                reshaped = true;
            }
            madeDirs.add(dir);
        }
        if (mode == Mode.UPDATE && !existing.contains(path) && clearDir(file)) {
            reshaped = true;
        }
        rewritten.add(path);
        writeFile(file, bytes);
    }

    /**
     * Creates dir and its parents below root. In the work folder, which is gongkai's own, a file where a folder
     * belongs is an older site's leftover and goes.
     */
    private static boolean makeDirs(Path root, Path dir) throws IOException {
        try {
            Files.createDirectories(dir);
            return false;
        } catch (FileAlreadyExistsException e) {
            for (Path p = dir; !p.equals(root); p = p.getParent()) {
                if (Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    Files.delete(p);
                }
            }
            Files.createDirectories(dir);
            return true;
        }
    }

    /** A folder where a file belongs is an older site's leftover in the work folder. */
    private static boolean clearDir(Path file) throws IOException {
        if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
            deleteTree(file);
            return true;
        }
        return false;
    }

    /**
     * One write call for most files (Files.write hands the kernel 8 KB at a time), a megabyte at a time for larger
     * ones: the JDK copies each write through a native buffer of its size, which it keeps, so a 190 MB file written at
     * once kept 190 MB outside the heap to the end of the build.
     */
    private static void writeFile(Path file, byte[] bytes) throws IOException {
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE)) {
            for (int at = 0; at < bytes.length; ) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes, at, Math.min(IO_PIECE, bytes.length - at));
                while (buffer.hasRemaining()) {
                    at += out.write(buffer);
                }
            }
        }
    }

    /** The most a read or write of a file hands the JDK at once (see writeFile). */
    private static final int IO_PIECE = 1 << 20;

    /** A whole file, read a megabyte at a time (see writeFile). */
    public static byte[] readFile(Path file) throws IOException {
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = in.size();
            if (size > Integer.MAX_VALUE - 16) {
                throw new IOException("文件过大：" + file);
            }
            byte[] bytes = new byte[(int) size];
            for (int at = 0; at < bytes.length; ) {
                int n = in.read(ByteBuffer.wrap(bytes, at, Math.min(IO_PIECE, bytes.length - at)));
                if (n < 0) {
                    throw new IOException("文件在读取时变短了：" + file);
                }
                at += n;
            }
            return bytes;
        }
    }

    static Path inside(Path root, String path) throws IOException {
        Path file = root.resolve(path).normalize();
        if (!file.startsWith(root) || file.equals(root)) {
            throw new IOException("输出路径越出站点目录：" + path);
        }
        return file;
    }

    private static boolean sameBytes(Path file, byte[] bytes) throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) != bytes.length) {
            return false;
        }
        if (bytes.length <= COMPARED_AT_ONCE) {
            return Arrays.equals(Files.readAllBytes(file), bytes);
        }
        // A large file (the site's open data) is compared a piece at a time, not read into a second copy.
        try (java.io.InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            byte[] piece = new byte[COMPARED_AT_ONCE];
            int at = 0;
            for (int n = in.read(piece); n > 0; n = in.read(piece)) {
                if (at + n > bytes.length || !Arrays.equals(piece, 0, n, bytes, at, at + n)) {
                    return false;
                }
                at += n;
            }
            return at == bytes.length;
        }
    }

    private static final int COMPARED_AT_ONCE = 1 << 16;

    /**
     * Whether the work folder already holds the published site, so a file the build need not make again can be
     * left as it is ({@link #keep}).
     */
    public boolean canKeep() {
        return mode == Mode.UPDATE && reference == work;
    }

    /** The work folder's files as this writer found them, before it caught up with the live site. */
    public Map<String, FileStamps.Stamp> found() {
        return found;
    }

    /** The work folder's files once it had caught up with the live site (before anything was written). */
    public Map<String, FileStamps.Stamp> caughtUp() {
        return caughtUp;
    }

    /**
     * Counts these files of the live site as changed, so that commit publishes even when the build made them as
     * before: someone else changed them in the live site, and the work folder holds them as built.
     */
    public void republish(java.util.Collection<String> paths) {
        changed.addAll(paths);
    }

    /** Where the next site is finished; after a publish, the site before. */
    public Path workFolder() {
        return work;
    }

    /**
     * The stamps of the site this writer finished, in folder (where it is now: the live site after publishing):
     * the work folder's once caught up, with what this build wrote or deleted stamped again; walked again after a
     * folder or file had to go where the other belongs.
     */
    public Map<String, FileStamps.Stamp> finished(Path folder) throws IOException {
        if (!canKeep() || reshaped) {
            return FileStamps.of(folder);
        }
        java.util.Set<String> paths = new java.util.HashSet<>(rewritten);
        paths.add(OutputFolder.MARKER);
        return FileStamps.restamped(caughtUp, folder, paths);
    }

    /** Whether commit published the work folder (false when the live site already was the new one). */
    public boolean published() {
        return published;
    }

    /** Whether the work folder holds this file of the published site, to be left as it is. */
    public boolean holds(String path) {
        return canKeep() && existing.contains(path);
    }

    /** Leaves a file of the published site as it is: the build would make the same bytes. */
    public void keep(String path) throws IOException {
        if (!canKeep() || !existing.contains(path)) {
            throw new IOException("无法沿用上次生成的文件：" + path);
        }
        produced.add(path);
        kept.add(path);
        unchanged.incrementAndGet();
    }

    /**
     * The bytes of a file this build keeps (keep), as the last build made them; empty when they cannot be read, and
     * the caller makes them again.
     */
    public java.util.Optional<byte[]> kept(String path) {
        try {
            return kept.contains(path) ? java.util.Optional.of(readFile(inside(work, path)))
                    : java.util.Optional.empty();
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }

    /** Removes a file of the live site that is no longer produced (serve's incremental updates). */
    public void remove(String path) throws IOException {
        Files.deleteIfExists(inside(work, path));
    }

    /** Files whose bytes differ from the published site's so far, or that it lacks. */
    public int written() {
        return changed.size();
    }

    /** Files whose bytes were already in place. */
    public int unchanged() {
        return unchanged.get();
    }

    /** Finishes the work folder and publishes it; returns how many files of the site were removed. */
    public int commit() throws IOException {
        if (mode == Mode.IN_PLACE) {
            return 0;
        }
        List<String> removed = removeStale();
        Set<String> differ = new TreeSet<>(changed);
        differ.addAll(removed);
        if (differ.isEmpty() && reference != null) {
            // The live site already is this site; the work folder now equals it too.
            folder.setBehind(List.of());
            return 0;
        }
        folder.publish(differ);
        published = true;
        return removed.size();
    }

    /**
     * Deletes from the work folder what this build did not produce: pages of removed tasks, old pages of
     * lists. Returns those of them the published site has.
     */
    private List<String> removeStale() throws IOException {
        List<String> gone = new ArrayList<>();
        for (String rel : existing) {
            if (!produced.contains(rel)) {
                rewritten.add(rel);
                deleteWithEmptyParents(work, work.resolve(rel));
                if (reference == work) {
                    gone.add(rel);
                }
            }
        }
        if (reference != null && reference != work) {
            for (String rel : FileStamps.of(reference).keySet()) {
                if (!produced.contains(rel)) {
                    gone.add(rel);
                }
            }
        }
        gone.sort(null);
        return gone;
    }

    /**
     * The files below dir, as site paths, with their stamps. A symlink has no place in a site gongkai wrote: one
     * found in the work folder was planted, and writing through it could reach any file, so it goes.
     */
    private static Map<String, FileStamps.Stamp> filesOf(Path dir) throws IOException {
        return withoutLinks(dir, FileStamps.of(dir));
    }

    /** The files found in dir but its symbolic links, which are deleted: a site gongkai writes holds none. */
    private static Map<String, FileStamps.Stamp> withoutLinks(Path dir, Map<String, FileStamps.Stamp> files)
            throws IOException {
        List<String> links = files.entrySet().stream().filter(e -> e.getValue().size() < 0).map(Map.Entry::getKey)
                .toList();
        for (String link : links) {
            Files.delete(dir.resolve(link));
            files.remove(link);
        }
        return files;
    }

    private static void deleteWithEmptyParents(Path root, Path file) throws IOException {
        Files.deleteIfExists(file);
        for (Path dir = file.getParent(); !dir.equals(root) && isEmptyDir(dir); dir = dir.getParent()) {
            Files.delete(dir);
        }
    }

    private static boolean isEmptyDir(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    /**
     * After a failed build the published site is untouched; the work folder keeps what was written, and
     * remembers where it now differs from the site.
     */
    public void abandon() {
        if (mode == Mode.IN_PLACE) {
            return;
        }
        try {
            folder.setBehind(reference == work ? changed : null);
        } catch (IOException e) {
            // Then the next build compares every file with the work folder instead.
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
