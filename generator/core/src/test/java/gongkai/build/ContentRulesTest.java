package gongkai.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import gongkai.diagnostics.Problem;
import gongkai.support.TestSite;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rules of the content model, each shown on a small variation of the basic fixture. */
class ContentRulesTest {

    @TempDir
    Path temp;

    private TestSite basic() {
        return TestSite.fixture("basic", temp);
    }

    @Test
    void aDirectMentionWinsOverTheSameUnitsGroupMention() {
        TestSite site = basic().write("content/plans/demo-2020/2.md",
                "---\nnumber: \"2\"\ntitle: 做好政策解读\nresponsible: [各区人民政府, 甲区人民政府]\n---\n");
        site.buildOk();
        Document a = site.page("units/city-a/");
        assertEquals(List.of("推进预决算公开 （通过各区人民政府）", "做好政策解读", "完善平台功能"),
                a.select("table:has(caption[id$=-responsible]) th[scope=row]").eachText());
    }

    @Test
    void unitsUnderABodyAreOfficesByDefault() {
        TestSite site = basic().write("content/units/city.yml", "- id: city\n  name: 示例市\n  children:\n"
                + "    - id: city-czj\n      name: 示例市财政局\n      short: 市财政局\n      children:\n"
                + "        - id: city-czj-bgs\n          name: 办公室\n"
                + "    - id: city-fgw\n      name: 示例市发展和改革委员会\n      short: 市发改委\n      aliases: [市发展改革委]\n"
                + "    - id: city-districts\n      name: 各区人民政府\n      members: [city-a, city-b]\n"
                + "    - id: city-a\n      name: 甲区人民政府\n    - id: city-b\n      name: 乙区人民政府\n");
        site.buildOk();
        Document units = site.page("units/");
        assertEquals("行政区", units.selectFirst("a[href$=units/city/] ~ .unit-kind").text());
        assertEquals("机关单位", units.selectFirst("a[href$=units/city-czj/] ~ .unit-kind").text());
        assertEquals("内设机构", units.selectFirst("a[href$=units/city-czj-bgs/] ~ .unit-kind").text());
        assertEquals("统称", units.selectFirst("a[href$=units/city-districts/] ~ .unit-kind").text());
    }

    @Test
    void updateLinksStayWhenAnotherDaysReportIsAdded() {
        TestSite site = basic().write("content/plans/demo-2020/2.md", "---\nnumber: \"2\"\ntitle: 做好政策解读\n"
                + "updates:\n  - date: 2020-04-01\n    status: not-started\n    text: 尚未开始。\n"
                + "  - date: 2020-06-01\n    status: in-progress\n    text: 上午报告。\n"
                + "  - date: 2020-06-01\n    status: in-progress\n    text: 下午报告。\n---\n");
        site.buildOk();
        assertEquals(List.of("u-2020-06-01-2", "u-2020-06-01-1", "u-2020-04-01-1"),
                site.page("plans/demo-2020/2/").select(".timeline > li").eachAttr("id"));
    }

    @Test
    void thirdLevelSectionsRestartUnderEachParent() {
        TestSite site = basic().write("content/plans/other-2019/plan.md", "---\ntitle: 另一市计划\njurisdiction: town\n"
                + "year: 2019\nsections:\n  - id: a\n    title: 甲\n    sections:\n      - id: a1\n        title: 甲一\n"
                + "        sections:\n          - id: a1x\n            title: 细目\n          - id: a1y\n            title: 细目二\n"
                + "      - id: a2\n        title: 甲二\n        sections:\n          - id: a2x\n            title: 细目三\n---\n")
                .write("content/plans/other-2019/1.md", "---\nnumber: \"1\"\ntitle: 财政信息公开\nsection: a2x\n---\n");
        site.buildOk();
        Document plan = site.page("plans/other-2019/");
        assertEquals(List.of("（一）甲一", "（二）甲二"), plan.select(".toc ul ul a").eachText());
        assertEquals("（1）细目三", plan.selectFirst("table.tasks caption").text());
    }

    @Test
    void theBaseUrlMustBeAbsolute() {
        TestSite site = basic().write("site-config.yml", "title: 示例\nbase_url: /gk/\n");
        assertEquals(List.of("site-config.yml:2:11: base_url“/gk/”无效：应是以 https:// 或 http:// 开头的完整网址，"
                + "例如 https://www.example.gov.cn/gk/。"), site.problems());
        TestSite missing = TestSite.fixture("basic", temp.resolve("m")).write("site-config.yml", "title: 示例\n");
        assertEquals(List.of("site-config.yml:1:1: 站点配置缺少必填字段“base_url”（网站的正式地址，"
                + "例如 https://www.example.gov.cn/gk/）；也可以在构建时用 --base-url 指定。"), missing.problems());
    }

    @Test
    void aSubItemNeedsATitleOrABody() {
        TestSite site = basic().write("content/plans/demo-2020/3-2.md", "---\nnumber: \"（2）\"\nparent: \"3\"\n---\n");
        assertEquals(List.of("content/plans/demo-2020/3-2.md:2:1: 子项既没有 title，也没有正文：请写 title，或在“---”之后写出工作要求。"),
                site.problems());
    }
}
