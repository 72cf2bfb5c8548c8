package gongkai.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.support.TestSite;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A task naming many units: its page names them all, a table row names eight and counts the rest, so a row
 * repeated on each of its units' pages stays small. 10,000 units on one task made a 6.6 GB site before; more
 * than 500 are now refused, as no real task names that many.
 */
class ManyUnitsTest {

    private static final String TASK = "content/plans/demo-2020/9.md";

    @TempDir
    Path temp;

    /** The basic fixture with n units under 众单位市 and task 9 naming all of them as responsible. */
    private TestSite withUnits(int n) {
        StringBuilder registry = new StringBuilder("- id: many\n  name: 众单位市\n  kind: jurisdiction\n  children:\n");
        StringBuilder task = new StringBuilder("---\nnumber: \"9\"\ntitle: 众多单位的任务\nsection: （二）\nresponsible:\n");
        for (int i = 1; i <= n; i++) {
            registry.append("    - id: many-").append(i).append("\n      name: 第").append(i).append("号单位\n");
            task.append("  - many-").append(i).append('\n');
        }
        return TestSite.fixture("basic", temp.resolve("n" + n)).write("content/units/many.yml", registry.toString())
                .write(TASK, task.append("---\n要求。\n").toString());
    }

    private static Element row(Document page) {
        return page.select("table.tasks tbody tr").stream()
                .filter(r -> r.selectFirst("th a").text().equals("众多单位的任务")).findFirst().orElseThrow();
    }

    private static void assertCapped(Element row) {
        Element cell = row.selectFirst("td.col-units");
        List<String> links = cell.select("a").eachText();
        assertEquals(9, links.size(), cell.outerHtml());
        assertEquals(List.of("第1号单位", "第2号单位", "第3号单位", "第4号单位", "第5号单位", "第6号单位", "第7号单位", "第8号单位",
                "300 个单位"), links);
        assertTrue(cell.text().endsWith("第8号单位等 300 个单位"), cell.text());
        assertTrue(cell.select("a").last().attr("href").endsWith("plans/demo-2020/9/"), cell.html());
    }

    @Test
    void aRowNamesEightUnitsAndLinksToTheTaskWhichNamesAllThreeHundred() {
        TestSite site = withUnits(300);
        assertTimeoutPreemptively(Duration.ofSeconds(60), site::buildOk);

        Document unitPage = site.page("units/many-250/");
        assertCapped(row(unitPage));
        // Only the plan's own table carries the filter's data; a unit's page does not repeat every unit's id.
        assertFalse(row(unitPage).hasAttr("data-resp"));

        Element planRow = row(site.page("plans/demo-2020/"));
        assertCapped(planRow);
        assertEquals(300, planRow.attr("data-resp").split(" ").length);
        assertTrue(planRow.attr("data-unnamed").startsWith("第9号单位 第10号单位 "), planRow.attr("data-unnamed"));
        assertTrue(planRow.attr("data-unnamed").endsWith(" 第300号单位"));

        Document taskPage = site.page("plans/demo-2020/9/");
        assertEquals(300, taskPage.select("dl.facts dt:containsOwn(责任单位) + dd a").size());
        assertCapped(row(site.page("status/not-reported/")));
    }

    @Test
    void nineUnitsAreNamedInFull() {
        TestSite site = withUnits(9);
        site.buildOk();
        Element cell = row(site.page("units/many-1/")).selectFirst("td.col-units");
        assertEquals(9, cell.select("a").size());
        assertFalse(cell.text().contains("等"), cell.text());
    }

    @Test
    void moreThanFiveHundredUnitsOnOneTaskAreRefused() {
        TestSite site = withUnits(10_000);
        List<String> problems = assertTimeoutPreemptively(Duration.ofSeconds(20), site::problemsAlsoChecked);
        assertEquals(1, problems.size(), String.join("\n", problems));
        assertTrue(problems.get(0).startsWith(TASK + ":506:5: 一项任务最多列出 500 个单位，这里是第 501 个"
                + "（lead、responsible、support 合计 10000 个）"), problems.get(0));
        assertTrue(problems.get(0).contains("kind: group"));
    }

    @Test
    void fiveHundredAreAccepted() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), withUnits(500)::buildOk);
    }
}
