package gongkai.build;

import gongkai.check.Problem;
import gongkai.check.Problems;
import gongkai.check.Resolver;
import gongkai.graph.AsOf;
import gongkai.graph.SiteGraph;
import gongkai.read.ContentReader;
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
import java.nio.file.Files;
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
            String sourceDateEpoch) {

        /** The standard layout of a project folder. */
        public static Options forProject(Path root) {
            return new Options(root, root.resolve("site-config.yml"), root.resolve("content"),
                    root.resolve("templates"), root.resolve("_site"), null, null);
        }
    }

    /** What a build did: the problems (empty when it succeeded) and, on success, what it wrote. */
    public record Result(List<Problem> problems, int files, long bytes, int pages, SiteGraph graph,
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
        RawContent raw = new ContentReader(o.root(), problems).read(o.config(), o.content());
        return Resolver.resolve(raw, o.baseUrl(), problems).map(r -> {
            AsOf.Decision asOf = AsOf.decide(r.config().asOf(), o.sourceDateEpoch(), r.content(),
                    r.config().timeZone());
            return new Loaded(new SiteGraph(r.config(), r.content(), asOf.date()), asOf);
        });
    }

    public static Result run(Options o) {
        Problems problems = new Problems();
        Optional<Loaded> loaded = load(o, problems);
        if (loaded.isEmpty()) {
            return failed(problems);
        }
        SiteGraph graph = loaded.get().graph();
        AsOf.Decision asOf = loaded.get().asOf();
        Templates templates;
        try {
            templates = new Templates(o.templates());
        } catch (IOException e) {
            problems.add(ProjectPath.relative(o.root(), o.templates()), 0, 0, "找不到模板目录：" + e.getMessage());
            return failed(problems);
        }
        Pages pages = new Pages(graph, templates);
        List<Job> pageJobs = pages.jobs();
        List<Job> jobs = new ArrayList<>(pageJobs);
        jobs.addAll(new Feeds(graph).jobs());
        jobs.addAll(new OpenData(graph).jobs());
        jobs.addAll(new SearchIndex(graph).jobs());
        jobs.addAll(Sitemap.jobs(graph.config().baseUrl(), pageJobs.stream().map(Job::path).toList()));

        SiteWriter writer;
        try {
            writer = SiteWriter.open(o.output());
        } catch (IOException e) {
            problems.add(ProjectPath.relative(o.root(), o.output()), 0, 0, "无法创建输出目录：" + e.getMessage());
            return failed(problems);
        }
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
        int files = jobs.size();
        try {
            Path assets = o.templates().resolve("static");
            if (problems.isEmpty() && Files.isDirectory(assets)) {
                try (var s = Files.walk(assets)) {
                    files += (int) s.filter(Files::isRegularFile).count();
                }
                writer.copyTree(assets, "assets/");
            }
        } catch (IOException e) {
            problems.add(ProjectPath.relative(o.root(), o.templates()), 0, 0, "无法复制静态文件：" + e.getMessage());
        }
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
        return new Result(List.of(), files, bytes.get(), pageJobs.size(), graph, asOf);
    }

    private static Result failed(Problems problems) {
        return new Result(problems.sorted(), 0, 0, 0, null, null);
    }
}
