package gongkai.read;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * The content's git history, read once per build: the commits of HEAD's first-parent line (the line a site is
 * published from; a merge counts once, when it landed), and every version those commits gave each file of the
 * plans folder. History is content: the same commit gives the same log, file modification times are never used,
 * and a shallow clone, whose oldest commit seems to add every file, reads none, so that the output never depends
 * on the depth of a clone. Author names and e-mail addresses are not read at all.
 */
public final class GitHistory {

    private GitHistory() {
    }

    /** Why there is, or is not, a history. */
    public enum State {
        /** Read from the repository. */
        READ,
        /** Not asked for (--history none). */
        NOT_ASKED,
        /** The project is not in a git checkout. */
        NO_REPOSITORY,
        /** A shallow clone: its history is cut short, so none is used. */
        SHALLOW,
        /** A repository without a commit yet. */
        NO_COMMITS,
        /** The repository could not be read (damaged, or of a kind JGit does not read). */
        UNREADABLE
    }

    /**
     * A commit of the first-parent line: index counts from 0 for the oldest; time is the commit time (when it
     * landed); subject is the message's first line, or "" for a merge, whose message git writes.
     */
    public record Commit(int index, String id, Instant time, String subject, boolean merge) {
    }

    /**
     * A file as a commit left it: deleted, or its blob. read: whether the change record reads its text (Log.texts):
     * always, except for the one version of a file committed once with its plan, which says only when the file was
     * first published; its one version is what the working tree holds unless an editor changed it since.
     */
    public record Version(Commit commit, boolean deleted, ObjectId blob, boolean read) {
    }

    /**
     * One plan folder's history: the versions of its plan.md and of each task file (by task id, the file name
     * without .md), oldest first, including files no longer there.
     */
    public record PlanHistory(List<Version> plan, Map<String, List<Version>> tasks) {

        public PlanHistory {
            plan = List.copyOf(plan);
            tasks = Collections.unmodifiableMap(new TreeMap<>(tasks));
        }

        /** The index of the commit that first added plan.md; -1 when unknown. */
        public int planFirstCommit() {
            return plan.isEmpty() ? -1 : plan.get(0).commit().index();
        }
    }

    /**
     * What was read: why (state), the commit it was read at (null without), each plan folder's history, and where the
     * versions' texts are read when asked (null without a history). Two logs are equal when they say the same of the
     * same commits, wherever their texts are read from.
     */
    public record Log(State state, String head, List<Commit> commits, Map<String, PlanHistory> plans, Texts texts) {

        public Log {
            commits = List.copyOf(commits);
            plans = Collections.unmodifiableMap(new TreeMap<>(plans));
        }

        public static Log none(State state) {
            return new Log(state, null, List.of(), Map.of(), null);
        }

        public boolean available() {
            return state == State.READ;
        }

        /** The history of a plan folder (its path relative to the project root), or null when it has none. */
        public PlanHistory plan(String folder) {
            return plans.get(folder);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Log l && state == l.state && java.util.Objects.equals(head, l.head)
                    && commits.equals(l.commits) && plans.equals(l.plans);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(state, head, commits, plans);
        }
    }

    /**
     * The texts of versions, read from the repository's objects when the change record asks for them: a commit's
     * rebuild reads those of the files it changed, not those of every version since the first commit. Safe to use
     * from several threads. The repository is opened at the first text asked for and stays open while the log is
     * used: a build's run, or a serve session, whose logs extended from this one share it.
     */
    public static final class Texts {
        private final java.io.File gitDir;
        private Repository repository;

        Texts(java.io.File gitDir) {
            this.gitDir = gitDir;
        }

        /**
         * A version's text as ContentReader would read it: UTF-8 without a BOM, LF line ends; "" when it is not
         * UTF-8 or larger than a content file may be.
         */
        public String text(Version v) throws IOException {
            try (ObjectReader reader = repository().newObjectReader()) {
                return GitHistory.text(reader, v.blob());
            }
        }

        private synchronized Repository repository() throws IOException {
            if (repository == null) {
                repository = new FileRepositoryBuilder().setGitDir(gitDir).readEnvironment().setMustExist(true).build();
            }
            return repository;
        }
    }

    /** Files larger than a content file may be (ContentReader's limit) are not read from history either. */
    private static final long MAX_BYTES = ContentReader.MAX_FILE_BYTES;

    /**
     * The log of the repository around root, for the plan folders under plansFolder (relative to root, '/'
     * separators, e.g. content/plans). Never fails: without a usable history its state says why.
     */
    public static Log read(Path root, String plansFolder) {
        return extend(null, root, plansFolder);
    }

    /**
     * The log at the repository's current HEAD. When previous was read at a commit of HEAD's first-parent line,
     * only the commits since are read and the plan folders they did not touch keep their very objects (serve's
     * caches know them by identity); when HEAD has not moved, previous itself.
     */
    public static Log extend(Log previous, Path root, String plansFolder) {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(root.toFile());
        if (builder.getGitDir() == null) {
            return Log.none(State.NO_REPOSITORY);
        }
        if (shallowGitDir(builder.getGitDir().toPath())) {
            return Log.none(State.SHALLOW);
        }
        try (Repository repo = builder.build(); RevWalk walk = new RevWalk(repo); ObjectReader reader = repo.newObjectReader()) {
            ObjectId head = repo.resolve(Constants.HEAD);
            if (head == null || repo.isBare()) {
                return Log.none(State.NO_COMMITS);
            }
            Texts texts = previous != null && previous.texts() != null
                    && previous.texts().gitDir.equals(builder.getGitDir()) ? previous.texts() : new Texts(builder.getGitDir());
            if (previous != null && previous.available() && head.name().equals(previous.head())) {
                return previous.texts() == texts ? previous
                        : new Log(State.READ, previous.head(), previous.commits(), previous.plans(), texts);
            }
            String prefix = prefix(repo.getWorkTree().toPath(), root) + plansFolder;
                        walk.setFirstParent(true);
            walk.markStart(walk.parseCommit(head));
            List<RevCommit> line = new ArrayList<>();
            boolean extending = false;
            for (RevCommit c : walk) {
                if (previous != null && previous.available() && c.name().equals(previous.head())) {
                    extending = true;
                    break;
                }
                line.add(c);
            }
            Collections.reverse(line);
            List<Commit> commits = new ArrayList<>(extending ? previous.commits() : List.of());
            Map<String, Map<String, List<Version>>> tasks = new HashMap<>();
            Map<String, List<Version>> plans = new HashMap<>();
            RevCommit before = extending ? walk.parseCommit(ObjectId.fromString(previous.head())) : null;
            for (RevCommit c : line) {
                Commit commit = new Commit(commits.size(), c.name(), Instant.ofEpochSecond(c.getCommitTime()),
                        c.getParentCount() > 1 ? "" : subject(c.getFullMessage()), c.getParentCount() > 1);
                commits.add(commit);
                changes(reader, before, c, prefix, plansFolder, commit, plans, tasks);
                before = c;
            }
            Map<String, PlanHistory> out = new HashMap<>(extending ? previous.plans() : Map.of());
            java.util.Set<String> folders = new java.util.HashSet<>(plans.keySet());
            folders.addAll(tasks.keySet());
            // Texts are read later, when the change record asks; that they are there is known now (a partial clone
            // has commits without their files' contents, and then no history is used, as with a damaged one).
            List<Map.Entry<String, PlanHistory>> made = folders.stream().map(folder -> {
                PlanHistory old = out.get(folder);
                List<Version> plan = new ArrayList<>(old == null ? List.of() : old.plan());
                plan.addAll(plans.getOrDefault(folder, List.of()));
                int planFirst = plan.isEmpty() ? -1 : plan.get(0).commit().index();
                Map<String, List<Version>> files = new HashMap<>(old == null ? Map.of() : old.tasks());
                for (Map.Entry<String, List<Version>> added : tasks.getOrDefault(folder, Map.of()).entrySet()) {
                    List<Version> all = new ArrayList<>(files.getOrDefault(added.getKey(), List.of()));
                    all.addAll(added.getValue());
                    List<Version> read = read(all, planFirst);
                    for (Version v : read) {
                        if (v.read() && !v.deleted() && !has(reader, v.blob())) {
                            throw new java.io.UncheckedIOException(new IOException("missing " + v.blob().name()));
                        }
                    }
                    files.put(added.getKey(), read);
                }
                return Map.entry(folder, new PlanHistory(plan, files));
            }).toList();
            made.forEach(e -> out.put(e.getKey(), e.getValue()));
            return new Log(State.READ, head.name(), commits, out, texts);
        } catch (IOException | RuntimeException e) {
            // A damaged or unusual repository: the site is built as without git, and the build says so.
            return Log.none(State.UNREADABLE);
        }
    }

    /**
     * The plan files commit c changed against its first parent (before; null for the first commit). prefix is the
     * plans folder relative to the repository, plansFolder the same relative to the project root.
     */
    private static void changes(ObjectReader reader, RevCommit before, RevCommit c, String prefix, String plansFolder,
            Commit commit,
            Map<String, List<Version>> plans, Map<String, Map<String, List<Version>>> tasks) throws IOException {
        try (TreeWalk tw = new TreeWalk(reader)) {
            tw.setRecursive(true);
            tw.setFilter(prefix.isEmpty() ? TreeFilter.ANY_DIFF
                    : AndTreeFilter.create(PathFilter.create(prefix), TreeFilter.ANY_DIFF));
            if (before == null) {
                tw.addTree(new EmptyTreeIterator());
            } else {
                tw.addTree(before.getTree());
            }
            tw.addTree(c.getTree());
            while (tw.next()) {
                String path = tw.getPathString();
                // <plans>/<plan folder>/<file>.md, one level deep, as ContentReader reads them.
                String rest = prefix.isEmpty() ? path : path.substring(prefix.length() + 1);
                int slash = rest.indexOf('/');
                if (slash <= 0 || rest.indexOf('/', slash + 1) >= 0 || !rest.endsWith(".md")) {
                    continue;
                }
                String name = rest.substring(slash + 1);
                if (name.startsWith(".")) {
                    continue;
                }
                // Keyed as ContentReader names the folder: relative to the project root.
                String folder = (plansFolder.isEmpty() ? "" : plansFolder + "/") + rest.substring(0, slash);
                FileMode mode = tw.getFileMode(1);
                Version v;
                if (mode == FileMode.MISSING) {
                    if (tw.getFileMode(0) != FileMode.REGULAR_FILE && tw.getFileMode(0) != FileMode.EXECUTABLE_FILE) {
                        continue;
                    }
                    v = new Version(commit, true, null, true);
                } else if (mode == FileMode.REGULAR_FILE || mode == FileMode.EXECUTABLE_FILE) {
                    v = new Version(commit, false, tw.getObjectId(1), true);
                } else {
                    continue;
                }
                if (name.equals("plan.md")) {
                    plans.computeIfAbsent(folder, k -> new ArrayList<>()).add(v);
                } else {
                    tasks.computeIfAbsent(folder, k -> new HashMap<>())
                            .computeIfAbsent(name.substring(0, name.length() - 3), k -> new ArrayList<>()).add(v);
                }
            }
        }
    }

    /**
     * The versions, each to be read (Version.read) but for a file committed once with its plan (or before it): its
     * one version says only when it was first published. A file added to a plan later is read, to tell whether it
     * came as a draft.
     */
    private static List<Version> read(List<Version> versions, int planFirst) {
        Version only = versions.get(0);
        if (versions.size() == 1 && !only.deleted() && only.commit().index() <= planFirst) {
            return List.of(new Version(only.commit(), false, only.blob(), false));
        }
        List<Version> out = new ArrayList<>(versions.size());
        for (Version v : versions) {
            out.add(v.read() ? v : new Version(v.commit(), false, v.blob(), true));
        }
        return List.copyOf(out);
    }

    private static boolean has(ObjectReader reader, ObjectId blob) {
        try {
            return reader.has(blob, Constants.OBJ_BLOB);
        } catch (IOException e) {
            return false;
        }
    }

    /** A file's text as ContentReader would read it: UTF-8 without a BOM, LF line ends; "" when unreadable. */
    private static String text(ObjectReader reader, ObjectId blob) throws IOException {
        ObjectLoader loader = reader.open(blob, Constants.OBJ_BLOB);
        if (loader.getSize() > MAX_BYTES) {
            return "";
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(loader.getCachedBytes()))
                    .toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return text.replace("\r\n", "\n");
        } catch (java.nio.charset.CharacterCodingException e) {
            return "";
        }
    }

    private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile("<?[^\\s<>@]+@[^\\s<>@]+>?");

    /**
     * What a commit message says, as the site may print it: its first line, without e-mail addresses or control
     * characters, at most 200 characters. Trailers (Signed-off-by: …) are below the first line and never read.
     */
    static String subject(String message) {
        String first = message.strip();
        int end = first.indexOf('\n');
        if (end >= 0) {
            first = first.substring(0, end);
        }
        first = EMAIL.matcher(first.replace('\t', ' ')).replaceAll("");
        StringBuilder sb = new StringBuilder();
        first.codePoints().filter(cp -> !Character.isISOControl(cp) && Character.getType(cp) != Character.SURROGATE
                && (cp & 0xFFFE) != 0xFFFE && !(cp >= 0xFDD0 && cp <= 0xFDEF)).forEach(sb::appendCodePoint);
        String s = sb.toString().replaceAll("\\s+", " ").strip();
        return s.codePointCount(0, s.length()) <= 200 ? s : s.substring(0, s.offsetByCodePoints(0, 200)) + "…";
    }

    /**
     * Whether root is in a shallow clone (git clone --depth, CI's usual checkout), whose history is cut short:
     * then no history is used at all, the same fallback whatever the depth.
     */
    public static boolean isShallow(Path root) {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(root.toFile());
        return builder.getGitDir() != null && shallowGitDir(builder.getGitDir().toPath());
    }

    private static boolean shallowGitDir(Path gitDir) {
        try {
            Path common = gitDir.resolve("commondir");
            if (Files.isRegularFile(common)) {
                // A linked worktree: the clone's shallow list is kept in the main repository's folder.
                gitDir = gitDir.resolve(Files.readString(common).strip()).normalize();
            }
            Path shallow = gitDir.resolve("shallow");
            return Files.isRegularFile(shallow) && Files.size(shallow) > 0;
        } catch (IOException e) {
            return true;
        }
    }

    private static String prefix(Path workTree, Path root) {
        Path w = workTree.toAbsolutePath().normalize();
        Path r = root.toAbsolutePath().normalize();
        if (!r.startsWith(w) || r.equals(w)) {
            return "";
        }
        return w.relativize(r).toString().replace('\\', '/') + "/";
    }
}
