package gongkai.build;

import static gongkai.build.LongPlan.PLAN;
import static gongkai.build.LongPlan.task;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.support.TestSite;
import gongkai.support.WholeBuild;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lists of tasks by status are long and split over pages. An edit makes again the page its task is on, and the
 * list's other pages only when rows moved between them or the list grew or shrank (every page says how long it is).
 */
class StatusListPagesTest {

    @TempDir
    Path temp;

    @Test
    void anEditMakesAgainItsTasksPageAndThePagesItsRowsMovedOn() {
        TestSite site = LongPlan.built(temp.resolve("site"), 250);
        String first = "status/in-progress/index.html";
        String second = "status/in-progress/page/2/index.html";
        String third = "status/in-progress/page/3/index.html";
        assertTrue(site.exists(third), "three pages of tasks in progress");

        // A title: the row stays where it is, on the second page.
        site.write(PLAN + "150.md", task(150, "改过名称的任务150", "in-progress"));
        List<String> made = site.buildMade();
        assertTrue(made.contains(second), made.toString());
        assertFalse(made.contains(first) || made.contains(third), made.toString());
        assertTrue(site.read(second).contains("改过名称的任务150"));
        WholeBuild.assertSame(site, temp, "a title edited");

        // A status: the task leaves the list, the rows after it move up a place, and every page says one task fewer.
        site.write(PLAN + "50.md", task(50, "任务50", "completed"));
        made = site.buildMade();
        assertTrue(made.containsAll(List.of(first, second, third)), made.toString());
        WholeBuild.assertSame(site, temp, "a task completed");

        // A task of another status: the list of tasks in progress is as it was.
        site.write("content/plans/demo-2020/2.md", site.source("content/plans/demo-2020/2.md").replace("做好政策解读", "做好政策解读工作"));
        made = site.buildMade();
        assertFalse(made.contains(first) || made.contains(second) || made.contains(third), made.toString());
        WholeBuild.assertSame(site, temp, "a task of another list edited");
    }
}
