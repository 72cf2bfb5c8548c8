package gongkai.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.support.TestSite;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The words of a site: the language site-config.yml names, the built-in bundle of that language, and the site's
 * own templates/messages/&lt;language&gt;.yml laid over it message by message. Mistakes are named where they are.
 */
class MessagesTest {

    @TempDir
    Path temp;

    /** The basic fixture with no theme of its own: the built-in theme and its bundles alone. */
    private TestSite bare(String name) {
        TestSite site = TestSite.fixture("basic", temp.resolve(name));
        TestSite.deleteTree(site.root().resolve("templates"));
        return site;
    }

    private static String config(TestSite site) {
        try {
            return Files.readString(site.root().resolve("site-config.yml"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static final Pattern SITE_NAV = Pattern.compile("(?s)<nav class=\"site-nav\".*?</nav>");

    @Test
    void oneMessageOfTheSitesOwnChangesThatWordAlone() {
        TestSite base = bare("base");
        base.buildOk();
        TestSite own = bare("own").write("templates/messages/zh-CN.yml", "# 本站的说法\nnav:\n  units: 承办单位\n");
        own.buildOk();
        assertEquals("承办单位", own.page("").select("nav.site-nav a[href$=units/]").text());
        assertEquals("责任单位", own.page("units/").selectFirst("h1").text(), "another message with the same words");
        Map<String, byte[]> before = base.snapshot();
        Map<String, byte[]> after = own.snapshot();
        assertEquals(before.keySet(), after.keySet());
        before.forEach((path, bytes) -> {
            if (!path.endsWith(".html")) {
                assertArrayEquals(bytes, after.get(path), path);
                return;
            }
            String page = new String(bytes, StandardCharsets.UTF_8);
            Matcher nav = SITE_NAV.matcher(page);
            assertTrue(nav.find(), path);
            String expected = page.substring(0, nav.start()) + nav.group().replace(">责任单位<", ">承办单位<")
                    + page.substring(nav.end());
            assertEquals(expected, new String(after.get(path), StandardCharsets.UTF_8), path);
        });
    }

    @Test
    void statusNamesOfSiteConfigWinOverTheBundleAndTheBundleFillsTheRest() {
        TestSite site = TestSite.fixture("english", temp);
        TestSite.deleteTree(site.root().resolve("templates"));
        String config = config(site);
        site.write("site-config.yml", config + "statuses:\n  completed: Delivered\noverdue_label: Late\n")
                .write("templates/messages/en.yml", "status:\n  completed: Done\n  in-progress: Under way\n");
        site.buildOk();
        Document statuses = site.page("status/");
        assertEquals(List.of("Not reported", "Not started", "Under way", "Delivered", "Ongoing", "Adjusted", "Late"),
                statuses.select(".status-list .tag").eachText().stream().map(t -> t.substring(1).strip()).toList());
        assertEquals("Commitments: Late", site.page("status/overdue/").selectFirst("h1").text());
    }

    @Test
    void anUnknownLanguageIsRefusedWhereItIsWrittenNamingThoseThereAre() {
        TestSite site = bare("fr");
        site.write("site-config.yml", config(site) + "language: fr\n");
        List<String> p = site.problemsAlsoChecked();
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).startsWith("site-config.yml:8:11: 未知的语言“fr”。可用的语言：en、zh-CN"), p.get(0));
        TestSite near = bare("near");
        near.write("site-config.yml", config(near) + "language: zh-cn\n");
        assertTrue(near.problemsAlsoChecked().get(0).startsWith("site-config.yml:8:11: 未知的语言“zh-cn”。是否想写 zh-CN？"));
    }

    @Test
    void aSiteMayBringALanguageOfItsOwnWithEveryMessage() throws Exception {
        String english = Files.readString(TestSite.repo().resolve("templates/messages/en.yml"));
        TestSite site = bare("own-language");
        site.write("site-config.yml", config(site) + "language: fr\n")
                .write("templates/messages/fr.yml", english.replace("  home: Home\n", "  home: Accueil\n"));
        site.buildOk();
        Document home = site.page("");
        assertEquals("fr", home.selectFirst("html").attr("lang"));
        assertEquals("Accueil", home.selectFirst("nav.site-nav a").text());
        // The date pattern is the file's, the month's name the language's.
        assertEquals("Data as of 31 décembre 2020", home.selectFirst(".as-of").text());

        TestSite partial = bare("partial");
        partial.write("site-config.yml", config(partial) + "language: fr\n")
                .write("templates/messages/fr.yml", "nav:\n  home: Accueil\n");
        List<String> p = partial.problemsAlsoChecked();
        assertEquals(2, p.size(), p.toString());
        assertTrue(p.get(0).startsWith("site-config.yml:8:11: 未知的语言“fr”。"), p.get(0));
        assertTrue(p.get(1).startsWith("templates/messages/fr.yml: gongkai 没有内置“fr”的文字，所以这个文件要写全主题的每一条文字"),
                p.get(1));
    }

    @Test
    void everyMistakeInAMessagesFileIsNamedWithItsLineAndColumn() {
        TestSite site = bare("mistakes").write("templates/messages/zh-CN.yml", """
                nav:
                  hom: 主页
                  units: 承办单位
                summary:
                  legend: "{label} {cnt} 项"
                  text: 共 {total 项
                task:
                  numbered:
                date:
                  pattern: yyyy年bb月
                nav.units: 主办单位
                """).write("templates/messages/README.txt", "说明\n");
        List<String> p = site.problemsAlsoChecked();
        assertEquals(List.of(
                "templates/messages/README.txt: templates/messages/ 中只放各语言的文字文件，每种语言一个，名为“语言代码.yml”"
                        + "（如 zh-CN.yml、en.yml）；这个文件不会被读取。请改名或移走它。",
                "templates/messages/zh-CN.yml:2:3: 未知的文字“nav.hom”：主题中没有这条文字。是否想写 nav.home？",
                "templates/messages/zh-CN.yml:5:11: 文字“summary.legend”中的 {cnt} 不是这条文字的参数。可用的参数：{label}、{count}。",
                "templates/messages/zh-CN.yml:6:9: 文字“summary.text”中的占位符有误：“{”之后缺少“}”（从第 3 个字符起）。"
                        + "占位符写作 {名称} 或 {名称|单数|复数}。",
                "templates/messages/zh-CN.yml:8:3: 文字“task.numbered”没有写内容。要显示为空，请写 \"\"。"),
                p.subList(0, 5));
        assertEquals(7, p.size(), p.toString());
        assertTrue(p.get(5).startsWith("templates/messages/zh-CN.yml:10:12: 日期格式“yyyy年bb月”无效"), p.get(5));
        assertEquals("templates/messages/zh-CN.yml:11:1: 文字“nav.units”写了两次，第 3 行已写过。", p.get(6));
    }

    @Test
    void aSitesOwnScriptGetsItsWordsToo() {
        TestSite site = bare("script").write("templates/static/extra.js", "var home = \"{{msg:nav.home}}\";\n");
        site.buildOk();
        assertEquals("var home = \"首页\";\n", site.read("assets/extra.js"));
        TestSite wrong = bare("wrong-script").write("templates/static/extra.js", "// 说明\nvar home = \"{{msg:nav.hom}}\";\n");
        assertEquals(List.of("templates/static/extra.js:2: 没有文字“nav.hom”：内置主题和 templates/messages/zh-CN.yml 中都没有这个键。"),
                wrong.problems());
    }
}
