package gongkai.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import gongkai.build.Build;
import gongkai.serve.StaticServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The shipped site, built and served on loopback, in Debian's Chromium: axe-core over every page at
 * desktop width and at 320 CSS px, no sideways scroll on a phone, and the filter, the search and the
 * large-text mode driven from the keyboard. Writes the screenshots and a report of the figures.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SiteInBrowserTest {

    /** The WCAG 2.0, 2.1 and 2.2 level A and AA rules of axe-core. */
    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");
    static final String PLAN = "plans/wenzhou-2019/";
    static final String PLAN_WITH_SECTIONS = "plans/xiamen-cgj-2018/";
    static final String TASK = "plans/xiamen-cgj-2018/3/";
    static final String UNIT = "units/wenzhou-xfj/";
    /** One page of each kind. */
    static final List<String> KINDS = List.of("", "plans/", PLAN, PLAN_WITH_SECTIONS, TASK, "plans/wenzhou-2019/2-4/",
            "units/", UNIT, "status/", "status/overdue/", "search/", "404.html");

    Path root;
    Path site;
    StaticServer server;
    Browser browser;
    String base;
    final Map<String, String> report = new LinkedHashMap<>();

    @BeforeAll
    void start() throws IOException {
        root = Path.of(System.getProperty("gongkai.root", "..")).toAbsolutePath().normalize();
        Path work = Path.of(System.getProperty("gongkai.work", "target")).toAbsolutePath();
        site = work.resolve("site");
        Build.Result r = Build.run(Build.Options.forProject(root).withOutput(site));
        assertTrue(r.ok(), () -> r.problems() + " " + r.refusal());
        server = new StaticServer(site, 0).start();
        base = "http://127.0.0.1:" + server.port() + "/";
        browser = new Browser();
    }

    @AfterAll
    void stop() throws IOException {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (server != null) {
                server.close();
            }
        }
        StringBuilder sb = new StringBuilder("gongkai browser report\n");
        report.forEach((k, v) -> sb.append(k).append(": ").append(v).append('\n'));
        System.out.print(sb);
        Path out = Path.of(System.getProperty("gongkai.work", "target")).resolve("browser-report.txt");
        Files.writeString(out, sb.toString(), StandardCharsets.UTF_8);
    }

    List<String> pages() throws IOException {
        try (Stream<Path> s = Files.walk(site)) {
            return s.filter(p -> p.toString().endsWith(".html")).map(p -> site.relativize(p).toString().replace('\\', '/'))
                    .map(p -> p.endsWith("index.html") ? p.substring(0, p.length() - "index.html".length()) : p)
                    .sorted().toList();
        }
    }

    Results axe() {
        return new AxeBuilder().withTags(WCAG_TAGS).analyze(browser.driver);
    }

    static String describe(String page, Rule rule) {
        StringBuilder sb = new StringBuilder(page + ": " + rule.getId() + " (" + rule.getImpact() + ") " + rule.getHelp());
        for (CheckedNode n : rule.getNodes()) {
            sb.append("\n    ").append(n.getTarget()).append(' ').append(n.getHtml());
        }
        return sb.toString();
    }

    /** axe over every page at one width; also no script error, no request off the site, and at 320 px no sideways scroll. */
    int[] sweep(String label, List<String> pages, boolean phone, List<String> problems) {
        int violations = 0;
        int passes = 0;
        for (String page : pages) {
            browser.open(base + page);
            Results results = axe();
            assertFalse(results.isErrored(), () -> page + ": " + results.getErrorMessage());
            for (Rule rule : results.getViolations()) {
                violations += rule.getNodes().size();
                problems.add("[" + label + "] " + describe(page, rule));
            }
            passes += results.getPasses().size();
            for (String e : browser.scriptErrors()) {
                problems.add("[" + label + "] " + page + ": script error: " + e);
            }
            for (String req : browser.requests()) {
                if (!req.startsWith(base)) {
                    problems.add("[" + label + "] " + page + ": request off the site: " + req);
                }
            }
            if (phone) {
                long over = browser.sidewaysOverflow();
                if (over > 0) {
                    problems.add("[" + label + "] " + page + ": scrolls sideways by " + over + " px at 320 px");
                }
            }
        }
        return new int[] {violations, passes};
    }

    @Test
    @Order(0)
    void axeCatchesAViolationWhenThereIsOne() {
        browser.desktop();
        browser.open(base + TASK);
        browser.js("var i = document.createElement('img'); i.src = 'x.png'; document.getElementById('main').appendChild(i);"
                + "var p = document.createElement('p'); p.textContent = '浅色文字'; p.style.color = '#bbb';"
                + "document.getElementById('main').appendChild(p);");
        List<String> ids = axe().getViolations().stream().map(Rule::getId).sorted().toList();
        assertEquals(List.of("color-contrast", "image-alt"), ids);
    }

    @Test
    @Order(1)
    void axeFindsNothingOnAnyPageAtDesktopWidthOrAt320Px() throws IOException {
        List<String> pages = pages();
        List<String> problems = new ArrayList<>();
        browser.desktop();
        int[] desktop = sweep("1280px", pages, false, problems);
        browser.viewport(320, 720, true);
        int[] phone = sweep("320px", pages, true, problems);
        browser.desktop();
        report.put("axe-core", "WCAG 2.0/2.1/2.2 A+AA tags " + WCAG_TAGS);
        report.put("pages checked", pages.size() + " pages × 2 widths (1280 px, 320 px) = " + pages.size() * 2 + " axe runs");
        report.put("axe violations", (desktop[0] + phone[0]) + " (1280 px: " + desktop[0] + ", 320 px: " + phone[0] + ")");
        report.put("axe rules passed per run (sum)", Integer.toString(desktop[1] + phone[1]));
        assertEquals(List.of(), problems, String.join("\n", problems));
        assertTrue(pages.size() > 130, "pages: " + pages.size());
    }

    @Test
    @Order(2)
    void darkSchemeLargeTextAndPrintKeepTheirPromises() {
        List<String> problems = new ArrayList<>();
        browser.desktop();
        browser.media("", Map.of("prefers-color-scheme", "dark"));
        int[] dark = sweep("dark", KINDS, false, problems);
        assertEquals("rgb(18, 20, 23)", browser.text("return getComputedStyle(document.body).backgroundColor"));
        browser.media("", Map.of());
        report.put("axe violations, dark scheme (one page of each kind)", Integer.toString(dark[0]));

        // Large text at 320 px (the reader's 适老化 mode on a phone): still nothing scrolls sideways.
        browser.open(base);
        browser.js("localStorage.setItem('gongkai-text-size', 'large')");
        browser.viewport(320, 720, true);
        int[] large = sweep("large text 320px", KINDS, true, problems);
        browser.open(base + TASK);
        assertTrue(browser.number("return parseFloat(getComputedStyle(document.body).fontSize)") >= 18);
        browser.js("localStorage.removeItem('gongkai-text-size')");
        report.put("axe violations, large text at 320 px (one page of each kind)", Integer.toString(large[0]));

        // Text zoomed to 200% at 640 px (1280 px at 200%): no loss, no sideways scroll.
        browser.viewport(640, 800, false);
        for (String page : KINDS) {
            browser.open(base + page);
            browser.js("document.documentElement.style.fontSize = '200%'");
            long over = browser.sidewaysOverflow();
            if (over > 0) {
                problems.add("[200% text] " + page + ": scrolls sideways by " + over + " px");
            }
        }
        browser.desktop();

        // Print: a plan prints as its tables and as-of date, without navigation or controls.
        browser.open(base + PLAN_WITH_SECTIONS);
        browser.media("print", Map.of());
        assertEquals("none", browser.text("return getComputedStyle(document.querySelector('.site-nav')).display"));
        assertEquals("none", browser.text("return getComputedStyle(document.querySelector('.filter-fields')).display"));
        assertEquals("table", browser.text("return getComputedStyle(document.querySelector('table.tasks')).display"));
        assertFalse("none".equals(browser.text("return getComputedStyle(document.querySelector('.as-of')).display")));
        browser.media("", Map.of());
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    @Test
    @Order(3)
    void theSkipLinkIsTheFirstStopAndLeadsToTheMainContent() {
        browser.desktop();
        browser.open(base + TASK);
        browser.keys(Keys.TAB);
        WebElement skip = browser.active();
        assertEquals("跳到正文", skip.getText());
        assertTrue(browser.number("return document.activeElement.getBoundingClientRect().left") >= 0, "visible on focus");
        browser.keys(Keys.ENTER);
        assertEquals("main", browser.active().getAttribute("id"));
    }

    @Test
    @Order(4)
    void theLargeTextModeIsWorkedByKeyboardAndPersistsAcrossPages() {
        browser.desktop();
        browser.open(base);
        browser.js("localStorage.clear()");
        browser.open(base);
        assertEquals(16, browser.number("return parseFloat(getComputedStyle(document.body).fontSize)"));
        WebElement button = browser.tabTo("button.text-size", 20);
        assertEquals("false", button.getAttribute("aria-pressed"));
        browser.keys(Keys.SPACE);
        assertEquals("true", button.getAttribute("aria-pressed"));
        assertEquals(20, browser.number("return parseFloat(getComputedStyle(document.body).fontSize)"));
        browser.open(base + PLAN);
        assertTrue((Boolean) browser.js("return document.documentElement.classList.contains('large-text')"));
        assertEquals("true", browser.find("button.text-size").getAttribute("aria-pressed"));
        assertEquals(20, browser.number("return parseFloat(getComputedStyle(document.body).fontSize)"));
        browser.tabTo("button.text-size", 20);
        browser.keys(Keys.ENTER);
        assertEquals(16, browser.number("return parseFloat(getComputedStyle(document.body).fontSize)"));
        browser.open(base + TASK);
        assertFalse((Boolean) browser.js("return document.documentElement.classList.contains('large-text')"));
    }

    long visibleRows() {
        return browser.number("return document.querySelectorAll('#tasks tbody tr:not([hidden])').length");
    }

    @Test
    @Order(5)
    void thePlanFilterIsWorkedByKeyboardAndKeptInTheAddress() {
        browser.desktop();
        browser.open(base + PLAN);
        long all = visibleRows();
        assertEquals(48, all);
        assertEquals("共 48 项任务，未筛选。", browser.find("#filter-result").getText());
        WebElement status = browser.tabTo("#f-status", 80);
        browser.keys(Keys.END);
        assertEquals("overdue", status.getAttribute("value"));
        assertEquals(2, visibleRows());
        assertEquals("符合条件的任务 2 项（共 48 项）。", browser.find("#filter-result").getText());
        assertTrue(browser.driver.getCurrentUrl().endsWith("?status=overdue"), browser.driver.getCurrentUrl());

        browser.tabTo("#f-q", 5);
        browser.keys("查阅");
        browser.keys(Keys.ENTER);
        assertEquals(1, visibleRows());
        String shared = browser.driver.getCurrentUrl();
        assertTrue(shared.contains("status=overdue") && shared.contains("q="), shared);

        // The shared address opens on the same view.
        browser.open(base);
        browser.open(shared);
        assertEquals(1, visibleRows());
        assertEquals("overdue", browser.find("#f-status").getAttribute("value"));
        assertEquals("查阅", browser.find("#f-q").getAttribute("value"));
        assertTrue(browser.text("return document.querySelector('#tasks tbody tr:not([hidden]) th').textContent")
                .contains("加强政府信息公开查阅场所建设"));

        browser.tabTo("button[type=reset]", 80);
        browser.keys(Keys.ENTER);
        browser.waitFor("all rows back", () -> visibleRows() == all);
        assertTrue(browser.driver.getCurrentUrl().endsWith(PLAN), browser.driver.getCurrentUrl());

        // By lead unit: the first unit offered, chosen with the arrow key.
        browser.open(base + PLAN);
        WebElement lead = browser.tabTo("#f-lead", 80);
        browser.keys(Keys.ARROW_DOWN);
        String unit = lead.getAttribute("value");
        assertFalse(unit.isEmpty());
        long shown = visibleRows();
        assertTrue(shown > 0 && shown < all, "rows: " + shown);
        assertEquals(shown, browser.number("var unit = arguments[0];"
                + "return Array.from(document.querySelectorAll('#tasks tbody tr:not([hidden])'))"
                + ".filter(function (r) { return (' ' + r.dataset.lead + ' ').indexOf(' ' + unit + ' ') >= 0; }).length",
                unit));
        assertTrue(browser.driver.getCurrentUrl().endsWith("?lead=" + unit));
        assertEquals(List.of(), axe().getViolations().stream().map(r -> describe("filtered plan", r)).toList());

        // Sections with nothing left are hidden with their headings.
        browser.open(base + PLAN_WITH_SECTIONS + "?status=in-progress");
        long visibleSections = browser.number("return document.querySelectorAll('#tasks h4').length - "
                + "Array.from(document.querySelectorAll('#tasks h4')).filter(function (h) { return h.closest('[hidden]'); }).length");
        assertTrue(visibleSections > 0 && visibleSections < 14, "sections shown: " + visibleSections);
        assertEquals(List.of(), browser.scriptErrors());
    }

    @Test
    @Order(6)
    void searchIsWorkedByKeyboardAndReadsOnlyTheShardsItNeeds() {
        browser.desktop();
        browser.open(base + "search/");
        browser.tabTo("#q", 20);
        browser.keys("信访");
        browser.keys(Keys.ENTER);
        browser.waitFor("search result", () -> browser.find("#search-status").getText().startsWith("找到"));
        String said = browser.find("#search-status").getText();
        long listed = browser.number("return document.querySelectorAll('#search-results li').length");
        assertTrue(said.startsWith("找到 " + listed + " 项结果"), said);
        assertEquals("status", browser.find("#search-status").getAttribute("role"));
        assertTrue(browser.text("return document.getElementById('search-results').textContent").contains("温州市信访局"));
        assertTrue(browser.driver.getCurrentUrl().contains("?q="));
        @SuppressWarnings("unchecked")
        List<String> shards = (List<String>) browser.js("return performance.getEntriesByType('resource')"
                + ".map(function (e) { return e.name; }).filter(function (n) { return n.indexOf('/search/terms/') >= 0; })");
        assertEquals(1, shards.size(), "a two-character query reads one term shard: " + shards);

        // Onwards from the field by Tab: the button, then the first result, which Enter opens.
        browser.tabTo("#search-results a", 3);
        String target = browser.active().getAttribute("href");
        browser.keys(Keys.ENTER);
        browser.waitFor("result opened", () -> browser.driver.getCurrentUrl().equals(target));

        // A bookmarked search; a single character; several words; nothing found.
        browser.open(base + "search/?q=" + java.net.URLEncoder.encode("政策解读", StandardCharsets.UTF_8));
        browser.waitFor("bookmarked search", () -> browser.find("#search-status").getText().startsWith("找到"));
        assertEquals("政策解读", browser.find("#q").getAttribute("value"));
        // The results as a script wrote them pass axe too, in both colour schemes.
        browser.open(base + "search/?q=" + java.net.URLEncoder.encode("信访", StandardCharsets.UTF_8));
        browser.waitFor("results", () -> browser.find("#search-status").getText().startsWith("找到"));
        assertEquals(List.of(), axe().getViolations().stream().map(r -> describe("search results", r)).toList());
        browser.media("", Map.of("prefers-color-scheme", "dark"));
        assertEquals(List.of(), axe().getViolations().stream().map(r -> describe("search results, dark", r)).toList());
        browser.media("", Map.of());
        browser.open(base + "search/?q=" + java.net.URLEncoder.encode("政策解读", StandardCharsets.UTF_8));
        browser.waitFor("bookmarked search", () -> browser.find("#search-status").getText().startsWith("找到"));
        assertTrue(browser.driver.getTitle().startsWith("“政策解读”的搜索结果"));
        browser.open(base + "search/?q=" + java.net.URLEncoder.encode("局", StandardCharsets.UTF_8));
        browser.waitFor("one character", () -> browser.find("#search-status").getText().startsWith("找到"));
        browser.open(base + "search/?q=" + java.net.URLEncoder.encode("温州 信访局", StandardCharsets.UTF_8));
        browser.waitFor("two words", () -> browser.find("#search-status").getText().startsWith("找到"));
        browser.open(base + "search/?q=" + java.net.URLEncoder.encode("量子计算", StandardCharsets.UTF_8));
        browser.waitFor("nothing", () -> browser.find("#search-status").getText().startsWith("没有找到"));
        assertEquals(List.of(), browser.scriptErrors());
    }

    @Test
    @Order(7)
    void readAloudAppearsOnlyWithAVoiceAndSpeaksThePage() {
        browser.desktop();
        browser.open(base + TASK);
        boolean hasVoice = (Boolean) browser.js("return speechSynthesis.getVoices().some(function (v) { return /^(zh|cmn)/i.test(v.lang); })");
        assertEquals(!hasVoice, (Boolean) browser.js("return document.querySelector('.read-aloud').hidden"));

        // A browser with a Chinese voice, stood in for by a recording stub.
        Map<String, Object> added = browser.cdp("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                window.__spoken = [];
                var fake = { speaking: false, pending: false,
                  getVoices: function () { return [{ lang: 'zh-CN', name: 'stub' }]; },
                  speak: function (u) { window.__spoken.push(u.text); this.speaking = true; },
                  cancel: function () { this.speaking = false; window.__spoken.push('(cancel)'); },
                  addEventListener: function () {} };
                Object.defineProperty(window, 'speechSynthesis', { value: fake, configurable: true });
                window.SpeechSynthesisUtterance = function (text) { this.text = text; };
                """));
        try {
            browser.open(base + TASK);
            WebElement button = browser.tabTo("#read-aloud", 20);
            browser.keys(Keys.ENTER);
            String spoken = browser.text("return window.__spoken[0]");
            assertTrue(spoken.startsWith("任务 3 做好权责清单调整和公开工作。"), spoken);
            assertTrue(spoken.contains("落实情况"), spoken);
            assertEquals("停止朗读", button.getText().strip().replace("■", "").strip());
            browser.keys(Keys.ENTER);
            assertEquals("(cancel)", browser.text("return window.__spoken[1]"));
            assertEquals("朗读本页", button.getText().replace("▶", "").strip());
        } finally {
            browser.cdp("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", added.get("identifier")));
        }
    }

    @Test
    @Order(8)
    void screenshotsAndTheWeightOfAFirstVisit() throws IOException {
        Path dir = Path.of(System.getProperty("gongkai.screenshots", "target/screenshots")).toAbsolutePath();
        Files.createDirectories(dir);
        Map<String, String> shots = new LinkedHashMap<>();
        shots.put("home", "");
        shots.put("plan", PLAN_WITH_SECTIONS);
        shots.put("task", TASK);
        shots.put("unit", UNIT);
        for (Map.Entry<String, String> s : shots.entrySet()) {
            browser.viewport(1280, 1000, false);
            browser.open(base + s.getValue());
            save(dir.resolve(s.getKey() + "-desktop.png"));
            browser.viewport(390, 1100, true);
            browser.open(base + s.getValue());
            save(dir.resolve(s.getKey() + "-phone.png"));
        }
        // The large-text mode (适老化) on a phone.
        browser.open(base);
        browser.js("localStorage.setItem('gongkai-text-size', 'large')");
        browser.open(base + TASK);
        save(dir.resolve("task-phone-large-text.png"));
        browser.js("localStorage.removeItem('gongkai-text-size')");
        // A filtered plan, as a shared link opens it.
        browser.viewport(1280, 1000, false);
        browser.open(base + PLAN + "?status=overdue");
        browser.js("document.getElementById('task-filter').scrollIntoView()");
        save(dir.resolve("plan-filtered-desktop.png"));
        // What print and the dark scheme look like, for a person to check (kept in target/ only).
        Path work = Path.of(System.getProperty("gongkai.work", "target")).toAbsolutePath();
        browser.viewport(900, 1300, false);
        browser.open(base + PLAN_WITH_SECTIONS);
        browser.media("print", Map.of());
        save(work.resolve("plan-print.png"));
        browser.media("", Map.of("prefers-color-scheme", "dark"));
        browser.viewport(1280, 1000, false);
        browser.open(base + PLAN_WITH_SECTIONS);
        save(work.resolve("plan-dark.png"));
        browser.media("", Map.of());
        browser.desktop();
        report.put("screenshots", dir.toString());

        // The largest page, and what a first visit to a plan page costs (nothing cached).
        String largest = null;
        long max = 0;
        try (Stream<Path> files = Files.walk(site)) {
            for (Path p : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                if (Files.size(p) > max) {
                    max = Files.size(p);
                    largest = site.relativize(p).toString();
                }
            }
        }
        report.put("largest HTML page", largest + " " + max + " bytes (" + gzipSize(site.resolve(largest)) + " gzipped)");
        for (String plan : List.of(PLAN, PLAN_WITH_SECTIONS)) {
            browser.cdp("Network.enable", Map.of());
            browser.cdp("Network.clearBrowserCache", Map.of());
            browser.open(base + plan);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> entries = (List<Map<String, Object>>) browser.js(
                    "return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))"
                            + ".map(function (e) { return { name: e.name, body: e.encodedBodySize, transfer: e.transferSize }; })");
            long body = 0;
            long transfer = 0;
            long gzip = 0;
            List<String> names = new ArrayList<>();
            for (Map<String, Object> e : entries) {
                body += ((Number) e.get("body")).longValue();
                transfer += ((Number) e.get("transfer")).longValue();
                String path = e.get("name").toString().substring(base.length()).replaceAll("[?#].*", "");
                names.add(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path);
                gzip += gzipSize(site.resolve(names.get(names.size() - 1).isEmpty() ? "index.html" : names.get(names.size() - 1)));
            }
            report.put("first visit to " + plan, entries.size() + " requests, " + body + " bytes of HTML+CSS+JS ("
                    + transfer + " bytes with headers, " + gzip + " bytes if served gzipped): " + names);
        }
    }

    private void save(Path file) throws IOException {
        Map<String, Object> shot = browser.cdp("Page.captureScreenshot", Map.of("format", "png"));
        Files.write(file, Base64.getDecoder().decode(shot.get("data").toString()));
    }

    private static long gzipSize(Path file) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(Files.readAllBytes(file));
        }
        return out.size();
    }
}
