package gongkai.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.serve.StaticServer;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * What a first search costs a reader on a large site: the search page opened with a cold cache for each query, and
 * every file it fetched summed as a server would send it gzipped. A benchmark, not part of the test run: it runs
 * only on a site given by {@code -Dgongkai.searchSite=…/_site} (bench/search.sh builds the 100k one and runs it),
 * and holds the budget of 300 KB per first query.
 */
@EnabledIfSystemProperty(named = "gongkai.searchSite", matches = ".+")
class SearchBudgetTest {

    static final long BUDGET = 300 * 1024;
    static final List<String> QUERIES = List.of("财政", "预算", "政务公开 财政", "信息公开 政策解读 预算", "局", "量子计算");

    @Test
    void aFirstQueryStaysWithinTheBudget() throws IOException {
        Path site = Path.of(System.getProperty("gongkai.searchSite")).toAbsolutePath();
        List<String> over = new ArrayList<>();
        StringBuilder report = new StringBuilder("search budget on " + site + " (bytes gzipped, cold cache)\n");
        try (StaticServer server = new StaticServer(site, 0).start(); Browser browser = new Browser()) {
            String base = "http://127.0.0.1:" + server.port() + "/";
            browser.desktop();
            for (String query : QUERIES) {
                browser.cdp("Network.enable", Map.of());
                browser.cdp("Network.clearBrowserCache", Map.of());
                long start = System.nanoTime();
                browser.open(base + "search/?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
                browser.waitFor(query, () -> browser.find("#search-status").getText().matches("(找到|没有找到).*"));
                long millis = (System.nanoTime() - start) / 1_000_000;
                @SuppressWarnings("unchecked")
                List<String> names = (List<String>) browser.js("return performance.getEntriesByType('navigation')"
                        + ".concat(performance.getEntriesByType('resource')).map(function (e) { return e.name; })");
                long all = 0;
                long index = 0;
                List<String> files = new ArrayList<>();
                for (String name : names) {
                    String path = name.substring(base.length()).replaceAll("[?#].*", "");
                    path = path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
                    long gz = SiteInBrowserTest.gzipSize(site.resolve(path));
                    all += gz;
                    if (path.startsWith("search/") && path.endsWith(".json")) {
                        index += gz;
                        files.add(path);
                    }
                }
                String status = browser.find("#search-status").getText();
                report.append(String.format("%-24s %7d bytes in all, %7d of index in %d files, %5d ms: %s %s%n",
                        query, all, index, files.size(), millis, status, files));
                if (all > BUDGET) {
                    over.add(query + ": " + all);
                }
            }
        }
        System.out.print(report);
        assertTrue(over.isEmpty(), "over " + BUDGET + " bytes: " + over);
    }
}
