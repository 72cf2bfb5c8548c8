package gongkai.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gongkai.support.TestSite;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "basic" fixture site built once and read back page by page. */
class BasicSiteTest {

    @TempDir
    static Path temp;

    static TestSite site;
    static Build.Result result;

    @BeforeAll
    static void build() {
        site = TestSite.fixture("basic", temp);
        result = site.buildOk();
    }

    private static List<String> texts(Document d, String css) {
        return d.select(css).eachText();
    }

    @Test
    void writesEveryPageOfTheUrlScheme() {
        for (String path : List.of("index.html", "plans/index.html", "plans/demo-2020/index.html",
                "plans/demo-2020/1/index.html", "plans/demo-2020/3-1/index.html", "plans/other-2019/1/index.html",
                "units/index.html", "units/city-a/index.html", "status/index.html", "status/not-reported/index.html",
                "status/overdue/index.html", "feed.xml", "plans/demo-2020/feed.xml", "units/city-czj/feed.xml",
                "data/tasks.json", "data/tasks.csv", "data/updates.csv", "data/units.json", "data/plans.json",
                "sitemap.xml", "robots.txt", "404.html", "assets/style.css")) {
            assertTrue(site.exists(path), path);
        }
        // 2 plan pages + 8 task pages + home, plans, units, 9 unit pages, status index, 6 statuses, overdue, search, 404,
        // the list of changes, and the tables of units below the three units that have any (city, town, city-fgw), in
        // four orders each.
        assertEquals(45, result.pages());
    }

    @Test
    void homeSummarisesTopLevelTasksAndShowsTheAsOfDate() {
        Document home = site.page("");
        assertEquals("示例政务公开", home.selectFirst("h1").text());
        assertEquals("数据截至 2020年12月31日", home.selectFirst(".as-of").text());
        assertEquals("2020-12-31", home.selectFirst(".as-of time").attr("datetime"));
        // 6 top-level tasks: 1 completed, 2 and other/1 not reported, 3 rolled up in progress, 4 ongoing, 5 cancelled.
        assertEquals("共 6 项，已完成 1 项（16%），已逾期 1 项", home.selectFirst(".summary-text").text());
        assertEquals(List.of("示例市2020年政务公开工作要点", "另一市2019年政务公开工作任务分解表"),
                texts(home, ".plan-card h3"));
        assertEquals(List.of("任务 3（1） 建设政务公开平台", "任务 1 推进预决算公开", "任务 1 推进预决算公开"),
                texts(home, ".updates .update-task a:first-child"));
    }

    @Test
    void everyPageCarriesTheGovernmentMetaTags() {
        Document task = site.page("plans/demo-2020/1/");
        assertEquals("任务 1 · 示例市2020年政务公开工作要点 · 示例政务公开", task.title());
        assertEquals("示例政务公开", task.selectFirst("meta[name=SiteName]").attr("content"));
        assertEquals("1234567890", task.selectFirst("meta[name=SiteIDCode]").attr("content"));
        assertEquals("任务", task.selectFirst("meta[name=ColumnName]").attr("content"));
        assertEquals("推进预决算公开", task.selectFirst("meta[name=ArticleTitle]").attr("content"));
        assertEquals("2020-07-15", task.selectFirst("meta[name=PubDate]").attr("content"));
        assertEquals("示例市", task.selectFirst("meta[name=ContentSource]").attr("content"));
        assertEquals("https://example.org/gk/plans/demo-2020/1/", task.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("zh-CN", task.selectFirst("html").attr("lang"));
    }

    @Test
    void planPageNumbersSectionsAndListsTasksInThem() {
        Document plan = site.page("plans/demo-2020/");
        assertEquals(List.of("一、第一部分", "二、第二部分"), texts(plan, "h3[id^=sec-]"));
        // Second-level sections number straight through the plan, as the seeds do.
        assertEquals(List.of("（一）第一小节", "（二）第二小节", "（三）第三小节"), texts(plan, "h4"));
        assertEquals("示政办〔2020〕1号", plan.select(".facts dt:containsOwn(文号) + dd").text());
        assertEquals("这是计划的说明。", plan.selectFirst(".intro").text());
        Element third = plan.selectFirst("table:has(caption#sec-2-3-table)");
        assertEquals(List.of("3", "3（1）", "3（2）", "4", "5"), third.select("td.col-num").eachText());
        Element status = third.selectFirst("tbody tr td.col-status");
        assertEquals("推进中 子项完成 1/2", status.selectFirst(".tag").ownText() + " " + status.selectFirst(".subcount").text());
        // Beside its status, a row shows the latest report: a sub-item's, for a task with none of its own.
        assertEquals("最新进展：2020年9月1日：平台已上线。", status.selectFirst(".latest").text());
        assertEquals("已逾期（1 项）", plan.getElementById("overdue-heading").text());
    }

    @Test
    void taskPageShowsUnitsByRoleDeadlineAndTimelineNewestFirst() {
        Document t = site.page("plans/demo-2020/1/");
        assertEquals("示例市财政局", t.select(".facts dt:containsOwn(牵头单位) + dd").text());
        assertEquals("../../../units/city-czj/", t.selectFirst(".facts dt:containsOwn(牵头单位) + dd a").attr("href"));
        assertEquals("各区人民政府", t.select(".facts dt:containsOwn(责任单位) + dd").text());
        assertEquals("示例市发展和改革委员会", t.select(".facts dt:containsOwn(配合单位) + dd").text());
        assertEquals("6月底前（2020年6月30日）", t.select(".facts dt:containsOwn(完成时限) + dd").text());
        assertEquals("按季度报送", t.select(".facts dt:containsOwn(备注) + dd").text());
        assertEquals(List.of("u-2020-07-15-1", "u-2020-05-01-1"), t.select(".timeline > li").eachAttr("id"));
        assertEquals("https://example.org/budget", t.selectFirst(".evidence a").attr("href"));
        assertEquals("状态：✓已完成", t.selectFirst(".task-status p").text().replace(" ", ""));
    }

    @Test
    void aPlansJurisdictionDecidesWhichUnitANameMeans() {
        Document other = site.page("plans/other-2019/1/");
        assertEquals("../../../units/town-czj/", other.selectFirst(".facts dt:containsOwn(责任单位) + dd a").attr("href"));
    }

    @Test
    void subItemsShowTheirParentAndAreCounted() {
        Document parent = site.page("plans/demo-2020/3/");
        assertEquals("子项（完成 1/2）", parent.getElementById("sub-heading").text());
        Document sub = site.page("plans/demo-2020/3-2/");
        assertEquals("完善平台功能", sub.selectFirst("h1").ownText());
        assertEquals("本项是任务 3 加强平台建设的子项。", sub.selectFirst(".parent").text());
        assertEquals("任务 3（2）", sub.selectFirst("h1 .task-number").text());
        assertEquals("未报送", sub.selectFirst(".task-status .tag").ownText());
    }

    @Test
    void aMemberUnitSeesWhatItOwesThroughItsGroups() {
        Document a = site.page("units/city-a/");
        assertEquals("各区人民政府", a.select(".facts dt:containsOwn(所属统称) + dd").text());
        assertEquals(List.of("推进预决算公开 （通过各区人民政府）", "完善平台功能"),
                a.select("table:has(caption[id$=-responsible]) th[scope=row]").eachText());
        Document b = site.page("units/city-b/");
        assertEquals(List.of("推进预决算公开 （通过各区人民政府）", "已调整的任务"),
                b.select("table:has(caption[id$=-responsible]) th[scope=row]").eachText());
    }

    @Test
    void aUnitPageSummarisesAndListsWhatItHasOverdue() {
        Document fgw = site.page("units/city-fgw/");
        // Its own tasks; above them, with its office's, those of the place it is (see PlacesTest).
        assertEquals("共 2 项，已完成 1 项（50%），已逾期 1 项",
                fgw.selectFirst("section:has(#summary-heading) .summary-text").text());
        assertEquals(List.of("做好政策解读"), fgw.select("table:has(caption#overdue-table) th[scope=row]").eachText());
        assertEquals(List.of("作为责任单位（1 项）", "作为配合单位（1 项）"), fgw.select("h4[id^=role-]").eachText());
    }

    @Test
    void unitTreeNestsAndCounts() {
        Document units = site.page("units/");
        Element city = units.selectFirst(".unit-tree > li");
        assertEquals("示例市", city.selectFirst("a").text());
        assertEquals("（2 项）", units.select(".unit-tree a[href$=units/city-czj/] ~ .count").text());
        assertEquals("办公室", units.selectFirst("a[href$=units/city-fgw/] ~ ul a").text());
    }

    @Test
    void statusPagesListTopLevelTasksAndOverdueIsItsOwnPage() {
        assertEquals(List.of("做好政策解读", "财政信息公开"),
                site.page("status/not-reported/").select("th[scope=row]").eachText());
        assertEquals(List.of("做好政策解读"), site.page("status/overdue/").select("th[scope=row]").eachText());
        assertEquals(List.of("常态化公开"), site.page("status/ongoing/").select("th[scope=row]").eachText());
        assertEquals("目前没有此状态的任务。", site.page("status/not-started/").select("main p").get(1).text());
    }

    @Test
    void rawHtmlInContentIsSanitised() {
        String html = site.read("plans/demo-2020/3/index.html");
        assertFalse(html.contains("<script>alert"), "script kept");
        assertFalse(html.contains("onclick"), "event handler kept");
        assertFalse(html.contains("javascript:"), "javascript: link kept");
        assertFalse(html.contains("<iframe"), "iframe kept");
        assertFalse(html.contains("tracker.example"), "off-site image kept");
        assertTrue(html.contains("<p>建设统一平台。</p>"));
    }

    @Test
    void linksAreRelativeSoTheSiteWorksUnderAnyBasePath() {
        for (String page : List.of("", "plans/demo-2020/", "plans/demo-2020/3-1/", "units/city-a/", "status/overdue/")) {
            for (Element a : site.page(page).select("a[href], link[href]")) {
                String href = a.attr("href");
                boolean external = href.startsWith("https://") || href.startsWith("#");
                assertTrue(external || !href.startsWith("/"), page + ": " + href);
            }
        }
        // 404.html is served from any folder, so it links from the base path instead.
        assertEquals("/gk/assets/style.css", site.page("404.html").selectFirst("link[rel=stylesheet]").attr("href"));
    }

    @Test
    void csvOpensInExcelAndJsonParses() throws Exception {
        byte[] csv = site.bytes("data/tasks.csv");
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(csv, 3));
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("计划ID,任务ID,编号,任务,上级任务ID,牵头单位,责任单位,配合单位,完成时限,状态,是否逾期,备注,工作要求,网址\r\n"));
        assertEquals(9, text.split("\r\n").length);
        JsonNode tasks = new ObjectMapper().readTree(site.bytes("data/tasks.json"));
        assertEquals(8, tasks.size());
        JsonNode first = tasks.get(0);
        assertEquals("demo-2020", first.get("plan").asText());
        assertEquals("city-czj", first.get("lead").get(0).asText());
        assertEquals("2020-06-30", first.get("deadline").asText());
        assertEquals("completed", first.get("status").asText());
        assertEquals(2, first.get("updates").size());
        JsonNode plans = new ObjectMapper().readTree(site.bytes("data/plans.json"));
        assertEquals(5, plans.get(0).get("summary").get("total").asInt());
    }

    @Test
    void sitemapAndRobotsUseTheBaseUrl() {
        String sitemap = site.read("sitemap.xml");
        assertTrue(sitemap.contains("<loc>https://example.org/gk/plans/demo-2020/3-1/</loc>"));
        assertFalse(sitemap.contains("404"));
        assertEquals("User-agent: *\nAllow: /\nSitemap: https://example.org/gk/sitemap.xml\n", site.read("robots.txt"));
    }
}
