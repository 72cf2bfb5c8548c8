package gongkai.serve;

import gongkai.graph.SiteGraph;
import gongkai.model.Plan;
import gongkai.model.Responsibility;
import gongkai.model.Task;
import gongkai.model.Unit;
import gongkai.render.Urls;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which output files an edit touches, from the model before and after it. Empty means everything: a change
 * to the configuration, the units or the as-of date reaches every page. Records compare by value, so an
 * unchanged task is equal to its earlier self.
 */
public final class Affected {

    private Affected() {
    }

    public static Optional<Set<String>> between(SiteGraph before, SiteGraph after) {
        if (!before.config().equals(after.config()) || !before.asOf().equals(after.asOf())
                || !before.content().units().equals(after.content().units())) {
            return Optional.empty();
        }
        Set<String> paths = new TreeSet<>();
        Map<String, Task> old = index(before);
        Map<String, Task> now = index(after);
        Set<String> keys = new LinkedHashSet<>(old.keySet());
        keys.addAll(now.keySet());
        Set<String> plans = new TreeSet<>();
        for (String key : keys) {
            Task a = old.get(key);
            Task b = now.get(key);
            if (Objects.equals(a, b)) {
                continue;
            }
            for (Task t : new Task[] {a, b}) {
                if (t == null) {
                    continue;
                }
                SiteGraph g = t == a ? before : after;
                touchTask(g, t, paths);
                plans.add(t.planId());
                paths.add(Urls.file(Urls.status(t.status().id())));
            }
        }
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
        if (paths.isEmpty() && plans.isEmpty()) {
            return Optional.of(Set.of());
        }
        for (String planId : plans) {
            paths.add(Urls.file(Urls.plan(planId)));
            paths.add(Urls.plan(planId) + "feed.xml");
            paths.add("data/plans/" + planId + "/tasks.json");
            paths.add("data/plans/" + planId + "/tasks.csv");
        }
        // Pages that summarise the whole site.
        for (String p : new String[] {"index.html", "plans/index.html", "units/index.html", "status/index.html",
            Urls.file(Urls.status(Urls.OVERDUE)), "feed.xml", "sitemap.xml", "data/index.json", "data/plans.json",
            "data/units.json", "data/units.csv", "data/tasks.json", "data/tasks.csv", "data/updates.csv"}) {
            paths.add(p);
        }
        return Optional.of(paths);
    }

    private static Map<String, Task> index(SiteGraph g) {
        Map<String, Task> m = new HashMap<>();
        g.content().tasks().forEach(t -> m.put(t.key(), t));
        return m;
    }

    /** A task's page, its parent's and children's (they print each other), and its units' pages and feeds. */
    private static void touchTask(SiteGraph g, Task t, Set<String> paths) {
        paths.add(Urls.file(Urls.task(t.planId(), t.id())));
        if (t.parentId() != null) {
            paths.add(Urls.file(Urls.task(t.planId(), t.parentId())));
        }
        for (Task child : g.children(t)) {
            paths.add(Urls.file(Urls.task(child.planId(), child.id())));
        }
        for (Responsibility r : t.responsibilities()) {
            touchUnit(g, r.unitId(), paths);
            Unit u = g.unit(r.unitId());
            if (u != null) {
                u.memberIds().forEach(m -> touchUnit(g, m, paths));
            }
        }
        t.updates().forEach(u -> u.byUnitIds().forEach(id -> touchUnit(g, id, paths)));
    }

    private static void touchUnit(SiteGraph g, String unitId, Set<String> paths) {
        paths.add(Urls.file(Urls.unit(unitId)));
        paths.add(Urls.unit(unitId) + "feed.xml");
    }
}
