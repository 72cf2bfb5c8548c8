package gongkai.render;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** sitemap.xml and robots.txt, from the list of HTML pages the build writes. */
public final class Sitemap {

    private Sitemap() {
    }

    public static List<Job> jobs(String baseUrl, List<String> pagePaths) {
        return List.of(
                new Job("sitemap.xml", () -> sitemap(baseUrl, pagePaths)),
                new Job("robots.txt", () -> ("User-agent: *\nAllow: /\nSitemap: " + baseUrl + "sitemap.xml\n")
                        .getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] sitemap(String baseUrl, List<String> pagePaths) {
        StringBuilder x = new StringBuilder(pagePaths.size() * 96 + 256);
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        x.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String path : pagePaths) {
            if (path.equals("404.html")) {
                continue;
            }
            String url = path.endsWith("index.html") ? path.substring(0, path.length() - "index.html".length()) : path;
            x.append("<url><loc>").append(Xml.escape(baseUrl + url)).append("</loc></url>\n");
        }
        x.append("</urlset>\n");
        return x.toString().getBytes(StandardCharsets.UTF_8);
    }
}
