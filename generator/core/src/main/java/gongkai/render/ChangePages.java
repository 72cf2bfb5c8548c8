package gongkai.render;

import gongkai.graph.ChangeEntry;
import gongkai.model.TaskHistory;
import gongkai.model.ValueDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The archive of the site's list of changes (/changes/page/N/): every change, a hundred a page, the pages numbered
 * from the oldest. A new commit adds its changes to the last page (or a new one), so every other page keeps its
 * changes and its number: a link to a page stays good, and a rebuild makes a page again only when a task it names
 * was edited (it names each task as it is now). Newest first, every page would move at every commit. The list's
 * own page (/changes/) shows the newest changes; the archive exists once there are more than fit on it.
 */
public final class ChangePages {

    private ChangePages() {
    }

    /** How many archive pages a list of this many changes has: none when one page holds them all. */
    public static int count(int total) {
        return total <= Pages.PAGE_SIZE ? 0 : holding(total);
    }

    /** The archive page that holds change k, counted from the oldest (from 1). */
    static int holding(int k) {
        return (k + Pages.PAGE_SIZE - 1) / Pages.PAGE_SIZE;
    }

    /** The newest changes, which the list's own page shows, newest first. */
    static List<ChangeEntry> recent(List<ChangeEntry> newestFirst) {
        return newestFirst.subList(0, Math.min(Pages.PAGE_SIZE, newestFirst.size()));
    }

    /** The first change of archive page n, counted from the oldest (1 for the first page). */
    static int from(int n) {
        return (n - 1) * Pages.PAGE_SIZE + 1;
    }

    /** The last change of archive page n, counted from the oldest. */
    static int to(int n, int total) {
        return Math.min(total, n * Pages.PAGE_SIZE);
    }

    /** The changes of archive page n (from 1), newest first, from the list of all changes, newest first. */
    static List<ChangeEntry> page(List<ChangeEntry> newestFirst, int n) {
        int total = newestFirst.size();
        return newestFirst.subList(total - to(n, total), total - from(n) + 1);
    }

    /**
     * What each archive page shows of the list, as a value equal exactly when the page's changes and its place
     * (whether a newer page follows) are: for comparing two graphs in memory.
     */
    static List<Object> marks(List<ChangeEntry> newestFirst) {
        int pages = count(newestFirst.size());
        List<Object> out = new ArrayList<>(pages);
        for (int n = 1; n <= pages; n++) {
            out.add(List.of(page(newestFirst, n), n == pages));
        }
        return out;
    }

    /**
     * The same as digests, small enough to keep between builds: each change with the name its task had when last
     * published. What a page shows of a task that is on the site now is its own part of the edit (Shows.ofChanges).
     */
    static List<String> digests(List<ChangeEntry> newestFirst) {
        int pages = count(newestFirst.size());
        return IntStream.rangeClosed(1, pages).parallel().mapToObj(n -> {
            List<Object> parts = new ArrayList<>();
            parts.add(n == pages);
            for (ChangeEntry e : page(newestFirst, n)) {
                TaskHistory h = e.task();
                parts.add(h.key());
                parts.add(h.number());
                parts.add(h.title());
                parts.add(h.parentId());
                parts.add(e.change());
            }
            return ValueDigest.of(parts);
        }).toList();
    }
}
