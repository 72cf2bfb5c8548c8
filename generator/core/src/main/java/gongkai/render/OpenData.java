package gongkai.render;

import gongkai.graph.ChangeEntry;
import gongkai.graph.SiteGraph;
import gongkai.graph.Summary;
import gongkai.model.Change;
import gongkai.model.FieldChange;
import gongkai.model.Link;
import gongkai.model.Messages;
import gongkai.model.Plan;
import gongkai.model.Role;
import gongkai.model.Status;
import gongkai.model.Task;
import gongkai.model.TaskHistory;
import gongkai.model.Unit;
import gongkai.model.Update;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The same data as the pages, for reuse: JSON with stable English keys, CSV for Excel with headers (and yes/no)
 * in the site's language.
 */
public final class OpenData {

    private static final byte[] TASKS_JSON_OPEN = {'['};
    private static final byte[] TASKS_JSON_CLOSE = {']', '\n'};
    private static final byte[] COMMA = {','};
    private static final byte[] NOTHING = {};

    private final SiteGraph graph;
    private final ViewFactory views;
    private final Messages messages;
    // The site's tasks.json, tasks.csv, updates.csv and changes.csv are its plans' files joined.
    private final Joined tasksJson;
    private final Joined tasksCsv;
    private final Joined updatesCsv;
    private final Joined changesCsv;

    private final Earlier earlier;

    public OpenData(SiteGraph graph) {
        this(graph, Earlier.NONE);
    }

    /** earlier: the files of the last build this one keeps, whose parts the site's files reuse. */
    public OpenData(SiteGraph graph, Earlier earlier) {
        this.graph = graph;
        this.earlier = earlier;
        this.views = new ViewFactory(graph);
        this.messages = graph.config().messages();
        this.tasksJson = new Joined("tasks.json", TASKS_JSON_OPEN, COMMA, TASKS_JSON_CLOSE, this::planTasksJsonNow);
        this.tasksCsv = new Joined("tasks.csv", new Csv().row(headers("data.plan-id", "data.task-id", "data.number",
                "data.task", "data.parent-id", "data.lead", "data.responsible", "data.support", "data.deadline",
                "data.status", "data.overdue", "data.remarks", "data.requirement", "data.url")).bytes(), NOTHING, NOTHING,
                this::planTasksCsvNow);
        this.updatesCsv = new Joined("updates.csv", new Csv().row(headers("data.plan-id", "data.task-id", "data.number",
                "data.task", "data.date", "data.status", "data.by", "data.text", "data.links")).bytes(), NOTHING, NOTHING,
                this::planUpdatesCsvNow);
        this.changesCsv = new Joined("changes.csv", new Csv().row(headers("data.date", "data.commit", "data.plan-id",
                "data.task-id", "data.number", "data.task", "data.change", "data.field", "data.before", "data.after",
                "data.message", "data.url")).bytes(), NOTHING, NOTHING, this::planChangesCsvNow);
    }

    /**
     * A file of each plan (data/plans/&lt;id&gt;/name) and the site's file of the same name, which joins the plans':
     * head, the plans' parts with separator between them, tail. Each plan's part is made once, or taken from the
     * plan's own file when this build keeps it.
     */
    private final class Joined {
        private final String name;
        private final byte[] head;
        private final byte[] separator;
        private final byte[] tail;
        private final java.util.function.Function<Plan, byte[]> now;
        private final Kept<String, byte[]> parts = new Kept<>(1.0 / 32, part -> part.length);

        Joined(String name, byte[] head, byte[] separator, byte[] tail, java.util.function.Function<Plan, byte[]> now) {
            this.name = name;
            this.head = head;
            this.separator = separator;
            this.tail = tail;
            this.now = now;
        }

        private byte[] part(Plan p) {
            return parts.get(p.id(), () -> earlierPart(planFile(p, name), head, tail).orElseGet(() -> now.apply(p)));
        }

        Job site() {
            return new Job("data/" + name, () -> concat(head, graph.content().plans().stream().map(this::part).toList(),
                    separator, tail));
        }

        Job plan(Plan p, Shows shows) {
            return new Job(planFile(p, name), () -> concat(head, List.of(part(p)), separator, tail), shows);
        }
    }

    /** Column names in the site's language, by their messages' keys. */
    private List<String> headers(String... keys) {
        return java.util.Arrays.stream(keys).map(messages::get).toList();
    }

    public List<Job> jobs() {
        List<Job> jobs = new ArrayList<>();
        jobs.add(new Job("data/index.json", this::index));
        jobs.add(new Job("data/plans.json", this::plansJson));
        jobs.add(new Job("data/units.json", this::unitsJson));
        jobs.add(new Job("data/units.csv", this::unitsCsv));
        List<Joined> joined = List.of(tasksJson, tasksCsv, updatesCsv, changesCsv);
        joined.forEach(j -> jobs.add(j.site()));
        for (Plan p : graph.content().plans()) {
            Shows shows = Shows.of(Set.of(p.id()), () -> graph.tasks(p.id()));
            jobs.add(tasksJson.plan(p, shows));
            jobs.add(tasksCsv.plan(p, shows));
            jobs.add(updatesCsv.plan(p, shows));
            // Rows name each task as it is now, and the plan's withdrawn tasks too, whose records only the list of
            // its records (ListPages) follows.
            jobs.add(changesCsv.plan(p, Shows.ofPage(ListPages.planChanges(p.id()), 1, () -> graph.tasks(p.id()))));
        }
        return jobs;
    }

    private static String planFile(Plan p, String name) {
        return "data/plans/" + p.id() + "/" + name;
    }

    /** A plan's part of a site file, from the plan's own file when this build keeps it: the part between head and tail. */
    private java.util.Optional<byte[]> earlierPart(String path, byte[] head, byte[] tail) {
        return earlier.kept(path).filter(b -> b.length >= head.length + tail.length
                && java.util.Arrays.equals(b, 0, head.length, head, 0, head.length)
                && java.util.Arrays.equals(b, b.length - tail.length, b.length, tail, 0, tail.length))
                .map(b -> java.util.Arrays.copyOfRange(b, head.length, b.length - tail.length));
    }

    /** head, then the non-empty parts with separator between them, then tail. */
    private static byte[] concat(byte[] head, List<byte[]> parts, byte[] separator, byte[] tail) {
        // Made in place, not copied out of a growing buffer: at 100k tasks the site's tasks.json is 190 MB.
        int size = head.length + tail.length;
        int count = 0;
        for (byte[] part : parts) {
            if (part.length > 0) {
                size += part.length;
                count++;
            }
        }
        size += Math.max(0, count - 1) * separator.length;
        byte[] out = new byte[size];
        System.arraycopy(head, 0, out, 0, head.length);
        int at = head.length;
        boolean first = true;
        for (byte[] part : parts) {
            if (part.length == 0) {
                continue;
            }
            if (!first) {
                System.arraycopy(separator, 0, out, at, separator.length);
                at += separator.length;
            }
            System.arraycopy(part, 0, out, at, part.length);
            at += part.length;
            first = false;
        }
        System.arraycopy(tail, 0, out, at, tail.length);
        return out;
    }

    private static byte[] utf8(Json j) {
        return (j.toString() + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private byte[] index() {
        Json j = new Json(1024).beginObject()
                .field("site", graph.config().title())
                .field("as_of", graph.asOf().toString())
                .field("base_url", graph.config().baseUrl())
                .name("statuses").beginObject();
        for (Status s : Status.values()) {
            j.field(s.id(), graph.config().label(s));
        }
        j.endObject().name("files").beginArray();
        for (String f : List.of("plans.json", "units.json", "units.csv", "tasks.json", "tasks.csv", "updates.csv",
                "changes.csv")) {
            j.value("data/" + f);
        }
        for (Plan p : graph.content().plans()) {
            j.value(planFile(p, "tasks.json")).value(planFile(p, "tasks.csv")).value(planFile(p, "updates.csv"))
                    .value(planFile(p, "changes.csv"));
        }
        return utf8(j.endArray().endObject());
    }

    private void summary(Json j, Summary s) {
        j.name("summary").beginObject().field("total", s.total()).field("overdue", s.overdue())
                .field("completed_percent", s.completedPercent()).name("by_status").beginObject();
        for (Status st : Status.values()) {
            j.field(st.id(), s.count(st));
        }
        j.endObject().endObject();
    }

    private byte[] plansJson() {
        Json j = new Json(4096).beginArray();
        for (Plan p : graph.content().plans()) {
            j.beginObject().field("id", p.id()).field("title", p.title()).field("year", p.year())
                    .field("issuer", p.issuerId()).field("jurisdiction", p.jurisdictionId())
                    .field("doc_number", p.docNumber()).field("issued", p.issued() == null ? null : p.issued().toString())
                    .field("source", p.source()).field("url", graph.config().baseUrl() + Urls.plan(p.id()));
            summary(j, graph.planSummary(p.id()));
            j.endObject();
        }
        return utf8(j.endArray());
    }

    private byte[] unitsJson() {
        Json j = new Json(4096).beginArray();
        for (Unit u : graph.content().units()) {
            j.beginObject().field("id", u.id()).field("name", u.name()).field("short", u.shortName())
                    .strings("aliases", u.aliases()).field("kind", u.kind().id()).field("parent", u.parentId())
                    .strings("members", u.memberIds()).field("url", graph.config().baseUrl() + Urls.unit(u.id()));
            summary(j, graph.unitSummary(u.id()));
            j.endObject();
        }
        return utf8(j.endArray());
    }

    private byte[] unitsCsv() {
        Csv c = new Csv().row(headers("data.unit-id", "data.name", "data.short", "data.aliases", "data.kind",
                "data.parent-unit-id", "data.member-ids", "data.tasks", "data.completed", "data.overdue-count"));
        String separator = messages.get("data.separator");
        for (Unit u : graph.content().units()) {
            Summary s = graph.unitSummary(u.id());
            c.row(List.of(u.id(), u.name(), u.shortName(), String.join(separator, u.aliases()), u.kind().id(),
                    u.parentId() == null ? "" : u.parentId(), String.join(separator, u.memberIds()),
                    Integer.toString(s.total()), Integer.toString(s.completed()), Integer.toString(s.overdue())));
        }
        return c.bytes();
    }

    /** A plan's tasks as JSON objects separated by commas, without the brackets. */
    private byte[] planTasksJsonNow(Plan p) {
        List<Task> tasks = graph.tasks(p.id());
        Json j = new Json(tasks.size() * 1024 + 16);
        for (Task t : tasks) {
            j.beginObject().field("plan", t.planId()).field("id", t.id()).field("number", views.number(t))
                    .field("title", t.title()).field("section", t.sectionId()).field("parent", t.parentId());
            for (Role r : Role.values()) {
                j.strings(r.id(), t.unitIds(r));
            }
            j.field("units_text", t.unitsText())
                    .field("deadline", t.deadline().date() == null ? (t.deadline().ongoing() ? "ongoing" : null)
                            : t.deadline().date().toString())
                    .field("deadline_text", t.deadline().text()).field("remarks", t.remarks())
                    .field("status", t.status().id()).field("overdue", graph.isOverdue(t))
                    .field("requirement", t.body())
                    .field("url", graph.config().baseUrl() + Urls.task(t.planId(), t.id()))
                    .name("updates").beginArray();
            for (Update u : t.updates()) {
                j.beginObject().field("date", u.date().toString()).field("status", u.status().id())
                        .strings("by", u.byUnitIds()).field("text", u.text()).name("links").beginArray();
                for (Link l : u.links()) {
                    j.beginObject().field("title", l.title()).field("url", l.url()).endObject();
                }
                j.endArray().endObject();
            }
            j.endArray().endObject();
        }
        return j.toString().getBytes(StandardCharsets.UTF_8);
    }

    private String names(List<String> unitIds) {
        return String.join(messages.get("data.separator"), unitIds.stream().map(id -> graph.unit(id).name()).toList());
    }

    /** A plan's rows of tasks.csv, without byte order mark and header. */
    private byte[] planTasksCsvNow(Plan p) {
        Csv c = new Csv();
        for (Task t : graph.tasks(p.id())) {
            c.row(List.of(t.planId(), t.id(), views.number(t), t.title(), t.parentId() == null ? "" : t.parentId(),
                    names(t.unitIds(Role.LEAD)), names(t.unitIds(Role.RESPONSIBLE)), names(t.unitIds(Role.SUPPORT)),
                    views.deadline(t.deadline()), graph.config().label(t.status()), messages.get(graph.isOverdue(t) ? "data.overdue-yes" : "data.overdue-no"),
                    t.remarks(), t.body(), graph.config().baseUrl() + Urls.task(t.planId(), t.id())));
        }
        return c.text().getBytes(StandardCharsets.UTF_8);
    }

    /** A plan's rows of updates.csv, without byte order mark and header: each report of each task. */
    private byte[] planUpdatesCsvNow(Plan p) {
        Csv c = new Csv();
        for (Task t : graph.tasks(p.id())) {
            for (Update u : t.updates()) {
                c.row(List.of(t.planId(), t.id(), views.number(t), t.title(), u.date().toString(),
                        graph.config().label(u.status()), names(u.byUnitIds()), u.text(),
                        String.join(" ", u.links().stream().map(Link::url).toList())));
            }
        }
        return c.text().getBytes(StandardCharsets.UTF_8);
    }

    /** A plan's changes, its withdrawn tasks' too, first publications included, newest commit first. */
    private List<ChangeEntry> planChanges(Plan p) {
        List<ChangeEntry> all = new ArrayList<>();
        for (TaskHistory h : graph.histories(p.id())) {
            h.changes().forEach(c -> all.add(new ChangeEntry(h, c)));
        }
        all.sort(java.util.Comparator.comparingInt((ChangeEntry e) -> -e.change().order()));
        return all;
    }

    /**
     * A plan's rows of changes.csv, without byte order mark and header: the change record as a table, a row per
     * changed field (one for a first publication, a removal or a restoration), with the value before and after as
     * the pages print them, and the commit it came from.
     */
    private byte[] planChangesCsvNow(Plan p) {
        Csv c = new Csv();
        for (ChangeEntry e : planChanges(p)) {
            TaskHistory h = e.task();
            Change ch = e.change();
            Task now = graph.task(h.planId(), h.taskId());
            String url = now == null ? "" : graph.config().baseUrl() + Urls.task(h.planId(), h.taskId()) + "#"
                    + ViewFactory.changeAnchor(ch);
            String kind = messages.get(switch (ch.kind()) {
                case FIRST -> ch.afterPlan() ? "changes.added" : "changes.first";
                case EDITED -> "data.change-edited";
                case REMOVED -> "changes.removed";
                case RESTORED -> "changes.restored";
            });
            List<String> head = List.of(ch.date().toString(), ch.commit(), h.planId(), h.taskId(),
                    now == null ? h.number() : views.number(now), now == null ? h.title() : now.title(), kind);
            List<String> tail = List.of(ch.message(), url);
            if (ch.fields().isEmpty()) {
                c.row(join(head, List.of("", "", ""), tail));
            }
            for (FieldChange f : ch.fields()) {
                c.row(join(head, field(f), tail));
            }
        }
        return c.text().getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> join(List<String> a, List<String> b, List<String> c) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        all.addAll(c);
        return all;
    }

    /** A changed field's name, value before and value after, as the pages print them. */
    private List<String> field(FieldChange f) {
        if (f instanceof FieldChange.TextChanged t) {
            return List.of(messages.get("changes.field." + t.field().id()), t.before(), t.after());
        }
        if (f instanceof FieldChange.UnitsChanged u) {
            return List.of(messages.get("role." + u.role().id()), unitNames(u.removed()), unitNames(u.added()));
        }
        if (f instanceof FieldChange.DeadlineChanged d) {
            return List.of(messages.get("changes.field.deadline"), views.fullDeadline(d.before()), views.fullDeadline(d.after()));
        }
        if (f instanceof FieldChange.StatusChanged st) {
            return List.of(messages.get("changes.field.status"), st.before() == null ? "" : graph.config().label(st.before()),
                    st.after() == null ? "" : graph.config().label(st.after()));
        }
        FieldChange.UpdateChanged u = (FieldChange.UpdateChanged) f;
        String report = u.date() + " " + graph.config().label(u.status());
        return List.of(messages.get("changes.field.update"),
                u.kind() == FieldChange.UpdateChanged.Kind.ADDED ? "" : u.date().toString(),
                u.kind() == FieldChange.UpdateChanged.Kind.REMOVED ? "" : report);
    }

    /** Units by name; one the registry no longer knows by the name it was written with. */
    private String unitNames(List<String> ids) {
        return String.join(messages.get("data.separator"), ids.stream()
                .map(id -> id.startsWith("?") ? id.substring(1) : graph.unit(id) == null ? id : graph.unit(id).name()).toList());
    }
}
