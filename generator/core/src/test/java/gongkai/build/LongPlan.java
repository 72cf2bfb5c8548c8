package gongkai.build;

import gongkai.support.TestSite;
import java.nio.file.Path;

/**
 * The basic fixture with a plan of many tasks, all of 市财政局 and in progress: long enough that its lists and a unit's
 * list run over several pages. Built three times, so a rebuild after an edit makes only what the edit reaches.
 */
final class LongPlan {

    static final String PLAN = "content/plans/long-2021/";

    private LongPlan() {
    }

    /** A task file of the plan. */
    static String task(int n, String title, String status) {
        return "---\nnumber: \"" + n + "\"\ntitle: " + title + "\nresponsible: [市财政局]\nstatus: " + status + "\n---\n";
    }

    /** The site in dir, with tasks 1 to count (titled 任务n), built three times. */
    static TestSite built(Path dir, int count) {
        TestSite site = TestSite.fixture("basic", dir);
        site.write(PLAN + "plan.md", "---\ntitle: 示例市2021年长表\njurisdiction: city\nyear: 2021\n---\n");
        for (int n = 1; n <= count; n++) {
            site.write(PLAN + n + ".md", task(n, "任务" + n, "in-progress"));
        }
        site.buildOk();
        site.buildOk();
        site.buildOk();
        return site;
    }
}
