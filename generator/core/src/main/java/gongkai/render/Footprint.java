package gongkai.render;

import gongkai.graph.SiteGraph;
import gongkai.model.Plan;
import gongkai.model.Task;
import gongkai.model.ValueDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What an edit is measured by, small enough to keep between builds: each plan's and task's digest (ValueDigest of
 * the record; a task's with its change record), each plan's tasks, each task's parent, and a digest of the whole
 * change record, and of each page of the lists an edit reaches page by page (ListPages), by list. Two graphs give the
 * same Edit through their footprints as through their records (Edit.between).
 */
public record Footprint(String history, Map<String, String> plans, Map<String, List<String>> planTasks,
        Map<String, String> tasks, Map<String, String> parents, Map<String, List<String>> pages) {

    public Footprint {
        plans = Map.copyOf(plans);
        planTasks = Map.copyOf(planTasks);
        tasks = Map.copyOf(tasks);
        parents = Map.copyOf(parents);
        pages = Map.copyOf(pages);
    }

    /** The footprint of a graph; the tasks' digests are made in parallel. */
    public static Footprint of(SiteGraph graph) {
        Map<String, String> plans = new HashMap<>();
        Map<String, List<String>> planTasks = new HashMap<>();
        for (Plan p : graph.content().plans()) {
            plans.put(p.id(), ValueDigest.of(p));
            planTasks.put(p.id(), graph.tasks(p.id()).stream().map(Task::key).toList());
        }
        // Each change record digested once: for its task's digest, and for the whole record's.
        List<gongkai.model.TaskHistory> histories = graph.content().history().tasks();
        List<String> historyDigests = histories.parallelStream().map(h -> ValueDigest.of(h)).toList();
        Map<String, String> byKey = new HashMap<>();
        for (int i = 0; i < histories.size(); i++) {
            byKey.put(histories.get(i).key(), historyDigests.get(i));
        }
        Map<String, String> tasks = new java.util.concurrent.ConcurrentHashMap<>();
        graph.content().tasks().parallelStream().forEach(t -> tasks.put(t.key(), ValueDigest.of(t, byKey.get(t.key()))));
        Map<String, String> parents = new HashMap<>();
        for (Task t : graph.content().tasks()) {
            if (t.parentId() != null) {
                parents.put(t.key(), t.planId() + "/" + t.parentId());
            }
        }
        return new Footprint(ValueDigest.of(historyDigests), plans, planTasks, tasks, parents,
                ListPages.digests(graph, byKey));
    }

    /** The keys of the tasks whose parent is this one, in no particular order. */
    Map<String, List<String>> children() {
        Map<String, List<String>> children = new HashMap<>();
        parents.forEach((child, parent) -> children.computeIfAbsent(parent, p -> new ArrayList<>()).add(child));
        return children;
    }
}
