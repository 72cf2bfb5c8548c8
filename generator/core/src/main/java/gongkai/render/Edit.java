package gongkai.render;

import gongkai.graph.SiteGraph;
import gongkai.model.Plan;
import gongkai.model.Task;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What an edit changed in the content, as the pages see it: plans whose own fields changed, and tasks that
 * changed, appeared or went, with their parents and sub-items (a row can show either). Records compare by
 * value, so an unchanged task equals its earlier self.
 */
public record Edit(Set<String> plans, Set<String> tasks, Map<String, Set<String>> taskIdsByPlan) {

    public Edit {
        plans = Set.copyOf(plans);
        tasks = Set.copyOf(tasks);
        taskIdsByPlan = Map.copyOf(taskIdsByPlan);
    }

    /** plans, and tasks by key (plan/id). */
    public Edit(Set<String> plans, Set<String> tasks) {
        this(plans, tasks, byPlan(tasks));
    }

    public boolean isEmpty() {
        return plans.isEmpty() && tasks.isEmpty();
    }

    /**
     * Whether the edit changed this task. Asked of every task every file shows, for every file of the site at
     * each save: one lookup by plan, which most tasks leave at once, and no key made.
     */
    public boolean touches(Task t) {
        Set<String> ids = taskIdsByPlan.get(t.planId());
        return ids != null && ids.contains(t.id());
    }

    private static Map<String, Set<String>> byPlan(Set<String> keys) {
        Map<String, Set<String>> out = new HashMap<>();
        for (String key : keys) {
            int slash = key.indexOf('/');
            out.computeIfAbsent(key.substring(0, slash), p -> new HashSet<>()).add(key.substring(slash + 1));
        }
        out.replaceAll((p, ids) -> Set.copyOf(ids));
        return out;
    }

    /**
     * The edit between two graphs; empty when it reaches every page: a change to the configuration, the units,
     * the as-of date, or the history (a new commit: every list of changes moves).
     */
    public static Optional<Edit> between(SiteGraph before, SiteGraph after) {
        if (!before.config().equals(after.config()) || !before.asOf().equals(after.asOf())
                || !before.content().units().equals(after.content().units())
                || before.content().history().source() != after.content().history().source()
                || !Objects.equals(before.content().history().head(), after.content().history().head())) {
            return Optional.empty();
        }
        Set<String> plans = new HashSet<>();
        for (Plan p : after.content().plans()) {
            if (!p.equals(before.plan(p.id()))) {
                plans.add(p.id());
            }
        }
        for (Plan p : before.content().plans()) {
            if (after.plan(p.id()) == null) {
                plans.add(p.id());
            }
        }
        Map<String, Task> old = index(before);
        Map<String, Task> now = index(after);
        Set<String> changed = new HashSet<>();
        for (Map.Entry<String, Task> e : now.entrySet()) {
            if (!Objects.equals(e.getValue(), old.get(e.getKey()))) {
                changed.add(e.getKey());
            }
        }
        for (String key : old.keySet()) {
            if (!now.containsKey(key)) {
                changed.add(key);
            }
        }
        Set<String> tasks = new HashSet<>(changed);
        for (String key : changed) {
            related(before, old.get(key), tasks);
            related(after, now.get(key), tasks);
        }
        // A plan's title and sections show in every row of its tasks, wherever the row is.
        for (String planId : plans) {
            before.tasks(planId).forEach(t -> tasks.add(t.key()));
            after.tasks(planId).forEach(t -> tasks.add(t.key()));
        }
        return Optional.of(new Edit(plans, tasks));
    }

    private static Map<String, Task> index(SiteGraph g) {
        Map<String, Task> m = new HashMap<>();
        g.content().tasks().forEach(t -> m.put(t.key(), t));
        return m;
    }

    private static void related(SiteGraph g, Task t, Set<String> into) {
        if (t == null) {
            return;
        }
        if (t.parentId() != null) {
            into.add(t.planId() + "/" + t.parentId());
        }
        g.children(t).forEach(c -> into.add(c.key()));
    }
}
