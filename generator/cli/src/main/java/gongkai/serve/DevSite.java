package gongkai.serve;

import gongkai.build.Build;
import gongkai.build.KeptHistory;
import gongkai.check.ResolveCache;
import gongkai.diagnostics.IoErrors;
import gongkai.diagnostics.Problem;
import gongkai.diagnostics.Problems;
import gongkai.graph.SiteGraph;
import gongkai.read.ProjectPath;
import gongkai.read.ReadCache;
import gongkai.render.Job;
import gongkai.render.Pages;
import gongkai.render.SearchIndex;
import gongkai.render.Templates;
import gongkai.render.Edit;
import gongkai.render.Shows;
import gongkai.render.Urls;
import gongkai.write.OutputFolder;
import gongkai.write.OutputRefused;
import gongkai.write.SiteWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The site as serve keeps it: built whole once, then after each edit re-rendered only where the edit
 * reaches. A failed rebuild keeps the last good pages in place and remembers the problems to show.
 */
public final class DevSite implements AutoCloseable {

    /** What one (re)build did: its problems, the files it wrote, and whether it rebuilt everything. */
    public record Outcome(List<Problem> problems, List<String> written, boolean full) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private final Build.Options options;
    /** Held for the whole session, so no build can replace the site serve writes into. */
    private final OutputFolder output;
    /**
     * Commits do not happen while an editor types: the history is read once (from where the last build or session
     * left it), and each rebuild only asks whether HEAD moved (one lookup). A new commit is thus noticed at the next
     * save; then only the commits since are read, the plans they did not touch keep their resolved change records,
     * and the whole site is made again once.
     */
    private final KeptHistory history;
    private final ReadCache reads = new ReadCache();
    private final ResolveCache resolved = new ResolveCache();
    private SiteGraph graph;
    private Templates templates;
    /** The pages of the site now shown, whose rendered rows an edit that leaves them as they were reuses. */
    private Pages pages;
    /** The search index of the last good build, from which the next is made by changing what an edit changed. */
    private SearchIndex search;
    /** The graph of the last good build as the next edit is measured against it. */
    private Edit.Snapshot snapshot;
    /** The files of the last good build, to tell which ones an edit reaches and which a later build no longer makes. */
    private List<Job> jobs = List.of();
    private volatile List<Problem> problems = List.of();

    private DevSite(Build.Options options, OutputFolder output) {
        this.options = options;
        this.output = output;
        this.history = options.history() ? new KeptHistory(options, output) : null;
    }

    /** Takes the options' output folder for the session; refused as a build would refuse it. */
    public static DevSite open(Build.Options options) throws OutputRefused, IOException {
        return new DevSite(options, Build.claim(options));
    }

    @Override
    public void close() throws IOException {
        output.close();
    }

    public Build.Options options() {
        return options;
    }

    /** The problems of the latest build, empty when it succeeded. */
    public List<Problem> problems() {
        return problems;
    }

    public synchronized Outcome buildAll() {
        Build.Result result;
        try {
            result = Build.run(options, history, reads, resolved, output);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return failed(List.of(new Problem("gongkai", 0, 0, "gongkai 内部错误（" + e
                    + "）：未能生成网站。请把这条消息报告给 gongkai 的维护者；保存修改后会再试一次。")));
        }
        if (!result.ok()) {
            return failed(result.problems());
        }
        Problems p = new Problems();
        graph = result.graph();
        templates = Build.templates(options, p).orElse(null);
        problems = List.of();
        pages = new Pages(graph, templates);
        search = new SearchIndex(graph);
        snapshot = Edit.Snapshot.of(graph);
        jobs = Build.jobs(pages, search);
        return new Outcome(List.of(), jobs.stream().map(Job::path).toList(), true);
    }

    /** Brings the site up to date after the given files changed. */
    public Outcome update(Set<Path> changed) {
        return update(changed, (paths, whole) -> { });
    }

    /** Told of the pages an update has written, batch by batch, so the pages open in a browser reload at once. */
    @FunctionalInterface
    public interface Written {
        /** These pages are written (whole: every page of the site is, after a change that reaches all of them). */
        void pages(List<String> paths, boolean whole);
    }

    /**
     * Brings the site up to date, telling written of the pages as they are: first the pages of the edited tasks
     * with the shards of the search index that hold them (what the editor looks at), then the other pages the
     * edit reaches; the site-wide open data, feeds and sitemap come after, which take longest and nobody watches
     * being rebuilt.
     */
    public synchronized Outcome update(Set<Path> changed, Written pagesReady) {
        try {
            return updateNow(changed, pagesReady);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // A preview outlives any one bad edit: the editor sees what broke and can save again.
            String after = changed.stream().map(c -> ProjectPath.relative(options.root(), c)).sorted().findFirst().orElse("gongkai");
            return failed(List.of(new Problem(after, 0, 0, "gongkai 内部错误（" + e
                    + "）：本次修改之后未能生成网站。请把这条消息报告给 gongkai 的维护者；保存修改后会再试一次。")));
        }
    }

    private Outcome updateNow(Set<Path> changed, Written pagesReady) {
        if (graph == null || templates == null) {
            return buildAll();
        }
        Path templateDir = options.templates().toAbsolutePath().normalize();
        boolean themeChanged = changed.stream().anyMatch(p -> p.toAbsolutePath().normalize().startsWith(templateDir));
        Problems p = new Problems();
        if (changed.contains(options.config().toAbsolutePath().normalize())) {
            // Also what the watcher reports when it lost track of events: read everything again.
            reads.clear();
        }
        reads.invalidate(changed.stream().map(c -> ProjectPath.relative(options.root(), c)).toList());
        Optional<Build.Loaded> loaded = Build.load(options, p, history, reads, resolved);
        if (loaded.isEmpty()) {
            return failed(p.sorted());
        }
        Templates theme = templates;
        if (themeChanged) {
            Optional<Templates> t = Build.templates(options, p);
            if (t.isEmpty()) {
                return failed(p.sorted());
            }
            theme = t.get();
        }
        SiteGraph next = loaded.get().graph();
        Edit.Snapshot nextSnapshot = Edit.Snapshot.of(next);
        Optional<Edit> edit = themeChanged ? Optional.empty()
                : Edit.between(graph, snapshot == null ? Edit.Snapshot.of(graph) : snapshot, next, nextSnapshot);
        Pages nextPages = new Pages(next, theme);
        if (edit.isPresent() && pages != null) {
            nextPages.keepRowsOf(pages, edit.get());
        }
        SearchIndex nextSearch = edit.isPresent() && search != null ? new SearchIndex(next, search, edit.get())
                : new SearchIndex(next);
        List<Job> all = Build.jobs(nextPages, nextSearch);
        SiteWriter writer;
        try {
            writer = SiteWriter.inPlace(output);
        } catch (IOException e) {
            p.add(ProjectPath.relative(options.root(), options.output()), 0, 0, "无法写入预览目录：" + IoErrors.describe(e) + "。");
            return failed(p.sorted());
        }
        List<Job> first = edit.map(e -> edited(e, next, all)).orElse(List.of());
        if (!first.isEmpty()) {
            Build.render(first, writer, p);
            if (!p.isEmpty()) {
                return failed(p.sorted());
            }
            pagesReady.pages(first.stream().map(Job::path).toList(), false);
        }
        List<Job> selected = edit.map(e -> reached(e, all)).orElse(all);
        Set<String> done = new HashSet<>();
        first.forEach(j -> done.add(j.path()));
        List<Job> pageJobs = selected.stream().filter(j -> !isSiteWideData(j) && !done.contains(j.path())).toList();
        List<Job> data = selected.stream().filter(DevSite::isSiteWideData).toList();
        Build.render(pageJobs, writer, p);
        if (themeChanged) {
            Build.copyAssets(options, writer, p);
        }
        if (!p.isEmpty()) {
            return failed(p.sorted());
        }
        pagesReady.pages(pageJobs.stream().map(Job::path).toList(), edit.isEmpty());
        Build.render(data, writer, p);
        if (!p.isEmpty()) {
            return failed(p.sorted());
        }
        Set<String> now = new HashSet<>();
        all.forEach(j -> now.add(j.path()));
        removeVanished(now, writer);
        jobs = all;
        graph = next;
        this.pages = nextPages;
        search = nextSearch;
        snapshot = nextSnapshot;
        templates = theme;
        problems = List.of();
        return new Outcome(List.of(), selected.stream().map(Job::path).sorted().toList(), edit.isEmpty());
    }

    /**
     * The pages of the tasks the edit changed, and the shards of the search index that differ (which hold them): what
     * the editor looks at, made before anything else.
     */
    private static List<Job> edited(Edit edit, SiteGraph next, List<Job> all) {
        Set<String> pages = new HashSet<>();
        for (String key : edit.tasks()) {
            int slash = key.indexOf('/');
            if (next.task(key.substring(0, slash), key.substring(slash + 1)) != null) {
                pages.add(Urls.file(Urls.task(key.substring(0, slash), key.substring(slash + 1))));
            }
        }
        return all.stream().filter(j -> pages.contains(j.path())
                || j.shows() instanceof Shows.Part && j.shows().touchedBy(edit)).toList();
    }

    /**
     * The files of the new build that show something the edit changed, as each file declares (render's Shows):
     * asked of the files before the edit too, so a page a task has left is made again without it.
     */
    private List<Job> reached(Edit edit, List<Job> all) {
        if (edit.isEmpty()) {
            return List.of();
        }
        Set<String> touched = new HashSet<>();
        for (List<Job> list : List.of(jobs, all)) {
            for (Job j : list) {
                // A part (a shard of the search index) is answered by the files after the edit, which know before.
                if (list == jobs && j.shows() instanceof Shows.Part) {
                    continue;
                }
                if (j.shows().touchedBy(edit)) {
                    touched.add(j.path());
                }
            }
        }
        return all.stream().filter(j -> touched.contains(j.path())).toList();
    }

    /** What shows the whole site and is not a page: feeds, data, the search index; written after the pages. */
    private static boolean isSiteWideData(Job job) {
        return job.shows() == Shows.EVERYTHING && !job.path().endsWith(".html");
    }

    /** Deletes the pages of tasks, plans or units that no longer exist. */
    private void removeVanished(Set<String> now, SiteWriter writer) {
        for (Job job : jobs) {
            String old = job.path();
            if (!now.contains(old)) {
                try {
                    writer.remove(old);
                } catch (IOException e) {
                    // A page left behind is harmless in a preview; the next full build drops it.
                }
            }
        }
    }

    private Outcome failed(List<Problem> found) {
        problems = List.copyOf(found);
        return new Outcome(problems, List.of(), false);
    }
}
