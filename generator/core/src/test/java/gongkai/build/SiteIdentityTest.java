package gongkai.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.support.TestSite;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page looks like its government's: the issuing authority named in the header of every page, with its emblem
 * where the site gives one (site-config.yml's authority and emblem), and a favicon of the theme's own.
 */
class SiteIdentityTest {

    @TempDir
    Path temp;

    private static final String EMBLEM = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><circle cx=\"5\" cy=\"5\" r=\"5\"/></svg>";

    @Test
    void theAuthorityAndItsEmblemAreInEveryPagesHeader() {
        TestSite site = TestSite.fixture("basic", temp)
                .write("site-config.yml", "title: 示例政务公开\nbase_url: https://example.org/gk/\nas_of: 2020-12-31\n"
                        + "authority: 示例市人民政府办公室\nemblem: static/emblem.svg\n")
                .write("templates/static/emblem.svg", EMBLEM);
        site.buildOk();
        assertEquals(EMBLEM, site.read("assets/emblem.svg"));
        int pages = 0;
        for (Map.Entry<String, byte[]> f : site.snapshot().entrySet()) {
            if (!f.getKey().endsWith(".html") || f.getKey().equals("404.html")) {
                continue;
            }
            Document d = Jsoup.parse(new String(f.getValue(), java.nio.charset.StandardCharsets.UTF_8));
            Element title = d.selectFirst("header a.site-title");
            String root = "../".repeat((int) f.getKey().chars().filter(c -> c == '/').count());
            Element img = title.selectFirst("img.emblem");
            assertEquals(root + "assets/emblem.svg", img.attr("src"), f.getKey());
            // The name beside it says what the image shows; the image itself adds nothing to read.
            assertEquals("", img.attr("alt"));
            assertEquals("示例市人民政府办公室 示例政务公开", title.text(), f.getKey());
            assertEquals(root + "assets/favicon.svg", d.selectFirst("link[rel=icon]").attr("href"));
            pages++;
        }
        assertTrue(pages > 20);
    }

    @Test
    void withoutThemTheHeaderNamesTheSiteAndTheFaviconIsTheThemes() {
        TestSite site = TestSite.fixture("basic", temp);
        site.buildOk();
        Document home = site.page("");
        assertEquals("示例政务公开", home.selectFirst("header a.site-title").text());
        assertTrue(home.select("header img").isEmpty());
        assertEquals("image/svg+xml", home.selectFirst("link[rel=icon]").attr("type"));
        assertTrue(site.read("assets/favicon.svg").startsWith("<svg"), "a favicon ships with the theme");
    }

    @Test
    void anEmblemOfTheBuiltInThemeIsFoundToo() {
        TestSite site = TestSite.fixture("basic", temp)
                .write("site-config.yml", "title: 示例政务公开\nbase_url: https://example.org/gk/\nemblem: static/favicon.svg\n");
        site.buildOk();
        assertEquals("assets/favicon.svg", site.page("").selectFirst("img.emblem").attr("src"));
    }
}
