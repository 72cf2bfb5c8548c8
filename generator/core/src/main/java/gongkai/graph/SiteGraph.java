package gongkai.graph;

import gongkai.model.Content;
import gongkai.model.Plan;
import gongkai.model.Responsibility;
import gongkai.model.Role;
import gongkai.model.SiteConfig;
import gongkai.model.Status;
import gongkai.model.Task;
import gongkai.model.Unit;
import gongkai.model.Update;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The immutable model plus every index the pages need, built once so that no page scans all tasks.
 * "Top-level" tasks are those without a parent: plan, home and status summaries count them; sub-items
 * appear under their task and on the pages of the units they name.
 */
public final class SiteGraph {


    private final SiteConfig config;
    private final LocalDate asOf;
    private final Content content;
    private final Map<String, Unit> units = new LinkedHashMap<>();
    private final Map<String, Plan> plans = new LinkedHashMap<>();
    private final Map<String, Task> tasks = new HashMap<>();
    private final Map<String, List<Task>> tasksByPlan = new HashMap<>();
    private final Map<String, List<Task>> topTasksByPlan = new HashMap<>();
    private final Map<String, List<Task>> children = new HashMap<>();
    private final Map<Status, List<Task>> topByStatus = new EnumMap<>(Status.class);
    private final List<Task> overdue = new ArrayList<>();
    private final List<Task> topTasks = new ArrayList<>();
    private final Map<String, List<Assignment>> assignments = new HashMap<>();
    private final Map<String, List<String>> groupsOf = new HashMap<>();
    private final List<UpdateEntry> updates = new ArrayList<>();
    private final Map<String, List<UpdateEntry>> updatesByPlan = new HashMap<>();
    private final Map<String, List<UpdateEntry>> updatesByUnit = new HashMap<>();
    private final Map<String, Summary> planSummaries = new HashMap<>();
    private final Map<String, Summary> unitSummaries = new HashMap<>();
    private final Map<String, List<Task>> tasksByUnit = new HashMap<>();
    private final Summary siteSummary;

    public SiteGraph(SiteConfig config, Content content, LocalDate asOf) {
        this.config = config;
        this.asOf = asOf;
        this.content = content;
        Map<Task, Set<String>> unitsByTask = new java.util.IdentityHashMap<>();
        content.units().forEach(u -> units.put(u.id(), u));
        content.plans().forEach(p -> plans.put(p.id(), p));
        for (Status s : Status.values()) {
            topByStatus.put(s, new ArrayList<>());
        }
        for (Unit u : content.units()) {
            for (String m : u.memberIds()) {
                groupsOf.computeIfAbsent(m, k -> new ArrayList<>()).add(u.id());
            }
        }
        List<Keyed> keyed = new ArrayList<>();
        for (int position = 0; position < content.tasks().size(); position++) {
            Task t = content.tasks().get(position);
            tasks.put(t.key(), t);
            tasksByPlan.computeIfAbsent(t.planId(), k -> new ArrayList<>()).add(t);
            if (t.parentId() == null) {
                topTasks.add(t);
                topTasksByPlan.computeIfAbsent(t.planId(), k -> new ArrayList<>()).add(t);
                topByStatus.get(t.status()).add(t);
                if (AsOf.isOverdue(t, asOf)) {
                    overdue.add(t);
                }
            } else {
                children.computeIfAbsent(t.planId() + "/" + t.parentId(), k -> new ArrayList<>()).add(t);
            }
            Set<String> unitsOfTask = new HashSet<>();
            for (Responsibility r : t.responsibilities()) {
                assign(r.unitId(), new Assignment(t, r.role(), null), unitsOfTask);
                for (String member : units.get(r.unitId()).memberIds()) {
                    assign(member, new Assignment(t, r.role(), r.unitId()), unitsOfTask);
                }
            }
            for (Update u : t.updates()) {
                keyed.add(new Keyed(newestFirst(u, position), new UpdateEntry(t, u)));
            }
            unitsByTask.put(t, unitsOfTask);
        }
        // Role order (lead, responsible, support), stable within a role, so a unit's paged list keeps its roles together.
        assignments.values().forEach(SiteGraph::byRole);
        // One sort of all updates; the per-plan and per-unit lists are filled in that order, so they are sorted too.
        keyed.sort(Comparator.comparingLong(Keyed::key));
        keyed.forEach(k -> updates.add(k.entry()));
        for (UpdateEntry e : updates) {
            updatesByPlan.computeIfAbsent(e.task().planId(), k -> new ArrayList<>()).add(e);
            for (String unitId : unitsByTask.get(e.task())) {
                updatesByUnit.computeIfAbsent(unitId, k -> new ArrayList<>()).add(e);
            }
        }
        for (Plan p : content.plans()) {
            planSummaries.put(p.id(), Summary.of(topTasks(p.id()), asOf));
        }
        for (Unit u : content.units()) {
            List<Task> owed = distinctTasks(assignments(u.id()));
            tasksByUnit.put(u.id(), owed);
            unitSummaries.put(u.id(), Summary.of(owed, asOf));
        }
        siteSummary = Summary.of(topTasks, asOf);
    }

    private record Keyed(long key, UpdateEntry entry) {
    }

    /**
     * Newest first; on one day, in the order of the content (plans, then tasks), the later report of a day first. The order is
     * packed into one number per update so that sorting tens of thousands of them stays cheap.
     */
    private static long newestFirst(Update u, int position) {
        long day = (1L << 22) - 1 - Math.min((1L << 22) - 1, Math.max(0, u.date().toEpochDay()));
        return (day << 40) | ((long) position << 12) | (4095 - Math.min(4095, u.ordinal()));
    }

    /** A stable partition by role: the same order a stable sort by role gives, without comparisons. */
    private static void byRole(List<Assignment> list) {
        List<Assignment> sorted = new ArrayList<>(list.size());
        for (Role role : Role.values()) {
            for (Assignment a : list) {
                if (a.role() == role) {
                    sorted.add(a);
                }
            }
        }
        for (int i = 0; i < sorted.size(); i++) {
            list.set(i, sorted.get(i));
        }
    }

    private static List<Task> distinctTasks(List<Assignment> assignments) {
        List<Task> out = new ArrayList<>();
        Set<Task> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Assignment a : assignments) {
            if (seen.add(a.task())) {
                out.add(a.task());
            }
        }
        return Collections.unmodifiableList(out);
    }

    private void assign(String unitId, Assignment a, Set<String> unitsOfTask) {
        List<Assignment> list = assignments.computeIfAbsent(unitId, k -> new ArrayList<>());
        unitsOfTask.add(unitId);
        // A unit named twice in one role of a task (directly and via a group) keeps the direct mention.
        // Tasks are assigned one after another, so only the tail of the list can hold this task.
        for (int i = list.size() - 1; i >= 0 && list.get(i).task() == a.task(); i--) {
            Assignment x = list.get(i);
            if (x.task() == a.task() && x.role() == a.role()) {
                if (x.viaGroupId() != null && a.viaGroupId() == null) {
                    list.set(i, a);
                }
                return;
            }
        }
        list.add(a);
    }

    public SiteConfig config() {
        return config;
    }

    public LocalDate asOf() {
        return asOf;
    }

    public Content content() {
        return content;
    }

    public Unit unit(String id) {
        return units.get(id);
    }

    public Plan plan(String id) {
        return plans.get(id);
    }

    public Task task(String planId, String taskId) {
        return tasks.get(planId + "/" + taskId);
    }

    public List<Task> tasks(String planId) {
        return tasksByPlan.getOrDefault(planId, List.of());
    }

    public List<Task> topTasks(String planId) {
        return topTasksByPlan.getOrDefault(planId, List.of());
    }

    public List<Task> topTasks() {
        return Collections.unmodifiableList(topTasks);
    }

    public List<Task> children(Task t) {
        return children.getOrDefault(t.key(), List.of());
    }

    public List<Task> byStatus(Status s) {
        return Collections.unmodifiableList(topByStatus.get(s));
    }

    public List<Task> overdue() {
        return Collections.unmodifiableList(overdue);
    }

    public boolean isOverdue(Task t) {
        return AsOf.isOverdue(t, asOf);
    }

    /** Every task a unit owes, directly or through its groups, in plan then task order. */
    public List<Assignment> assignments(String unitId) {
        return assignments.getOrDefault(unitId, List.of());
    }

    /** The distinct tasks behind assignments(unitId). */
    public List<Task> tasksOf(String unitId) {
        return tasksByUnit.getOrDefault(unitId, List.of());
    }

    public List<String> groupsOf(String unitId) {
        return groupsOf.getOrDefault(unitId, List.of());
    }

    public List<UpdateEntry> updates() {
        return Collections.unmodifiableList(updates);
    }

    public List<UpdateEntry> updatesOfPlan(String planId) {
        return updatesByPlan.getOrDefault(planId, List.of());
    }

    public List<UpdateEntry> updatesOfUnit(String unitId) {
        return updatesByUnit.getOrDefault(unitId, List.of());
    }

    public Summary summary() {
        return siteSummary;
    }

    public Summary planSummary(String planId) {
        return planSummaries.get(planId);
    }

    public Summary unitSummary(String unitId) {
        return unitSummaries.get(unitId);
    }

    /** When a task last changed: its file's last commit, else its latest update's date, else null. */
    public LocalDate lastChanged(Task t) {
        if (t.changed() != null) {
            return t.changed();
        }
        return t.updates().isEmpty() ? null : t.updates().get(t.updates().size() - 1).date();
    }
}
