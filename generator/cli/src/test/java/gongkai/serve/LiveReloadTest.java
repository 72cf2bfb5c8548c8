package gongkai.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.diagnostics.Problem;
import gongkai.support.TestSite;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The open page refreshes itself after an edit, and shows the problems of a failed rebuild. */
class LiveReloadTest {

    @TempDir
    Path temp;

    private final HttpClient client = HttpClient.newHttpClient();

    private Document get(String base, String path) throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        return Jsoup.parse(r.body());
    }

    /** Opens the page's event stream and completes when the first "reload" arrives. */
    private CompletableFuture<String> awaitReload(String base) throws Exception {
        InputStream stream = client.send(HttpRequest.newBuilder(URI.create(base + StaticServer.EVENTS_PATH)).build(),
                HttpResponse.BodyHandlers.ofInputStream()).body();
        return CompletableFuture.supplyAsync(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    if (line.equals("data: reload")) {
                        return line;
                    }
                }
                return "closed";
            } catch (Exception e) {
                return e.toString();
            }
        });
    }

    @Test
    void anEditOnDiskReloadsTheOpenPage() throws Exception {
        TestSite site = TestSite.fixture("basic", temp);
        try (DevSite dev = DevSite.open(site.options())) {
        dev.buildAll();
        try (StaticServer server = new StaticServer(site.output(), 0, true).start();
             Watcher watcher = new Watcher(site.root().resolve("site-config.yml"),
                     List.of(site.root().resolve("content"), site.root().resolve("templates")),
                     changed -> server.reload(dev.update(changed).problems())).start()) {
            String base = "http://127.0.0.1:" + server.port();
            Document page = get(base, "/plans/demo-2020/2/");
            assertEquals(StaticServer.RELOAD_PATH, page.select("script[src]").last().attr("src"));
            CompletableFuture<String> reload = awaitReload(base);
            while (server.listeners() == 0) {
                Thread.sleep(10);
            }
            long start = System.nanoTime();
            site.write("content/plans/demo-2020/2.md", "---\nnumber: \"2\"\ntitle: 已经改过\n---\n");
            assertEquals("data: reload", reload.get(20, TimeUnit.SECONDS));
            System.out.printf("edit to reload event: %d ms%n", (System.nanoTime() - start) / 1_000_000);
            assertEquals("已经改过", get(base, "/plans/demo-2020/2/").selectFirst("h1").ownText());

            CompletableFuture<String> again = awaitReload(base);
            while (server.opened() < 2) {
                Thread.sleep(10);
            }
            site.write("content/plans/demo-2020/2.md", "---\ntitle: 已经改过\nstatus: done\n---\n");
            assertEquals("data: reload", again.get(20, TimeUnit.SECONDS));
            Document broken = get(base, "/plans/demo-2020/2/");
            assertEquals("content/plans/demo-2020/2.md:3:9: 未知状态“done”。可用状态：not-reported, not-started, in-progress, "
                    + "completed, ongoing, cancelled。", broken.selectFirst("#gongkai-problems li").text());
            assertEquals("已经改过", broken.selectFirst("h1").ownText(), "the last good page is still served");
        }
        }
    }

    /** Opens the page's event stream and completes with the first two events that name what was written. */
    private CompletableFuture<List<String>> awaitWritten(String base) throws Exception {
        InputStream stream = client.send(HttpRequest.newBuilder(URI.create(base + StaticServer.EVENTS_PATH)).build(),
                HttpResponse.BodyHandlers.ofInputStream()).body();
        return CompletableFuture.supplyAsync(() -> {
            List<String> events = new java.util.ArrayList<>();
            try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null && events.size() < 2; ) {
                    if (line.startsWith("data: ")) {
                        events.add(line);
                    }
                }
            } catch (Exception e) {
                events.add(e.toString());
            }
            return events;
        });
    }

    /**
     * serve tells the pages what it wrote, batch by batch: first the edited task's page with the search shards
     * that hold it, then the other pages the edit reaches; a page reloads only when it is one of them.
     */
    @Test
    void theEditedTaskPageIsWrittenFirstAndOnlyWrittenPagesReload() throws Exception {
        TestSite site = TestSite.fixture("basic", temp);
        try (DevSite dev = DevSite.open(site.options())) {
            dev.buildAll();
            try (StaticServer server = new StaticServer(site.output(), 0, true).start();
                 Watcher watcher = new Watcher(site.root().resolve("site-config.yml"),
                         List.of(site.root().resolve("content"), site.root().resolve("templates")),
                         changed -> {
                             DevSite.Outcome out = dev.update(changed, server::written);
                             if (!out.ok()) {
                                 server.reload(out.problems());
                             }
                         }).start()) {
                String base = "http://127.0.0.1:" + server.port();
                CompletableFuture<List<String>> events = awaitWritten(base);
                while (server.listeners() == 0) {
                    Thread.sleep(10);
                }
                site.write("content/plans/demo-2020/2.md", site.source("content/plans/demo-2020/2.md")
                        .replaceFirst("title: .*", "title: 改过的标题"));
                List<String> got = events.get(20, TimeUnit.SECONDS);
                assertEquals(2, got.size(), got.toString());
                assertTrue(got.get(0).startsWith("data: written [\"plans/demo-2020/2/index.html\""), got.get(0));
                assertTrue(got.get(0).matches("data: written \\[\"plans/demo-2020/2/index.html\"(,\"search/(terms|docs)/[0-9]+\\.json\")+\\]"),
                        "the task's page and the search shards that hold it: " + got.get(0));
                assertTrue(got.get(1).contains("\"plans/demo-2020/index.html\""), "then the plan's page: " + got.get(1));
                assertTrue(!got.get(1).contains("plans/other-2019/"), "a plan the edit left alone: " + got.get(1));
                assertEquals("改过的标题", get(base, "/plans/demo-2020/2/").selectFirst("h1").ownText());
            }
        }
    }

    @Test
    void theProblemsBannerEscapesWhatItQuotes() {
        String html = LivePage.decorate("<html><body><h1>x</h1></body></html>",
                List.of(new Problem("a.md", 1, 1, "未知单位“<script>”")), "/r.js");
        Document d = Jsoup.parse(html);
        assertEquals("a.md:1:1: 未知单位“<script>”", d.selectFirst("#gongkai-problems li").text());
        assertEquals(1, d.select("script").size());
        assertTrue(html.indexOf("gongkai-problems") < html.indexOf("<h1>"));
    }
}
