package gongkai.build;

import gongkai.graph.SiteGraph;
import gongkai.model.ValueDigest;
import gongkai.render.Edit;
import gongkai.render.Footprint;
import gongkai.render.Job;
import gongkai.render.SearchIndex;
import gongkai.render.Shows;
import gongkai.write.FileStamps;
import gongkai.write.FileStamps.Stamp;
import gongkai.write.SiteWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What the published site was made from, kept beside it (OutputFolder.lastBuildRecord) so that a rebuild makes again
 * only the files an edit reaches, as serve does: site, a digest of everything that reaches every page (the program,
 * the options, the configuration with its words, the units, the as-of date, whether there is a change record, the
 * theme's files); the footprint of the plans, the tasks and the change record; what each file showed (so a page a
 * task has left is made again without it); the digest of each page's model, where it has one (PageModels); the stamps
 * of the published site's files and of the work folder's, so a file changed or deleted by hand since is noticed; and
 * the search index (SearchIndex.save), from which a rebuild makes only the shards an edit changed. What each file
 * showed is read only when an edit needs it, and written again only when something changed.
 */
final class LastBuild {

    private static final String FORMAT = "gongkai-last-build/7";

    private final String site;
    private final String paths;
    private final Footprint footprint;
    private final Map<String, Stamp> live;
    private final Map<String, Stamp> work;
    /** The files and what each showed, encoded; decoded when first asked (by the build's one thread). */
    private final byte[] shown;
    private Map<String, Shown> files;
    /**
     * The record's bytes as read; the site's search index (SearchIndex.save), so a rebuild changes only the shards an
     * edit changed, from searchAt to their end.
     */
    private final byte[] read;
    private final int searchAt;
    /** The digest of each page's model (Job.Modelled), by path. */
    private final Map<String, String> models;

    /** Writes the search index into the record. */
    @FunctionalInterface
    interface SearchOut {
        void write(DataOutputStream out) throws IOException;
    }

    private LastBuild(String site, String paths, Footprint footprint, Map<String, Stamp> live, Map<String, Stamp> work,
            byte[] shown, byte[] read, int searchAt, Map<String, String> models) {
        this.site = site;
        this.paths = paths;
        this.footprint = footprint;
        this.live = live;
        this.work = work;
        this.shown = shown;
        this.read = read;
        this.searchAt = searchAt;
        this.models = models;
    }

    /** The search index of the site this record describes, made again after edit (only the shards it changed). */
    SearchIndex searchAfter(SiteGraph graph, Edit edit) {
        return SearchIndex.afterSaved(graph, read, searchAt, edit);
    }

    /** The search index as this record keeps it, for the record of a build that found nothing changed. */
    SearchOut search() {
        return out -> out.write(read, searchAt, read.length - searchAt);
    }

    String site() {
        return site;
    }

    Footprint footprint() {
        return footprint;
    }

    Map<String, Stamp> live() {
        return live;
    }

    Map<String, Stamp> work() {
        return work;
    }

    Map<String, String> models() {
        return models;
    }

    /**
     * What one file showed: everything, nothing, or these plans and tasks (by key); list and page: the page of a list
     * that an edit reaches page by page it is (Shows.ofChanges, Shows.ofPage; list null for none).
     */
    record Shown(char kind, String list, int page, Set<String> plans, Set<String> keys) {
        static final Shown EVERYTHING = new Shown('E', null, 0, Set.of(), Set.of());
        static final Shown NOTHING = new Shown('N', null, 0, Set.of(), Set.of());
        /** A part of something (Shows.Part): the file made now knows whether the edit changed it. */
        static final Shown PART = new Shown('P', null, 0, Set.of(), Set.of());

        boolean touchedBy(Edit edit) {
            return switch (kind) {
                case 'E' -> !edit.isEmpty();
                case 'N', 'P' -> false;
                default -> Shows.listTouched(list, page, plans, edit) || keys.stream().anyMatch(edit.tasks()::contains);
            };
        }
    }

    /**
     * The first part of the record of a build of these jobs, which its jobs and footprint make: encoded while the
     * build renders (see write). same: the record of a build that found nothing changed since, whose files showed
     * what they show now.
     */
    static Head head(String site, Footprint footprint, List<Job> jobs, LastBuild same) throws IOException {
        String paths = pathsOf(jobs);
        byte[] shown = same != null && same.paths.equals(paths) ? same.shown : encode(jobs);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(shown.length + (1 << 20));
        DataOutputStream out = new DataOutputStream(bytes);
        Strings strings = new Strings();
        out.writeUTF(FORMAT);
        out.writeUTF(site);
        out.writeUTF(paths);
        out.writeUTF(footprint.history());
        out.writeInt(footprint.plans().size());
        for (Map.Entry<String, String> p : footprint.plans().entrySet()) {
            out.writeUTF(p.getKey());
            out.writeUTF(p.getValue());
            List<String> tasks = footprint.planTasks().getOrDefault(p.getKey(), List.of());
            out.writeInt(tasks.size());
            for (String key : tasks) {
                strings.write(out, key);
            }
        }
        out.writeInt(footprint.tasks().size());
        for (Map.Entry<String, String> t : footprint.tasks().entrySet()) {
            strings.write(out, t.getKey());
            out.writeUTF(t.getValue());
            String parent = footprint.parents().get(t.getKey());
            strings.write(out, parent == null ? "" : parent);
        }
        out.writeInt(footprint.pages().size());
        for (Map.Entry<String, List<String>> list : new java.util.TreeMap<>(footprint.pages()).entrySet()) {
            out.writeUTF(list.getKey());
            out.writeInt(list.getValue().size());
            for (String page : list.getValue()) {
                out.writeUTF(page);
            }
        }
        out.writeInt(shown.length);
        out.write(shown);
        out.flush();
        return new Head(bytes.toByteArray());
    }

    /** The part of a record that a build knows once it has compared (head). */
    record Head(byte[] bytes) {
    }

    /**
     * Writes the record whole or not at all, into a temporary file then renamed over file: head, then what the
     * build knows once it has published: the stamps (live, then work folder) of the site it describes, the digests of
     * its pages' models, and its search index (search: SearchIndex.save, or the saved one kept).
     */
    static void write(Path file, Head head, List<Map<String, Stamp>> stamps, Map<String, String> models,
            SearchOut search) throws IOException {
        WholeFile.write(file, out -> {
            out.write(head.bytes());
            for (Map<String, Stamp> m : stamps) {
                out.writeInt(m.size());
                for (Map.Entry<String, Stamp> s : m.entrySet()) {
                    out.writeUTF(s.getKey());
                    out.writeLong(s.getValue().size());
                    out.writeLong(s.getValue().modified());
                    out.writeInt(s.getValue().node());
                }
            }
            out.writeInt(models.size());
            for (Map.Entry<String, String> m : models.entrySet()) {
                out.writeUTF(m.getKey());
                out.writeUTF(m.getValue());
            }
            out.writeUTF("end");
            // Last, to the end of the file: the index, which checks itself whole when read.
            search.write(out);
        });
    }

    /** The jobs' paths, in their order (which the site graph fixes), as one digest. */
    private static String pathsOf(List<Job> jobs) {
        return ValueDigest.of(jobs.stream().map(Job::path).toList());
    }

    private static Shown shown(Shows shows) {
        if (shows instanceof Shows.Listed l) {
            return new Shown('L', l.list(), l.page(), l.plans(), l.keys());
        }
        return shows instanceof Shows.Nothing ? Shown.NOTHING : shows instanceof Shows.Part ? Shown.PART
                : Shown.EVERYTHING;
    }

    /**
     * Whether the work folder is as this record left it, file by file, as the writer found it: the files a rebuild
     * leaves as they are come from there. A file the record does not know, or knows otherwise, was written,
     * replaced or deleted by someone else.
     */
    boolean matches(SiteWriter writer) {
        return writer.found().equals(work);
    }

    /** The files of the live site (stamps now) that someone else wrote, replaced, added or deleted since. */
    Set<String> changedLive(Map<String, Stamp> now) {
        Set<String> changed = new HashSet<>();
        now.forEach((path, stamp) -> {
            if (!stamp.equals(live.get(path))) {
                changed.add(path);
            }
        });
        live.keySet().stream().filter(p -> !now.containsKey(p)).forEach(changed::add);
        return changed;
    }

    /**
     * The stamps of the live site and of the work folder once the writer has committed; liveBefore: the live
     * site's when the build began. Publishing swaps the two folders by renames, which keep every file's stamps:
     * the new work folder is the old live site. Without publishing, the work folder is as the writer caught it up.
     */
    static List<Map<String, Stamp>> stampsAfter(SiteWriter writer, Path liveSite, Map<String, Stamp> liveBefore)
            throws IOException {
        if (writer.published()) {
            return List.of(writer.finished(liveSite), liveBefore);
        }
        // Unpublished, the work folder holds what the writer wrote there, unless it wrote nothing (canKeep: the
        // work folder already was the live site, and every file came out as it was).
        return List.of(liveBefore, writer.canKeep() ? writer.caughtUp() : FileStamps.of(writer.workFolder()));
    }

    /**
     * The paths of the jobs to make again after edit: files new since, and files that show something the edit
     * changed, now or before it. Nothing when nothing changed and the site has the same files.
     */
    Set<String> reached(Edit edit, List<Job> jobs) throws IOException {
        if (edit.isEmpty() && paths.equals(pathsOf(jobs))) {
            return Set.of();
        }
        Map<String, Shown> before = files();
        Map<Shown, Boolean> asked = new IdentityHashMap<>();
        Set<String> reached = new HashSet<>();
        for (Job j : jobs) {
            Shown was = before.get(j.path());
            if (was == null || j.shows().touchedBy(edit) || asked.computeIfAbsent(was, b -> b.touchedBy(edit))) {
                reached.add(j.path());
            }
        }
        return reached;
    }

    /**
     * The digest of what reaches every page. Null when it cannot be told (a theme file unreadable): then there is
     * no record and the next build makes every file.
     */
    static String siteDigest(Build.Options o, SiteGraph graph) {
        Optional<String> theme = themeDigest(o.templates());
        if (theme.isEmpty()) {
            return null;
        }
        return ValueDigest.of(FORMAT, Program.ID, Runtime.version().toString(), o.root().toAbsolutePath().toString(),
                o.baseUrl(), o.sourceDateEpoch(), o.includeDrafts(), o.history(), graph.config(), graph.asOf(),
                graph.content().units(), graph.content().history().source(), theme.get());
    }

    /** Every file of the site's templates/ (templates, words, static files), by path and bytes. */
    private static Optional<String> themeDigest(Path templates) {
        if (!Files.isDirectory(templates)) {
            return Optional.of(Files.exists(templates) ? "a file" : "none");
        }
        List<Object> parts = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(templates, FileVisitOption.FOLLOW_LINKS)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                parts.add(templates.relativize(p).toString());
                parts.add(new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
        return Optional.of(ValueDigest.of(parts));
    }

    /** The record in file, or empty when there is none or it cannot be read whole. */
    static Optional<LastBuild> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(read(SiteWriter.readFile(file)));
        } catch (IOException | RuntimeException e) {
            // A record cut short or from another version: the build makes every file, as without one.
            return Optional.empty();
        }
    }

    private static LastBuild read(byte[] bytes) throws IOException {
        ByteArrayInputStream stream = new ByteArrayInputStream(bytes);
        DataInputStream in = new DataInputStream(stream);
        if (!FORMAT.equals(in.readUTF())) {
            throw new IOException("another format");
        }
        Strings strings = new Strings();
        String site = in.readUTF();
        String paths = in.readUTF();
        String history = in.readUTF();
        Map<String, String> plans = new HashMap<>();
        Map<String, List<String>> planTasks = new HashMap<>();
        for (int i = in.readInt(); i > 0; i--) {
            String id = in.readUTF();
            plans.put(id, in.readUTF());
            List<String> keys = new ArrayList<>();
            for (int n = in.readInt(); n > 0; n--) {
                keys.add(strings.read(in));
            }
            planTasks.put(id, keys);
        }
        Map<String, String> tasks = new HashMap<>();
        Map<String, String> parents = new HashMap<>();
        for (int i = in.readInt(); i > 0; i--) {
            String key = strings.read(in);
            tasks.put(key, in.readUTF());
            String parent = strings.read(in);
            if (!parent.isEmpty()) {
                parents.put(key, parent);
            }
        }
        Map<String, List<String>> pages = new HashMap<>();
        for (int i = in.readInt(); i > 0; i--) {
            String list = in.readUTF();
            List<String> digests = new ArrayList<>();
            for (int n = in.readInt(); n > 0; n--) {
                digests.add(in.readUTF());
            }
            pages.put(list, digests);
        }
        byte[] shown = new byte[in.readInt()];
        in.readFully(shown);
        List<Map<String, Stamp>> stamps = new ArrayList<>();
        for (int k = 0; k < 2; k++) {
            Map<String, Stamp> m = new HashMap<>();
            for (int i = in.readInt(); i > 0; i--) {
                m.put(in.readUTF(), new Stamp(in.readLong(), in.readLong(), in.readInt()));
            }
            stamps.add(m);
        }
        Map<String, String> models = new HashMap<>();
        for (int i = in.readInt(); i > 0; i--) {
            models.put(in.readUTF(), in.readUTF());
        }
        if (!"end".equals(in.readUTF())) {
            throw new IOException("cut short");
        }
        return new LastBuild(site, paths, new Footprint(history, plans, planTasks, tasks, parents, pages),
                stamps.get(0), stamps.get(1), shown, bytes, bytes.length - stream.available(), models);
    }

    /** What each job's file shows, encoded: each listing once, then each file's kind and listing. */
    private static byte[] encode(List<Job> jobs) throws IOException {
        Map<Shows, Shown> listed = new IdentityHashMap<>();
        Map<Shown, Integer> numbers = new IdentityHashMap<>();
        List<Shown> order = new ArrayList<>();
        for (Job j : jobs) {
            Shown s = listed.computeIfAbsent(j.shows(), LastBuild::shown);
            if (s.kind() == 'L' && numbers.putIfAbsent(s, order.size()) == null) {
                order.add(s);
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
        DataOutputStream out = new DataOutputStream(bytes);
        Strings strings = new Strings();
        out.writeInt(order.size());
        for (Shown s : order) {
            out.writeUTF(s.list() == null ? "" : s.list());
            out.writeInt(s.page());
            out.writeInt(s.plans().size());
            for (String p : s.plans()) {
                strings.write(out, p);
            }
            out.writeInt(s.keys().size());
            for (String k : s.keys()) {
                strings.write(out, k);
            }
        }
        out.writeInt(jobs.size());
        for (Job j : jobs) {
            Shown s = listed.get(j.shows());
            out.writeUTF(j.path());
            out.writeByte(s.kind());
            if (s.kind() == 'L') {
                out.writeInt(numbers.get(s));
            }
        }
        out.flush();
        return bytes.toByteArray();
    }

    private Map<String, Shown> files() throws IOException {
        if (files == null) {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(shown));
            Strings strings = new Strings();
            List<Shown> listings = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                String list = in.readUTF();
                int page = in.readInt();
                Set<String> ids = new HashSet<>();
                for (int n = in.readInt(); n > 0; n--) {
                    ids.add(strings.read(in));
                }
                Set<String> keys = new HashSet<>();
                for (int n = in.readInt(); n > 0; n--) {
                    keys.add(strings.read(in));
                }
                listings.add(new Shown('L', list.isEmpty() ? null : list, page, ids, keys));
            }
            Map<String, Shown> decoded = new HashMap<>();
            for (int i = in.readInt(); i > 0; i--) {
                String path = in.readUTF();
                char kind = (char) in.readByte();
                decoded.put(path, switch (kind) {
                    case 'E' -> Shown.EVERYTHING;
                    case 'N' -> Shown.NOTHING;
                    case 'P' -> Shown.PART;
                    case 'L' -> listings.get(in.readInt());
                    default -> throw new IOException("kind " + kind);
                });
            }
            files = decoded;
        }
        return files;
    }

    /** Each string written once; later by its number. */
    private static final class Strings {
        private final Map<String, Integer> numbers = new LinkedHashMap<>();
        private final List<String> list = new ArrayList<>();

        void write(DataOutputStream out, String s) throws IOException {
            Integer n = numbers.get(s);
            if (n != null) {
                out.writeInt(n);
                return;
            }
            out.writeInt(-1);
            out.writeUTF(s);
            numbers.put(s, numbers.size());
        }

        String read(DataInputStream in) throws IOException {
            int n = in.readInt();
            if (n >= 0) {
                return list.get(n);
            }
            String s = in.readUTF();
            list.add(s);
            return s;
        }
    }
}
