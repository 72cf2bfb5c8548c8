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
 * Pages of figures (the home page, the lists of plans, units and statuses, a unit's page) show what many tasks add
 * up to, so most edits reach them; a rebuild renders one only when its model differs from the one the last build
 * recorded (PageModels), and keeps it otherwise.
 */
class FigurePagesTest {

    private static final List<String> FIGURES = List.of("index.html", "plans/index.html", "units/index.html",
            "status/index.html", "units/city/index.html", "units/city-czj/index.html");

    @TempDir
    Path temp;

    @Test
    void aPageOfFiguresIsMadeAgainOnlyWhenWhatItShowsChanged() {
        TestSite site = LongPlan.built(temp.resolve("site"), 150);
        FIGURES.forEach(page -> assertTrue(site.exists(page), page));

        // A title that no page of figures shows: each is reached, and kept.
        site.write(PLAN + "140.md", task(140, "改过名称的任务140", "in-progress"));
        List<String> made = site.buildMade();
        assertTrue(made.contains("plans/long-2021/140/index.html"), made.toString());
        FIGURES.forEach(page -> assertFalse(made.contains(page), page + " made again: " + made));
        WholeBuild.assertSame(site, temp, "a title edited");
        // The pages kept keep their digests in the record: the next edit finds them there.

        site.write(PLAN + "141.md", task(141, "又改过名称的任务141", "in-progress"));
        Build.Result r = site.buildOk();
        assertTrue(r.remade().sameModel() >= FIGURES.size(), r.remade().toString());

        // A status: the figures of progress move, on every page but the list of units, which counts tasks.
        String unitBefore = site.read("units/city-czj/index.html");
        site.write(PLAN + "50.md", task(50, "任务50", "completed"));
        List<String> remade = site.buildMade();
        FIGURES.stream().filter(page -> !page.equals("units/index.html"))
                .forEach(page -> assertTrue(remade.contains(page), page + " not made again: " + remade));
        assertFalse(remade.contains("units/index.html"), remade.toString());
        assertFalse(site.read("units/city-czj/index.html").equals(unitBefore), "the unit's figures moved");
        WholeBuild.assertSame(site, temp, "a task completed");

        // A task more: the list of units counts it.
        site.write(PLAN + "151.md", task(151, "任务151", "in-progress"));
        assertTrue(site.buildMade().contains("units/index.html"));
        WholeBuild.assertSame(site, temp, "a task added");
    }
}
