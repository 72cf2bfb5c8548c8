package gongkai.importer;

import gongkai.check.Fields;
import gongkai.check.UnitDirectory;
import gongkai.check.UnitResolver;
import gongkai.diagnostics.Problem;
import gongkai.diagnostics.Problems;
import gongkai.model.Deadline;
import gongkai.model.Role;
import gongkai.model.SourceRef;
import gongkai.model.Status;
import gongkai.model.Unit;
import gongkai.model.UnitKind;
import gongkai.read.ContentReader;
import gongkai.read.ProjectPath;
import gongkai.read.RawDocument;
import gongkai.read.YamlReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Imports a plan: understands the source (a table, else a notice in prose), resolves its units (adding new
 * ones to the registry), reads deadlines and 落实情况, and writes plan.md and a file per task. Files an editor
 * changed since the last import are never replaced without force; on any problem nothing is written.
 */
public final class PlanImport {

    /** What the command line says about the plan; null or empty where the source is to tell. */
    public record Options(String planId, String title, Integer year, String jurisdiction, String jurisdictionId,
            String issuer, String docNumber, LocalDate issued, LocalDate reportDate, Status reportStatus,
            List<ColumnOverride> columns, boolean prose, boolean force, boolean dryRun) {
    }

    /** What an import did or would do. written is false after a dry run or when edited files stopped it. */
    public record Result(boolean written, boolean conflicts, List<String> report) {
    }

    private final Path root;
    private final Path contentDir;
    private final SourceDocument doc;
    private final Options o;
    private final List<Note> notes = new ArrayList<>();
    /** How the file was read when understanding found more than the reader said (a table written a cell per paragraph). */
    private String readAs;

    private PlanImport(Path root, Path contentDir, SourceDocument doc, Options o) {
        this.root = root;
        this.contentDir = contentDir;
        this.doc = doc;
        this.o = o;
    }

    public static Result run(Path root, Path contentDir, SourceDocument doc, Options options) {
        return new PlanImport(root, contentDir, doc, options).run();
    }

    private Result run() {
        PlanDraft draft = understand();
        notes.addAll(doc.notes());
        notes.addAll(draft.notes());
        List<Unit> registry = registry();
        // Every problem with what the command line must add is reported at once, not one a run.
        List<Problem> missing = new ArrayList<>();
        Unit scope = collect(missing, () -> jurisdiction(registry));
        Integer year = collect(missing, () -> year(draft));
        String title = o.title() != null ? o.title() : draft.preamble().title();
        if (title == null || title.isBlank()) {
            missing.add(new Problem(doc.file(), 0, 0, "找不到计划的标题。请用 --title 指明，例如 --title 2019年温州市政务公开工作任务分解表。"));
        }
        String planId = o.planId() != null ? o.planId() : scope != null && year != null ? scope.id() + "-" + year : null;
        if (planId != null && !Fields.isValidId(planId)) {
            missing.add(new Problem(doc.file(), 0, 0, "计划 id“" + planId + "”不能用作网址：" + Fields.idRule() + "。请用 --plan 另给一个，例如 --plan kaiping-2018。"));
        }
        collect(missing, () -> reportDate(draft));
        for (DraftTask t : draft.tasks()) {
            if (!t.status().isBlank() && StatusWords.parse(t.status(), Map.of()).isEmpty()) {
                missing.add(new Problem(doc.file(), t.line(), 0, "状态“" + t.status() + "”无法识别。可写：" + StatusWords.accepted(Map.of())
                        + "，或英文 Not started、In progress、Complete 等。"));
            }
        }
        if (!missing.isEmpty()) {
            throw new ImportFailure(missing);
        }
        boolean scopeIsNew = registry.stream().noneMatch(u -> u.id().equals(scope.id()));
        UnitMatcher matcher = new UnitMatcher(registry, scope, scopeIsNew);
        String issuerName = o.issuer() != null ? o.issuer() : draft.preamble().issuer();
        UnitMatcher.Target issuer = issuerName == null || issuerName.isBlank() ? null : matcher.resolve(issuerName.strip(), "", 0);
        List<TaskUnits> units = new ArrayList<>();
        for (DraftTask t : draft.tasks()) {
            units.add(units(t, matcher));
        }
        if (!matcher.ambiguities().isEmpty()) {
            throw new ImportFailure(matcher.ambiguities().stream().map(m -> new Problem(doc.file(), 0, 0, m)).toList());
        }
        List<NewUnit> newUnits = matcher.newUnits();
        UnitDirectory after = new UnitDirectory(matcher.unitsAfterImport());
        LocalDate reportDate = reportDate(draft);
        List<ImportedTask> tasks = new ArrayList<>();
        for (int i = 0; i < draft.tasks().size(); i++) {
            tasks.add(task(draft.tasks().get(i), units.get(i), after, scope.id(), year, reportDate));
        }
        String issuerWritten = issuer == null ? null : written(issuer, after, null);
        ImportedPlan plan = new ImportedPlan(planId, title, issuerWritten, scope.id(), year,
                o.docNumber() != null ? o.docNumber() : draft.preamble().docNumber(),
                o.issued() != null ? o.issued() : draft.preamble().issued(), draft.columns(), draft.sections(),
                intro(draft, title, reportDate));
        List<FileChange> changes = new ArrayList<>(planFiles(plan, tasks));
        registryChange(scope, scopeIsNew, registry, newUnits).ifPresent(changes::add);
        return finish(plan, scope, draft, tasks, newUnits, changes, reportDate);
    }

    private static <T> T collect(List<Problem> problems, java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (ImportFailure f) {
            problems.addAll(f.problems());
            return null;
        }
    }

    private PlanDraft understand() {
        Optional<PlanDraft> draft = o.prose() ? Optional.empty() : TableUnderstanding.read(doc, o.columns());
        if (draft.isEmpty() && !o.prose()) {
            Optional<SourceDocument> cells = ParagraphCells.read(doc);
            if (cells.isPresent()) {
                draft = TableUnderstanding.read(cells.get(), o.columns());
                if (draft.isPresent()) {
                    readAs = cells.get().readAs();
                }
            }
        }
        if (draft.isEmpty()) {
            draft = ProseUnderstanding.read(doc);
        }
        if (draft.isEmpty()) {
            draft = OutlineDuties.read(doc);
        }
        if (draft.isEmpty()) {
            draft = MarkdownMilestones.read(doc);
            if (draft.isPresent()) {
                readAs = doc.readAs() + "；Markdown 写的承诺事项，里程碑为任务";
            }
        }
        if (draft.isEmpty()) {
            throw new ImportFailure(doc.file(), 0, "找不到表头行：没有一行同时写有“工作任务”或“工作要求”（“具体要求”“主要内容和要求”）"
                    + "与“牵头单位”“责任单位”“完成时限”等列名，文件也不是按“一、（一）……责任单位：……”分条写的通知。"
                    + "如果表头用了别的说法，请用 --column 指明各列，例如 --column task=1 --column requirement=2 --column responsible=3。");
        }
        if (draft.get().tasks().isEmpty()) {
            throw new ImportFailure(doc.file(), 0, "找到了表头，但表中没有任何任务。请检查文件是否完整。");
        }
        return draft.get();
    }

    private List<Unit> registry() {
        Problems problems = new Problems();
        List<RawDocument> files = new ContentReader(root, problems).readUnits(contentDir);
        List<Unit> units = UnitResolver.resolve(files, problems);
        if (!problems.isEmpty()) {
            List<Problem> list = new ArrayList<>(problems.sorted());
            list.add(new Problem(ProjectPath.relative(root, contentDir.resolve("units")), 0, 0,
                    "单位登记文件有上面这些问题，导入需要先读懂单位登记。请先修正，再导入。"));
            throw new ImportFailure(list);
        }
        return units;
    }

    private Unit jurisdiction(List<Unit> registry) {
        if (o.jurisdiction() == null || o.jurisdiction().isBlank()) {
            List<String> known = registry.stream().filter(u -> u.kind() == UnitKind.JURISDICTION)
                    .map(u -> u.name() + "（" + u.id() + "）").toList();
            throw new ImportFailure(doc.file(), 0, "请用 --jurisdiction 指明计划所属的行政区（任务中的单位名称在它之内查找）。"
                    + (known.isEmpty() ? "" : "已登记的：" + String.join("、", known) + "。")
                    + "新的行政区请同时给出 --jurisdiction-id，例如 --jurisdiction 开平市 --jurisdiction-id kaiping。");
        }
        String name = o.jurisdiction().strip();
        UnitDirectory directory = new UnitDirectory(registry);
        UnitDirectory.Lookup lookup = directory.resolve(name, null);
        if (lookup.found()) {
            if (o.jurisdictionId() != null && !o.jurisdictionId().equals(lookup.unit().id())) {
                throw new ImportFailure(doc.file(), 0, "“" + name + "”已登记，id 是 " + lookup.unit().id()
                        + "，与 --jurisdiction-id " + o.jurisdictionId() + " 不同。请去掉 --jurisdiction-id。");
            }
            return lookup.unit();
        }
        if (!lookup.candidates().isEmpty()) {
            throw new ImportFailure(doc.file(), 0, "“" + name + "”在单位登记中有多个：" + String.join("、",
                    lookup.candidates().stream().map(u -> u.name() + "（" + u.id() + "）").toList()) + "。请改写为其中一个的 id。");
        }
        String id = o.jurisdictionId();
        if (id == null) {
            throw new ImportFailure(doc.file(), 0, "单位登记中没有“" + name + "”。如要新建这个行政区，请同时给出它的 id，例如 --jurisdiction-id kaiping；"
                    + "如果它已登记但写法不同，请改用登记的名称或 id。");
        }
        if (!Fields.isValidId(id) || directory.byId(id).isPresent()) {
            throw new ImportFailure(doc.file(), 0, "--jurisdiction-id“" + id + "”不能使用：" + (directory.byId(id).isPresent()
                    ? "它已是另一个单位的 id。" : Fields.idRule() + "。"));
        }
        return new Unit(id, name, "", List.of(), UnitKind.JURISDICTION, null, List.of(), List.of(), new SourceRef("", 0));
    }

    private int year(PlanDraft draft) {
        Integer year = o.year() != null ? o.year() : draft.preamble().year();
        if (year == null) {
            throw new ImportFailure(doc.file(), 0, "无法从文件中看出计划年度。请用 --year 指明，例如 --year 2019。");
        }
        return year;
    }

    /** The units of one task by role, deduplicated, and what the phrases could not match. */
    private record TaskUnits(Map<Role, List<UnitMatcher.Target>> byRole, List<String> remarks) {
    }

    private TaskUnits units(DraftTask t, UnitMatcher matcher) {
        Map<Role, List<UnitMatcher.Target>> byRole = new LinkedHashMap<>();
        for (Role r : Role.values()) {
            byRole.put(r, new ArrayList<>());
        }
        Set<String> remarks = new LinkedHashSet<>();
        for (UnitCell cell : t.units()) {
            UnitPhrase.Parsed parsed = UnitPhrase.parse(cell.text(), cell.defaultRole(), matcher::known);
            remarks.addAll(parsed.remarks());
            for (UnitPhrase.Mention m : parsed.mentions()) {
                if (Sanity.isDeadline(m.name()) || m.name().length() > 40 || m.name().contains("。") || m.name().strip().length() < 2) {
                    notes.add(new Note(cell.line(), "“" + m.name() + "”" + (Sanity.isDeadline(m.name()) ? "是时限的写法" : m.name().strip().length() < 2 ? "只有一个字" : "是一段文字")
                            + "，不是单位名称，没有登记为单位（原话保留在 units_text）。请核对。"));
                    continue;
                }
                UnitMatcher.Target target = matcher.resolve(m.name(), m.levelPrefix(), cell.line());
                List<UnitMatcher.Target> list = byRole.get(m.role());
                if (list.stream().noneMatch(x -> x.unitId().equals(target.unitId()))) {
                    list.add(target);
                }
            }
        }
        return new TaskUnits(byRole, new ArrayList<>(remarks));
    }

    /** The name when it leads back to the unit at build time, else the id. */
    private static String written(UnitMatcher.Target t, UnitDirectory after, String scopeId) {
        UnitDirectory.Lookup l = after.resolve(t.written(), scopeId);
        return l.found() && l.unit().id().equals(t.unitId()) ? t.written() : t.unitId();
    }

    private LocalDate reportDate(PlanDraft draft) {
        List<Integer> lines = draft.tasks().stream().filter(t -> !t.progress().isBlank() || !t.status().isBlank())
                .map(DraftTask::line).toList();
        if (lines.isEmpty()) {
            return null;
        }
        if (o.reportDate() == null) {
            throw new ImportFailure(doc.file(), lines.get(0), "表中有“落实情况”一栏（共 " + lines.size()
                    + " 项填写了内容），每项会记为一次进展，需要知道情况截至哪一天。请用 --report-date 指明，例如 --report-date 2018-11-30。");
        }
        return o.reportDate();
    }

    private ImportedTask task(DraftTask t, TaskUnits units, UnitDirectory after, String scopeId, int year,
            LocalDate reportDate) {
        Map<Role, List<String>> written = new LinkedHashMap<>();
        for (Map.Entry<Role, List<UnitMatcher.Target>> e : units.byRole().entrySet()) {
            written.put(e.getKey(), e.getValue().stream().map(x -> written(x, after, scopeId)).toList());
        }
        DeadlineText.Parsed deadline = DeadlineText.parse(t.deadline(), year);
        if (!deadline.understood()) {
            notes.add(new Note(t.line(), "完成时限“" + t.deadline() + "”看不出具体日期，已原样保留为 deadline_text。如有日期，请补写 deadline。"));
        }
        List<String> remarks = new ArrayList<>(t.remarks());
        remarks.addAll(units.remarks());
        List<ImportedTask.ImportedUpdate> updates = new ArrayList<>();
        if (!t.progress().isBlank() || !t.status().isBlank()) {
            Status status = o.reportStatus() != null ? o.reportStatus() : Status.IN_PROGRESS;
            if (!t.status().isBlank()) {
                Optional<Status> s = StatusWords.parse(t.status(), Map.of());
                if (s.isEmpty()) {
                    throw new ImportFailure(doc.file(), t.line(), "状态“" + t.status() + "”无法识别。可写：" + StatusWords.accepted(Map.of()) + "。");
                }
                status = s.get();
            }
            List<String> by = new ArrayList<>(written.get(Role.LEAD));
            written.get(Role.RESPONSIBLE).stream().filter(n -> !by.contains(n)).forEach(by::add);
            String text = t.progress().isBlank() ? t.status() : t.progress();
            updates.add(new ImportedTask.ImportedUpdate(reportDate, status, by, MarkdownText.of(text)));
        }
        return new ImportedTask(t.id(), t.number(), t.parentId() == null ? t.title() : "", t.sectionId(), t.parentId(),
                written.get(Role.LEAD), written.get(Role.RESPONSIBLE), written.get(Role.SUPPORT), unitsText(t),
                deadline.deadline(), String.join(" ", remarks), updates, MarkdownText.of(t.body()));
    }

    /** The unit cells as written: one cell as it is, several each after its column name. */
    private static String unitsText(DraftTask t) {
        if (t.unitsWording() != null) {
            return t.unitsWording().strip().replaceAll("\\s*\\n\\s*", "、");
        }
        List<UnitCell> cells = t.units().stream().filter(c -> !c.text().isBlank()).toList();
        if (cells.size() == 1 && !cells.get(0).header().startsWith("牵头单位") && !cells.get(0).header().startsWith("配合")) {
            return cells.get(0).text().strip().replaceAll("\\s*\\n\\s*", "、");
        }
        List<String> parts = new ArrayList<>();
        for (UnitCell c : cells) {
            String text = c.text().strip().replaceAll("\\s*\\n\\s*", "、");
            parts.add(c.header().isEmpty() ? text : c.header() + "：" + text);
        }
        return String.join("；", parts);
    }

    private String intro(PlanDraft draft, String title, LocalDate reportDate) {
        List<String> paragraphs = new ArrayList<>();
        if (draft.preamble().attachment()) {
            paragraphs.add("本表为" + title + "（原件为附件）。");
        }
        draft.preamble().intro().forEach(p -> paragraphs.add(MarkdownText.of(p)));
        if (reportDate != null) {
            paragraphs.add("“落实情况”栏记为" + reportDate.getYear() + "年" + reportDate.getMonthValue() + "月"
                    + reportDate.getDayOfMonth() + "日的一次进展更新。");
        }
        return String.join("\n\n", paragraphs);
    }

    private List<FileChange> planFiles(ImportedPlan plan, List<ImportedTask> tasks) {
        Path dir = contentDir.resolve("plans").resolve(plan.id());
        Optional<ImportManifest> manifest = read(dir.resolve(ImportManifest.NAME)).flatMap(ImportManifest::parse);
        List<FileChange> out = new ArrayList<>();
        out.add(change(dir.resolve("plan.md"), ContentText.plan(plan), manifest));
        for (ImportedTask t : tasks) {
            out.add(change(dir.resolve(t.id() + ".md"), ContentText.task(t), manifest));
        }
        return out;
    }

    private FileChange change(Path path, String text, Optional<ImportManifest> manifest) {
        String shown = ProjectPath.relative(root, path);
        Optional<String> before = read(path);
        if (before.isEmpty()) {
            return new FileChange(path, shown, text, null, FileChange.Kind.CREATE);
        }
        if (before.get().equals(text)) {
            return new FileChange(path, shown, text, before.get(), FileChange.Kind.UNCHANGED);
        }
        String recorded = manifest.map(m -> m.files().get(path.getFileName().toString())).orElse(null);
        boolean untouched = recorded != null && recorded.equals(ImportManifest.digest(before.get()));
        return new FileChange(path, shown, text, before.get(), untouched ? FileChange.Kind.UPDATE : FileChange.Kind.CONFLICT);
    }

    private Optional<FileChange> registryChange(Unit scope, boolean scopeIsNew, List<Unit> registry, List<NewUnit> newUnits) {
        String source = Path.of(doc.file()).getFileName().toString();
        Path file;
        String text;
        String before = null;
        if (scopeIsNew) {
            file = contentDir.resolve("units").resolve(scope.id() + ".yml");
            if (Files.exists(file)) {
                throw new ImportFailure(ProjectPath.relative(root, file), 0, "要新建的单位登记文件已存在。请改用已登记的行政区，或换一个 --jurisdiction-id。");
            }
            text = RegistryEditor.newFile(scope.id(), scope.name(), source, newUnits);
        } else {
            if (newUnits.isEmpty()) {
                return Optional.empty();
            }
            file = root.resolve(scope.source().file());
            before = read(file).orElseThrow(() -> new ImportFailure(scope.source().file(), 0, "无法读取单位登记文件。"));
            text = RegistryEditor.insert(before, scope.source().line(), source, newUnits);
        }
        checkRegistry(file, text);
        return Optional.of(new FileChange(file, ProjectPath.relative(root, file), text, before,
                before == null ? FileChange.Kind.CREATE : FileChange.Kind.UPDATE));
    }

    /** The registry with the new units must still read cleanly; otherwise the import stops before writing. */
    private void checkRegistry(Path changed, String text) {
        Problems problems = new Problems();
        List<RawDocument> files = new ArrayList<>();
        for (RawDocument d : new ContentReader(root, problems).readUnits(contentDir)) {
            if (!root.resolve(d.file()).normalize().equals(changed.normalize())) {
                files.add(d);
            }
        }
        String name = ProjectPath.relative(root, changed);
        YamlReader.read(name, text, 1, problems).ifPresent(node -> files.add(new RawDocument(name, node, "", 0, null)));
        UnitResolver.resolve(files, problems);
        if (!problems.isEmpty()) {
            throw new ImportFailure(problems.sorted());
        }
    }

    private Result finish(ImportedPlan plan, Unit scope, PlanDraft draft, List<ImportedTask> tasks, List<NewUnit> newUnits,
            List<FileChange> changes, LocalDate reportDate) {
        List<String> report = new ArrayList<>();
        Path dir = contentDir.resolve("plans").resolve(plan.id());
        report.add("读取：" + doc.file() + "（" + (readAs != null ? readAs : doc.readAs()) + "）");
        long sections = plan.sections().size();
        long subsections = plan.sections().stream().mapToLong(s -> s.children().size()).sum();
        long top = tasks.stream().filter(t -> t.parentId() == null).count();
        long updates = tasks.stream().mapToLong(t -> t.updates().size()).sum();
        report.add("计划：" + plan.id() + "《" + plan.title() + "》，" + plan.year() + " 年，辖区 " + scope.name() + "（" + scope.id() + "）");
        report.add("  章节 " + sections + " 个、小节 " + subsections + " 个；任务 " + top + " 项，子项 " + (tasks.size() - top) + " 项"
                + (updates > 0 ? "；落实情况 " + updates + " 条（记为 " + reportDate + " 的进展，状态 "
                + (draft.tasks().stream().anyMatch(t -> !t.status().isBlank()) ? "取自原表的状态栏"
                : o.reportStatus() != null ? o.reportStatus().id() : Status.IN_PROGRESS.id()) + "，请逐项核对）" : ""));
        if (!newUnits.isEmpty()) {
            FileChange reg = changes.get(changes.size() - 1);
            report.add("新增单位 " + newUnits.size() + " 个（写入 " + reg.shown() + "，请核对名称、简称和类型）：");
            for (NewUnit u : newUnits) {
                report.add("  " + u.id() + "  " + u.written() + (u.name().equals(u.written()) ? "" : " → " + u.name())
                        + "（" + kindName(u.kind()) + "）" + (u.seenAt() > 0 ? "，首见第 " + u.seenAt() + " 行" : ""));
                if (!u.likelyDuplicates().isEmpty()) {
                    report.add("    ！可能与 " + String.join("、", u.likelyDuplicates()) + " 是同一单位。如是，请把“" + u.written()
                            + "”加入那个单位的 aliases，并删去这条新增的登记；如不是，请忽略。");
                }
            }
        }
        if (!draft.mapping().isEmpty() && (o.dryRun() || !draft.kept().isEmpty())) {
            report.add("各列读作：");
            draft.mapping().forEach(m -> report.add("  " + m));
        }
        for (String k : draft.kept()) {
            String[] parts = k.split("\\|", 2);
            report.add("未识别的列：" + parts[0] + "，已保存到任务正文（以“" + (parts[0].startsWith("第 ") ? "原表" + parts[0] : parts[0])
                    + "：”开头的一段）；如它是责任单位，请加 --column " + (parts[1].contains(" ") ? "\"responsible=" + parts[1] + "\""
                    : "responsible=" + parts[1]) + "（其他角色同理，见 --help）。");
        }
        if (o.dryRun()) {
            report.add("前几项任务（编号｜标题｜牵头｜责任｜时限）：");
            tasks.stream().limit(8).forEach(t -> report.add("  " + (t.number().isEmpty() ? t.id() : t.number()) + "｜"
                    + (t.title().isEmpty() ? "（子项）" : t.title()) + "｜" + String.join("、", t.lead()) + "｜"
                    + String.join("、", t.responsible()) + "｜" + deadlineShown(t.deadline())));
        }
        List<String> kept = extraFiles(dir, tasks);
        if (!kept.isEmpty()) {
            notes.add(new Note(0, "计划目录中这些任务文件不在本次导入的表中，已保留未动：" + String.join("、", kept) + "。"));
        }
        if (!notes.isEmpty()) {
            report.add("请核对：");
            notes.stream().sorted(java.util.Comparator.comparingInt(Note::line))
                    .forEach(n -> report.add("  " + (n.line() > 0 ? "第 " + n.line() + " 行：" : "") + n.message()));
        }
        List<FileChange> conflicts = changes.stream().filter(c -> c.kind() == FileChange.Kind.CONFLICT).toList();
        if (!conflicts.isEmpty()) {
            report.add((o.force() ? "以下文件在上次导入后被修改过（或不是导入写出的），按 --force 覆盖："
                    : "以下文件在上次导入后被修改过（或不是导入写出的），导入会覆盖这些改动："));
            for (FileChange c : conflicts) {
                report.add("  " + c.shown());
                LineDiff.of(c.before(), c.text(), 12).forEach(l -> report.add("    " + l));
            }
        }
        long created = changes.stream().filter(c -> c.kind() == FileChange.Kind.CREATE).count();
        long updated = changes.stream().filter(c -> c.kind() == FileChange.Kind.UPDATE
                || (o.force() && c.kind() == FileChange.Kind.CONFLICT)).count();
        long same = changes.stream().filter(c -> c.kind() == FileChange.Kind.UNCHANGED).count();
        String counts = "新增 " + created + " 个，更新 " + updated + " 个，未变 " + same + " 个";
        if (!conflicts.isEmpty() && !o.force()) {
            report.add("文件：" + counts + "，导入后被编辑过 " + conflicts.size() + " 个。");
            report.add("未写入任何文件。确认要用导入的内容覆盖上面的改动，请加 --force 再运行一次；不想覆盖，请先把改动移到原表中。");
            return new Result(false, true, report);
        }
        if (o.dryRun()) {
            report.add("试运行（--dry-run）：将" + counts + "，本次未写入任何文件。");
            return new Result(false, false, report);
        }
        write(changes, plan, dir);
        report.add("文件：" + counts + "。计划写在 " + ProjectPath.relative(root, dir) + "/");
        return new Result(true, false, report);
    }

    private static String deadlineShown(Deadline d) {
        if (d.ongoing()) {
            return "长期（" + d.text() + "）";
        }
        return d.date() != null ? d.date() + "（" + d.text() + "）" : d.text() == null ? "" : d.text();
    }

    private static String kindName(UnitKind kind) {
        return switch (kind) {
            case GROUP -> "统称";
            case OFFICE -> "内设机构";
            case JURISDICTION -> "行政区";
            default -> "机关单位";
        };
    }

    private static List<String> extraFiles(Path dir, List<ImportedTask> tasks) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        Set<String> ours = new LinkedHashSet<>();
        tasks.forEach(t -> ours.add(t.id() + ".md"));
        ours.add("plan.md");
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".md") && !n.startsWith(".") && !ours.contains(n))
                    .sorted(gongkai.check.NaturalOrder.INSTANCE).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private void write(List<FileChange> changes, ImportedPlan plan, Path dir) {
        Map<String, String> digests = new LinkedHashMap<>();
        for (FileChange c : changes) {
            if (c.path().getParent().equals(dir)) {
                digests.put(c.path().getFileName().toString(), ImportManifest.digest(c.text()));
            }
        }
        try {
            for (FileChange c : changes) {
                if (c.kind() != FileChange.Kind.UNCHANGED) {
                    Files.createDirectories(c.path().getParent());
                    Files.writeString(c.path(), c.text(), StandardCharsets.UTF_8);
                }
            }
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(ImportManifest.NAME),
                    new ImportManifest(Path.of(doc.file()).getFileName().toString(), digests).text(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ImportFailure(ProjectPath.relative(root, dir), 0, "写入文件时出错：" + e.getMessage());
        }
    }

    private static Optional<String> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.of("");
        }
    }
}
