package gongkai.check;

import gongkai.diagnostics.Problems;
import gongkai.markup.LinkTarget;
import gongkai.model.Deadline;
import gongkai.model.Link;
import gongkai.model.Plan;
import gongkai.model.Responsibility;
import gongkai.model.Role;
import gongkai.model.Section;
import gongkai.model.SourceRef;
import gongkai.model.Status;
import gongkai.model.Task;
import gongkai.model.Unit;
import gongkai.model.Update;
import gongkai.read.GitHistory;
import gongkai.read.RawDocument;
import gongkai.read.RawPlan;
import gongkai.read.YamlNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Resolves one plan folder: plan metadata, sections, tasks, their units, parents, deadlines and updates. */
public final class PlanResolver {

    static final Set<String> PLAN_KEYS = Set.of("title", "issuer", "jurisdiction", "year", "doc_number",
            "issued", "source", "columns", "sections", "draft");
    static final Set<String> SECTION_KEYS = Set.of("id", "title", "sections");
    static final Set<String> TASK_KEYS = Set.of("number", "title", "section", "parent", "lead", "responsible",
            "support", "units_text", "deadline", "deadline_text", "remarks", "status", "updates", "draft");
    static final Set<String> UPDATE_KEYS = Set.of("date", "status", "by", "text", "links");
    static final Set<String> LINK_KEYS = Set.of("title", "url");
    private static final int TITLE_FROM_BODY = 40;
    /**
     * Units one task may name, in all roles. Real tasks name up to about 20 (the demo's most is 23); 500 is far
     * beyond any, and bounds what one task costs: a task naming 10,000 units took 53 s to build, its rows
     * repeated on each unit's page. "All districts" is a group unit (kind: group), named once.
     */
    static final int MAX_UNITS = 500;

    private final UnitDirectory units;
    private final Problems problems;
    private final ZoneId zone;
    private final boolean includeDrafts;
    /**
     * Reading an earlier version of a task from the history: its problems are nobody's to fix, a unit the registry
     * no longer knows keeps its name ("?" and the name as its id), and a section the plan no longer has its id.
     */
    private final boolean history;

    /** zone turns commit times into dates; drafts are checked always but kept only when includeDrafts. */
    public PlanResolver(UnitDirectory units, Problems problems, ZoneId zone, boolean includeDrafts) {
        this(units, problems, zone, includeDrafts, false);
    }

    private PlanResolver(UnitDirectory units, Problems problems, ZoneId zone, boolean includeDrafts, boolean history) {
        this.units = units;
        this.problems = problems;
        this.zone = zone;
        this.includeDrafts = includeDrafts;
        this.history = history;
    }

    /** A resolver for earlier versions of a plan's task files, read as the project reads them today. */
    static PlanResolver forHistory(UnitDirectory units, ZoneId zone) {
        return new PlanResolver(units, new Problems(), zone, true, true);
    }

    /**
     * A resolved plan with its tasks in display order, and the change records of its task files by task id (empty
     * without history).
     */
    public record Resolved(Plan plan, List<Task> tasks, Map<String, gongkai.model.TaskHistory> histories) {

        public Resolved {
            histories = Map.copyOf(histories);
        }

        public Resolved(Plan plan, List<Task> tasks) {
            this(plan, tasks, Map.of());
        }
    }

    /** One version of a task file as this resolver reads it (the sections of the plan as it is now), or empty. */
    Optional<Task> version(RawDocument doc, Plan plan, Map<String, Section> sections) {
        return task(doc, plan, sections).map(Pending::task);
    }

    private LocalDate date(java.time.Instant instant) {
        return instant == null ? null : instant.atZone(zone).toLocalDate();
    }

    public Optional<Resolved> resolve(RawPlan raw) {
        return resolve(raw, null, null, null);
    }

    /**
     * With the texts of the history's versions (null without a history) and change records derived before (cache,
     * null for none; context: see ChangeRecordCache.context).
     */
    public Optional<Resolved> resolve(RawPlan raw, GitHistory.Texts texts, ChangeRecordCache cache, String context) {
        RawDocument doc = raw.plan();
        if (!Fields.isValidId(raw.id())) {
            problems.add(raw.folder(), 0, 0, "计划目录名“" + raw.id() + "”不能用作网址：" + Fields.idRule() + "。请重命名该目录。");
            return Optional.empty();
        }
        if (!(doc.data() instanceof YamlNode.Mapping map)) {
            problems.add(doc.file(), 2, 1, "plan.md 的 YAML 字段应为“字段: 值”形式的映射。");
            return Optional.empty();
        }
        Fields f = new Fields(doc.file(), map, problems, "计划");
        f.onlyKeys(PLAN_KEYS);
        String title = f.requiredText("title");
        int year = f.has("year") ? f.integer("year", 0) : 0;
        if (!f.has("year")) {
            problems.add(doc.file(), map.line(), map.column(), "计划缺少必填字段“year”（计划年度，例如 2019）。");
        } else if (year < 1949 || year > 2200) {
            f.problem("year", "计划年度“" + f.text("year") + "”不合理：请写 1949 到 2200 之间的四位年份，例如 2019。");
        }
        String issuerId = unitField(f, "issuer", null);
        String jurisdictionId = f.has("jurisdiction") ? unitField(f, "jurisdiction", issuerId) : issuerId;
        String source = f.text("source");
        if (!source.isEmpty()) {
            LinkTarget target = LinkTarget.of(source);
            if (target.isLink()) {
                source = target.url();
            } else {
                f.problem("source", Links.rule(source));
            }
        }
        Map<String, Section> found = new LinkedHashMap<>();
        List<Section> sections = sections(doc.file(), f.list("sections"), 0, new int[4], "sec", found);
        Map<String, Section> sectionIndex = new LinkedHashMap<>();
        flatten(sections, sectionIndex);
        DeepMarkdown.body(doc.file(), doc.body(), doc.bodyLine(), problems);
        Plan plan = new Plan(raw.id(), title, issuerId, jurisdictionId, year, f.text("doc_number"),
                f.date("issued"), source, f.texts("columns"), doc.body().strip(), sections,
                new SourceRef(doc.file(), 1), f.bool("draft"));
        List<Task> tasks = tasks(raw, plan, sectionIndex);
        if (plan.draft() && !includeDrafts) {
            return Optional.empty();
        }
        // A plan that fails its check is not published: its history is not worth reading then.
        Map<String, Task> published = new HashMap<>();
        tasks.stream().filter(t -> !t.draft()).forEach(t -> published.put(t.id(), t));
        Map<String, gongkai.model.TaskHistory> histories = raw.history() == null || !problems.isEmpty() ? Map.of()
                : ChangeRecords.derive(raw.folder(), raw.history(), texts, plan, sectionIndex, forHistory(units, zone),
                        zone, published, cache, context);
        if (plan.draft()) {
            return Optional.of(new Resolved(plan, tasks.stream().map(Task::asDraft).toList(), histories));
        }
        return Optional.of(new Resolved(plan, tasks, histories));
    }

    private String unitField(Fields f, String key, String scope) {
        if (!f.has(key)) {
            return null;
        }
        String name = f.text(key);
        UnitDirectory.Lookup lookup = units.resolve(name, scope);
        if (!lookup.found()) {
            f.problem(key, UnitMessages.unknown(name, lookup, units, scope));
            return null;
        }
        return lookup.unit().id();
    }

    private List<Section> sections(String file, List<YamlNode> nodes, int depth, int[] counters, String anchorPrefix,
            Map<String, Section> index) {
        List<Section> out = new ArrayList<>();
        if (depth >= 2 && depth < counters.length) {
            counters[depth] = 0;
        }
        for (YamlNode node : nodes) {
            if (!(node instanceof YamlNode.Mapping m)) {
                problems.add(file, node.line(), node.column(), "章节应为含 id 和 title 的映射。");
                continue;
            }
            Fields sf = new Fields(file, m, problems, "章节");
            sf.onlyKeys(SECTION_KEYS);
            String id = sf.requiredText("id");
            String title = sf.requiredText("title");
            // Plans number their second level straight through (（五） follows （四） under the next 一、);
            // deeper levels start again at （1） under each parent.
            int number = ++counters[Math.min(depth, counters.length - 1)];
            String anchor = anchorPrefix + "-" + number;
            List<Section> children = sections(file, sf.list("sections"), depth + 1, counters, anchor, index);
            Section section = new Section(id, number, title, depth, anchor, children);
            if (!id.isEmpty() && index.putIfAbsent(id, section) != null) {
                sf.problem("id", "章节 id“" + id + "”在本计划中重复，请改为唯一的值。");
            }
            out.add(section);
        }
        return out;
    }

    /** Section ids in reading order, parents before their children. */
    private static void flatten(List<Section> sections, Map<String, Section> into) {
        for (Section s : sections) {
            into.putIfAbsent(s.id(), s);
            flatten(s.children(), into);
        }
    }

    private record Pending(Task task, String parentId, int parentLine, int parentColumn, String file) {
    }

    private List<Task> tasks(RawPlan raw, Plan plan, Map<String, Section> sections) {
        Map<String, Pending> pending = new LinkedHashMap<>();
        for (RawDocument doc : raw.tasks()) {
            task(doc, plan, sections).ifPresent(d -> pending.put(d.task().id(), d));
        }
        checkParents(pending);
        List<Task> ordered = new ArrayList<>();
        for (Pending p : pending.values()) {
            // A sub-item of a draft is part of that draft.
            boolean draft = false;
            Set<String> seen = new HashSet<>();
            for (Pending at = p; at != null && seen.add(at.task().id()); at = pending.get(at.parentId())) {
                draft |= at.task().draft();
            }
            if (!draft) {
                ordered.add(p.task());
            } else if (includeDrafts) {
                ordered.add(p.task().asDraft());
            }
        }
        ordered.sort(Comparator.comparing(Task::id, NaturalOrder.INSTANCE));
        return inheritFromParents(ordered);
    }

    private Optional<Pending> task(RawDocument doc, Plan plan, Map<String, Section> sections) {
        String file = doc.file();
        String name = file.substring(file.lastIndexOf('/') + 1);
        String id = name.substring(0, name.length() - ".md".length());
        if (!Fields.isValidId(id)) {
            problems.add(file, 0, 0, "任务文件名“" + name + "”不能用作网址：" + Fields.idRule() + "。请重命名，例如 12.md 或 3-1.md。");
            return Optional.empty();
        }
        if (!(doc.data() instanceof YamlNode.Mapping map)) {
            problems.add(file, 2, 1, "任务的 YAML 字段应为“字段: 值”形式的映射，至少要有 title。");
            return Optional.empty();
        }
        Fields f = new Fields(file, map, problems, "任务");
        f.onlyKeys(TASK_KEYS);
        String parentId = f.text("parent");
        String title = parentId.isEmpty() ? f.requiredText("title") : f.text("title");
        if (title.isEmpty() && !parentId.isEmpty()) {
            title = titleFromBody(doc.body());
            if (title.isEmpty()) {
                problems.add(file, map.line(), map.column(), "子项既没有 title，也没有正文：请写 title，或在“---”之后写出工作要求。");
            }
        }
        String sectionId = f.text("section");
        if (!sectionId.isEmpty() && !sections.containsKey(sectionId) && !history) {
            List<String> close = Suggest.closest(sectionId, sections.keySet(), 3);
            f.problem("section", "未知章节“" + sectionId + "”。"
                    + (sections.isEmpty() ? "plan.md 中没有定义章节（sections）。"
                    : "本计划的章节 id 有：" + String.join("、", sections.keySet().stream().map(k -> "“" + k + "”").toList()) + "。")
                    + (close.isEmpty() ? "" : "是否想写 " + close.get(0) + "？"));
            sectionId = "";
        }
        List<Responsibility> roles = new ArrayList<>();
        Map<Role, List<Fields.Located>> named = new java.util.EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            named.put(role, f.locatedTexts(role.id()));
        }
        int total = named.values().stream().mapToInt(List::size).sum();
        int count = 0;
        names:
        for (Role role : Role.values()) {
            for (Fields.Located name2 : named.get(role)) {
                if (++count > MAX_UNITS) {
                    problems.add(file, name2.line(), name2.column(), "一项任务最多列出 " + MAX_UNITS + " 个单位，这里是第 "
                            + count + " 个（lead、responsible、support 合计 " + total + " 个），其后的不再检查。"
                            + "真实的任务不会点名这么多单位：要指全部区县或全部部门，请在单位登记中建一个统称"
                            + "（kind: group，把它们列为 members），任务里只写这个统称。");
                    break names;
                }
                resolveUnit(file, name2, plan.jurisdictionId())
                        .map(u -> new Responsibility(role, u.id()))
                        .filter(r -> !roles.contains(r))
                        .ifPresent(roles::add);
            }
        }
        Deadline deadline = deadline(f);
        Status declared = null;
        if (f.has("status")) {
            declared = status(f, "status", f.text("status"));
        }
        List<Update> updates = updates(file, f, plan.jurisdictionId());
        if (!history) {
            DeepMarkdown.body(file, doc.body(), doc.bodyLine(), problems);
        }
        Status status = StatusRules.own(declared, updates);
        Task task = new Task(plan.id(), id, f.text("number"), title, sectionId, parentId.isEmpty() ? null : parentId,
                roles, f.text("units_text"), deadline, f.text("remarks"),
                declared == null && updates.isEmpty() ? null : status, updates, doc.body().strip(),
                new SourceRef(file, 1), f.bool("draft"), date(doc.changed()));
        return Optional.of(new Pending(task, task.parentId(), f.lineOf("parent"), f.columnOf("parent"), file));
    }

    /** The first sentence of the requirement, cut at a whole character, for sub-items the table left untitled. */
    private static String titleFromBody(String body) {
        String text = body.strip();
        int end = text.length();
        for (String stop : List.of("。", "；", "\n")) {
            int i = text.indexOf(stop);
            if (i > 0 && i < end) {
                end = i;
            }
        }
        String first = text.substring(0, end).replaceAll("\\s+", " ").strip();
        if (first.codePointCount(0, first.length()) <= TITLE_FROM_BODY) {
            return first;
        }
        return first.substring(0, first.offsetByCodePoints(0, TITLE_FROM_BODY)) + "…";
    }

    private Optional<Unit> resolveUnit(String file, Fields.Located name, String scope) {
        UnitDirectory.Lookup lookup = units.resolve(name.value(), scope);
        if (!lookup.found() && history) {
            return Optional.of(new Unit("?" + name.value(), name.value(), "", List.of(), gongkai.model.UnitKind.BODY, null,
                    List.of(), List.of(), new SourceRef(file, name.line())));
        }
        if (!lookup.found()) {
            problems.add(file, name.line(), name.column(), UnitMessages.unknown(name.value(), lookup, units, scope));
            return Optional.empty();
        }
        return Optional.of(lookup.unit());
    }

    private Status status(Fields f, String key, String value) {
        Optional<Status> s = Status.fromId(value);
        if (s.isEmpty()) {
            List<String> ids = java.util.Arrays.stream(Status.values()).map(Status::id).toList();
            List<String> close = Suggest.closest(value, ids, 1);
            f.problem(key, "未知状态“" + value + "”。可用状态：" + Status.allIds() + "。"
                    + (close.isEmpty() ? "" : "是否想写 " + close.get(0) + "？"));
            return null;
        }
        return s.get();
    }

    private Deadline deadline(Fields f) {
        String text = f.text("deadline_text");
        if (!f.has("deadline")) {
            return text.isEmpty() ? Deadline.NONE : new Deadline(null, false, text);
        }
        String value = f.text("deadline");
        if (value.equals("ongoing")) {
            return new Deadline(null, true, text);
        }
        LocalDate date = f.parseDate(value, "deadline");
        return new Deadline(date, false, text);
    }

    private List<Update> updates(String file, Fields f, String scope) {
        List<Update> out = new ArrayList<>();
        // An update's permalink is its date and its place among that day's updates, so adding a report
        // of another day never changes a published link.
        Map<LocalDate, Integer> perDate = new HashMap<>();
        for (YamlNode node : f.list("updates")) {
            if (!(node instanceof YamlNode.Mapping m)) {
                problems.add(file, node.line(), node.column(), "进展（updates）的每一项应为含 date、status、text 的映射。");
                continue;
            }
            Fields uf = new Fields(file, m, problems, "进展");
            uf.onlyKeys(UPDATE_KEYS);
            LocalDate date = uf.has("date") ? uf.date("date") : null;
            if (!uf.has("date")) {
                problems.add(file, m.line(), m.column(), "进展缺少必填字段“date”（报告日期，例如 2018-11-30）。");
            }
            Status status = null;
            if (!uf.has("status")) {
                problems.add(file, m.line(), m.column(), "进展缺少必填字段“status”。可用状态：" + Status.allIds() + "。");
            } else {
                status = status(uf, "status", uf.text("status"));
            }
            String text = uf.requiredText("text");
            if (uf.has("text") && !history) {
                DeepMarkdown.text(file, m.get("text"), text, problems);
            }
            List<String> by = new ArrayList<>();
            for (Fields.Located name : uf.locatedTexts("by")) {
                resolveUnit(file, name, scope).map(Unit::id).filter(u -> !by.contains(u)).ifPresent(by::add);
            }
            List<Link> links = links(file, uf);
            if (date != null && status != null) {
                int ordinal = perDate.merge(date, 1, Integer::sum);
                out.add(new Update(date, status, by, text, links, ordinal));
            }
        }
        out.sort(Comparator.comparing(Update::date).thenComparingInt(Update::ordinal));
        return out;
    }

    private List<Link> links(String file, Fields uf) {
        List<Link> links = new ArrayList<>();
        for (YamlNode node : uf.list("links")) {
            String title;
            String url;
            if (node instanceof YamlNode.Scalar s) {
                title = s.value().strip();
                url = s.value().strip();
            } else if (node instanceof YamlNode.Mapping m) {
                Fields lf = new Fields(file, m, problems, "证明材料链接");
                lf.onlyKeys(LINK_KEYS);
                url = lf.requiredText("url");
                title = lf.has("title") ? lf.text("title") : url;
            } else {
                problems.add(file, node.line(), node.column(), "链接应为网址，或含 title 和 url 的映射。");
                continue;
            }
            LinkTarget target = LinkTarget.of(url);
            if (!target.isLink()) {
                problems.add(file, node.line(), node.column(), Links.rule(url));
                continue;
            }
            // The page carries the target as the browser reads it, without what the browser would strip.
            links.add(new Link(title.equals(url) ? target.url() : title, target.url()));
        }
        return links;
    }

    /** Reports unknown parents and parent cycles, each at the line of the task's parent field. */
    private void checkParents(Map<String, Pending> drafts) {
        for (Pending d : drafts.values()) {
            if (d.parentId() == null) {
                continue;
            }
            if (!drafts.containsKey(d.parentId())) {
                List<String> close = Suggest.closest(d.parentId(), drafts.keySet(), 3);
                problems.add(d.file(), d.parentLine(), d.parentColumn(), "上级任务“" + d.parentId() + "”不存在：parent 应写同一计划中另一任务的文件名（不含 .md）。"
                        + (close.isEmpty() ? "" : "是否想写 " + close.get(0) + "？"));
                continue;
            }
            Set<String> chain = new LinkedHashSet<>();
            chain.add(d.task().id());
            for (String p = d.parentId(); p != null && drafts.containsKey(p); p = drafts.get(p).parentId()) {
                if (!chain.add(p)) {
                    List<String> loop = new ArrayList<>(chain);
                    loop.add(p);
                    problems.add(d.file(), d.parentLine(), d.parentColumn(), "上级任务形成循环：" + String.join(" → ", loop)
                            + "。请检查这些任务的 parent 字段，子任务的上级不能是它自己或它的下级。");
                    break;
                }
            }
        }
    }

    /**
     * Sub-items take their parent's section and deadline unless they set their own; a task with
     * sub-items and no report of its own takes its status from them.
     */
    private static List<Task> inheritFromParents(List<Task> ordered) {
        Map<String, Task> byId = new HashMap<>();
        ordered.forEach(t -> byId.put(t.id(), t));
        Map<String, List<Task>> children = new HashMap<>();
        List<Task> out = new ArrayList<>(ordered.size());
        for (Task t : ordered) {
            Task parent = t.parentId() == null ? null : byId.get(t.parentId());
            String section = t.sectionId().isEmpty() && parent != null ? parent.sectionId() : t.sectionId();
            Deadline deadline = !t.deadline().isSet() && parent != null ? parent.deadline() : t.deadline();
            Task inherited = t.withPlacement(section, deadline);
            out.add(inherited);
            if (parent != null) {
                children.computeIfAbsent(parent.id(), k -> new ArrayList<>()).add(inherited);
            }
        }
        Map<String, Status> settled = new HashMap<>();
        List<Task> result = new ArrayList<>(out.size());
        for (Task t : out) {
            Status status = settle(t, children, settled, new java.util.HashSet<>());
            result.add(t.status() == status ? t : t.withStatus(status));
        }
        return result;
    }

    private static Status settle(Task t, Map<String, List<Task>> children, Map<String, Status> settled,
            Set<String> visiting) {
        if (t.status() != null) {
            return t.status();
        }
        Status known = settled.get(t.id());
        if (known != null) {
            return known;
        }
        List<Task> kids = children.getOrDefault(t.id(), List.of());
        Status status = Status.NOT_REPORTED;
        if (!kids.isEmpty() && visiting.add(t.id())) {
            status = StatusRules.rollUp(kids.stream().map(k -> settle(k, children, settled, visiting)).toList());
        }
        settled.put(t.id(), status);
        return status;
    }
}
