package gongkai.render;

import gongkai.graph.SiteGraph;
import gongkai.model.Plan;
import gongkai.model.Task;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What an edit changed in the content, as the pages see it: plans whose own fields changed, and tasks that
 * changed, appeared or went, with their parents and sub-items (a row can show either); a task's change record
 * (修改记录) counts as part of it. history: whether the change record changed at all (a commit that changed a
 * task file), which moves the newest changes; pages: by list (ListPages), the pages whose rows or place changed
 * (rows moved between pages, the list grew or shrank). Records compare by value, so an unchanged task equals its
 * earlier self.
 */
public record Edit(Set<String> plans, Set<String> tasks, boolean history, Map<String, Set<Integer>> pages,
        Map<String, Set<String>> taskIdsByPlan) {

    public Edit {
        plans = Set.copyOf(plans);
        tasks = Set.copyOf(tasks);
        pages = Map.copyOf(pages);
        taskIdsByPlan = Map.copyOf(taskIdsByPlan);
    }

    /** plans, tasks by key (plan/id), whether the change record changed and the pages of lists it moved. */
    public Edit(Set<String> plans, Set<String> tasks, boolean history, Map<String, Set<Integer>> pages) {
        this(plans, tasks, history, pages, byPlan(tasks));
    }

    /** plans and tasks by key (plan/id); the change record as it was. */
    public Edit(Set<String> plans, Set<String> tasks) {
        this(plans, tasks, false, Map.of());
    }

    /**
     * Whether page n of a list shows other rows now, or says otherwise of its list; page 0 of the list of changes is
     * its own page, which any change to the change record moves.
     */
    public boolean moves(String list, int page) {
        if (list.equals(ListPages.CHANGES) && page == 0) {
            return history;
        }
        Set<Integer> moved = pages.get(list);
        return moved != null && moved.contains(page);
    }

    public boolean isEmpty() {
        return plans.isEmpty() && tasks.isEmpty() && !history;
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
     * the as-of date, or whether there is a change record at all. A new commit is an edit of the tasks whose
     * record it changed, and of the lists of changes.
     */
    public static Optional<Edit> between(SiteGraph before, SiteGraph after) {
        return between(before, Snapshot.of(before), after, Snapshot.of(after));
    }

    /**
     * The same, with each graph's snapshot made already (serve keeps the snapshot of the graph it shows, which is
     * the graph before the next edit).
     */
    public static Optional<Edit> between(SiteGraph before, Snapshot beforeSnapshot, SiteGraph after,
            Snapshot afterSnapshot) {
        if (!before.config().equals(after.config()) || !before.asOf().equals(after.asOf())
                || !before.content().units().equals(after.content().units())
                || before.content().history().source() != after.content().history().source()) {
            return Optional.empty();
        }
        return Optional.of(between(beforeSnapshot.sideOf(before), afterSnapshot.sideOf(after)));
    }

    /** A graph as an edit is measured against it, made once. */
    public static final class Snapshot {
        private final GraphSide side;

        private Snapshot(GraphSide side) {
            this.side = side;
        }

        public static Snapshot of(SiteGraph graph) {
            return new Snapshot(new GraphSide(graph));
        }

        /** This snapshot's side when it was made of graph, else one made now. */
        private Side sideOf(SiteGraph graph) {
            return side.graph == graph ? side : new GraphSide(graph);
        }
    }

    /** The edit between two footprints, as between the graphs they were taken of (for a rebuild, see LastBuild). */
    public static Edit between(Footprint before, Footprint after) {
        return between(Side.of(before), Side.of(after));
    }

    /**
     * One graph as Edit compares it: plans and tasks by a mark that is equal exactly when they are (the record, or
     * its digest), each task's parent and sub-items, each plan's tasks.
     */
    private interface Side {
        /** The change record of every task (withdrawn ones too), as a mark. */
        Object history();

        /** Each page of each list that an edit reaches page by page, as marks, by list. */
        Map<String, ? extends List<?>> pages();

        Map<String, ?> plans();

        Map<String, ?> tasks();

        String parent(String key);

        List<String> children(String key);

        List<String> tasksOf(String planId);

        static Side of(SiteGraph g) {
            return new GraphSide(g);
        }

        static Side of(Footprint f) {
            Map<String, List<String>> children = f.children();
            return new Side() {
                public Object history() {
                    return f.history();
                }

                public Map<String, ? extends List<?>> pages() {
                    return f.pages();
                }

                public Map<String, ?> plans() {
                    return f.plans();
                }

                public Map<String, ?> tasks() {
                    return f.tasks();
                }

                public String parent(String key) {
                    return f.parents().get(key);
                }

                public List<String> children(String key) {
                    return children.getOrDefault(key, List.of());
                }

                public List<String> tasksOf(String planId) {
                    return f.planTasks().getOrDefault(planId, List.of());
                }
            };
        }
    }

    /** A graph's side: plans and tasks by their records (a task's with its change record). */
    private static final class GraphSide implements Side {
        private final SiteGraph graph;
        private final Map<String, Plan> plans = new HashMap<>();
        private final Map<String, Task> byKey = new HashMap<>();
        private final Map<String, Object> tasks = new HashMap<>();
        private final Map<String, List<Object>> pages;

        GraphSide(SiteGraph g) {
            this.graph = g;
            this.pages = ListPages.marks(g);
            g.content().plans().forEach(p -> plans.put(p.id(), p));
            for (Task t : g.content().tasks()) {
                byKey.put(t.key(), t);
                tasks.put(t.key(), java.util.Arrays.asList(t, g.history(t)));
            }
        }

        public Object history() {
            return graph.content().history().tasks();
        }

        public Map<String, ? extends List<?>> pages() {
            return pages;
        }

        public Map<String, ?> plans() {
            return plans;
        }

        public Map<String, ?> tasks() {
            return tasks;
        }

        public String parent(String key) {
            Task t = byKey.get(key);
            return t.parentId() == null ? null : t.planId() + "/" + t.parentId();
        }

        public List<String> children(String key) {
            return graph.children(byKey.get(key)).stream().map(Task::key).toList();
        }

        public List<String> tasksOf(String planId) {
            return graph.tasks(planId).stream().map(Task::key).toList();
        }
    }

    private static Edit between(Side before, Side after) {
        Set<String> plans = changedKeys(before.plans(), after.plans());
        Set<String> changed = changedKeys(before.tasks(), after.tasks());
        Set<String> tasks = new HashSet<>(changed);
        for (String key : changed) {
            related(before, key, tasks);
            related(after, key, tasks);
        }
        // A plan's title and sections show in every row of its tasks, wherever the row is.
        for (String planId : plans) {
            tasks.addAll(before.tasksOf(planId));
            tasks.addAll(after.tasksOf(planId));
        }
        Map<String, Set<Integer>> pages = new HashMap<>();
        Set<String> lists = new HashSet<>(before.pages().keySet());
        lists.addAll(after.pages().keySet());
        for (String list : lists) {
            List<?> was = before.pages().containsKey(list) ? before.pages().get(list) : List.of();
            List<?> now = after.pages().containsKey(list) ? after.pages().get(list) : List.of();
            Set<Integer> moved = new HashSet<>();
            for (int i = 0; i < Math.max(was.size(), now.size()); i++) {
                if (i >= was.size() || i >= now.size() || !was.get(i).equals(now.get(i))) {
                    moved.add(i + 1);
                }
            }
            if (!moved.isEmpty()) {
                pages.put(list, Set.copyOf(moved));
            }
        }
        return new Edit(plans, tasks, !before.history().equals(after.history()), pages);
    }

    /** The keys whose marks differ, or that only one side has. */
    private static Set<String> changedKeys(Map<String, ?> before, Map<String, ?> after) {
        Set<String> changed = new HashSet<>();
        after.forEach((key, mark) -> {
            if (!mark.equals(before.get(key))) {
                changed.add(key);
            }
        });
        before.keySet().forEach(key -> {
            if (!after.containsKey(key)) {
                changed.add(key);
            }
        });
        return changed;
    }

    private static void related(Side side, String key, Set<String> into) {
        if (!side.tasks().containsKey(key)) {
            return;
        }
        String parent = side.parent(key);
        if (parent != null) {
            into.add(parent);
        }
        into.addAll(side.children(key));
    }
}
