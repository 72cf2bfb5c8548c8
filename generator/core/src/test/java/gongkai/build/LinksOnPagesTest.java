package gongkai.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gongkai.support.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Targets that hide a script or another host from a naive check reach no built page as a live link or image. */
class LinksOnPagesTest {

    private static final String TASK = "content/plans/demo-2020/2.md";
    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");

    @TempDir
    Path temp;

    @Test
    void scriptLinksAndOffSiteImagesInTextAreDropped() {
        TestSite site = TestSite.fixture("basic", temp).write(TASK, "---\nnumber: \"2\"\ntitle: 做好政策解读\nupdates:\n"
                + "  - date: 2020-05-01\n    status: completed\n    text: \"[报告](<java\\tscript:alert(1)>)\"\n---\n"
                + "![](/\\evil.example/x.png)\n\n<img src=\"/\\evil.example/x.png\">\n\n"
                + "[甲](<java\tscript:alert(1)>) <a href=\"java&#9;script:alert(1)\">乙</a> "
                + "[丙](../../) <a href=\"tel:+86-592-1234567\">丁</a>\n");
        site.buildOk();
        Document page = site.page("plans/demo-2020/2/");
        assertEquals(List.of(), unsafeTargets(page));
        Element prose = page.selectFirst("section[aria-labelledby=req-heading] .prose");
        assertEquals(0, prose.select("img").size(), prose.html());
        assertEquals(List.of("甲", "乙"), prose.select("a:not([href])").eachText());
        assertEquals(List.of("../../", "tel:+86-592-1234567"), prose.select("a[href]").eachAttr("href"));
        assertEquals(List.of("报告"), page.select(".timeline .prose a:not([href])").eachText());
    }

    @Test
    void urlFieldsAreWrittenAsTheBrowserReadsThem() throws Exception {
        TestSite site = TestSite.fixture("basic", temp);
        String config = Files.readString(site.root().resolve("site-config.yml"));
        String plan = Files.readString(site.root().resolve("content/plans/demo-2020/plan.md"));
        site.write("site-config.yml", config + "nav:\n  - title: 计划一览\n    url: /plans/\n"
                        + "  - title: 政府网\n    url: HTTPS://www.gov.cn/\n  - title: 电话\n    url: \"tel:+86-592-1234567\"\n"
                        + "  - title: 信箱\n    url: \" \\tmailto:gk@example.gov.cn\"\n")
                .write("content/plans/demo-2020/plan.md", plan.replace("year: 2020\n",
                        "year: 2020\nsource: \"\\n https://www.gov.cn/yuanwen/\"\n"))
                .write(TASK, "---\nnumber: \"2\"\ntitle: 做好政策解读\nupdates:\n  - date: 2020-05-01\n    status: completed\n"
                        + "    text: 已公开。\n    links:\n      - \"ht\\ttps://www.gov.cn/a\"\n---\n");
        site.buildOk();
        Document task = site.page("plans/demo-2020/2/");
        assertEquals(List.of(), unsafeTargets(task));
        assertEquals(List.of("../../../plans/", "HTTPS://www.gov.cn/", "tel:+86-592-1234567", "mailto:gk@example.gov.cn"),
                task.select(".site-nav li:nth-last-child(-n+4) a").eachAttr("href"));
        assertEquals(List.of("https://www.gov.cn/a"), task.select(".evidence a").eachAttr("href"));
        assertEquals(List.of("https://www.gov.cn/a"), task.select(".evidence a").eachText());
        assertEquals("https://www.gov.cn/yuanwen/", site.page("plans/demo-2020/").selectFirst("a:contains(查看原文)").attr("href"));
    }

    /**
     * Every href and src of a page that a browser would run as a script or fetch from another host, judged
     * here apart from the generator: what browsers strip is stripped, then the scheme is read.
     */
    private static List<String> unsafeTargets(Document page) {
        List<String> bad = new ArrayList<>();
        for (Element e : page.select("[href], [src]")) {
            for (String key : List.of("href", "src")) {
                if (!e.hasAttr(key)) {
                    continue;
                }
                String v = e.attr(key).replaceAll("[\t\n\r]", "").replaceAll("^[\\x00-\\x20]+|[\\x00-\\x20]+$", "");
                Matcher m = SCHEME.matcher(v);
                String scheme = m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
                boolean ok = key.equals("href") && !e.is("link")
                        ? scheme == null ? !v.matches("^[/\\\\]{2}.*") : Set.of("http", "https", "mailto", "tel").contains(scheme)
                        : scheme == null ? !v.matches("^[/\\\\]{2}.*") : e.is("link[rel=canonical]") && scheme.equals("https");
                if (!ok) {
                    bad.add(e.tagName() + " " + key + "=" + e.attr(key));
                }
            }
        }
        return bad;
    }
}
