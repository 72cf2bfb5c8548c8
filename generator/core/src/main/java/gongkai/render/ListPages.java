package gongkai.render;

import gongkai.graph.SiteGraph;
import gongkai.model.Status;
import gongkai.model.Task;
import gongkai.model.ValueDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The long lists split over pages whose pages an edit reaches one by one: the archive of changes (ChangePages) and
 * the lists of tasks by status. Each page has a mark, equal exactly when what the page shows of its list is: which
 * rows, and what it says of the whole list (how many in all, whether a page follows). What a row shows of its own
 * task is the edit's tasks; so a task edited makes again the page it is on, and its list's other pages only when
 * rows moved between them.
 */
final class ListPages {

    /** The archive of changes, whose page 0 is the list's own page of the newest. */
    static final String CHANGES = "changes";

    private ListPages() {
    }

    /**
     * A plan's change records, its withdrawn tasks' too, as a list of one page (its open data, changes.csv): a record
     * changed moves it, though the task is no longer on the site.
     */
    static String planChanges(String planId) {
        return "plan-changes/" + planId;
    }

    /** The list of tasks with this status (Urls.OVERDUE for the overdue ones). */
    static String status(String id) {
        return "status/" + id;
    }

    /**
     * Each list's pages as digests, small enough to keep between builds (Footprint); historyDigests: each change
     * record's digest, by task key.
     */
    static Map<String, List<String>> digests(SiteGraph graph, Map<String, String> historyDigests) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        out.put(CHANGES, ChangePages.digests(graph.changes()));
        graph.content().plans().forEach(p -> out.put(planChanges(p.id()), List.of(ValueDigest.of(
                graph.histories(p.id()).stream().map(h -> historyDigests.get(h.key())).toList()))));
        for (Status s : Status.values()) {
            out.put(status(s.id()), pages(graph.byStatus(s), ValueDigest::of));
        }
        out.put(status(Urls.OVERDUE), pages(graph.overdue(), ValueDigest::of));
        return out;
    }

    /** Each list's pages as marks, for comparing two graphs in memory (serve). */
    static Map<String, List<Object>> marks(SiteGraph graph) {
        Map<String, List<Object>> out = new LinkedHashMap<>();
        out.put(CHANGES, ChangePages.marks(graph.changes()));
        graph.content().plans().forEach(p -> out.put(planChanges(p.id()), List.of(graph.histories(p.id()))));
        for (Status s : Status.values()) {
            out.put(status(s.id()), pages(graph.byStatus(s), parts -> parts));
        }
        out.put(status(Urls.OVERDUE), pages(graph.overdue(), parts -> parts));
        return out;
    }

    /** Page n (from 1) of a list of tasks, PAGE_SIZE a page. */
    static List<Task> page(List<Task> list, int n) {
        int from = Math.min(list.size(), (n - 1) * Pages.PAGE_SIZE);
        return list.subList(from, Math.min(list.size(), from + Pages.PAGE_SIZE));
    }

    /** Each page's mark: the list's length and the page's rows (keys), as mark makes it of them. */
    private static <T> List<T> pages(List<Task> list, java.util.function.Function<List<Object>, T> mark) {
        int pages = Pages.pages(list.size());
        List<T> out = new ArrayList<>(pages);
        for (int n = 1; n <= pages; n++) {
            List<Object> parts = new ArrayList<>(Pages.PAGE_SIZE + 1);
            parts.add(list.size());
            page(list, n).forEach(t -> parts.add(t.key()));
            out.add(mark.apply(parts));
        }
        return out;
    }
}
