package gongkai.render;

import gongkai.graph.Assignment;
import gongkai.graph.SiteGraph;
import gongkai.graph.Summary;
import gongkai.graph.UpdateEntry;
import gongkai.markup.Markdown;
import gongkai.model.Deadline;
import gongkai.model.Messages;
import gongkai.model.Plan;
import gongkai.model.Role;
import gongkai.model.Section;
import gongkai.model.Status;
import gongkai.model.Task;
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
                inRow(lead), inRow(responsible), inRow(support), t.parentId() != null);
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
