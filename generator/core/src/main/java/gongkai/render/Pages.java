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
    private final MessageMethod msg;

    public Pages(SiteGraph graph, Templates templates) {
        this.graph = graph;
        this.templates = templates;
        this.views = new ViewFactory(graph);
        SiteConfig c = graph.config();
        List<Views.StatusView> statuses = java.util.Arrays.stream(Status.values()).map(views::status).toList();
        Map<String, String> labels = new LinkedHashMap<>();
        statuses.forEach(s -> labels.put(s.id(), s.label()));
        this.site = new SiteView(c.title(), c.description(), c.language(), c.siteIdCode(), domain(c.baseUrl()),
                views.date(graph.asOf()), Dates.iso(graph.asOf()), c.footer(), c.nav(), statuses, labels,
                c.overdueLabel(), c.baseUrl(), c.authority(), c.emblem() == null ? "" : c.emblem().asset());
        this.msg = new MessageMethod(c.messages());
        this.rows = new RowRenderer(templates, site, msg);
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
        model.put("msg", msg);
        model.put("rowHtml", rows);
        // 404.html is served at any depth, so its links start from the base path instead of climbing up.
        model.put("root", path.equals("404.html") ? graph.config().basePath() : Urls.rootFrom(path));
        String url = path.endsWith("index.html") ? path.substring(0, path.length() - "index.html".length()) : path;
        model.put("path", url);
        model.put("canonical", graph.config().baseUrl() + url);
        return templates.renderBytes(template, model);
    }

    /** A page's model, with the date its PubDate meta tag gives (the as-of date when null). */
    private Map<String, Object> model(LocalDate pubDate) {
        Map<String, Object> m = new HashMap<>();
        m.put("pubDate", Dates.iso(pubDate == null ? graph.asOf() : pubDate));
        return m;
    }

    private Map<String, Object> home() {
        Map<String, Object> m = model(graph.asOf());
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
        Map<String, Object> m = model(graph.asOf());
        m.put("plans", planCards(slice(graph.content().plans(), page)));
        m.put("pager", pager(Urls.plans(), page, graph.content().plans().size()));
        return m;
    }

    private Map<String, Object> plan(Plan p) {
        Map<String, Object> m = model(p.issued());
        m.put("plan", p);
        m.put("introHtml", views.html(p.intro()));
        m.put("planRef", views.plan(p));
        m.put("issuer", p.issuerId() == null ? null : views.unit(p.issuerId()));
        m.put("issued", views.date(p.issued()));
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
        return sections.stream().map(s -> new Views.SectionView(views.sectionLabel(s), s.title(), s.anchor(), s.depth(),
                rows.getOrDefault(s.id(), List.of()), sectionViews(s.children(), rows))).toList();
    }

    private Map<String, Object> task(Task t) {
        Plan p = graph.plan(t.planId());
        Map<String, Object> m = model(graph.lastChanged(t) == null ? p.issued() : graph.lastChanged(t));
        m.put("task", t);
        m.put("bodyHtml", views.html(t.body()));
        m.put("row", views.row(t));
        m.put("planRef", views.plan(p));
        m.put("issuer", p.issuerId() == null ? null : views.unit(p.issuerId()));
        Section section = section(p.sections(), t.sectionId());
        m.put("section", section == null ? null : new Views.SectionView(views.sectionLabel(section), section.title(),
                section.anchor(), section.depth(), List.of(), List.of()));
        m.put("parent", t.parentId() == null ? null : views.row(graph.task(p.id(), t.parentId())));
        m.put("children", views.rows(graph.children(t)));
        List<Views.UpdateView> timeline = new ArrayList<>(t.updates().stream().map(views::update).toList());
        java.util.Collections.reverse(timeline);
        m.put("updates", timeline);
        m.put("lastChanged", views.date(graph.lastChanged(t)));
        m.put("deadlineDate", views.date(t.deadline().date()));
        m.put("support", views.units(t.unitIds(Role.SUPPORT)));
        return m;
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
        Map<String, Object> m = model(graph.asOf());
        m.put("tree", graph.content().units().stream().filter(u -> u.parentId() == null).map(this::node).toList());
        return m;
    }

    private Views.UnitNode node(Unit u) {
        return new Views.UnitNode(views.unit(u.id()), u.kind().id(), graph.tasksOf(u.id()).size(),
                u.childIds().stream().map(graph::unit).map(this::node).toList());
    }

    private Map<String, Object> unit(Unit u, int page) {
        List<Views.Ref> ancestors = new ArrayList<>();
        for (String id = u.parentId(); id != null; id = graph.unit(id).parentId()) {
            ancestors.add(0, views.unit(id));
        }
        Map<String, Object> m = model(graph.asOf());
        m.put("unit", u);
        m.put("ancestors", ancestors);
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
        Map<String, Object> m = model(graph.asOf());
        m.put("summary", views.summary(graph.summary()));
        return m;
    }

    private Map<String, Object> status(Status s, int page) {
        return statusPage(views.status(s), graph.byStatus(s), page);
    }

    private Map<String, Object> overdue(int page) {
        return statusPage(new Views.StatusView(Urls.OVERDUE, graph.config().overdueLabel()), graph.overdue(), page);
    }

    private Map<String, Object> statusPage(Views.StatusView status, List<Task> tasks, int page) {
        Map<String, Object> m = model(graph.asOf());
        m.put("status", status);
        m.put("rows", views.rows(slice(tasks, page)));
        m.put("pager", pager(Urls.status(status.id()), page, tasks.size()));
        return m;
    }

    private Map<String, Object> search() {
        return model(graph.asOf());
    }

    private Map<String, Object> notFound() {
        return model(graph.asOf());
    }
}
