package gongkai.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SitemapTest {

    private static Map<String, String> files(List<String> pages) throws Exception {
        Map<String, String> out = new TreeMap<>();
        for (Job job : Sitemap.jobs("https://gk.example.gov.cn/", pages)) {
            out.put(job.path(), new String(job.producer().produce(), StandardCharsets.UTF_8));
        }
        return out;
    }

    private static int count(String text, String tag) {
        return text.split(tag, -1).length - 1;
    }

    @Test
    void aSiteOfUpToFiftyThousandPagesHasOneSitemap() throws Exception {
        List<String> pages = new ArrayList<>(List.of("index.html", "404.html"));
        for (int i = 1; i < Sitemap.MAX_URLS; i++) {
            pages.add("plans/p/" + i + "/index.html");
        }
        Map<String, String> files = files(pages);
        assertEquals(List.of("robots.txt", "sitemap.xml"), List.copyOf(files.keySet()));
        assertEquals(Sitemap.MAX_URLS, count(files.get("sitemap.xml"), "<url>"));
        assertTrue(files.get("sitemap.xml").contains("<loc>https://gk.example.gov.cn/</loc>"));
    }

    @Test
    void aLargerSiteHasAnIndexAndPartsOfFiftyThousand() throws Exception {
        List<String> pages = new ArrayList<>();
        for (int i = 0; i < 2 * Sitemap.MAX_URLS + 7; i++) {
            pages.add("plans/p/" + i + "/index.html");
        }
        Map<String, String> files = files(pages);
        assertEquals(List.of("robots.txt", "sitemap.xml", "sitemaps/1.xml", "sitemaps/2.xml", "sitemaps/3.xml"),
                List.copyOf(files.keySet()));
        String index = files.get("sitemap.xml");
        assertTrue(index.contains("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"));
        assertTrue(index.contains("<sitemap><loc>https://gk.example.gov.cn/sitemaps/3.xml</loc></sitemap>"));
        assertEquals(Sitemap.MAX_URLS, count(files.get("sitemaps/1.xml"), "<url>"));
        assertEquals(Sitemap.MAX_URLS, count(files.get("sitemaps/2.xml"), "<url>"));
        assertEquals(7, count(files.get("sitemaps/3.xml"), "<url>"));
        assertTrue(files.get("sitemaps/3.xml").contains("<loc>https://gk.example.gov.cn/plans/p/100006/</loc>"));
        assertEquals("User-agent: *\nAllow: /\nSitemap: https://gk.example.gov.cn/sitemap.xml\n", files.get("robots.txt"));
    }
}
