package gongkai.read;

import gongkai.diagnostics.Problems;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The read stage: finds the project's files, decodes them as strict UTF-8 and parses their YAML, in
 * parallel. Paths in messages are relative to the project root with '/' separators. File order is
 * sorted by name, never the file system's.
 */
public final class ContentReader {

    static final long MAX_FILE_BYTES = 4L * 1024 * 1024;

    private final Path root;
    private final Problems problems;
    private final ReadCache cache;
    private final ProjectBounds bounds;

    public ContentReader(Path root, Problems problems) {
        this(root, problems, null);
    }

    /** With a cache, files parsed by an earlier read and not invalidated since are taken from it. */
    public ContentReader(Path root, Problems problems, ReadCache cache) {
        this.root = root;
        this.problems = problems;
        this.cache = cache;
        this.bounds = new ProjectBounds(root);
    }

    /** The content's git history, asked once per read (serve keeps it between reads). */
    @FunctionalInterface
    public interface History {
        GitHistory.Log log();

        /** Keeps the log last read for a later run to extend (a build saves it beside its record); by default not. */
        default void keep() {
        }
    }

    /**
     * Reads everything; with a history, each plan carries its folder's history, and each plan and task file
     * learns when it was last committed.
     */
    public RawContent read(Path configFile, Path contentDir, History history) {
        if (!inBounds(configFile, true) || !inBounds(contentDir, true)) {
            return new RawContent(null, List.of(), List.of());
        }
        // The git log is read beside the files: it is the longest part of a read with history.
        java.util.concurrent.ForkJoinTask<GitHistory.Log> log = history == null ? null
                : java.util.concurrent.ForkJoinTask.adapt(history::log).fork();
        RawDocument config = readYaml(configFile).orElse(null);
        Path unitsDir = contentDir.resolve("units");
        List<RawDocument> units = list(unitsDir, ".yml", ".yaml").parallelStream()
                .map(this::readYaml).flatMap(Optional::stream).toList();
        List<RawPlan> plans = listDirs(contentDir.resolve("plans")).parallelStream()
                .map(this::readPlan).flatMap(Optional::stream).toList();
        if (!Files.isDirectory(contentDir)) {
            problems.add(relative(contentDir), 0, 0, "找不到内容目录。请在项目根目录运行，或用 --config 指定 site-config.yml。");
        }
        if (log == null) {
            return new RawContent(config, units, plans);
        }
        GitHistory.Log read = log.join();
        return new RawContent(config, units, withHistory(plans, read)).withHistory(read);
    }

    private List<RawPlan> withHistory(List<RawPlan> plans, GitHistory.Log log) {
        if (!log.available()) {
            return plans;
        }
        return plans.stream().map(p -> {
            GitHistory.PlanHistory h = log.plan(p.folder());
            if (h == null) {
                return p;
            }
            return new RawPlan(p.id(), p.folder(), remember(p.plan().withChanged(last(h.plan()))),
                    p.tasks().stream().map(t -> remember(t.withChanged(last(h.tasks().get(taskId(t.file())))))).toList(), h);
        }).toList();
    }

    private static String taskId(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    }

    /** When the file was last committed, or null when the history has no version of it. */
    private static java.time.Instant last(List<GitHistory.Version> versions) {
        return versions == null || versions.isEmpty() ? null : versions.get(versions.size() - 1).commit().time();
    }

    /** Keeps the document with its history, so the next read returns this very object. */
    private RawDocument remember(RawDocument doc) {
        if (cache != null) {
            cache.put(doc);
        }
        return doc;
    }

    /** Only the unit registry (content/units/*.yml), for commands that need names but not plans. */
    public List<RawDocument> readUnits(Path contentDir) {
        return list(contentDir.resolve("units"), ".yml").stream().map(this::readYaml).flatMap(Optional::stream).toList();
    }

    /**
     * A site's own messages (templates/messages/&lt;language&gt;.yml), each laid over the built-in bundle of its
     * language. Any other file there is named as a problem rather than silently left unread.
     */
    public List<RawDocument> readMessages(Path messagesDir) {
        List<RawDocument> out = new ArrayList<>();
        for (Path p : list(messagesDir, "")) {
            if (p.getFileName().toString().endsWith(".yml")) {
                readYaml(p).ifPresent(out::add);
            } else {
                problems.add(relative(p), 0, 0, "templates/messages/ 中只放各语言的文字文件，每种语言一个，名为“语言代码.yml”"
                        + "（如 zh-CN.yml、en.yml）；这个文件不会被读取。请改名或移走它。");
            }
        }
        return out;
    }

    private Optional<RawPlan> readPlan(Path dir) {
        String id = dir.getFileName().toString();
        Path planFile = dir.resolve("plan.md");
        if (!Files.isRegularFile(planFile)) {
            problems.add(relative(dir), 0, 0, "计划目录缺少 plan.md（计划的标题、年份和章节）。请添加该文件，或删除此目录。");
            return Optional.empty();
        }
        Optional<RawDocument> plan = readMarkdown(planFile);
        List<RawDocument> tasks = list(dir, ".md").stream()
                .filter(p -> !p.getFileName().toString().equals("plan.md"))
                .parallel()
                .map(this::readMarkdown).flatMap(Optional::stream).toList();
        return plan.map(p -> new RawPlan(id, relative(dir), p, tasks));
    }

    private Optional<RawDocument> readYaml(Path file) {
        return cached(file, () -> text(file).flatMap(t -> YamlReader.read(relative(file), t, 1, problems)
                .map(node -> new RawDocument(relative(file), node, "", 0, null))));
    }

    private Optional<RawDocument> readMarkdown(Path file) {
        return cached(file, () -> text(file).flatMap(t -> FrontMatter.parse(relative(file), t, problems)));
    }

    private Optional<RawDocument> cached(Path file, java.util.function.Supplier<Optional<RawDocument>> read) {
        if (cache == null) {
            return read.get();
        }
        Optional<RawDocument> known = cache.get(relative(file));
        if (known.isPresent()) {
            return known;
        }
        Optional<RawDocument> doc = read.get();
        doc.ifPresent(cache::put);
        return doc;
    }

    /**
     * The file's bytes, as many as its size said a moment ago: three calls to the system where Files.readAllBytes makes
     * five (it asks the size again, and reads once more to see the end), which at 10,000 files is a tenth of reading.
     * A file cut short since is read as it is now.
     */
    private static byte[] bytes(Path file, int size) throws IOException {
        byte[] bytes = new byte[size];
        ByteBuffer into = ByteBuffer.wrap(bytes);
        try (java.nio.channels.FileChannel in = java.nio.channels.FileChannel.open(file,
                java.nio.file.StandardOpenOption.READ)) {
            while (into.hasRemaining() && in.read(into) >= 0) {
                // read on
            }
        }
        return into.hasRemaining() ? java.util.Arrays.copyOf(bytes, into.position()) : bytes;
    }

    private Optional<String> text(Path file) {
        String name = relative(file);
        try {
            java.nio.file.attribute.BasicFileAttributes a;
            try {
                a = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
            } catch (java.nio.file.NoSuchFileException e) {
                a = null;
            }
            if (a == null || !a.isRegularFile()) {
                problems.add(name, 0, 0, "找不到文件。");
                return Optional.empty();
            }
            if (a.size() > MAX_FILE_BYTES) {
                problems.add(name, 0, 0, "文件超过 " + (MAX_FILE_BYTES / 1024 / 1024) + " MB，不能作为内容文件。请拆分或精简。");
                return Optional.empty();
            }
            byte[] bytes = bytes(file, (int) a.size());
            // The JDK's own decoding is the quickest; it puts U+FFFD for a byte that is not UTF-8, so a text holding
            // one is decoded again strictly, to tell such a byte from a U+FFFD written in the file.
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (text.indexOf('\uFFFD') >= 0) {
                text = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes)).toString();
            }
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            text = text.replace("\r\n", "\n");
            // A file with such characters is not read further, as one that is not UTF-8: each is named once, here.
            return ForbiddenChars.check(name, text, problems) ? Optional.of(text) : Optional.empty();
        } catch (CharacterCodingException e) {
            int[] at = firstBadByte(file);
            problems.add(name, at[0], at[1], "文件不是 UTF-8 编码（可能是 GBK）：从这里起的字节不是 UTF-8 文字。"
                    + "请用编辑器“另存为 UTF-8”后再构建。");
            return Optional.empty();
        } catch (IOException e) {
            problems.add(name, 0, 0, "无法读取文件：" + e.getMessage());
            return Optional.empty();
        }
    }

    /** Line and column (1-based, in characters) of the first byte that is not UTF-8; {0, 0} if none is found. */
    static int[] firstBadByte(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            ByteBuffer in = ByteBuffer.wrap(bytes);
            java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
            java.nio.charset.CoderResult r = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(in, out, true);
            if (!r.isError()) {
                return new int[] {0, 0};
            }
            out.flip();
            String good = out.toString();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < good.length(); i++) {
                if (good.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            return new int[] {line, good.codePointCount(lineStart, good.length()) + 1};
        } catch (IOException e) {
            return new int[] {0, 0};
        }
    }

    private List<Path> list(Path dir, String... suffixes) {
        return listing(dir, String.join(",", suffixes), () -> listFiles(dir, suffixes));
    }

    private List<Path> listDirs(Path dir) {
        return listing(dir, "/", () -> listFolders(dir));
    }

    /** A folder's listing, from the cache when serve keeps one. Failed listings are not kept. */
    private List<Path> listing(Path dir, String what, java.util.function.Supplier<Optional<List<Path>>> list) {
        if (cache == null) {
            return list.get().orElse(List.of());
        }
        String key = relative(dir);
        Optional<List<Path>> known = cache.listing(key, what);
        if (known.isPresent()) {
            return known.get();
        }
        Optional<List<Path>> listed = list.get();
        listed.ifPresent(l -> cache.putListing(key, what, l));
        return listed.orElse(List.of());
    }

    /** False, with a problem, for a symlink that leads out of the project. */
    private boolean inBounds(Path p, boolean deep) {
        Optional<String> refusal = bounds.refusal(p, deep);
        refusal.ifPresent(why -> problems.add(relative(p), 0, 0, why));
        return refusal.isEmpty();
    }

    private Optional<List<Path>> listFiles(Path dir, String... suffixes) {
        if (!inBounds(dir, false)) {
            return Optional.of(List.of());
        }
        if (!Files.isDirectory(dir)) {
            return Optional.of(List.of());
        }
        try (Stream<Path> s = Files.list(dir)) {
            return Optional.of(s.filter(p -> java.util.Arrays.stream(suffixes).anyMatch(x -> p.getFileName().toString().endsWith(x)))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> inBounds(p, false))
                    .filter(Files::isRegularFile)
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList());
        } catch (IOException e) {
            problems.add(relative(dir), 0, 0, "无法读取目录：" + e.getMessage());
            return Optional.empty();
        }
    }

    private Optional<List<Path>> listFolders(Path dir) {
        if (!inBounds(dir, false) || !Files.isDirectory(dir)) {
            return Optional.of(List.of());
        }
        try (Stream<Path> s = Files.list(dir)) {
            return Optional.of(s.filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> inBounds(p, false))
                    .filter(Files::isDirectory)
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList());
        } catch (IOException e) {
            problems.add(relative(dir), 0, 0, "无法读取目录：" + e.getMessage());
            return Optional.empty();
        }
    }

    private String relative(Path p) {
        return ProjectPath.relative(root, p);
    }
}
