package gongkai.render;

import gongkai.graph.SiteGraph;
import gongkai.model.Plan;
import gongkai.model.Role;
import gongkai.model.Section;
import gongkai.model.SiteConfig;
import gongkai.model.Status;
import gongkai.model.Task;
import gongkai.model.Unit;
import gongkai.render.view.Views;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The HTML pages of the site: one job per page, each a pure function of the graph. */
public final class Pages {

    static final int LATEST_UPDATES = 10;
    static final int HOME_OVERDUE = 10;
    /** Plans on the home page, newest first; all of them are on /plans/. */
    static final int HOME_PLANS = 20;
    /** Rows on one page of a long list: a unit or status page never grows with the whole site. */
    public static final int PAGE_SIZE = 100;

    private final SiteGraph graph;
    private final Templates templates;
    private final ViewFactory views;
    private final SiteView site;
    private final RowRenderer rows;

    public Pages(SiteGraph graph, Templates templates) {
        this.graph = graph;
        this.templates = templates;
        this.views = new ViewFactory(graph);
        SiteConfig c = graph.config();
        List<Views.StatusView> statuses = java.util.Arrays.stream(Status.values()).map(views::status).toList();
        this.site = new SiteView(c.title(), c.description(), c.language(), c.siteIdCode(), domain(c.baseUrl()),
                Dates.chinese(graph.asOf()), Dates.iso(graph.asOf()), c.footer(), c.nav(), statuses,
                c.overdueLabel(), c.baseUrl());
        this.rows = new RowRenderer(templates, site);
    }

    private static String domain(String baseUrl) {
        int scheme = baseUrl.indexOf("://");
        if (scheme < 0) {
            return "";
        }
        int end = baseUrl.indexOf('/', scheme + 3);
        return end < 0 ? baseUrl.substring(scheme + 3) : baseUrl.substring(scheme + 3, end);
    }

    public List<Job> jobs() {
        List<Job> jobs = new ArrayList<>();
        jobs.add(page("", "home.ftlh", this::home));
        for (int n = 1; n <= pages(graph.content().plans().size()); n++) {
            int page = n;
            jobs.add(page(Urls.paged(Urls.plans(), n), "plans.ftlh", () -> plans(page)));
        }
        for (Plan p : graph.content().plans()) {
            jobs.add(page(Urls.plan(p.id()), "plan.ftlh", () -> plan(p)));
            for (Task t : graph.tasks(p.id())) {
                jobs.add(page(Urls.task(p.id(), t.id()), "task.ftlh", () -> task(t)));
            }
        }
        jobs.add(page(Urls.units(), "units.ftlh", this::units));
        for (Unit u : graph.content().units()) {
            int pages = pages(graph.assignments(u.id()).size());
            for (int n = 1; n <= pages; n++) {
                int page = n;
                jobs.add(page(Urls.paged(Urls.unit(u.id()), n), "unit.ftlh", () -> unit(u, page)));
            }
        }
        jobs.add(page(Urls.statuses(), "statuses.ftlh", this::statuses));
        for (Status s : Status.values()) {
            for (int n = 1; n <= pages(graph.byStatus(s).size()); n++) {
                int page = n;
                jobs.add(page(Urls.paged(Urls.status(s.id()), n), "status.ftlh", () -> status(s, page)));
            }
        }
        for (int n = 1; n <= pages(graph.overdue().size()); n++) {
            int page = n;
            jobs.add(page(Urls.paged(Urls.status(Urls.OVERDUE), n), "status.ftlh", () -> overdue(page)));
        }
        jobs.add(page(Urls.search(), "search.ftlh", this::search));
        jobs.add(new Job("404.html", () -> render("404.html", "404.ftlh", notFound())));
        return jobs;
    }

    static int pages(int rows) {
        return Math.max(1, (rows + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    private static <T> List<T> slice(List<T> rows, int page) {
        int from = Math.min(rows.size(), (page - 1) * PAGE_SIZE);
        return rows.subList(from, Math.min(rows.size(), from + PAGE_SIZE));
    }

    private static Views.Pager pager(String url, int page, int total) {
        int pages = pages(total);
        List<Views.Crumb> links = new ArrayList<>();
        for (int n = 1; n <= pages; n++) {
            links.add(new Views.Crumb(Integer.toString(n), Urls.paged(url, n)));
        }
        int from = total == 0 ? 0 : (page - 1) * PAGE_SIZE + 1;
        return new Views.Pager(page, pages, total, from, Math.min(total, page * PAGE_SIZE),
                page > 1 ? Urls.paged(url, page - 1) : null, page < pages ? Urls.paged(url, page + 1) : null, links);
    }


    private interface ModelMaker {
        Map<String, Object> make();
    }

    private Job page(String url, String template, ModelMaker maker) {
        String path = Urls.file(url);
        return new Job(path, () -> render(path, template, maker.make()));
    }

    private byte[] render(String path, String template, Map<String, Object> model) throws Templates.TemplateError {
        model.put("site", site);
        model.put("rowHtml", rows);
        // 404.html is served at any depth, so its links start from the base path instead of climbing up.
        model.put("root", path.equals("404.html") ? graph.config().basePath() : Urls.rootFrom(path));
        String url = path.endsWith("index.html") ? path.substring(0, path.length() - "index.html".length()) : path;
        model.put("path", url);
        model.put("canonical", graph.config().baseUrl() + url);
        return templates.renderBytes(template, model);
    }

    private Map<String, Object> model(String column, String articleTitle, String fullTitle, LocalDate pubDate,
            String description, List<Views.Crumb> crumbs) {
        Map<String, Object> m = new HashMap<>();
        m.put("meta", new Views.Meta(fullTitle, column, articleTitle, Dates.iso(pubDate == null ? graph.asOf() : pubDate),
                description, crumbs));
        return m;
    }

    private String title(String... parts) {
        return String.join(" · ", parts) + " · " + graph.config().title();
    }

    private static Views.Crumb crumb(String title, String url) {
        return new Views.Crumb(title, url);
    }

    private Map<String, Object> home() {
        Map<String, Object> m = model("首页", graph.config().title(), graph.config().title(), graph.asOf(),
                graph.config().description(), List.of());
        m.put("summary", views.summary(graph.summary()));
        List<Plan> plans = graph.content().plans();
        m.put("plans", planCards(plans.subList(0, Math.min(HOME_PLANS, plans.size()))));
        m.put("plansTotal", plans.size());
        m.put("updates", graph.updates().stream().limit(LATEST_UPDATES).map(views::updateItem).toList());
        m.put("overdue", views.rows(graph.overdue().subList(0, Math.min(HOME_OVERDUE, graph.overdue().size()))));
        m.put("overdueTotal", graph.overdue().size());
        return m;
    }

    private List<Views.PlanCard> planCards(List<Plan> plans) {
        return plans.stream().map(p -> new Views.PlanCard(views.plan(p), p.year(),
                p.issuerId() == null ? null : views.unit(p.issuerId()), views.summary(graph.planSummary(p.id()))))
                .toList();
    }

    private Map<String, Object> plans(int page) {
        List<Views.Crumb> crumbs = new ArrayList<>(List.of(crumb("全部计划", Urls.plans())));
        if (page > 1) {
            crumbs.add(crumb("第 " + page + " 页", Urls.paged(Urls.plans(), page)));
        }
        Map<String, Object> m = model("计划", "全部计划", page > 1 ? title("第 " + page + " 页", "全部计划") : title("全部计划"),
                graph.asOf(), "全部工作计划及其落实情况。", crumbs);
        m.put("plans", planCards(slice(graph.content().plans(), page)));
        m.put("pager", pager(Urls.plans(), page, graph.content().plans().size()));
        return m;
    }

    private Map<String, Object> plan(Plan p) {
        Map<String, Object> m = model("计划", p.title(), title(p.title()), p.issued(), p.title() + "：任务分工与落实情况。",
                List.of(crumb("全部计划", Urls.plans()), crumb(p.title(), Urls.plan(p.id()))));
        m.put("plan", p);
        m.put("introHtml", views.html(p.intro()));
        m.put("planRef", views.plan(p));
        m.put("issuer", p.issuerId() == null ? null : views.unit(p.issuerId()));
        m.put("issued", Dates.chinese(p.issued()));
        m.put("summary", views.summary(graph.planSummary(p.id())));
        Map<String, List<Views.TaskRow>> bySection = new LinkedHashMap<>();
        List<Views.TaskRow> unsectioned = new ArrayList<>();
        for (Task t : graph.topTasks(p.id())) {
            Views.TaskRow row = views.row(t);
            if (t.sectionId().isEmpty()) {
                unsectioned.add(row);
            } else {
                bySection.computeIfAbsent(t.sectionId(), k -> new ArrayList<>()).add(row);
            }
        }
        m.put("sections", sectionViews(p.sections(), bySection));
        m.put("unsectioned", unsectioned);
        m.put("subitems", subItems(p));
        m.put("overdue", views.rows(graph.topTasks(p.id()).stream().filter(graph::isOverdue).toList()));
        m.put("hasDeadlines", graph.tasks(p.id()).stream().anyMatch(t -> t.deadline().isSet()));
        m.put("filterLead", unitsNamed(p, Role.LEAD));
        m.put("filterResp", unitsNamed(p, Role.RESPONSIBLE));
        return m;
    }

    /** The units a plan's tasks name in a role, in order of first mention: the choices of the plan's filter. */
    private List<Views.Ref> unitsNamed(Plan p, Role role) {
        java.util.LinkedHashSet<String> ids = new java.util.LinkedHashSet<>();
        for (Task t : graph.tasks(p.id())) {
            ids.addAll(t.unitIds(role));
        }
        return views.units(List.copyOf(ids));
    }

    /** Sub-items by their parent's id, for the plan table's nested rows. */
    private Map<String, List<Views.TaskRow>> subItems(Plan p) {
        Map<String, List<Views.TaskRow>> out = new HashMap<>();
        for (Task t : graph.tasks(p.id())) {
            if (t.parentId() != null) {
                out.computeIfAbsent(t.parentId(), k -> new ArrayList<>()).add(views.row(t));
            }
        }
        return out;
    }

    private List<Views.SectionView> sectionViews(List<Section> sections, Map<String, List<Views.TaskRow>> rows) {
        return sections.stream().map(s -> new Views.SectionView(s.label(), s.title(), s.anchor(), s.depth(),
                rows.getOrDefault(s.id(), List.of()), sectionViews(s.children(), rows))).toList();
    }

    private Map<String, Object> task(Task t) {
        Plan p = graph.plan(t.planId());
        String number = views.number(t);
        String name = (number.isEmpty() ? "" : "任务 " + number + " ") + t.title();
        Map<String, Object> m = model("任务", t.title(), title(number.isEmpty() ? t.title() : "任务 " + number, p.title()),
                graph.lastChanged(t) == null ? p.issued() : graph.lastChanged(t), name,
                crumbs(t, p));
        m.put("task", t);
        m.put("bodyHtml", views.html(t.body()));
        m.put("row", views.row(t));
        m.put("planRef", views.plan(p));
        m.put("issuer", p.issuerId() == null ? null : views.unit(p.issuerId()));
        m.put("section", section(p.sections(), t.sectionId()));
        m.put("parent", t.parentId() == null ? null : views.row(graph.task(p.id(), t.parentId())));
        m.put("children", views.rows(graph.children(t)));
        List<Views.UpdateView> timeline = new ArrayList<>(t.updates().stream().map(views::update).toList());
        java.util.Collections.reverse(timeline);
        m.put("updates", timeline);
        m.put("lastChanged", Dates.chinese(graph.lastChanged(t)));
        m.put("deadlineDate", Dates.chinese(t.deadline().date()));
        m.put("support", views.units(t.unitIds(Role.SUPPORT)));
        return m;
    }

    private List<Views.Crumb> crumbs(Task t, Plan p) {
        List<Views.Crumb> c = new ArrayList<>();
        c.add(crumb("全部计划", Urls.plans()));
        c.add(crumb(p.title(), Urls.plan(p.id())));
        if (t.parentId() != null) {
            Task parent = graph.task(p.id(), t.parentId());
            c.add(crumb("任务 " + views.number(parent), Urls.task(p.id(), parent.id())));
        }
        String number = views.number(t);
        c.add(crumb(number.isEmpty() ? t.title() : "任务 " + number, Urls.task(p.id(), t.id())));
        return c;
    }

    private static Section section(List<Section> sections, String id) {
        for (Section s : sections) {
            if (s.id().equals(id)) {
                return s;
            }
            Section inner = section(s.children(), id);
            if (inner != null) {
                return inner;
            }
        }
        return null;
    }

    private Map<String, Object> units() {
        Map<String, Object> m = model("单位", "责任单位", title("责任单位"), graph.asOf(), "各责任单位及其承担的任务数量。",
                List.of(crumb("责任单位", Urls.units())));
        m.put("tree", graph.content().units().stream().filter(u -> u.parentId() == null).map(this::node).toList());
        return m;
    }

    private Views.UnitNode node(Unit u) {
        return new Views.UnitNode(views.unit(u.id()), u.kind().id(), graph.tasksOf(u.id()).size(),
                u.childIds().stream().map(graph::unit).map(this::node).toList());
    }

    private Map<String, Object> unit(Unit u, int page) {
        List<Views.Crumb> crumbs = new ArrayList<>();
        crumbs.add(crumb("责任单位", Urls.units()));
        List<Unit> ancestors = new ArrayList<>();
        for (String id = u.parentId(); id != null; id = graph.unit(id).parentId()) {
            ancestors.add(0, graph.unit(id));
        }
        ancestors.forEach(a -> crumbs.add(crumb(a.name(), Urls.unit(a.id()))));
        crumbs.add(crumb(u.name(), Urls.unit(u.id())));
        if (page > 1) {
            crumbs.add(crumb("第 " + page + " 页", Urls.paged(Urls.unit(u.id()), page)));
        }
        Map<String, Object> m = model("单位", u.name(), page > 1 ? title("第 " + page + " 页", u.name(), "责任单位")
                : title(u.name(), "责任单位"), graph.asOf(),
                u.name() + "承担的政务公开任务及落实情况。", crumbs);
        m.put("unit", u);
        m.put("unitRef", views.unit(u.id()));
        m.put("parent", u.parentId() == null ? null : views.unit(u.parentId()));
        m.put("children", views.units(u.childIds()));
        m.put("members", views.units(u.memberIds()));
        m.put("groups", views.units(graph.groupsOf(u.id())));
        m.put("summary", views.summary(graph.unitSummary(u.id())));
        m.put("roles", views.roleGroups(slice(graph.assignments(u.id()), page)));
        m.put("pager", pager(Urls.unit(u.id()), page, graph.assignments(u.id()).size()));
        List<Task> late = graph.tasksOf(u.id()).stream().filter(graph::isOverdue).toList();
        m.put("overdue", page > 1 ? List.of() : views.rows(late.subList(0, Math.min(PAGE_SIZE, late.size()))));
        m.put("overdueTotal", late.size());
        return m;
    }

    private Map<String, Object> statuses() {
        Map<String, Object> m = model("状态", "按状态浏览", title("按状态浏览"), graph.asOf(), "按落实状态浏览全部任务。",
                List.of(crumb("按状态浏览", Urls.statuses())));
        m.put("summary", views.summary(graph.summary()));
        return m;
    }

    private Map<String, Object> status(Status s, int page) {
        return statusPage(views.status(s), "状态为“" + graph.config().label(s) + "”的全部任务。", graph.byStatus(s), page);
    }

    private Map<String, Object> overdue(int page) {
        return statusPage(new Views.StatusView(Urls.OVERDUE, graph.config().overdueLabel()),
                "截止日期已过、尚未完成的全部任务。", graph.overdue(), page);
    }

    private Map<String, Object> statusPage(Views.StatusView status, String description, List<Task> tasks, int page) {
        String url = Urls.status(status.id());
        List<Views.Crumb> crumbs = new ArrayList<>(List.of(crumb("按状态浏览", Urls.statuses()), crumb(status.label(), url)));
        if (page > 1) {
            crumbs.add(crumb("第 " + page + " 页", Urls.paged(url, page)));
        }
        Map<String, Object> m = model("状态", status.label(), page > 1 ? title("第 " + page + " 页", status.label(), "按状态浏览")
                : title(status.label(), "按状态浏览"),
                graph.asOf(), description, crumbs);
        m.put("status", status);
        m.put("rows", views.rows(slice(tasks, page)));
        m.put("pager", pager(url, page, tasks.size()));
        return m;
    }

    private Map<String, Object> search() {
        return model("搜索", "搜索", title("搜索"), graph.asOf(), "搜索全部计划、任务和责任单位。",
                List.of(crumb("搜索", Urls.search())));
    }

    private Map<String, Object> notFound() {
        return model("首页", "页面不存在", title("页面不存在"), graph.asOf(), "页面不存在。", List.of());
    }
}
