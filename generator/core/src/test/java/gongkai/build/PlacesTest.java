package gongkai.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.support.TestSite;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A jurisdiction's page is its overview, and every unit's tasks are grouped by year and plan: a city with a bureau
 * and its offices, a district, a group, and two plans of two years, written here file by file.
 */
class PlacesTest {

    @TempDir
    static Path temp;

    static TestSite site;

    @BeforeAll
    static void build() {
        site = TestSite.fixture("basic", temp)
                .write("content/units/city.yml", """
                        - id: city
                          name: 示例市
                          kind: jurisdiction
                          children:
                            - id: city-czj
                              name: 示例市财政局
                              short: 市财政局
                              children:
                                - id: city-czj-zhc
                                  name: 综合处
                                - id: city-czj-ysc
                                  name: 预算处
                            - id: city-fgw
                              name: 示例市发展和改革委员会
                              short: 市发改委
                              aliases: [市发展改革委]
                              children:
                                - id: city-fgw-bgs
                                  name: 办公室
                                  kind: office
                            - id: city-districts
                              name: 各区人民政府
                              kind: group
                              members: [city-a, 乙区人民政府]
                            - id: city-a
                              name: 甲区人民政府
                            - id: city-b
                              name: 乙区人民政府
                        """)
                .write("content/plans/city-2019/plan.md", "---\ntitle: 示例市2019年政务公开工作要点\nissuer: 示例市\nyear: 2019\n---\n")
                .write("content/plans/city-2019/1.md", "---\nnumber: \"1\"\ntitle: 公开预算执行\nlead: [市财政局]\n"
                        + "responsible: [预算处]\ndeadline: 2019-06-30\n---\n")
                .write("content/plans/city-2019/2.md", "---\nnumber: \"2\"\ntitle: 公开采购信息\nlead: [综合处]\n"
                        + "support: [市发改委]\nstatus: completed\n---\n")
                .write("content/plans/city-2019/3.md", "---\nnumber: \"3\"\ntitle: 区级公开\nresponsible: [各区人民政府]\n"
                        + "updates:\n  - date: 2019-10-01\n    status: in-progress\n    text: |-\n      已完成第一批。\n      第二批在做。\n---\n");
        site.buildOk();
    }

    private static List<String> row(Element table, String unit) {
        Element tr = table.selectFirst("tbody tr:has(th a:containsOwn(" + unit + "))");
        return tr.select("td").eachText();
    }

    @Test
    void aJurisdictionsPageIsTheOverviewOfItsPlacesDuties() {
        Document city = site.page("units/city/");
        assertFalse(city.text().contains("目前没有分配给本单位的任务"));
        // The tasks of every unit in the city, each counted once: 2019's three, and 2020's six that name a unit of
        // the city (task 3 names none; its two sub-items do).
        assertEquals("示例市及下属单位的任务", city.getElementById("place-heading").text());
        assertEquals("共 9 项，已完成 3 项（33%），已逾期 2 项", city.selectFirst("section:has(#place-heading) .summary-text").text());
        Element byYear = city.selectFirst("table:has(caption#place-by-year)");
        assertEquals(List.of("2020年合计", "示例市2020年政务公开工作要点", "2019年合计", "示例市2019年政务公开工作要点"),
                byYear.select("tbody th").eachText());
        // 2019: tasks, completed, in progress, overdue, not reported.
        assertEquals(List.of("3", "1", "1", "1", "1"), byYear.select("tbody tr").get(3).select("td").eachText());
        assertEquals(List.of("示例市2020年政务公开工作要点", "示例市2019年政务公开工作要点"), city.select(".plan-cards h3").eachText());
    }

    @Test
    void itsUnitsTableGivesEachUnitsDutiesByRoleAndProgressInTheRegistersOrder() {
        Document city = site.page("units/city/");
        Element table = city.selectFirst("table:has(caption#units-table)");
        assertEquals(List.of("示例市财政局 机关单位", "综合处 内设机构", "预算处 内设机构", "示例市发展和改革委员会 机关单位",
                "办公室 内设机构", "各区人民政府 统称", "甲区人民政府 机关单位", "乙区人民政府 机关单位"), table.select("tbody th").eachText());
        assertEquals("depth-1", table.select("tbody th").get(1).className(), "an office is indented under its bureau");
        // lead, responsible, support, tasks, completed, in progress, overdue, not reported
        assertEquals(List.of("3", "0", "0", "3", "1", "0", "1", "1"), row(table, "示例市财政局"));
        assertEquals(List.of("0", "1", "0", "1", "0", "0", "1", "1"), row(table, "预算处"));
        // 甲区 owes 2020's task 1 and 2019's task 3 through the group, and a sub-item of its own.
        assertEquals(List.of("0", "3", "0", "3", "1", "1", "0", "1"), row(table, "甲区人民政府"));
        Element overdue = table.selectFirst("tbody tr:has(th a:containsOwn(预算处))");
        assertTrue(overdue.hasAttr("data-overdue") && overdue.attr("data-status").equals("not-reported"),
                "the filter script's data: overdue and unreported tasks");
        assertEquals("units", city.getElementById("task-filter").attr("data-scope"));
        assertEquals(List.of("../../units/city/units/", "../../units/city/units/overdue/",
                "../../units/city/units/not-reported/", "../../units/city/units/total/"), city.select(".sorts a").eachAttr("href"));
    }

    @Test
    void sortedPagesOrderTheUnitsByAFigureLargestFirstTiesInTheRegistersOrder() {
        Document byOverdue = site.page("units/city/units/overdue/");
        assertEquals("示例市下属单位", byOverdue.selectFirst("h1").text());
        List<String> names = byOverdue.select("table:has(caption#units-table) tbody th a").eachText();
        assertEquals(List.of("示例市财政局", "预算处", "示例市发展和改革委员会"), names.subList(0, 3));
        assertEquals("page", byOverdue.selectFirst(".sorts a[href$=units/city/units/overdue/]").attr("aria-current"));
        List<String> byTotal = site.page("units/city/units/total/").select("table:has(caption#units-table) tbody th a").eachText();
        assertEquals(List.of("示例市财政局", "示例市发展和改革委员会", "甲区人民政府", "乙区人民政府"), byTotal.subList(0, 4));
    }

    @Test
    void aUnitsTasksAreGroupedByYearThenPlanThenRole() {
        Document czj = site.page("units/city-czj/");
        assertEquals(List.of("2020年", "2019年"), czj.select("h2[id^=year-]").eachText());
        assertEquals(List.of("示例市2020年政务公开工作要点", "示例市2019年政务公开工作要点"), czj.select("h3[id^=plan-]").eachText());
        assertEquals(List.of("作为牵头单位（2 项）", "作为牵头单位（1 项）"), czj.select("h4[id^=role-]").eachText());
        // Its own tasks of the two years side by side, above the lists.
        Element own = czj.selectFirst("table:has(caption#by-year)");
        assertEquals(List.of("2020年合计", "示例市2020年政务公开工作要点", "2019年合计", "示例市2019年政务公开工作要点"),
                own.select("tbody th").eachText());
        // A bureau with offices is a place too: its overview counts its offices' tasks.
        assertEquals("共 4 项，已完成 2 项（50%），已逾期 1 项", czj.selectFirst("section:has(#place-heading) .summary-text").text());
    }

    @Test
    void listsShowTheLatestReportsFirstLineOrThatNoneWasMade() {
        Document plan = site.page("plans/city-2019/");
        assertEquals("最新进展：2019年10月1日：已完成第一批。",
                plan.selectFirst("tr:has(a[href$=city-2019/3/]) .latest").text(), "the first line only");
        assertEquals("尚未报送", plan.selectFirst("tr:has(a[href$=city-2019/2/]) .latest").text(),
                "declared completed, yet no report was made");
        assertTrue(plan.select("tr:has(a[href$=city-2019/1/]) .latest").isEmpty(), "its status already says 未报送");
        assertEquals("最新进展：2019年10月1日：已完成第一批。",
                site.page("status/in-progress/").selectFirst("tr:has(a[href$=city-2019/3/]) .latest").text());
    }

    @Test
    void aPlaceWithMoreUnitsThanAPageLinksToItsPagedTable() {
        StringBuilder offices = new StringBuilder("- id: big\n  name: 大市\n  children:\n");
        for (int i = 1; i <= 120; i++) {
            offices.append("    - id: big-").append(i).append("\n      name: 大市第").append(i).append("局\n");
        }
        TestSite big = TestSite.fixture("basic", temp.resolve("big")).write("content/units/big.yml", offices.toString());
        big.buildOk();
        Document page = big.page("units/big/");
        assertEquals(100, page.select("table:has(caption#units-table) tbody tr").size());
        assertEquals("../../units/big/units/", page.selectFirst("#units a:containsOwn(查看全部 120 个下属单位)").attr("href"));
        assertEquals(100, big.page("units/big/units/").select("table:has(caption#units-table) tbody tr").size());
        assertEquals(20, big.page("units/big/units/page/2/").select("table:has(caption#units-table) tbody tr").size());
        assertEquals(20, big.page("units/big/units/overdue/page/2/").select("table:has(caption#units-table) tbody tr").size());
    }
}
