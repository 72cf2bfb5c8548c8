package gongkai.build;

import gongkai.check.Problem;
import gongkai.check.Problems;
import gongkai.check.Resolver;
import gongkai.graph.AsOf;
import gongkai.graph.SiteGraph;
import gongkai.check.ResolveCache;
import gongkai.read.ContentReader;
import gongkai.read.ReadCache;
import gongkai.read.GitHistory;
import gongkai.read.ProjectPath;
import gongkai.read.RawContent;
import gongkai.render.Feeds;
import gongkai.render.Job;
import gongkai.render.OpenData;
import gongkai.render.Pages;
import gongkai.render.SearchIndex;
import gongkai.render.Sitemap;
import gongkai.render.Templates;
import gongkai.write.SiteWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** The pipeline: read → resolve and check → site graph → render → write. The CLI and serve both call it. */
public final class Build {

    private Build() {
    }

    /**
     * Where to read and write. sourceDateEpoch is the SOURCE_DATE_EPOCH value or null; baseUrl overrides the
     * configuration's when not null.
     */
    public record Options(Path root, Path config, Path content, Path templates, Path output, String baseUrl,
            String sourceDateEpoch, boolean includeDrafts, boolean history) {

        /** The standard layout of a project folder: public build, with git history when there is one. */
        public static Options forProject(Path root) {
            return new Options(root, root.resolve("site-config.yml"), root.resolve("content"),
                    root.resolve("templates"), root.resolve("_site"), null, null, false, true);
        }

        public Options withDrafts(boolean drafts) {
            return new Options(root, config, content, templates, output, baseUrl, sourceDateEpoch, drafts, history);
        }

        public Options withoutHistory() {
            return new Options(root, config, content, templates, output, baseUrl, sourceDateEpoch, includeDrafts, false);
        }

        public Options withOutput(Path dir) {
            return new Options(root, config, content, templates, dir, baseUrl, sourceDateEpoch, includeDrafts, history);
        }
    }

    /** What a build did: the problems (empty when it succeeded) and, on success, what it wrote. */
    public record Result(List<Problem> problems, int files, long bytes, int pages, int changed, SiteGraph graph,
            AsOf.Decision asOf) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** The checked site graph and how its as-of date was chosen. */
    public record Loaded(SiteGraph graph, AsOf.Decision asOf) {
    }

    /** Reads and checks only, for validation without output. */
    public static Optional<Loaded> load(Options o, Problems problems) {
        return load(o, problems, o.history() ? files -> GitHistory.lastChanged(o.root(), files) : null);
    }

    /** Reads and checks with a given source of file history (null for none). */
    public static Optional<Loaded> load(Options o, Problems problems, ContentReader.History history) {
        return load(o, problems, history, null, null);
    }

    /** Reads and checks, reusing what the caches hold from an earlier load (serve). */
    public static Optional<Loaded> load(Options o, Problems problems, ContentReader.History history, ReadCache reads,
            ResolveCache resolved) {
        RawContent raw = new ContentReader(o.root(), problems, reads).read(o.config(), o.content(), history);
        return Resolver.resolve(raw, o.baseUrl(), o.includeDrafts(), problems, resolved).map(r -> {
            AsOf.Decision asOf = AsOf.decide(r.config().asOf(), o.sourceDateEpoch(), r.content(),
                    r.config().timeZone());
            return new Loaded(new SiteGraph(r.config(), r.content(), asOf.date()), asOf);
        });
    }

    public static Result run(Options o) {
        return run(o, o.history() ? files -> GitHistory.lastChanged(o.root(), files) : null, null, null);
    }

    /** A whole build that also fills serve's caches. */
    public static Result run(Options o, ContentReader.History history, ReadCache reads, ResolveCache resolved) {
        // Reading and writing wait on the disk: with twice as many threads as cores, a waiting thread
        // leaves its core to one that computes. Parallel streams inside run in this pool.
        java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(
                Math.max(2, 2 * Runtime.getRuntime().availableProcessors()));
        try {
            return pool.submit(() -> runHere(o, history, reads, resolved)).join();
        } finally {
            pool.shutdown();
        }
    }

    private static Result runHere(Options o, ContentReader.History history, ReadCache reads, ResolveCache resolved) {
        Problems problems = new Problems();
        Optional<Loaded> loaded = load(o, problems, history, reads, resolved);
        if (loaded.isEmpty()) {
            return failed(problems);
        }
        SiteGraph graph = loaded.get().graph();
        Optional<Templates> templates = templates(o, problems);
        if (templates.isEmpty()) {
            return failed(problems);
        }
        List<Job> jobs = jobs(graph, templates.get());
        SiteWriter writer;
        try {
            writer = SiteWriter.open(o.output());
        } catch (IOException e) {
            problems.add(ProjectPath.relative(o.root(), o.output()), 0, 0, "无法创建输出目录：" + e.getMessage());
            return failed(problems);
        }
        long bytes = render(jobs, writer, problems);
        int assets = problems.isEmpty() ? copyAssets(o, writer, problems) : 0;
        if (!problems.isEmpty()) {
            writer.abandon();
            return failed(problems);
        }
        try {
            writer.commit();
        } catch (IOException e) {
            writer.abandon();
            problems.add(ProjectPath.relative(o.root(), o.output()), 0, 0, "无法替换输出目录：" + e.getMessage());
            return failed(problems);
        }
        int pages = (int) jobs.stream().filter(j -> j.path().endsWith(".html")).count();
        return new Result(List.of(), jobs.size() + assets, bytes, pages, writer.written(), graph, loaded.get().asOf());
    }

    /** The theme, compiled once per build (or once per template edit under serve). */
    public static Optional<Templates> templates(Options o, Problems problems) {
        try {
            return Optional.of(new Templates(o.templates()));
        } catch (IOException e) {
            problems.add(ProjectPath.relative(o.root(), o.templates()), 0, 0, "找不到模板目录：" + e.getMessage());
            return Optional.empty();
        }
    }

    /** Every output file of the site, each made lazily when rendered. */
    public static List<Job> jobs(SiteGraph graph, Templates templates) {
        List<Job> pageJobs = new Pages(graph, templates).jobs();
        List<Job> jobs = new ArrayList<>(pageJobs);
        jobs.addAll(new Feeds(graph).jobs());
        jobs.addAll(new OpenData(graph).jobs());
        jobs.addAll(new SearchIndex(graph).jobs());
        jobs.addAll(Sitemap.jobs(graph.config().baseUrl(), pageJobs.stream().map(Job::path).toList()));
        return jobs;
    }

    /** Renders jobs in parallel into writer; returns the bytes written. Template errors go to problems. */
    public static long render(List<Job> jobs, SiteWriter writer, Problems problems) {
        AtomicLong bytes = new AtomicLong();
        jobs.parallelStream().forEach(job -> {
            try {
                byte[] out = job.producer().produce();
                writer.write(job.path(), out);
                bytes.addAndGet(out.length);
            } catch (Templates.TemplateError e) {
                problems.add(e.file(), e.line(), 0, e.getMessage());
            } catch (IOException e) {
                problems.add(job.path(), 0, 0, "无法写入输出文件：" + e.getMessage());
            }
        });
        return bytes.get();
    }

    /** Copies the theme's static/ folder to assets/; returns the number of files. */
    public static int copyAssets(Options o, SiteWriter writer, Problems problems) {
        Path assets = o.templates().resolve("static");
        try {
            return writer.copyTree(assets, "assets/");
        } catch (IOException e) {
            problems.add(ProjectPath.relative(o.root(), assets), 0, 0, "无法复制静态文件：" + e.getMessage());
            return 0;
        }
    }

    private static Result failed(Problems problems) {
        return new Result(problems.sorted(), 0, 0, 0, 0, null, null);
    }
}
