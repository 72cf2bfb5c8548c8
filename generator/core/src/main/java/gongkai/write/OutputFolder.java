package gongkai.write;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/**
 * The folder a site is published to, held by one gongkai process at a time. It must be provably gongkai's: a
 * folder that holds the project or its inputs, a symlink, or a non-empty folder without gongkai's marker is
 * refused, never emptied.
 *
 * <p>Beside the site (for {@code _site}: {@code ._site.gongkai/}) gongkai keeps its own state: the lock, and
 * the work folder where the next site is finished. Publishing is two renames: the finished work folder
 * becomes {@code ready/}, the live site moves to {@code old/} and {@code ready/} takes its name. A reader
 * therefore sees the old site or the new one, never a mixture; a process killed between the renames leaves
 * them for the next claim to complete. The old site then becomes the next work folder, so a rebuild writes
 * only the files that changed.
 */
public final class OutputFolder implements AutoCloseable {

    /** The file that marks a folder as a site gongkai wrote; every published site holds it. */
    public static final String MARKER = ".gongkai-site";
    static final byte[] MARKER_TEXT = ("本目录由 gongkai 生成，每次构建时整体替换，请勿在其中手工存放文件。\n"
            + "This folder is written by gongkai and replaced whole on every build.\n").getBytes(StandardCharsets.UTF_8);
    private static final String STATE_MARKER = "gongkai-state";
    private static final byte[] STATE_TEXT = ("gongkai 的工作目录：锁、暂存的下一版网站。可以整个删除（没有构建在运行时）。\n"
            + "gongkai's working folder: the lock and the next site being built. Safe to delete when no build runs.\n")
            .getBytes(StandardCharsets.UTF_8);

    /** A folder the output must not be, contain, or (where inside is set) lie within. */
    public record Input(Path path, String name, boolean noOutputInside) {
    }

    /**
     * Lock files this JVM holds. POSIX locks belong to the process, and closing any channel of the file
     * drops them all: a second claim in the same process must be refused before it opens the file.
     */
    private static final java.util.Set<Path> HELD = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final Path site;
    private final Path state;
    private final String shown;
    private final Path lockPath;
    private final FileChannel lockFile;
    private final FileLock lock;

    private OutputFolder(Path site, Path state, String shown, Path lockPath, FileChannel lockFile, FileLock lock) {
        this.site = site;
        this.state = state;
        this.shown = shown;
        this.lockPath = lockPath;
        this.lockFile = lockFile;
        this.lock = lock;
    }

    /**
     * Checks that output may be written, takes its lock and completes any publish a killed process left
     * half done. root is the project folder, for messages; inputs are the folders the output must stay clear of.
     */
    public static OutputFolder claim(Path output, Path root, List<Input> inputs) throws OutputRefused, IOException {
        Path site = output.toAbsolutePath().normalize();
        String shown = show(root, site);
        if (site.getParent() == null || site.getFileName() == null) {
            throw new OutputRefused("输出目录 " + shown + " 是文件系统的根目录：构建会替换输出目录的全部内容。"
                    + "请改用专门的输出目录，例如 _site。");
        }
        if (Files.isSymbolicLink(site)) {
            throw new OutputRefused("输出目录 " + shown + " 是符号链接（指向 " + Files.readSymbolicLink(site)
                    + "）：gongkai 不会跟随链接替换别处的文件。请把 --output 设为一个实际的目录，或删除这个链接。");
        }
        Path real = realPath(site);
        for (Input in : inputs) {
            Path guarded = realPath(in.path().toAbsolutePath().normalize());
            if (real.equals(guarded) || guarded.startsWith(real)) {
                throw new OutputRefused("输出目录 " + shown + (real.equals(guarded) ? " 就是" : " 包含") + in.name()
                        + "：构建会替换输出目录的全部内容，这些文件会丢失。请改用专门的输出目录，例如 _site。");
            }
            if (in.noOutputInside() && real.startsWith(guarded)) {
                throw new OutputRefused("输出目录 " + shown + " 位于" + in.name() + "之内：生成的文件会混入输入。"
                        + "请改用其外的目录，例如项目根目录下的 _site。");
            }
        }
        Path state = site.resolveSibling("." + site.getFileName() + ".gongkai");
        checkSite(site, shown);
        checkState(state, show(root, state));
        Files.createDirectories(state);
        try {
            Files.write(state.resolve(STATE_MARKER), STATE_TEXT, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            // Made by an earlier build (or by another one at this very moment): the same text either way.
        }
        Path lockPath = state.toRealPath().resolve("lock");
        String busy = "另一个 gongkai 进程（build 或 serve）正在写入输出目录 " + shown
                + "。请等它结束后重试；两个构建同时写入同一目录会得到不完整的网站。";
        if (!HELD.add(lockPath)) {
            throw new OutputRefused(busy);
        }
        FileChannel channel;
        FileLock lock;
        try {
            channel = FileChannel.open(lockPath, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
        } catch (IOException | RuntimeException e) {
            HELD.remove(lockPath);
            throw e;
        }
        if (lock == null) {
            channel.close();
            HELD.remove(lockPath);
            throw new OutputRefused(busy);
        }
        OutputFolder folder = new OutputFolder(site, state, shown, lockPath, channel, lock);
        try {
            folder.recover();
            checkSite(site, shown);
        } catch (IOException | OutputRefused | RuntimeException e) {
            folder.close();
            throw e;
        }
        return folder;
    }

    /** The published site. */
    public Path site() {
        return site;
    }

    /** Where the next site is finished before it is published; may hold an older site, or be absent. */
    Path work() {
        return state.resolve("next");
    }

    /**
     * Where a build leaves the record of what the published site was made from (see gongkai.build.LastBuild). Only a
     * build that has published writes it; a build deletes it before it writes anything, and so does serve.
     */
    public Path lastBuildRecord() {
        return state.resolve("last-build");
    }

    /**
     * Where a build keeps the git log it read (see gongkai.build.KeptHistory): it describes the repository, not the
     * site, so it outlives a failed build.
     */
    public Path historyRecord() {
        return state.resolve("history");
    }

    /**
     * Where a build keeps the change records it derived from that log (see gongkai.build.KeptHistory), each with
     * what it was derived from, so the next derives again only those of files a commit changed.
     */
    public Path changeRecords() {
        return state.resolve("change-records");
    }

    /** The paths where the work folder differs from the live site, when known (see {@link #publish}). */
    List<String> behind() throws IOException {
        Path list = state.resolve("behind");
        if (!Files.isRegularFile(list)) {
            return null;
        }
        return Files.readAllLines(list, StandardCharsets.UTF_8).stream().filter(s -> !s.isEmpty()).toList();
    }

    /** Records where the work folder differs from the live site; null when that is no longer known. */
    void setBehind(Collection<String> paths) throws IOException {
        Path list = state.resolve("behind");
        if (paths == null) {
            Files.deleteIfExists(lastBuildRecord());
            Files.deleteIfExists(list);
            return;
        }
        Path tmp = state.resolve("behind.tmp");
        Files.write(tmp, String.join("\n", paths.stream().sorted().toList()).getBytes(StandardCharsets.UTF_8));
        Files.move(tmp, list, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** serve writes straight into the live site: from then on the work folder's difference is unknown. */
    public void liveEdited() throws IOException {
        setBehind(null);
    }

    /**
     * Makes the finished work folder the site. changed are the paths where the new site differs from the
     * current one: after the swap the current site is the work folder, behind the new one by exactly those.
     */
    void publish(Collection<String> changed) throws IOException {
        Path ready = state.resolve("ready");
        Path old = state.resolve("old");
        boolean hadSite = Files.exists(site, LinkOption.NOFOLLOW_LINKS);
        setBehind(hadSite ? changed : null);
        Files.move(work(), ready, StandardCopyOption.ATOMIC_MOVE);
        boolean moved = false;
        try {
            if (hadSite) {
                Files.move(site, old, StandardCopyOption.ATOMIC_MOVE);
                moved = true;
            }
            Files.move(ready, site, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // A mount point or a folder held open (Windows) cannot be renamed: put everything back.
            if (moved) {
                Files.move(old, site, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(ready, work(), StandardCopyOption.ATOMIC_MOVE);
            setBehind(null);
            throw new IOException("无法以改名的方式替换输出目录 " + shown + "（它可能是挂载点，或正被其他程序占用）：" + e
                    + "。请把输出目录设为挂载点之下的子目录。", e);
        }
        if (hadSite) {
            Files.move(old, work(), StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /**
     * Completes what a killed publish left: a finished ready/ always becomes the site, and the site it
     * replaced becomes the work folder again.
     */
    private void recover() throws IOException {
        Path ready = state.resolve("ready");
        Path old = state.resolve("old");
        if (Files.isDirectory(ready, LinkOption.NOFOLLOW_LINKS)) {
            if (Files.exists(site, LinkOption.NOFOLLOW_LINKS) && !Files.exists(old, LinkOption.NOFOLLOW_LINKS)) {
                Files.move(site, old, StandardCopyOption.ATOMIC_MOVE);
            }
            if (!Files.exists(site, LinkOption.NOFOLLOW_LINKS)) {
                Files.move(ready, site, StandardCopyOption.ATOMIC_MOVE);
            }
        }
        if (Files.isDirectory(old, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.exists(site, LinkOption.NOFOLLOW_LINKS)) {
                // No finished site to publish: the old one comes back.
                Files.move(old, site, StandardCopyOption.ATOMIC_MOVE);
                setBehind(null);
            } else if (!Files.exists(work(), LinkOption.NOFOLLOW_LINKS)) {
                Files.move(old, work(), StandardCopyOption.ATOMIC_MOVE);
            }
        }
        // Anything still left over is an older generation nobody will publish.
        for (String leftover : List.of("ready", "old")) {
            if (Files.exists(state.resolve(leftover), LinkOption.NOFOLLOW_LINKS)) {
                SiteWriter.deleteTree(state.resolve(leftover));
                setBehind(null);
            }
        }
    }

    private static void checkSite(Path site, String shown) throws OutputRefused, IOException {
        if (!Files.exists(site, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (Files.isSymbolicLink(site)) {
            throw new OutputRefused("输出目录 " + shown + " 是符号链接：gongkai 不会跟随链接替换别处的文件。"
                    + "请把 --output 设为一个实际的目录，或删除这个链接。");
        }
        if (!Files.isDirectory(site, LinkOption.NOFOLLOW_LINKS)) {
            throw new OutputRefused("输出路径 " + shown + " 是一个文件，不是目录。请删除它，或用 --output 指定另一个目录。");
        }
        if (!Files.isRegularFile(site.resolve(MARKER), LinkOption.NOFOLLOW_LINKS) && !isEmpty(site)) {
            throw new OutputRefused("输出目录 " + shown + " 不是空目录，也不是 gongkai 生成的（其中没有标记文件 " + MARKER
                    + "）。构建会替换输出目录的全部内容，为免删除其中的文件，gongkai 不会写入它。请用 --output 指定一个新目录或空目录；"
                    + "如果它确是旧版 gongkai 生成的网站，请先删除它再构建。");
        }
    }

    private static void checkState(Path state, String shown) throws OutputRefused, IOException {
        if (!Files.exists(state, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(state, LinkOption.NOFOLLOW_LINKS)
                || (!Files.isRegularFile(state.resolve(STATE_MARKER), LinkOption.NOFOLLOW_LINKS) && !isEmpty(state))) {
            throw new OutputRefused(shown + " 已存在，但不是 gongkai 建立的。gongkai 在输出目录旁用这个名字暂存下一版网站；"
                    + "请移走它，或用 --output 换一个输出目录。");
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    /** The real location of a path that may not exist yet: its nearest existing folder, resolved, plus the rest. */
    private static Path realPath(Path abs) throws IOException {
        Path existing = abs;
        List<Path> rest = new ArrayList<>();
        while (existing != null && !Files.exists(existing)) {
            rest.add(0, existing.getFileName());
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs;
        }
        Path real = existing.toRealPath();
        for (Path name : rest) {
            real = real.resolve(name);
        }
        return real;
    }

    private static String show(Path root, Path p) {
        Path r = root.toAbsolutePath().normalize();
        return p.startsWith(r) && !p.equals(r) ? r.relativize(p).toString().replace('\\', '/') : p.toString();
    }

    /** The output as messages name it. */
    public String shown() {
        return shown;
    }

    @Override
    public void close() throws IOException {
        try {
            if (lock.isValid()) {
                lock.release();
            }
        } finally {
            lockFile.close();
            HELD.remove(lockPath);
        }
    }
}
