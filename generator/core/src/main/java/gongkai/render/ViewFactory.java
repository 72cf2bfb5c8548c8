package gongkai.render;

import gongkai.graph.Assignment;
import gongkai.graph.ChangeEntry;
import gongkai.graph.SiteGraph;
import gongkai.graph.Summary;
import gongkai.graph.UpdateEntry;
import gongkai.markup.Markdown;
import gongkai.markup.TextDiff;
import gongkai.model.Change;
import gongkai.model.Deadline;
import gongkai.model.FieldChange;
import gongkai.model.Messages;
import gongkai.model.Plan;
import gongkai.model.Role;
import gongkai.model.Section;
import gongkai.model.Status;
import gongkai.model.Task;
import gongkai.model.TaskHistory;
import gongkai.model.Unit;
import gongkai.model.Update;
import gongkai.render.view.Views;
import java.util.ArrayList;
import java.util.List;

/** Pure functions from the site graph to the records templates print. */
public final class ViewFactory {

    /** Units of one role a table row names; the task page names them all. Real tasks name up to about 20. */
    static final int ROW_UNITS = 8;

    private final SiteGraph graph;
    private final Messages messages;
    private final Dates dates;
    private final Markdown markdown = new Markdown();
    // A task's row is built for its plan's page, each unit page that lists it and its status page: once is enough.
    private final Kept<RowKey, Views.TaskRow> rows = new Kept<>(1.0 / 64, row -> 600);

    /** A task by identity and the group it came through. */
    private record RowKey(Task task, String via) {
        @Override
        public boolean equals(Object o) {
            return o instanceof RowKey k && k.task == task && java.util.Objects.equals(k.via, via);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(task) * 31 + (via == null ? 0 : via.hashCode());
        }
    }

    public ViewFactory(SiteGraph graph) {
        this.graph = graph;
        this.messages = graph.config().messages();
        this.dates = new Dates(messages);
    }

    /** A date as the site's language writes it; "" for none. */
    public String date(java.time.LocalDate d) {
        return dates.format(d);
    }

    /** A section's number as the site's language prints it before its title. */
    public String sectionLabel(Section s) {
        return SectionLabels.label(messages, s.depth(), s.number());
    }

    /** Content Markdown as safe HTML: rendered when a page needs it, so the model holds text only. */
    public String html(String markdownText) {
        return markdown.toHtml(markdownText);
    }

    public Views.StatusView status(Status s) {
        return new Views.StatusView(s.id(), graph.config().label(s));
    }

    public Views.Ref unit(String unitId) {
        Unit u = graph.unit(unitId);
        return new Views.Ref(u.id(), u.name(), Urls.unit(u.id()));
    }

    public Views.Ref plan(Plan p) {
        return new Views.Ref(p.id(), p.title(), Urls.plan(p.id()));
    }

    public List<Views.Ref> units(List<String> ids) {
        return ids.stream().map(this::unit).toList();
    }

    /** The number as printed: 3, or 1（2） for a sub-item of task 1. */
    public String number(Task t) {
        if (t.parentId() == null) {
            return t.number();
        }
        Task parent = graph.task(t.planId(), t.parentId());
        return (parent == null ? "" : number(parent)) + t.number();
    }

    public String deadline(Deadline d) {
        if (!d.text().isEmpty()) {
            return d.text();
        }
        if (d.ongoing()) {
            return messages.get("deadline.ongoing");
        }
        return dates.format(d.date());
    }

    public Views.TaskRow row(Task t) {
        return row(t, null, null);
    }

    /** A row depends on its task and via group only: RowRenderer keeps one rendering per such pair. */
    public Views.TaskRow row(Task t, Role role, String viaGroupId) {
        return rows.get(new RowKey(t, viaGroupId), () -> newRow(t, viaGroupId));
    }

    private Views.TaskRow newRow(Task t, String viaGroupId) {
        List<Task> kids = graph.children(t);
        int done = (int) kids.stream().filter(k -> k.status() == Status.COMPLETED).count();
        List<Views.Ref> lead = units(t.unitIds(Role.LEAD));
        List<Views.Ref> responsible = units(t.unitIds(Role.RESPONSIBLE));
        List<Views.Ref> support = units(t.unitIds(Role.SUPPORT));
        return new Views.TaskRow(t.id(), Urls.task(t.planId(), t.id()), number(t), t.title(),
                plan(graph.plan(t.planId())), lead, responsible, support, deadline(t.deadline()), status(t.status()),
                graph.isOverdue(t), kids.size(), done, viaGroupId == null ? null : unit(viaGroupId),
                inRow(lead), inRow(responsible), inRow(support), t.parentId() != null, latest(t),
                graph.postponements(t));
    }

    /** Characters of a report a table row shows: about a line on a phone. */
    static final int LATEST_CHARS = 40;

    /** The task's latest report as a row shows it, or null when there is none. */
    public Views.Latest latest(Task t) {
        UpdateEntry e = graph.latestReport(t);
        if (e == null) {
            return null;
        }
        Update u = e.update();
        return new Views.Latest(Dates.iso(u.date()), dates.format(u.date()), markdown.firstLine(u.text(), LATEST_CHARS),
                Urls.task(e.task().planId(), e.task().id()) + "#" + updateAnchor(u));
    }

    /**
     * The units a row names for a role. A row appears on the page of every unit it names, so naming all of them
     * made the site grow with the square of a task's units: 10,000 units on one task made 6.7 GB.
     */
    private static Views.RowUnits inRow(List<Views.Ref> units) {
        // Nine are named in full: a link in place of the ninth name would save nothing.
        int shown = units.size() <= ROW_UNITS + 1 ? units.size() : ROW_UNITS;
        return new Views.RowUnits(units.subList(0, shown), units.subList(shown, units.size()));
    }

    public List<Views.TaskRow> rows(List<Task> tasks) {
        return tasks.stream().map(this::row).toList();
    }

    public Views.SummaryView summary(Summary s) {
        List<Views.Segment> segments = new ArrayList<>();
        int before = 0;
        for (Status st : Status.values()) {
            int n = s.count(st);
            if (n > 0) {
                segments.add(new Views.Segment(st.id(), graph.config().label(st), n, percent(before, s.total()),
                        percent(n, s.total())));
                before += n;
            }
        }
        return new Views.SummaryView(s.total(), s.completed(), s.completedPercent(), s.overdue(), segments);
    }

    private static String percent(int part, int total) {
        return total == 0 ? "0" : java.math.BigDecimal.valueOf(part * 100L)
                .divide(java.math.BigDecimal.valueOf(total), 2, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }

    public static String updateAnchor(Update u) {
        return "u-" + u.date() + "-" + u.ordinal();
    }

    public Views.UpdateView update(Update u) {
        return new Views.UpdateView(updateAnchor(u), Dates.iso(u.date()), dates.format(u.date()), status(u.status()),
                units(u.byUnitIds()), markdown.toHtml(u.text()),
                u.links().stream().map(l -> new Views.LinkView(l.title(), l.url())).toList());
    }

    public Views.UpdateItem updateItem(UpdateEntry e) {
        Task t = e.task();
        return new Views.UpdateItem(Urls.task(t.planId(), t.id()), t.title(), number(t), t.parentId() != null,
                plan(graph.plan(t.planId())),
                update(e.update()));
    }

    /** Characters of unchanged text shown on each side of a change in a text difference. */
    static final int DIFF_CONTEXT = 30;
    /** Texts up to this long are shown whole, before and after; longer ones, and the requirement, as a difference. */
    static final int SHORT_TEXT = 60;

    /** The anchor of a change on its task's page. */
    public static String changeAnchor(Change c) {
        return "change-" + c.commit().substring(0, Math.min(12, c.commit().length()));
    }

    /** A change as a task page and the list of changes print it. */
    public Views.ChangeView change(TaskHistory h, Change c) {
        Task current = graph.task(h.planId(), h.taskId());
        List<Views.FieldView> fields = new ArrayList<>();
        for (FieldChange f : c.fields()) {
            if (f instanceof FieldChange.UnitsChanged u) {
                // Units added and units removed are two statements, each a line of its own.
                if (!u.added().isEmpty()) {
                    fields.add(fieldView("units", u.role().id(), "", "", List.of(), unitsNamed(u.added()), List.of(),
                            false, null, null, "", null, null));
                }
                if (!u.removed().isEmpty()) {
                    fields.add(fieldView("units", u.role().id(), "", "", List.of(), List.of(), unitsNamed(u.removed()),
                            false, null, null, "", null, null));
                }
            } else {
                fields.add(field(h, current, f));
            }
        }
        return new Views.ChangeView(changeAnchor(c), Dates.iso(c.date()), dates.format(c.date()), c.message(),
                c.kind().name().toLowerCase(java.util.Locale.ROOT), c.afterPlan(), fields);
    }

    /** An item of the site's list of changes: named as the task is now, or as it last was when it is gone. */
    public Views.ChangeItem changeItem(ChangeEntry e) {
        TaskHistory h = e.task();
        Task current = graph.task(h.planId(), h.taskId());
        Plan p = graph.plan(h.planId());
        String anchor = changeAnchor(e.change()) + "-" + h.planId() + "-" + h.taskId();
        if (current != null) {
            return new Views.ChangeItem(anchor, change(h, e.change()), number(current), current.title(),
                    current.parentId() != null, Urls.task(h.planId(), h.taskId()), plan(p));
        }
        return new Views.ChangeItem(anchor, change(h, e.change()), h.number(), h.title(), h.parentId() != null, null,
                plan(p));
    }

    private Views.FieldView field(TaskHistory h, Task current, FieldChange f) {
        if (f instanceof FieldChange.TextChanged t) {
            String before = fieldText(h, t.field(), t.before());
            String after = fieldText(h, t.field(), t.after());
            if (t.field() == FieldChange.Field.REQUIREMENT || longText(before) || longText(after)) {
                List<Views.DiffPart> parts = TextDiff.shortened(TextDiff.of(before, after), DIFF_CONTEXT).stream()
                        .map(d -> new Views.DiffPart(d.kind().name().toLowerCase(java.util.Locale.ROOT), d.text(), d.elided()))
                        .toList();
                return fieldView("diff", t.field().id(), "", "", parts, List.of(), List.of(), false, null, null, "", null, null);
            }
            return fieldView("text", t.field().id(), before, after, List.of(), List.of(), List.of(), false, null, null, "",
                    null, null);
        }
        if (f instanceof FieldChange.DeadlineChanged d) {
            return fieldView("deadline", "deadline", fullDeadline(d.before()), fullDeadline(d.after()), List.of(), List.of(),
                    List.of(), d.postponed(), null, null, "", null, null);
        }
        if (f instanceof FieldChange.StatusChanged s) {
            return fieldView("status", "status", "", "", List.of(), List.of(), List.of(), false,
                    s.before() == null ? null : status(s.before()), s.after() == null ? null : status(s.after()), "", null, null);
        }
        FieldChange.UpdateChanged u = (FieldChange.UpdateChanged) f;
        String url = null;
        if (current != null && u.kind() != FieldChange.UpdateChanged.Kind.REMOVED) {
            for (Update now : current.updates()) {
                if (now.date().equals(u.date()) && now.ordinal() == u.ordinal()) {
                    url = Urls.task(current.planId(), current.id()) + "#" + updateAnchor(now);
                }
            }
        }
        return fieldView("update", "update", "", "", List.of(), List.of(), List.of(), false, null, status(u.status()),
                u.kind().name().toLowerCase(java.util.Locale.ROOT), u.date(), url);
    }

    private Views.FieldView fieldView(String kind, String field, String before, String after, List<Views.DiffPart> parts,
            List<Views.Ref> added, List<Views.Ref> removed, boolean postponed, Views.StatusView statusBefore,
            Views.StatusView statusAfter, String update, java.time.LocalDate date, String url) {
        return new Views.FieldView(kind, field, before, after, parts, added, removed, postponed, statusBefore, statusAfter,
                update, Dates.iso(date), dates.format(date), url);
    }

    private static boolean longText(String s) {
        return s.indexOf('\n') >= 0 || s.codePointCount(0, s.length()) > SHORT_TEXT;
    }

    /** A field's value as printed: a section by its number and title in the plan as it is now. */
    private String fieldText(TaskHistory h, FieldChange.Field field, String value) {
        if (field == FieldChange.Field.SECTION && !value.isEmpty()) {
            Section s = sectionOf(graph.plan(h.planId()).sections(), value);
            return s == null ? value : sectionLabel(s) + s.title();
        }
        return value;
    }

    private static Section sectionOf(List<Section> sections, String id) {
        for (Section s : sections) {
            if (s.id().equals(id)) {
                return s;
            }
            Section inner = sectionOf(s.children(), id);
            if (inner != null) {
                return inner;
            }
        }
        return null;
    }

    /** Units by id, and by name ("?" and the name) where the registry does not know them: no page to link to. */
    private List<Views.Ref> unitsNamed(List<String> ids) {
        return ids.stream().map(id -> id.startsWith("?") || graph.unit(id) == null
                ? new Views.Ref("", id.startsWith("?") ? id.substring(1) : id, null) : unit(id)).toList();
    }

    /** A deadline in full: its wording and its date, as the task page gives it; "" for none. */
    String fullDeadline(Deadline d) {
        if (d.date() != null && !d.text().isEmpty()) {
            return messages.format("task.deadline-date", java.util.Map.of("deadline", d.text(), "date", dates.format(d.date())));
        }
        return d.isSet() ? deadline(d) : "";
    }

    /** Assignments split by role, in role order. */
    public List<Views.RoleGroup> roleGroups(List<Assignment> assignments) {
        List<Views.RoleGroup> out = new ArrayList<>();
        for (Role role : Role.values()) {
            List<Views.TaskRow> rows = new ArrayList<>();
            for (Assignment a : assignments) {
                if (a.role() == role) {
                    rows.add(row(a.task(), role, a.viaGroupId()));
                }
            }
            if (!rows.isEmpty()) {
                out.add(new Views.RoleGroup(role.id(), rows));
            }
        }
        return out;
    }
}
