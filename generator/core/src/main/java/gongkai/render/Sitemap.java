package gongkai.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * sitemap.xml and robots.txt, from the list of HTML pages the build writes. The sitemap protocol allows
 * 50,000 addresses a file: a larger site gets a sitemap index at sitemap.xml and its parts in sitemaps/.
 */
public final class Sitemap {

    /** Addresses a sitemap file may hold (sitemaps.org). */
    static final int MAX_URLS = 50_000;

    private Sitemap() {
    }

    public static List<Job> jobs(String baseUrl, List<String> pagePaths) {
        List<String> urls = new ArrayList<>(pagePaths.size());
        for (String path : pagePaths) {
            if (!path.equals("404.html")) {
                urls.add(baseUrl + (path.endsWith("index.html") ? path.substring(0, path.length() - "index.html".length()) : path));
            }
        }
        List<Job> jobs = new ArrayList<>();
        jobs.add(new Job("robots.txt", () -> ("User-agent: *\nAllow: /\nSitemap: " + baseUrl + "sitemap.xml\n")
                .getBytes(StandardCharsets.UTF_8), Shows.NOTHING));
        if (urls.size() <= MAX_URLS) {
            jobs.add(new Job("sitemap.xml", () -> urlset(urls)));
            return jobs;
        }
        int parts = (urls.size() + MAX_URLS - 1) / MAX_URLS;
        jobs.add(new Job("sitemap.xml", () -> index(baseUrl, parts)));
        for (int i = 0; i < parts; i++) {
            List<String> part = urls.subList(i * MAX_URLS, Math.min(urls.size(), (i + 1) * MAX_URLS));
            jobs.add(new Job(part(i), () -> urlset(part)));
        }
        return jobs;
    }

    /** The file of the n-th part (from 0) of a sitemap split in parts. */
    static String part(int n) {
        return "sitemaps/" + (n + 1) + ".xml";
    }

    private static byte[] urlset(List<String> urls) {
        StringBuilder x = new StringBuilder(urls.size() * 96 + 256);
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        x.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String url : urls) {
            x.append("<url><loc>").append(Xml.escape(url)).append("</loc></url>\n");
        }
        x.append("</urlset>\n");
        return x.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] index(String baseUrl, int parts) {
        StringBuilder x = new StringBuilder(parts * 96 + 256);
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        x.append("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (int i = 0; i < parts; i++) {
            x.append("<sitemap><loc>").append(Xml.escape(baseUrl + part(i))).append("</loc></sitemap>\n");
        }
        x.append("</sitemapindex>\n");
        return x.toString().getBytes(StandardCharsets.UTF_8);
    }
}
