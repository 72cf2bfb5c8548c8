package gongkai.importer;

import gongkai.build.Build;
import gongkai.check.UnitDirectory;
import gongkai.diagnostics.Problem;
import gongkai.diagnostics.Problems;
import gongkai.graph.SiteGraph;
import gongkai.model.Status;
import gongkai.model.Task;
import gongkai.model.Update;
import gongkai.read.FrontMatter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Imports a filled progress sheet (from gongkai export, or any table with 任务ID, 落实情况 and 状态 columns):
 * each filled row becomes a dated update appended to the task its 任务ID names. Every row is checked first;
 * an unknown id, an edited 任务 column, a row with text but no status (or the reverse), or a sheet with
 * nothing filled stops the import with every problem listed, and nothing is written.
 */
public final class ProgressImport {

    private ProgressImport() {
    }

    public record Result(List<String> report) {
    }

    /** A sheet with a 任务ID column is a progress sheet, not a plan. */
    public static boolean isProgressSheet(SourceDocument doc) {
        HeaderMatcher headers = new HeaderMatcher(List.of());
        return doc.tables().stream().flatMap(t -> t.rows().stream())
                .anyMatch(r -> headers.match(r).map(m -> m.has(ColumnRole.ID)).orElse(false));
    }

    private record Pending(Task task, ImportedTask.ImportedUpdate update, int line) {
    }

    public static Result run(Build.Options build, SourceDocument doc, LocalDate defaultDate, boolean dryRun) {
        Problems loadProblems = new Problems();
        Optional<Build.Loaded> loaded = Build.load(build, loadProblems);
        if (loaded.isEmpty()) {
            List<Problem> list = new ArrayList<>(loadProblems.sorted());
            list.add(new Problem(doc.file(), 0, 0, "内容有上面这些问题，请先修正（gongkai build 可以检查），再导入落实情况。"));
            throw new ImportFailure(list);
        }
        SiteGraph graph = loaded.get().graph();
        Map<Status, String> labels = graph.config().statusLabels();
        HeaderMatcher headers = new HeaderMatcher(List.of());
        ColumnMapping m = null;
        List<Row> rows = new ArrayList<>();
        for (Block.Table t : doc.tables()) {
            for (Row r : t.rows()) {
                Optional<ColumnMapping> h = headers.match(r);
                if (h.isPresent() && h.get().has(ColumnRole.ID)) {
                    m = h.get();
                } else if (m != null && !r.isBlank()) {
                    rows.add(r);
                }
            }
        }
        if (m == null) {
            throw new ImportFailure(doc.file(), 0, "不是落实情况报送表：找不到“任务ID”一栏。");
        }
        for (ColumnRole needed : List.of(ColumnRole.PROGRESS, ColumnRole.STATUS)) {
            if (!m.has(needed)) {
                throw new ImportFailure(doc.file(), m.line(), "表头中没有“" + needed.words().get(0)
                        + "”一栏。请使用 gongkai export 导出的表格填写。");
            }
        }
        List<Problem> problems = new ArrayList<>();
        List<Pending> pending = new ArrayList<>();
        UnitDirectory units = new UnitDirectory(graph.content().units());
        for (Row r : rows) {
            String id = r.text(m.index(ColumnRole.ID));
            String text = r.text(m.index(ColumnRole.PROGRESS));
            String statusText = r.text(m.index(ColumnRole.STATUS));
            if (text.isEmpty() && statusText.isEmpty()) {
                continue;
            }
            int line = r.line();
            Task task = task(graph, id);
            if (task == null) {
                problems.add(new Problem(doc.file(), line, 0, "任务ID“" + id + "”不存在。任务ID 用来把落实情况对应到任务，请勿修改；"
                        + "请从 gongkai export 导出的表格中原样复制。"));
                continue;
            }
            int titleCol = m.index(ColumnRole.TASK);
            if (titleCol >= 0 && !r.text(titleCol).equals(task.title())) {
                problems.add(new Problem(doc.file(), line, 0, "“任务”一栏被改过：导出时是“" + task.title() + "”，现在是“"
                        + r.text(titleCol) + "”。这一栏只供对照，不会导入；请改回原样，或重新导出表格再填写。"));
            }
            if (text.isEmpty()) {
                problems.add(new Problem(doc.file(), line, 0, "选了状态“" + statusText + "”，但“落实情况”是空的。请填写落实情况。"));
                continue;
            }
            if (statusText.isEmpty()) {
                problems.add(new Problem(doc.file(), line, 0, "填写了落实情况，但没有选“状态”。请从 " + StatusWords.accepted(labels) + " 中选一个。"));
                continue;
            }
            Optional<Status> status = StatusWords.parse(statusText, labels);
            if (status.isEmpty()) {
                problems.add(new Problem(doc.file(), line, 0, "状态“" + statusText + "”无法识别。请从 " + StatusWords.accepted(labels) + " 中选一个。"));
                continue;
            }
            LocalDate date = date(r.text(m.index(ColumnRole.DATE)), defaultDate, doc.file(), line, problems);
            List<String> by = new ArrayList<>();
            String reporter = r.text(m.index(ColumnRole.REPORTER));
            if (!reporter.isEmpty()) {
                String scope = graph.plan(task.planId()).jurisdictionId();
                UnitDirectory.Lookup lookup = units.resolve(reporter, scope);
                if (lookup.found()) {
                    by.add(reporter.equals(lookup.unit().name()) || reporter.equals(lookup.unit().shortName())
                            || lookup.unit().aliases().contains(reporter) ? reporter : lookup.unit().id());
                } else {
                    problems.add(new Problem(doc.file(), line, 0, "报送单位“" + reporter + "”不是已登记的单位。请写登记的名称，或留空。"));
                }
            }
            if (date != null) {
                pending.add(new Pending(task, new ImportedTask.ImportedUpdate(date, status.get(), by, MarkdownText.of(text)), line));
            }
        }
        if (problems.isEmpty() && pending.isEmpty()) {
            problems.add(new Problem(doc.file(), 0, 0, "表中没有填写任何落实情况（“落实情况”和“状态”两栏都是空的），没有可导入的内容。"));
        }
        if (!problems.isEmpty()) {
            throw new ImportFailure(problems);
        }
        return apply(build.root(), graph, doc, pending, dryRun);
    }

    private static Task task(SiteGraph graph, String id) {
        int slash = id.indexOf('/');
        return slash <= 0 ? null : graph.task(id.substring(0, slash), id.substring(slash + 1));
    }

    private static LocalDate date(String text, LocalDate fallback, String file, int line, List<Problem> problems) {
        if (text.isEmpty()) {
            if (fallback == null) {
                problems.add(new Problem(file, line, 0, "没有填写“截至日期”。请填写（如 2019-06-30），或导入时用 --report-date 统一指定。"));
            }
            return fallback;
        }
        java.util.regex.Matcher d = java.util.regex.Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?")
                .matcher(text.strip());
        if (d.matches()) {
            try {
                return LocalDate.of(Integer.parseInt(d.group(1)), Integer.parseInt(d.group(2)), Integer.parseInt(d.group(3)));
            } catch (java.time.DateTimeException e) {
                // reported below
            }
        }
        problems.add(new Problem(file, line, 0, "截至日期“" + text + "”无效：请写成 2019-06-30 这样的真实日期。"));
        return null;
    }

    private static Result apply(Path root, SiteGraph graph, SourceDocument doc, List<Pending> pending, boolean dryRun) {
        Map<Task, List<Pending>> byTask = new LinkedHashMap<>();
        pending.forEach(p -> byTask.computeIfAbsent(p.task(), k -> new ArrayList<>()).add(p));
        List<String> report = new ArrayList<>();
        Map<Path, String> writes = new LinkedHashMap<>();
        Problems problems = new Problems();
        int added = 0;
        for (Map.Entry<Task, List<Pending>> e : byTask.entrySet()) {
            Task t = e.getKey();
            String label = t.key() + " 任务 " + ProgressExport.number(graph, t) + " " + t.title() + "：";
            List<ImportedTask.ImportedUpdate> fresh = new ArrayList<>();
            for (Pending p : e.getValue()) {
                boolean known = t.updates().stream().anyMatch(u -> same(u, p.update()))
                        || fresh.stream().anyMatch(u -> u.date().equals(p.update().date()) && u.text().equals(p.update().text()));
                if (known) {
                    report.add("  " + label + p.update().date() + " 的这条进展已经有了，跳过（第 " + p.line() + " 行）。");
                } else {
                    fresh.add(p.update());
                    report.add("  " + label + "新增 " + p.update().date() + " 的进展（" + graph.config().label(p.update().status()) + "）。");
                }
            }
            if (fresh.isEmpty()) {
                continue;
            }
            Path file = root.resolve(t.sourceRef().file());
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException ex) {
                throw new ImportFailure(t.sourceRef().file(), 0, "无法读取任务文件：" + ex.getMessage());
            }
            Optional<String> updated = UpdateAppender.append(t.sourceRef().file(), text, fresh, problems);
            updated.ifPresent(u -> FrontMatter.parse(t.sourceRef().file(), u, problems));
            if (updated.isPresent()) {
                writes.put(file, updated.get());
                added += fresh.size();
                if (hasDeclaredStatus(text)) {
                    report.add("  注意：" + t.sourceRef().file() + " 写有 status 字段，它优先于进展的状态；要让新进展的状态生效，请删去该字段。");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportFailure(problems.sorted());
        }
        report.add(0, "读取：" + doc.file() + "（" + doc.readAs() + "），落实情况报送表");
        if (dryRun) {
            report.add("试运行（--dry-run）：将给 " + writes.size() + " 个任务文件追加 " + added + " 条进展，本次未写入任何文件。");
            return new Result(report);
        }
        try {
            for (Map.Entry<Path, String> w : writes.entrySet()) {
                Files.writeString(w.getKey(), w.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException ex) {
            throw new ImportFailure(doc.file(), 0, "写入任务文件时出错：" + ex.getMessage());
        }
        report.add("已给 " + writes.size() + " 个任务文件追加 " + added + " 条进展。请运行 gongkai build 检查并生成网站。");
        return new Result(report);
    }

    private static boolean same(Update u, ImportedTask.ImportedUpdate n) {
        return u.date().equals(n.date()) && u.text().strip().equals(n.text().strip());
    }

    private static boolean hasDeclaredStatus(String text) {
        int end = text.indexOf("\n---", 3);
        String front = end < 0 ? text : text.substring(0, end);
        return front.lines().anyMatch(l -> l.startsWith("status:"));
    }
}
