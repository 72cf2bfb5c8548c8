package gongkai.graph;

import gongkai.model.Change;
import gongkai.model.Content;
import gongkai.model.Plan;
import gongkai.model.Responsibility;
import gongkai.model.Role;
import gongkai.model.SiteConfig;
import gongkai.model.Status;
import gongkai.model.Task;
import gongkai.model.TaskHistory;
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
    private final Map<String, TaskHistory> histories = new HashMap<>();
    private final Map<String, List<TaskHistory>> historiesByPlan = new HashMap<>();
    private final List<ChangeEntry> changes = new ArrayList<>();
    /** For each unit with sub-units: the sub-units at every level below it, in the registry's order. */
    private final Map<String, List<Unit>> below = new HashMap<>();
    /** For each unit with sub-units: the distinct tasks it and every unit below it owe, in content order. */
    private final Map<String, List<Task>> placeTasks = new HashMap<>();
    private final Map<String, Summary> placeSummaries = new HashMap<>();
    private final Map<String, List<Plan>> plansOfPlace = new HashMap<>();

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
        // By plan, then role order (lead, responsible, support) within a plan: see byRole.
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
        for (TaskHistory h : content.history().tasks()) {
            histories.put(h.key(), h);
            historiesByPlan.computeIfAbsent(h.planId(), k -> new ArrayList<>()).add(h);
            for (Change c : h.changes()) {
                // A task's first publication belongs to its plan's, unless it was added to a plan already published.
                if (c.kind() != Change.Kind.FIRST || c.afterPlan()) {
                    changes.add(new ChangeEntry(h, c));
                }
            }
        }
        // Newest commit first; within a commit, in the order of plans and tasks (a stable sort keeps it).
        changes.sort(Comparator.comparingInt((ChangeEntry e) -> -e.change().order()));
        places(content);
    }

    /** Each unit with sub-units: the units below it, the tasks they owe together, and the plans it issued. */
    private void places(Content content) {
        Map<Task, Integer> position = new java.util.IdentityHashMap<>();
        for (int i = 0; i < content.tasks().size(); i++) {
            position.put(content.tasks().get(i), i);
        }
        for (Unit u : content.units()) {
            if (u.parentId() == null) {
                place(u, position);
            }
        }
        for (Plan p : content.plans()) {
            if (p.issuerId() != null) {
                plansOfPlace.computeIfAbsent(p.issuerId(), k -> new ArrayList<>()).add(p);
            }
            if (p.jurisdictionId() != null && !p.jurisdictionId().equals(p.issuerId())) {
                plansOfPlace.computeIfAbsent(p.jurisdictionId(), k -> new ArrayList<>()).add(p);
            }
        }
    }

    /** The tasks u and the units below it owe, filling below and placeTasks for u and the units under it. */
    private Set<Task> place(Unit u, Map<Task, Integer> position) {
        Set<Task> all = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        all.addAll(tasksOf(u.id()));
        if (u.childIds().isEmpty()) {
            return all;
        }
        List<Unit> under = new ArrayList<>();
        for (String c : u.childIds()) {
            Unit child = units.get(c);
            under.add(child);
            all.addAll(place(child, position));
            under.addAll(below.getOrDefault(c, List.of()));
        }
        below.put(u.id(), Collections.unmodifiableList(under));
        List<Task> ordered = new ArrayList<>(all);
        ordered.sort(Comparator.comparingInt(position::get));
        placeTasks.put(u.id(), Collections.unmodifiableList(ordered));
        placeSummaries.put(u.id(), Summary.of(ordered, asOf));
        return all;
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

    /**
     * Plan by plan (in the site's order of plans, as tasks were assigned), then by role within each plan, stable
     * within a role: a unit's paged list keeps a plan's tasks together, and its roles within it.
     */
    private static void byRole(List<Assignment> list) {
        List<Assignment> sorted = new ArrayList<>(list.size());
        int from = 0;
        while (from < list.size()) {
            String plan = list.get(from).task().planId();
            int to = from;
            while (to < list.size() && list.get(to).task().planId().equals(plan)) {
                to++;
            }
            for (Role role : Role.values()) {
                for (int i = from; i < to; i++) {
                    if (list.get(i).role() == role) {
                        sorted.add(list.get(i));
                    }
                }
            }
            from = to;
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

    /** The task's change record, or null when the history has none (no git history, or a file not committed). */
    public TaskHistory history(Task t) {
        return histories.get(t.key());
    }

    /** A plan's change records, its withdrawn tasks' too, in the record's order (empty without history). */
    public List<TaskHistory> histories(String planId) {
        return historiesByPlan.getOrDefault(planId, List.of());
    }

    /** Whether the change record was read: then a task without one has not been committed yet. */
    public boolean hasHistory() {
        return content.history().available();
    }

    /**
     * Every change to every published promise, newest first: the fields each commit changed, tasks added to a
     * published plan, tasks taken off. A task's first publication with its plan is on its own page only.
     */
    public List<ChangeEntry> changes() {
        return Collections.unmodifiableList(changes);
    }

    /** How many times the task's deadline was moved later or taken away (0 without history). */
    public int postponements(Task t) {
        TaskHistory h = histories.get(t.key());
        return h == null ? 0 : h.postponements();
    }

    /**
     * The task's latest progress report; for a task with sub-items and no report of its own, the latest of theirs.
     * Null when there is none.
     */
    public UpdateEntry latestReport(Task t) {
        if (!t.updates().isEmpty()) {
            return new UpdateEntry(t, t.updates().get(t.updates().size() - 1));
        }
        UpdateEntry latest = null;
        for (Task c : children(t)) {
            if (!c.updates().isEmpty()) {
                Update u = c.updates().get(c.updates().size() - 1);
                if (latest == null || u.date().isAfter(latest.update().date())) {
                    latest = new UpdateEntry(c, u);
                }
            }
        }
        return latest;
    }

    /** The units below a unit, at every level, in the registry's order; empty for a unit without sub-units. */
    public List<Unit> unitsBelow(String unitId) {
        return below.getOrDefault(unitId, List.of());
    }

    /** The distinct tasks a unit and every unit below it owe (only for a unit with sub-units; else empty). */
    public List<Task> placeTasks(String unitId) {
        return placeTasks.getOrDefault(unitId, List.of());
    }

    public Summary placeSummary(String unitId) {
        return placeSummaries.get(unitId);
    }

    /** The plans a unit issued or that are its jurisdiction's, in the site's order of plans. */
    public List<Plan> plansOf(String unitId) {
        return plansOfPlace.getOrDefault(unitId, List.of());
    }

    /**
     * When a task last changed: the date of the latest change in its record (a commit that changed none of its
     * fields is no change), else its latest update's date, else null.
     */
    public LocalDate lastChanged(Task t) {
        TaskHistory h = histories.get(t.key());
        if (h != null && !h.changes().isEmpty()) {
            return h.changes().get(h.changes().size() - 1).date();
        }
        return t.updates().isEmpty() ? null : t.updates().get(t.updates().size() - 1).date();
    }
}
