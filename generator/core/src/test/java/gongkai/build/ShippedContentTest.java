package gongkai.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.WireFeedInput;
import gongkai.support.TestSite;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nu.validator.client.EmbeddedValidator;
import org.jdom2.Element;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped content (all five seeds, brought in with gongkai import) built as the demo site, checked whole. */
class ShippedContentTest {

    @TempDir
    static Path temp;

    static TestSite site;
    static Map<String, byte[]> files;

    @BeforeAll
    static void build() {
        site = TestSite.shipped(temp);
        site.buildOk();
        files = site.snapshot();
    }

    @Test
    void seed004IsCompleteWithEveryReport() {
        Document plan = site.page("plans/xiamen-cgj-2018/");
        assertEquals(35, plan.select("section[aria-labelledby=tasks-heading] table.tasks tbody tr").size());
        assertEquals(4, plan.select("h3[id^=sec-]").size());
        assertEquals("（十四）建立健全公共企事业单位信息公开制度", plan.select("h4").last().text());
        for (int n = 1; n <= 35; n++) {
            Document task = site.page("plans/xiamen-cgj-2018/" + n + "/");
            assertEquals(1, task.select(".timeline > li").size(), "task " + n + " has its 落实情况");
            assertFalse(task.select(".facts dt:containsOwn(责任单位) + dd a").isEmpty(), "task " + n + " has a unit");
        }
        Document t3 = site.page("plans/xiamen-cgj-2018/3/");
        assertEquals("政策法规处", t3.select(".facts dt:containsOwn(责任单位) + dd").text());
        assertTrue(t3.selectFirst(".timeline .prose").text().contains("厦城执〔2018〕104号"));
        assertEquals("2018年11月30日", t3.selectFirst(".timeline time").text());
    }

    @Test
    void seed003IsCompleteWithSubItemsDeadlinesAndRoles() {
        Document plan = site.page("plans/wenzhou-2019/");
        assertEquals(48, plan.select("section[aria-labelledby=tasks-heading] table.tasks tbody tr").size());
        assertEquals(28, plan.select("section[aria-labelledby=tasks-heading] tr.subitem").size());
        assertEquals(List.of("加强政府信息公开查阅场所建设", "抓好《条例》的贯彻落实"),
                plan.select("section[aria-labelledby=overdue-heading] th[scope=row]").eachText());
        assertEquals("共 20 项，已完成 0 项（0%），已逾期 2 项", plan.selectFirst(".summary-text").text());
        Document t2 = site.page("plans/wenzhou-2019/2-4/");
        assertEquals("温州市信访局", t2.select(".facts dt:containsOwn(牵头单位) + dd").text());
        assertEquals("温州市大数据发展管理局", t2.select(".facts dt:containsOwn(配合单位) + dd").text());
        Document t16 = site.page("plans/wenzhou-2019/16/");
        assertEquals("11月底前（2019年11月30日）", t16.select(".facts dt:containsOwn(完成时限) + dd").text());
        // No report was ever made: the site says so and never claims "not started".
        assertEquals("未报送", t16.selectFirst(".task-status .tag").ownText());
        assertEquals("已逾期", t16.select(".task-status .tag").get(1).ownText());
    }

    @Test
    void seed000CityPlanUnderXiamen() {
        Document plan = site.page("plans/xiamen-2018/");
        assertEquals(42, plan.select("section[aria-labelledby=tasks-heading] table.tasks tbody tr").size());
        assertEquals(4, plan.select("h3[id^=sec-]").size());
        assertEquals(15, plan.select("h4").size());
        Document t5 = site.page("plans/xiamen-2018/5/");
        assertEquals("厦门市市场监督管理局、厦门市审改办", t5.select(".facts dt:containsOwn(牵头单位) + dd").text());
        assertEquals("各区人民政府、市直各委、办、局、各开发区管委会", t5.select(".facts dt:containsOwn(责任单位) + dd").text());
        // The city's bodies sit under 厦门市 beside the bureau, whose id and offices stay.
        Document unit = site.page("units/xiamen-czj/");
        assertTrue(unit.select("a[href$=plans/xiamen-2018/6/]").size() > 0);
        assertTrue(site.exists("units/xiamen-cgj-zcfgc/index.html"));
    }

    @Test
    void seed001KaipingWithEveryRow() {
        Document plan = site.page("plans/kaiping-2018/");
        assertEquals(66, plan.select("section[aria-labelledby=tasks-heading] table.tasks tbody tr").size());
        Document plans = site.page("plans/");
        assertTrue(plans.text().contains("开平市2018年政务公开工作要点分工方案"));
        // 市科工商务局局 (a typo in the table) is an alias of 市科工商务局.
        Document t47 = site.page("plans/kaiping-2018/47/");
        assertEquals("开平市科工商务局", t47.select(".facts dt:containsOwn(牵头单位) + dd").text());
        assertEquals("各镇（街）、各管委会、市各有关单位", t47.select(".facts dt:containsOwn(责任单位) + dd").text());
        Document t15 = site.page("plans/kaiping-2018/15/");
        assertEquals("各镇（街）、各管委会、市各有关单位", t15.select(".facts dt:containsOwn(配合单位) + dd").text());
        assertTrue(site.exists("plans/kaiping-2018/36a/index.html") && site.exists("plans/kaiping-2018/36b/index.html"));
    }

    @Test
    void seed002ProvincialNotice() {
        Document plan = site.page("plans/fujian-2019/");
        assertEquals(17, plan.select("section[aria-labelledby=tasks-heading] table.tasks tbody tr").size());
        assertEquals(4, plan.select("h3[id^=sec-]").size());
        Document t = site.page("plans/fujian-2019/2-5/");
        assertEquals("福建省发改委、福建省司法厅、福建省市场监管局、福建省税务局、各设区市人民政府、平潭综合实验区管委会",
                t.select(".facts dt:containsOwn(责任单位) + dd").text());
    }

    private static EmbeddedValidator validator() {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        validator.setNoLangDetect(true);
        return validator;
    }

    @Test
    void everyLinkOnEveryPageLeadsToAFileOfTheSite() {
        // Rows are rendered once and reused at every page depth, so a wrong root shows up here.
        int checked = 0;
        for (String path : files.keySet()) {
            if (!path.endsWith(".html") || path.equals("404.html")) {
                continue;
            }
            Document page = org.jsoup.Jsoup.parse(new String(files.get(path), StandardCharsets.UTF_8));
            java.net.URI base = java.net.URI.create("https://site.test/" + path);
            for (org.jsoup.nodes.Element e : page.select("a[href], link[href], script[src]")) {
                String ref = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                if (ref.startsWith("#") || ref.startsWith("https://") || ref.startsWith("http://") || ref.startsWith("mailto:")) {
                    continue;
                }
                String target = base.resolve(ref).getPath().substring(1);
                String file = target.isEmpty() || target.endsWith("/") ? target + "index.html" : target;
                assertTrue(files.containsKey(file), path + " links to " + ref + ", which is not in the site");
                checked++;
            }
        }
        assertTrue(checked > 10000, "links checked: " + checked);
    }

    @Test
    void theCheckerCatchesInvalidHtml() throws Exception {
        String out = validator().validate(new ByteArrayInputStream(
                "<!DOCTYPE html><html lang=zh-CN><head><title>x</title></head><body><p><div></span></body></html>"
                        .getBytes(StandardCharsets.UTF_8)));
        assertTrue(out.contains("error:"), out);
    }

    @Test
    void everyPageIsValidHtml() throws Exception {
        EmbeddedValidator validator = validator();
        List<String> errors = new ArrayList<>();
        int pages = 0;
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            if (!f.getKey().endsWith(".html")) {
                continue;
            }
            pages++;
            String out = validator.validate(new ByteArrayInputStream(f.getValue()));
            for (String line : out.split("\n")) {
                if (line.contains("error:") || line.contains("fatal:")) {
                    errors.add(f.getKey() + " " + line);
                }
            }
        }
        assertEquals(List.of(), errors);
        assertTrue(pages > 350, "pages checked: " + pages);
    }

    @Test
    void everyFeedIsRss2WithTheRequiredElements() throws Exception {
        int feeds = 0;
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            if (!f.getKey().endsWith("feed.xml")) {
                continue;
            }
            feeds++;
            WireFeedInput input = new WireFeedInput();
            Channel channel = (Channel) input.build(new InputStreamReader(new ByteArrayInputStream(f.getValue()),
                    StandardCharsets.UTF_8));
            assertEquals("rss_2.0", channel.getFeedType(), f.getKey());
            assertFalse(channel.getTitle().isBlank());
            assertTrue(channel.getLink().startsWith("https://gongkai.example.gov.cn/"), channel.getLink());
            assertNotNull(channel.getDescription());
            Element self = channel.getForeignMarkup().stream()
                    .filter(e -> e.getName().equals("link") && "self".equals(e.getAttributeValue("rel")))
                    .findFirst().orElseThrow(() -> new AssertionError("no atom:link rel=self in " + f.getKey()));
            assertEquals("https://gongkai.example.gov.cn/" + f.getKey(), self.getAttributeValue("href"));
            for (Item item : channel.getItems()) {
                assertNotNull(item.getGuid(), f.getKey());
                assertNotNull(item.getPubDate(), f.getKey());
                assertFalse(item.getTitle().isBlank());
                assertTrue(item.getLink().startsWith("https://gongkai.example.gov.cn/plans/")
                        || item.getLink().equals("https://gongkai.example.gov.cn/changes/"), item.getLink());
            }
        }
        // The site, 5 plans, 132 units and the list of changes.
        assertEquals(139, feeds);
        String feed = site.read("plans/xiamen-cgj-2018/feed.xml");
        assertTrue(feed.contains("<pubDate>Fri, 30 Nov 2018 00:00:00 +0800</pubDate>"), "RFC 822 date in Asia/Shanghai");
    }

    @Test
    void twoBuildsAreByteIdentical() {
        TestSite again = TestSite.shipped(temp.resolve("again"));
        again.buildOk();
        Map<String, byte[]> second = again.snapshot();
        assertEquals(files.keySet(), second.keySet());
        for (String path : files.keySet()) {
            assertArrayEquals(files.get(path), second.get(path), path);
        }
    }
}
