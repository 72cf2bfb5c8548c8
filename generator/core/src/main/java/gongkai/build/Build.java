package gongkai.build;

import gongkai.check.ChangeRecordCache;
import gongkai.check.ResolveCache;
import gongkai.check.Resolver;
import gongkai.diagnostics.IoErrors;
import gongkai.diagnostics.Problem;
import gongkai.diagnostics.Problems;
import gongkai.graph.AsOf;
import gongkai.graph.SiteGraph;
import gongkai.read.ContentReader;
import gongkai.read.GitHistory;
import gongkai.read.ProjectBounds;
import gongkai.read.ProjectPath;
import gongkai.read.RawContent;
import gongkai.read.RawDocument;
import gongkai.read.YamlReader;
import gongkai.read.ReadCache;
import gongkai.render.Earlier;
import gongkai.render.Edit;
import gongkai.render.Feeds;
import gongkai.render.Footprint;
import gongkai.render.Job;
import gongkai.render.OpenData;
import gongkai.render.Pages;
import gongkai.render.SearchIndex;
import gongkai.render.Shows;
import gongkai.render.Sitemap;
import gongkai.render.StaticWords;
import gongkai.render.Templates;
import gongkai.render.Theme;
import gongkai.write.FileStamps;
import gongkai.write.OutputFolder;
import gongkai.write.OutputRefused;
import gongkai.write.SiteWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ForkJoinTask;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/** The pipeline: read → resolve and check → site graph → render → write. The CLI and serve both call it. */
public final class Build {

    private Build() {
    }

    /**
     * Where to read and write. sourceDateEpoch is the SOURCE_DATE_EPOCH value or null; baseUrl overrides the
     * configuration's when not null; full makes every file again, even those the last build's record shows unchanged.
     */
    public record Options(Path root, Path config, Path content, Path templates, Path output, String baseUrl,
            String sourceDateEpoch, boolean includeDrafts, boolean history, boolean full) {

        /** The standard layout of a project folder: public build, with git history when there is one. */
        public static Options forProject(Path root) {
            return new Options(root, root.resolve("site-config.yml"), root.resolve("content"),
                    root.resolve("templates"), root.resolve("_site"), null, null, false, true, false);
        }

        public Options withDrafts(boolean drafts) {
            return new Options(root, config, content, templates, output, baseUrl, sourceDateEpoch, drafts, history, full);
        }

        public Options withoutHistory() {
            return new Options(root, config, content, templates, output, baseUrl, sourceDateEpoch, includeDrafts, false, full);
        }

        public Options withOutput(Path dir) {
            return new Options(root, config, content, templates, dir, baseUrl, sourceDateEpoch, includeDrafts, history, full);
        }

        /** Every file made again (true), or only those an edit since the last build reaches (false, the default). */
        public Options withFull(boolean makeAll) {
            return new Options(root, config, content, templates, output, baseUrl, sourceDateEpoch, includeDrafts, history,
                    makeAll);
        }
    }

    /**
     * What a build did: the problems (empty when it succeeded) or why the output was refused, and on success
     * what it wrote. changed counts the files that differ from the site published before; history says whether
     * the change record was read from git (READ, with commits commits) and if not, why: not asked for, no
     * repository, a shallow clone (whose history is cut short, so none is used), no commit, or unreadable. remade
     * says which files were made again and why.
     */
    public record Result(List<Problem> problems, String refusal, int files, long bytes, int pages, int changed,
            SiteGraph graph, AsOf.Decision asOf, GitHistory.State history, int commits, Remade remade) {

        public boolean ok() {
            return problems.isEmpty() && refusal == null;
        }

        /** Whether the project is a shallow clone, so its change record was not read. */
        public boolean shallow() {
            return history == GitHistory.State.SHALLOW;
        }
    }

    /**
     * How many files a build made again (rendered), and why it made them all (whole: null when it made only those
     * an edit since the last build reaches, and left the others as the published site has them); sameModel: how
     * many pages the edit reached it kept all the same, their models being as before (PageModels).
     */
    public record Remade(int files, int sameModel, String whole) {
    }

    /** The checked site graph, how its as-of date was chosen, and the git log its change record came from. */
    public record Loaded(SiteGraph graph, AsOf.Decision asOf, GitHistory.Log history) {
    }

    /** The git history of the options' project, read at HEAD (null when the options ask for none). */
    public static ContentReader.History history(Options o) {
        return o.history() ? () -> GitHistory.read(o.root(), plansFolder(o)) : null;
    }

    /** The plans folder relative to the project root, as the history names its files. */
    public static String plansFolder(Options o) {
        return ProjectPath.relative(o.root(), o.content().resolve("plans"));
    }

    /** Reads and checks only, for validation without output. */
    public static Optional<Loaded> load(Options o, Problems problems) {
        return load(o, problems, history(o));
    }

    /** Reads and checks with a given source of file history (null for none). */
    public static Optional<Loaded> load(Options o, Problems problems, ContentReader.History history) {
        return load(o, problems, history, null, null);
    }

    /** Reads and checks, reusing what the caches hold from an earlier load (serve). */
    public static Optional<Loaded> load(Options o, Problems problems, ContentReader.History history, ReadCache reads,
            ResolveCache resolved) {
        return load(o, problems, history, reads, resolved, Progress.NONE);
    }

    private static Optional<Loaded> load(Options o, Problems problems, ContentReader.History history, ReadCache reads,
            ResolveCache resolved, Progress progress) {
        long t0 = System.nanoTime();
        ContentReader reader = new ContentReader(o.root(), problems, reads);
        ContentReader.History timed = history == null ? null : () -> {
            long start = System.nanoTime();
            GitHistory.Log log = history.log();
            if (log.available()) {
                progress.stageDone(Progress.Stage.HISTORY, System.nanoTime() - start);
            }
            return log;
        };
        RawContent raw = reader.read(o.config(), o.content(), timed);
        BuiltInMessages.DOCS.problems().forEach(p -> problems.add(p.file(), p.line(), p.column(), p.message()));
        raw = raw.withMessages(BuiltInMessages.DOCS.docs(), reader.readMessages(o.templates().resolve("messages")));
        long t1 = System.nanoTime();
        progress.stageDone(Progress.Stage.READ, t1 - t0);
        // A kept history keeps the change records derived from it too: only files whose versions changed are read.
        ChangeRecordCache records = history instanceof KeptHistory kept ? kept.records() : null;
        Optional<Resolver.Resolved> checked = Resolver.resolve(raw, o.baseUrl(), o.includeDrafts(), problems, resolved,
                records);
        var emblem = checked.map(r -> r.config().emblem()).orElse(null);
        if (emblem != null && !emblemFound(o, emblem.path(), emblem.file(), emblem.line(), emblem.column(), problems)) {
            checked = Optional.empty();
        }
        long t2 = System.nanoTime();
        progress.stageDone(Progress.Stage.CHECK, t2 - t1);
        GitHistory.Log log = raw.history() == null ? GitHistory.Log.none(GitHistory.State.NOT_ASKED) : raw.history();
        Optional<Loaded> loaded = checked.map(r -> {
            AsOf.Decision asOf = AsOf.decide(r.config().asOf(), o.sourceDateEpoch(), r.content(),
                    r.config().timeZone());
            return new Loaded(new SiteGraph(r.config(), r.content(), asOf.date()), asOf, log);
        });
        if (loaded.isPresent()) {
            progress.stageDone(Progress.Stage.GRAPH, System.nanoTime() - t2);
        }
        return loaded;
    }

    /**
     * Whether site-config.yml's emblem is there to publish: in the site's own templates/ (within the project) or in
     * the built-in theme. A missing one is a problem where the configuration names it.
     */
    private static boolean emblemFound(Options o, String path, String file, int line, int column, Problems problems) {
        Path own = o.templates().resolve(path);
        Optional<String> refusal = Files.exists(own) ? new ProjectBounds(o.root()).refusal(own, true) : Optional.empty();
        if (refusal.isPresent()) {
            problems.add(file, line, column, refusal.get());
            return false;
        }
        if (Files.isRegularFile(own) || Theme.files("static/").contains(path)) {
            return true;
        }
        problems.add(file, line, column, "找不到标志图片 "
                + ProjectPath.relative(o.root(), own) + "：请把图片放在这里，或改正 emblem 的路径（写 templates/ 之下的路径，如 static/emblem.svg）。");
        return false;
    }

    /** The bundles of the built-in theme (messages/*.yml), read once: they are part of the program. */
    private record BuiltInMessages(List<RawDocument> docs, List<Problem> problems) {
        static final BuiltInMessages DOCS = read();

        private static BuiltInMessages read() {
            Problems found = new Problems();
            List<RawDocument> docs = new ArrayList<>();
            for (String file : Theme.files("messages/")) {
                String name = "（gongkai 内置主题）" + file;
                try {
                    String text = new String(Theme.read(file), java.nio.charset.StandardCharsets.UTF_8);
                    YamlReader.read(name, text, 1, found).ifPresent(node -> docs.add(new RawDocument(name, node, "", 0, null)));
                } catch (IOException e) {
                    found.add(name, 0, 0, "无法读取：" + IoErrors.describe(e) + "。");
                }
            }
            return new BuiltInMessages(List.copyOf(docs), found.sorted());
        }
    }

    /** A whole build into the options' output folder, which it holds for the build's duration. */
    public static Result run(Options o) {
        return run(o, Progress.NONE);
    }

    /** A whole build that reports its progress. */
    public static Result run(Options o, Progress progress) {
        try (OutputFolder output = claim(o)) {
            return run(o, o.history() ? new KeptHistory(o, output) : null, null, null, output, progress);
        } catch (OutputRefused e) {
            return refused(e.getMessage());
        } catch (IOException e) {
            return failed(ProjectPath.relative(o.root(), o.output()), "无法使用输出目录：" + IoErrors.describe(e) + "。");
        }
    }

    /**
     * Takes the options' output folder for writing: refused when it is or holds the project or its inputs,
     * lies inside content/ or templates/, is not gongkai's own, or another gongkai holds it.
     */
    public static OutputFolder claim(Options o) throws OutputRefused, IOException {
        List<OutputFolder.Input> inputs = new ArrayList<>();
        inputs.add(new OutputFolder.Input(o.root(), "项目根目录", false));
        inputs.add(new OutputFolder.Input(o.content(), "内容目录 content/", true));
        inputs.add(new OutputFolder.Input(o.templates(), "模板目录 templates/", true));
        Path configDir = o.config().toAbsolutePath().normalize().getParent();
        if (configDir != null) {
            inputs.add(new OutputFolder.Input(configDir, "配置文件 " + o.config().getFileName() + " 所在的目录", false));
        }
        String home = System.getProperty("user.home");
        if (home != null && !home.isEmpty()) {
            inputs.add(new OutputFolder.Input(Path.of(home), "用户主目录", false));
        }
        return OutputFolder.claim(o.output(), o.root(), inputs);
    }

    /** A whole build into an output folder the caller holds, filling serve's caches. */
    public static Result run(Options o, ContentReader.History history, ReadCache reads, ResolveCache resolved,
            OutputFolder output) {
        return run(o, history, reads, resolved, output, Progress.NONE);
    }

    private static Result run(Options o, ContentReader.History history, ReadCache reads, ResolveCache resolved,
            OutputFolder output, Progress progress) {
        // Reading and writing wait on the disk: with twice as many threads as cores, a waiting thread
        // leaves its core to one that computes. Parallel streams inside run in this pool.
        java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(
                Math.max(2, 2 * Runtime.getRuntime().availableProcessors()));
        try {
            return pool.submit(() -> runHere(o, history, reads, resolved, output, progress)).join();
        } finally {
            pool.shutdown();
        }
    }

    private static Result runHere(Options o, ContentReader.History history, ReadCache reads, ResolveCache resolved,
            OutputFolder output, Progress progress) {
        Problems problems = new Problems();
        Optional<Loaded> loaded = load(o, problems, history, reads, resolved, progress);
        if (loaded.isEmpty()) {
            return failed(problems);
        }
        // The git log read and the change records derived, for the next build: they describe the repository, so
        // they are kept whether or not this build publishes, beside the rest of the build.
        ForkJoinTask<?> kept = ForkJoinTask.adapt(() -> {
            if (history != null) {
                history.keep();
            }
        }).fork();
        try {
            return built(o, loaded.get(), output, progress, problems, kept);
        } finally {
            // Never return, nor let the output folder go, while the history is being written beside it.
            kept.join();
        }
    }

    /** The rest of a build whose content was read and checked: compare, render, publish, record. */
    private static Result built(Options o, Loaded loaded, OutputFolder output, Progress progress, Problems problems,
            ForkJoinTask<?> kept) {
        SiteGraph graph = loaded.graph();
        Optional<Templates> templates = templates(o, problems);
        if (templates.isEmpty()) {
            return failed(problems);
        }
        long compare = System.nanoTime();
        // The walks of the live site and of the work folder only read: they start first, beside the digests.
        ForkJoinTask<Map<String, FileStamps.Stamp>> liveWalk =
                ForkJoinTask.adapt(() -> FileStamps.of(output.site())).fork();
        ForkJoinTask<Map<String, FileStamps.Stamp>> workWalk =
                ForkJoinTask.adapt(() -> SiteWriter.walkWork(output)).fork();
        String site = LastBuild.siteDigest(o, graph);
        Footprint footprint = Footprint.of(graph);
        String shown = ProjectPath.relative(o.root(), o.output());
        Comparison c;
        try {
            c = compare(o, output, graph, templates.get(), site, footprint, liveWalk, workWalk);
        } catch (IOException e) {
            return failed(shown, "无法准备输出目录：" + IoErrors.describe(e) + "。原网站保持不变。");
        }
        SiteWriter writer = c.writer();
        List<Job> jobs = c.jobs();
        LastBuild unchanged = c.unchanged();
        long bytes = c.keptBytes();
        long t0 = System.nanoTime();
        progress.stageDone(Progress.Stage.COMPARE, t0 - compare);
        // The record's first part needs only the jobs and the footprint: it is encoded beside the rendering, which
        // leaves a core idle at its end, instead of after publishing, when only this thread works.
        ForkJoinTask<LastBuild.Head> head = site == null ? null
                : ForkJoinTask.adapt(() -> LastBuild.head(site, footprint, jobs, unchanged)).fork();
        // What shows everything (site-wide data, the search index, feeds) takes longest, one file each: first.
        List<Job> remake = new ArrayList<>(c.remake());
        remake.sort(java.util.Comparator.comparing(j -> j.shows() != Shows.EVERYTHING));
        PageModels models = c.models();
        bytes += render(remake, writer, problems, progress, models) + models.keptBytes();
        int assets = problems.isEmpty() ? copyAssets(o, writer, problems) : 0;
        long t1 = System.nanoTime();
        progress.stageDone(Progress.Stage.RENDER, t1 - t0);
        if (!problems.isEmpty()) {
            writer.abandon();
            cancel(head);
            return failed(problems);
        }
        int removed;
        try {
            removed = writer.commit();
            progress.stageDone(Progress.Stage.PUBLISH, System.nanoTime() - t1);
        } catch (IOException e) {
            writer.abandon();
            cancel(head);
            return failed(shown, "无法发布新网站：" + IoErrors.describe(e) + "。原网站保持不变。");
        }
        long t2 = System.nanoTime();
        if (site != null) {
            try {
                // Nothing changed: the index is the one saved, which this build did not make again.
                LastBuild.write(output.lastBuildRecord(), joined(head),
                        LastBuild.stampsAfter(writer, output.site(), c.liveBefore()), models.recorded(jobs),
                        unchanged != null ? unchanged.search() : c.search()::save);
            } catch (IOException e) {
                // The site is published; without a record the next build makes every file.
            }
        }
        kept.join();
        progress.stageDone(Progress.Stage.RECORD, System.nanoTime() - t2);
        int pages = (int) jobs.stream().filter(j -> j.path().endsWith(".html")).count();
        GitHistory.Log log = loaded.history();
        return new Result(List.of(), null, jobs.size() + assets, bytes, pages, writer.written() + removed, graph,
                loaded.asOf(), log.state(), log.commits().size(),
                new Remade(c.remake().size() - models.same(), models.same(), c.whole()));
    }

    /** Lets go of a task whose result the build will not use: one not begun never runs. */
    private static void cancel(ForkJoinTask<?> task) {
        if (task != null) {
            task.cancel(false);
        }
    }

    /**
     * What this build makes, found by comparing the site with the record the last build left: the writer, the jobs,
     * those to make again (every one, when whole says why) and the bytes of those kept, the search index (made from
     * the saved one after an edit), the live site's stamps as the build began, the record when nothing changed, and
     * the digests of the pages' models the last build recorded (none for a whole build).
     */
    private record Comparison(SiteWriter writer, List<Job> jobs, List<Job> remake, long keptBytes, SearchIndex search,
            Map<String, FileStamps.Stamp> liveBefore, LastBuild unchanged, String whole, PageModels models) {
    }

    /** Opens the writer and compares; the record, large for a large site, is let go on return unless nothing changed. */
    private static Comparison compare(Options o, OutputFolder output, SiteGraph graph, Templates templates, String site,
            Footprint footprint, ForkJoinTask<Map<String, FileStamps.Stamp>> liveWalk,
            ForkJoinTask<Map<String, FileStamps.Stamp>> workWalk) throws IOException {
        Optional<LastBuild> last = o.full() ? Optional.empty() : LastBuild.read(output.lastBuildRecord());
        // Whatever happens next, the record no longer describes the site on disk until this build has published.
        Files.deleteIfExists(output.lastBuildRecord());
        SiteWriter writer = SiteWriter.open(output, joined(workWalk));
        Map<String, FileStamps.Stamp> liveBefore = joined(liveWalk);
        String whole = o.full() ? "要求完整构建（--full）" : last.isEmpty() ? "没有上次构建的记录"
                : !last.get().site().equals(site) ? "程序、配置、单位、模板或数据截至日期与上次构建不同"
                : !writer.canKeep() ? "输出目录旁还没有与已发布网站一致的工作副本"
                : !last.get().matches(writer) ? "输出目录的工作副本在上次构建之后有改动"
                : null;
        if (last.isPresent() && writer.canKeep()) {
            // Files of the published site changed by hand: the site this build publishes has them as built.
            writer.republish(last.get().changedLive(liveBefore));
        }
        Edit edit = whole == null ? Edit.between(last.get().footprint(), footprint) : null;
        SearchIndex search = edit != null ? last.get().searchAfter(graph, edit) : new SearchIndex(graph);
        if (edit != null && !edit.isEmpty()) {
            // Which shards of the index an edit changed is known once the index is made again: on the other core,
            // while this one lists the jobs and asks what the edit reaches.
            ForkJoinTask.adapt(search::prepare).fork();
        }
        List<Job> jobs = jobs(new Pages(graph, templates), search, writer::kept);
        Set<String> reached = edit != null ? last.get().reached(edit, jobs) : Set.of();
        List<Job> remake = new ArrayList<>();
        long kept = 0;
        for (Job j : jobs) {
            if (whole == null && !reached.contains(j.path()) && writer.holds(j.path())) {
                writer.keep(j.path());
                kept += last.get().live().get(j.path()).size();
            } else {
                remake.add(j);
            }
        }
        return new Comparison(writer, jobs, remake, kept, search, liveBefore,
                edit != null && edit.isEmpty() ? last.get() : null, whole,
                whole == null ? new PageModels(last.get().models(), last.get().live())
                        : new PageModels(Map.of(), Map.of()));
    }

    /**
     * What a task forked beside the build (a walk, the record's head) made, or the IOException it met, as if it had
     * run on this thread.
     */
    private static <T> T joined(ForkJoinTask<T> task) throws IOException {
        try {
            return task.join();
        } catch (RuntimeException e) {
            // The task's IOException, wrapped by the task (and again when rethrown in another thread).
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof IOException io) {
                    throw io;
                }
            }
            throw e;
        }
    }

    /** The theme, compiled once per build (or once per template edit under serve): the site's over the built-in. */
    public static Optional<Templates> templates(Options o, Problems problems) {
        if (Files.exists(o.templates()) && !Files.isDirectory(o.templates())) {
            problems.add(ProjectPath.relative(o.root(), o.templates()), 0, 0,
                    "应是存放模板的目录，却是一个文件。请删除或改名这个文件。");
            return Optional.empty();
        }
        try {
            return Optional.of(new Templates(o.templates(), siteAssets(o, problems)));
        } catch (IOException e) {
            problems.add(ProjectPath.relative(o.root(), o.templates()), 0, 0, "无法读取模板目录：" + IoErrors.describe(e) + "。");
            return Optional.empty();
        }
    }

    /** Every output file of the site, each made lazily when rendered. */
    public static List<Job> jobs(SiteGraph graph, Templates templates) {
        return jobs(new Pages(graph, templates));
    }

    /**
     * Every output file of the site, its pages made by pages (serve's may keep the rows of the pages before an
     * edit).
     */
    public static List<Job> jobs(Pages pages) {
        return jobs(pages, new SearchIndex(pages.graph()));
    }

    /** Every output file of the site, its search index made by search (serve's may be made from the one before). */
    public static List<Job> jobs(Pages pages, SearchIndex search) {
        return jobs(pages, search, Earlier.NONE);
    }

    /** The same, with the files of the last build this one keeps, whose parts other files may reuse. */
    private static List<Job> jobs(Pages pages, SearchIndex search, Earlier earlier) {
        SiteGraph graph = pages.graph();
        Templates templates = pages.templates();
        List<Job> pageJobs = pages.jobs();
        List<Job> jobs = new ArrayList<>(pageJobs);
        jobs.addAll(new Feeds(graph, pages::changeHtml).jobs());
        jobs.addAll(new OpenData(graph, earlier).jobs());
        jobs.addAll(search.jobs());
        jobs.addAll(Sitemap.jobs(graph.config().baseUrl(), pageJobs.stream().map(Job::path).toList()));
        jobs.addAll(StaticWords.jobs(templates, graph.config().messages()));
        return jobs;
    }

    /** Renders jobs in parallel into writer; returns the bytes written. Template errors go to problems. */
    public static long render(List<Job> jobs, SiteWriter writer, Problems problems) {
        return render(jobs, writer, problems, Progress.NONE, null);
    }

    /** The same; models: where a page reached may be kept for its model (null: every page rendered). */
    private static long render(List<Job> jobs, SiteWriter writer, Problems problems, Progress progress,
            PageModels models) {
        AtomicLong bytes = new AtomicLong();
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        int total = jobs.size();
        java.util.concurrent.ForkJoinPool pool = ForkJoinTask.getPool();
        int workers = Math.max(1, Math.min(total, pool != null ? pool.getParallelism()
                : java.util.concurrent.ForkJoinPool.commonPool().getParallelism() + 1));
        // Each worker takes the next job in their order, so the jobs given first start first: a long one at the end
        // of a thread's share would leave the other cores idle while it runs.
        java.util.stream.IntStream.range(0, workers).parallel().forEach(w -> {
            for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                Job job = jobs.get(i);
                try {
                    long start = System.nanoTime();
                    byte[] out = models != null && job.modelled() != null ? models.bytes(job, writer)
                            : job.producer().produce();
                    if (out != null) {
                        progress.produced(job.path(), System.nanoTime() - start);
                        writer.write(job.path(), out);
                        bytes.addAndGet(out.length);
                    }
                    progress.rendered(done.incrementAndGet(), total);
                } catch (Templates.TemplateError e) {
                    problems.add(e.file(), e.line(), 0, e.getMessage());
                } catch (IOException e) {
                    problems.add(job.path(), 0, 0, "无法写入输出文件：" + IoErrors.describe(e) + "。原网站保持不变。");
                }
            }
        });
        return bytes.get();
    }

    /**
     * Copies the theme's static files to assets/: the built-in theme's, and the site's own templates/static/,
     * which add files or replace built-in ones of the same name. Returns the number of files. A symlink in the
     * site's folder may point within the project, never out of it. Scripts and style sheets are not copied but
     * rendered with the site's words, as jobs (StaticWords).
     */
    public static int copyAssets(Options o, SiteWriter writer, Problems problems) {
        Map<String, Path> own = siteAssets(o, problems);
        int copied = 0;
        for (String builtIn : Theme.files("static/")) {
            String rel = builtIn.substring("static/".length());
            if (own.containsKey(rel) || StaticWords.hasWords(rel)) {
                continue;
            }
            try {
                writer.write("assets/" + rel, Theme.read(builtIn));
                copied++;
            } catch (IOException e) {
                problems.add("assets/" + rel, 0, 0, "无法写入静态文件：" + IoErrors.describe(e) + "。");
            }
        }
        for (Map.Entry<String, Path> e : own.entrySet()) {
            if (StaticWords.hasWords(e.getKey())) {
                continue;
            }
            try {
                writer.write("assets/" + e.getKey(), Files.readAllBytes(e.getValue()));
                copied++;
            } catch (IOException x) {
                problems.add(ProjectPath.relative(o.root(), e.getValue()), 0, 0, "无法复制静态文件：" + IoErrors.describe(x) + "。");
            }
        }
        return copied;
    }

    /** The site's own static files by their path under static/, those that may be published. */
    private static Map<String, Path> siteAssets(Options o, Problems problems) {
        Path assets = o.templates().resolve("static");
        Map<String, Path> files = new TreeMap<>();
        if (!Files.isDirectory(assets)) {
            return files;
        }
        ProjectBounds bounds = new ProjectBounds(o.root());
        List<Path> found;
        try (Stream<Path> walk = Files.walk(assets, FileVisitOption.FOLLOW_LINKS)) {
            found = walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            IOException io = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            problems.add(ProjectPath.relative(o.root(), assets), 0, 0, "无法读取静态文件目录：" + IoErrors.describe(io) + "。");
            return files;
        }
        for (Path p : found) {
            Optional<String> refusal = bounds.refusal(p, true);
            if (refusal.isPresent()) {
                problems.add(ProjectPath.relative(o.root(), p), 0, 0, refusal.get());
            } else {
                files.put(assets.relativize(p).toString().replace('\\', '/'), p);
            }
        }
        return files;
    }

    private static Result failed(Problems problems) {
        return new Result(problems.sorted(), null, 0, 0, 0, 0, null, null, null, 0, null);
    }

    private static Result failed(String file, String message) {
        return new Result(List.of(new Problem(file, 0, 0, message)), null, 0, 0, 0, 0, null, null, null, 0, null);
    }

    private static Result refused(String why) {
        return new Result(List.of(), why, 0, 0, 0, 0, null, null, null, 0, null);
    }
}
