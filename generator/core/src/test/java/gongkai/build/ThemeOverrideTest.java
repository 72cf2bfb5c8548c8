package gongkai.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.support.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site needs no templates of its own: the built-in theme renders it. What the site does put in templates/
 * replaces the built-in file of the same name, and nothing else.
 */
class ThemeOverrideTest {

    @TempDir
    Path temp;

    private TestSite withoutTheme(String name) throws Exception {
        TestSite site = TestSite.fixture("basic", temp.resolve(name));
        TestSite.deleteTree(site.root().resolve("templates"));
        return site;
    }

    @Test
    void aSiteWithoutTemplatesIsBuiltByTheBuiltInThemeByteForByte() throws Exception {
        TestSite full = TestSite.fixture("basic", temp.resolve("full"));
        full.buildOk();
        TestSite bare = withoutTheme("bare");
        bare.buildOk();
        Map<String, byte[]> a = full.snapshot();
        Map<String, byte[]> b = bare.snapshot();
        assertEquals(a.keySet(), b.keySet());
        a.forEach((path, bytes) -> assertArrayEquals(bytes, b.get(path), path));
    }

    @Test
    void oneOverriddenTemplateOrStaticFileChangesThatAlone() throws Exception {
        TestSite site = withoutTheme("own");
        String layout = Files.readString(TestSite.repo().resolve("templates/_layout.ftlh"));
        site.write("templates/_layout.ftlh", layout.replace("</head>", "<meta name=\"x-own-layout\" content=\"yes\">\n</head>"))
                .write("templates/static/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
                .write("templates/static/site.js", "/* 本站自己的脚本 */\n");
        site.buildOk();
        assertEquals("yes", site.page("plans/demo-2020/2/").selectFirst("meta[name=x-own-layout]").attr("content"));
        assertEquals("<svg xmlns=\"http://www.w3.org/2000/svg\"/>", site.read("assets/logo.svg"));
        assertEquals("/* 本站自己的脚本 */\n", site.read("assets/site.js"));
        // The built-in style sheet, its words filled in.
        String css = Files.readString(TestSite.repo().resolve("templates/static/style.css"));
        assertEquals(css.replace("{{msg:narrow.number}}", "编号 ").replace("{{msg:narrow.plan}}", "所属计划：")
                .replace("{{msg:narrow.deadline}}", "完成时限："), site.read("assets/style.css"));
        assertTrue(site.page("plans/demo-2020/").select("table.tasks").size() > 0, "plan.ftlh still the built-in one");
    }

    /**
     * A theme exported before the list of changes had its archive pages its changes with `pager`: it still builds,
     * with every page of one page.
     */
    @Test
    void aChangesTemplateFromBeforeTheArchiveStillBuilds() throws Exception {
        TestSite site = withoutTheme("older").write("templates/changes.ftlh", "<#if pager.page gt 1>第${pager.page}页</#if>"
                + "<p>${pager.page}/${pager.pages}，共 ${pager.total} 项</p><#list items as i>${i.title}</#list>\n");
        site.buildOk();
        assertEquals("1/1，共 0 项", site.page("changes/").selectFirst("p").text());
    }

    @Test
    void anErrorInAnOverrideNamesTheSitesFileAndLine() throws Exception {
        TestSite site = withoutTheme("broken").write("templates/task.ftlh", "<#import \"_layout.ftlh\" as layout>\n${nosuchvalue}\n");
        List<String> p = site.problems();
        assertTrue(p.size() >= 1 && p.stream().allMatch(s -> s.startsWith("templates/task.ftlh:2: 模板执行出错：")), p.toString());
    }
}
