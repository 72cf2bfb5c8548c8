package gongkai.render;

import gongkai.graph.Assignment;
import gongkai.graph.ChangeEntry;
import gongkai.graph.SiteGraph;
import gongkai.graph.Summary;
import gongkai.model.Plan;
import gongkai.model.Role;
import gongkai.model.Section;
import gongkai.model.SiteConfig;
import gongkai.model.Status;
import gongkai.model.Task;
import gongkai.model.TaskHistory;
import gongkai.model.Unit;
import gongkai.model.ValueDigest;
import gongkai.render.view.Views;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
    /** Each plan's place in the content's order. */
    private final Map<String, Integer> planOrder;

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
        Map<String, Integer> order = new HashMap<>();
        List<Plan> plans = graph.content().plans();
        for (int i = 0; i < plans.size(); i++) {
            order.put(plans.get(i).id(), i);
        }
        this.planOrder = Map.copyOf(order);
    }

    public SiteGraph graph() {
        return graph;
    }

    public Templates templates() {
        return templates;
    }

    /** Serve: reuse the rows older (the pages before an edit) made that the edit left as they were. */
    public void keepRowsOf(Pages older, Edit edit) {
        rows.keepFrom(older.rows, edit);
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
        jobs.add(figuresPage("", "home.ftlh", this::home, Shows.EVERYTHING));
        for (int n = 1; n <= pages(graph.content().plans().size()); n++) {
            int page = n;
            jobs.add(figuresPage(Urls.paged(Urls.plans(), n), "plans.ftlh", () -> plans(page), Shows.EVERYTHING));
        }
        for (Plan p : graph.content().plans()) {
            Set<String> plan = Set.of(p.id());
            jobs.add(page(Urls.plan(p.id()), "plan.ftlh", () -> plan(p), Shows.of(plan, () -> graph.tasks(p.id()))));
            for (Task t : graph.tasks(p.id())) {
                jobs.add(page(Urls.task(p.id(), t.id()), "task.ftlh", () -> task(t), Shows.of(plan, () -> List.of(t))));
            }
        }
        jobs.add(figuresPage(Urls.units(), "units.ftlh", this::units, Shows.EVERYTHING));
        for (Unit u : graph.content().units()) {
            int pages = pages(graph.assignments(u.id()).size());
            // Rows move between the pages of a list when one changes: every page shows the whole list. A place's
            // page also shows what the units below it owe, and the plans it issued with their summaries.
            Set<String> issued = new java.util.HashSet<>();
            graph.plansOf(u.id()).forEach(p -> issued.add(p.id()));
            Shows shows = Shows.of(issued, () -> {
                List<Task> shown = new ArrayList<>(graph.placeTasks(u.id()).isEmpty() ? graph.tasksOf(u.id())
                        : graph.placeTasks(u.id()));
                graph.plansOf(u.id()).forEach(p -> shown.addAll(graph.tasks(p.id())));
                return shown;
            });
            for (int n = 1; n <= pages; n++) {
                int page = n;
                jobs.add(figuresPage(Urls.paged(Urls.unit(u.id()), n), "unit.ftlh", () -> unit(u, page), shows));
            }
            List<Unit> below = graph.unitsBelow(u.id());
            if (!below.isEmpty()) {
                Shows place = Shows.of(Set.of(), () -> graph.placeTasks(u.id()));
                for (String sort : SORTS) {
                    for (int n = 1; n <= pages(below.size()); n++) {
                        int page = n;
                        jobs.add(figuresPage(Urls.paged(Urls.unitsBelow(u.id(), sort), n), "units-below.ftlh",
                                () -> unitsBelow(u, sort, page), place));
                    }
                }
            }
        }
        List<ChangeEntry> changes = graph.changes();
        jobs.add(page(Urls.changes(), "changes.ftlh", this::changes, changesShown(0, ChangePages.recent(changes))));
        for (int n = 1; n <= ChangePages.count(changes.size()); n++) {
            int page = n;
            jobs.add(page(Urls.changesArchive(n), "changes.ftlh", () -> changesArchive(page),
                    changesShown(page, ChangePages.page(changes, page))));
        }
        jobs.add(figuresPage(Urls.statuses(), "statuses.ftlh", this::statuses, Shows.EVERYTHING));
        // Rows move between the pages of these lists only when tasks join, leave or move in them: a page is made
        // again for its own rows, or when rows moved (ListPages).
        for (Status s : Status.values()) {
            List<Task> all = graph.byStatus(s);
            for (int n = 1; n <= pages(all.size()); n++) {
                int page = n;
                jobs.add(page(Urls.paged(Urls.status(s.id()), n), "status.ftlh", () -> status(s, page),
                        Shows.ofPage(ListPages.status(s.id()), page, () -> ListPages.page(all, page))));
            }
        }
        List<Task> late = graph.overdue();
        for (int n = 1; n <= pages(late.size()); n++) {
            int page = n;
            jobs.add(page(Urls.paged(Urls.status(Urls.OVERDUE), n), "status.ftlh", () -> overdue(page),
                    Shows.ofPage(ListPages.status(Urls.OVERDUE), page, () -> ListPages.page(late, page))));
        }
        // The search page is a form: its words come from the configuration and the theme, its results from the index.
        jobs.add(page(Urls.search(), "search.ftlh", this::search, Shows.NOTHING));
        jobs.add(new Job("404.html", () -> render("404.html", "404.ftlh", notFound()), Shows.NOTHING));
        return jobs;
    }

    /** What a page of the list of changes shows (0: the newest, on the list's own page): see Shows.ofChanges. */
    static Shows changesShown(int page, List<ChangeEntry> entries) {
        Set<String> keys = new java.util.HashSet<>();
        entries.forEach(e -> keys.add(e.task().key()));
        return Shows.ofChanges(page, keys);
    }

    /** The ways a table of units below a place can be sorted: the registry's order, then by a figure, largest first. */
    static final List<String> SORTS = List.of("", "overdue", "not-reported", "total");

    /** A change's fields as the theme words them, for the feed of changes: links absolute, from the base URL. */
    public String changeHtml(Views.ChangeItem item) throws Templates.TemplateError {
        Map<String, Object> model = new HashMap<>();
        model.put("item", item);
        model.put("site", site);
        model.put("msg", msg);
        model.put("root", graph.config().baseUrl());
        return templates.render("change-feed.ftlh", model, 1024).strip();
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

    private Job page(String url, String template, ModelMaker maker, Shows shows) {
        String path = Urls.file(url);
        return new Job(path, () -> render(path, template, maker.make()), shows);
    }

    /**
     * A page that shows figures and lists drawn from many tasks, which most edits that reach it leave as they were:
     * a rebuild compares its model's digest with the last build's before rendering it (Job.Modelled). ValueDigest
     * takes a map's entries in no order, so a template must not list a map of such a model in the map's own order.
     */
    private Job figuresPage(String url, String template, ModelMaker maker, Shows shows) {
        Job page = page(url, template, maker, shows);
        return new Job(page.path(), page.producer(), shows, () -> {
            Map<String, Object> model = maker.make();
            return new Job.Model(ValueDigest.of(template, model), () -> render(page.path(), template, model));
        });
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
        Map<String, List<Task>> tasksBySection = new HashMap<>();
        List<Views.TaskRow> unsectioned = new ArrayList<>();
        for (Task t : graph.topTasks(p.id())) {
            Views.TaskRow row = views.row(t);
            if (t.sectionId().isEmpty()) {
                unsectioned.add(row);
            } else {
                bySection.computeIfAbsent(t.sectionId(), k -> new ArrayList<>()).add(row);
                tasksBySection.computeIfAbsent(t.sectionId(), k -> new ArrayList<>()).add(t);
            }
        }
        m.put("sections", sectionViews(p.sections(), bySection, tasksBySection));
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

    private List<Views.SectionView> sectionViews(List<Section> sections, Map<String, List<Views.TaskRow>> rows,
            Map<String, List<Task>> tasks) {
        return sections.stream().map(s -> {
            List<Task> within = new ArrayList<>();
            sectionTasks(s, tasks, within);
            return new Views.SectionView(views.sectionLabel(s), s.title(), s.anchor(), s.depth(),
                    rows.getOrDefault(s.id(), List.of()), sectionViews(s.children(), rows, tasks),
                    within.isEmpty() ? null : views.summary(Summary.of(within, graph.asOf())));
        }).toList();
    }

    /** The top-level tasks of a section and of its subsections. */
    private static void sectionTasks(Section s, Map<String, List<Task>> tasks, List<Task> into) {
        into.addAll(tasks.getOrDefault(s.id(), List.of()));
        s.children().forEach(c -> sectionTasks(c, tasks, into));
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
                section.anchor(), section.depth(), List.of(), List.of(), null));
        m.put("parent", t.parentId() == null ? null : views.row(graph.task(p.id(), t.parentId())));
        m.put("children", views.rows(graph.children(t)));
        m.put("childSummary", graph.children(t).isEmpty() ? null
                : views.summary(Summary.of(graph.children(t), graph.asOf())));
        m.put("latest", views.latest(t));
        TaskHistory history = graph.history(t);
        List<Views.ChangeView> record = new ArrayList<>();
        if (history != null) {
            history.changes().forEach(c -> record.add(0, views.change(history, c)));
        }
        m.put("changes", record);
        m.put("lastChange", record.isEmpty() ? "" : record.get(0).date());
        m.put("lastChangeIso", record.isEmpty() ? "" : record.get(0).dateIso());
        List<Views.UpdateView> timeline = new ArrayList<>(t.updates().stream().map(views::update).toList());
        java.util.Collections.reverse(timeline);
        m.put("updates", timeline);
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
        m.put("byYear", page > 1 ? List.of() : byYear(graph.tasksOf(u.id())));
        List<Assignment> assignments = graph.assignments(u.id());
        m.put("years", yearTasks(assignments, page));
        m.put("pager", pager(Urls.unit(u.id()), page, assignments.size()));
        List<Task> late = graph.tasksOf(u.id()).stream().filter(graph::isOverdue).toList();
        m.put("overdue", page > 1 ? List.of() : views.rows(late.subList(0, Math.min(PAGE_SIZE, late.size()))));
        m.put("overdueTotal", late.size());
        List<Unit> below = graph.unitsBelow(u.id());
        m.put("place", !below.isEmpty() && page == 1);
        if (!below.isEmpty() && page == 1) {
            m.put("placeSummary", views.summary(graph.placeSummary(u.id())));
            m.put("placeByYear", byYear(graph.placeTasks(u.id())));
            List<Plan> issued = graph.plansOf(u.id());
            m.put("placePlans", planCards(issued.subList(0, Math.min(PAGE_SIZE, issued.size()))));
            m.put("placePlansTotal", issued.size());
            m.put("unitRows", unitFigures(u, below.subList(0, Math.min(PAGE_SIZE, below.size()))));
            m.put("unitsTotal", below.size());
            m.put("sorts", sorts(u, ""));
        }
        return m;
    }

    /** A unit's tasks on one page of its list: year by year, plan by plan, role by role. */
    private List<Views.YearTasks> yearTasks(List<Assignment> all, int page) {
        List<Assignment> shown = slice(all, page);
        int first = (page - 1) * PAGE_SIZE;
        List<Views.YearTasks> years = new ArrayList<>();
        int i = 0;
        while (i < shown.size()) {
            Plan p = graph.plan(shown.get(i).task().planId());
            int j = i;
            while (j < shown.size() && shown.get(j).task().planId().equals(p.id())) {
                j++;
            }
            boolean continued = first + i > 0 && all.get(first + i - 1).task().planId().equals(p.id());
            Views.PlanTasks planTasks = new Views.PlanTasks(views.plan(p), p.year(), "plan-" + p.id(),
                    views.roleGroups(shown.subList(i, j)), continued);
            if (years.isEmpty() || years.get(years.size() - 1).year() != p.year()) {
                years.add(new Views.YearTasks(p.year(), new ArrayList<>()));
            }
            years.get(years.size() - 1).plans().add(planTasks);
            i = j;
        }
        return years;
    }

    /** Progress by year and plan of a list of tasks: each year's total, then its plans, newest year first. */
    private List<Views.YearFigures> byYear(List<Task> tasks) {
        // Only the plans these tasks are in, in the content's order: a unit page of a 2,000-plan site must not
        // walk every plan.
        Map<String, List<Task>> byPlan = new HashMap<>();
        tasks.forEach(t -> byPlan.computeIfAbsent(t.planId(), id -> new ArrayList<>()).add(t));
        List<Plan> planned = byPlan.keySet().stream().map(graph::plan)
                .sorted(Comparator.comparingInt(p -> planOrder.get(p.id()))).toList();
        List<Views.YearFigures> years = new ArrayList<>();
        List<Task> ofYear = new ArrayList<>();
        List<Views.Figures> plans = new ArrayList<>();
        int year = 0;
        for (Plan p : planned) {
            List<Task> of = byPlan.get(p.id());
            if (p.year() != year && !plans.isEmpty()) {
                years.add(new Views.YearFigures(year, figures(null, "", 0, year, 0, 0, 0, ofYear), plans));
                ofYear = new ArrayList<>();
                plans = new ArrayList<>();
            }
            year = p.year();
            ofYear.addAll(of);
            plans.add(figures(views.plan(p), "", 0, year, 0, 0, 0, of));
        }
        if (!plans.isEmpty()) {
            years.add(new Views.YearFigures(year, figures(null, "", 0, year, 0, 0, 0, ofYear), plans));
        }
        return years;
    }

    private Views.Figures figures(Views.Ref ref, String kind, int depth, int year, int lead, int responsible, int support,
            List<Task> tasks) {
        return figures(ref, kind, depth, year, lead, responsible, support, Summary.of(tasks, graph.asOf()));
    }

    private static Views.Figures figures(Views.Ref ref, String kind, int depth, int year, int lead, int responsible,
            int support, Summary s) {
        return new Views.Figures(ref, kind, depth, year, lead, responsible, support, s.total(), s.completed(),
                s.count(Status.IN_PROGRESS), s.overdue(), s.count(Status.NOT_REPORTED));
    }

    /** The figures of units below a place: what each owes by role, and how far those tasks have come. */
    private List<Views.Figures> unitFigures(Unit place, List<Unit> units) {
        List<Views.Figures> out = new ArrayList<>(units.size());
        for (Unit v : units) {
            int depth = 0;
            for (String id = v.parentId(); id != null && !id.equals(place.id()); id = graph.unit(id).parentId()) {
                depth++;
            }
            int[] roles = new int[Role.values().length];
            for (Assignment a : graph.assignments(v.id())) {
                roles[a.role().ordinal()]++;
            }
            out.add(figures(views.unit(v.id()), v.kind().id(), depth, 0, roles[Role.LEAD.ordinal()],
                    roles[Role.RESPONSIBLE.ordinal()], roles[Role.SUPPORT.ordinal()], graph.unitSummary(v.id())));
        }
        return out;
    }

    private List<Views.Sort> sorts(Unit u, String current) {
        return SORTS.stream().map(s -> new Views.Sort(s, Urls.unitsBelow(u.id(), s), s.equals(current))).toList();
    }

    /** A page of the table of units below a place, in the registry's order or sorted by a figure, largest first. */
    private Map<String, Object> unitsBelow(Unit u, String sort, int page) {
        Map<String, Object> m = model(graph.asOf());
        List<Views.Figures> all = unitFigures(u, graph.unitsBelow(u.id()));
        if (!sort.isEmpty()) {
            java.util.function.ToIntFunction<Views.Figures> key = switch (sort) {
                case "overdue" -> Views.Figures::overdue;
                case "not-reported" -> Views.Figures::notReported;
                default -> Views.Figures::total;
            };
            all = new ArrayList<>(all);
            all.sort(Comparator.comparingInt(key).reversed());
        }
        m.put("unit", u);
        m.put("unitRef", views.unit(u.id()));
        m.put("sort", sort);
        m.put("sorts", sorts(u, sort));
        m.put("rows", slice(all, page));
        m.put("pager", pager(Urls.unitsBelow(u.id(), sort), page, all.size()));
        return m;
    }

    /** The site's list of changes: the newest, newest first, and the way to the archive of all. */
    private Map<String, Object> changes() {
        Map<String, Object> m = model(graph.asOf());
        List<ChangeEntry> all = graph.changes();
        int pages = ChangePages.count(all.size());
        m.put("available", graph.hasHistory());
        List<ChangeEntry> recent = ChangePages.recent(all);
        m.put("items", recent.stream().map(views::changeItem).toList());
        // The archive page holding the newest change this page leaves out.
        m.put("archive", pages == 0 ? null : new Views.ChangeArchive(0, pages, all.size(), 0, 0,
                Urls.changesArchive(ChangePages.holding(all.size() - recent.size())), null, Urls.changesArchive(1)));
        onePage(m, recent.size());
        return m;
    }

    /** A page of the archive of changes, newest first, with the pages before and after it. */
    private Map<String, Object> changesArchive(int page) {
        Map<String, Object> m = model(graph.asOf());
        List<ChangeEntry> all = graph.changes();
        int pages = ChangePages.count(all.size());
        m.put("available", true);
        m.put("items", ChangePages.page(all, page).stream().map(views::changeItem).toList());
        m.put("archive", new Views.ChangeArchive(page, 0, 0, ChangePages.from(page), ChangePages.to(page, all.size()),
                page > 1 ? Urls.changesArchive(page - 1) : null, page < pages ? Urls.changesArchive(page + 1) : null,
                Urls.changesArchive(1)));
        onePage(m, ChangePages.to(page, all.size()) - ChangePages.from(page) + 1);
        return m;
    }

    /**
     * A pager of one page, for a site's own changes.ftlh from before the archive (gongkai theme export), which pages
     * the list with it: such a theme still builds, each page showing its changes without links to the others.
     */
    private static void onePage(Map<String, Object> m, int shown) {
        m.put("pager", new Views.Pager(1, 1, shown, shown == 0 ? 0 : 1, shown, null, null, List.of()));
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
