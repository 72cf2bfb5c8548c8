package gongkai.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * The shipped site, built and served on loopback, in Debian's Chromium: axe-core (WCAG A and AA, and best
 * practices) over every page at desktop width and at 320 CSS px, in the light and the dark scheme; no sideways
 * scroll on a phone, no layout shift, phone cards and desktop tables measured; the filter, the search and the
 * large-text mode driven from the keyboard, and the pages without JavaScript. Writes the screenshots and a report
 * of the figures.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SiteInBrowserTest {

    static final String PLAN = "plans/wenzhou-2019/";
    static final String PLAN_WITH_SECTIONS = "plans/xiamen-cgj-2018/";
    static final String TASK = "plans/xiamen-cgj-2018/3/";
    static final String UNIT = "units/wenzhou-xfj/";
    /** One page of each kind. */
    static final List<String> KINDS = List.of("", "plans/", PLAN, PLAN_WITH_SECTIONS, TASK, "plans/wenzhou-2019/2-4/",
            "units/", UNIT, "status/", "status/overdue/", "changes/", "search/", "404.html");

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

    Axe.Result axe() {
        return Axe.run(browser);
    }

    static List<String> describe(String where, Axe.Result r) {
        return r.violations().stream().map(v -> v.describe(where)).toList();
    }

    /**
     * axe over every page at one width, in the light scheme and (bothSchemes) the dark one, each page loaded once;
     * also no script error, no request off the site, and at 320 px no sideways scroll. Returns the elements in
     * violation, light and dark, and the rules passed.
     */
    int[] sweep(String label, List<String> pages, boolean phone, boolean bothSchemes, List<String> problems) {
        int violations = 0;
        int dark = 0;
        int passes = 0;
        for (String page : pages) {
            browser.open(base + page);
            Axe.Result results = axe();
            violations += results.nodes();
            problems.addAll(describe("[" + label + "] " + page, results));
            passes += results.passes();
            if (bothSchemes) {
                browser.media("", Map.of("prefers-color-scheme", "dark"));
                Axe.Result inDark = axe();
                dark += inDark.nodes();
                problems.addAll(describe("[" + label + ", dark] " + page, inDark));
                passes += inDark.passes();
                browser.media("", Map.of());
            }
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
        return new int[] {violations, dark, passes};
    }

    @Test
    @Order(0)
    void axeCatchesAViolationWhenThereIsOne() {
        browser.desktop();
        browser.open(base + TASK);
        browser.js("var i = document.createElement('img'); i.src = 'x.png'; document.getElementById('main').appendChild(i);"
                + "var p = document.createElement('p'); p.textContent = '浅色文字'; p.style.color = '#bbb';"
                + "document.getElementById('main').appendChild(p);"
                // A best practice: two landmarks of one kind and one name.
                + "var a = document.createElement('aside'); a.setAttribute('aria-label', '附注'); a.textContent = '一';"
                + "var b = a.cloneNode(true); document.getElementById('main').append(a, b);");
        assertEquals(List.of("color-contrast", "image-alt", "landmark-unique"), axe().ids());
        // A colour that passes in the light scheme and fails in the dark one.
        browser.open(base + TASK);
        browser.js("var p = document.createElement('p'); p.textContent = '深色文字'; p.style.color = '#333';"
                + "document.getElementById('main').appendChild(p);");
        assertEquals(List.of(), axe().ids());
        browser.media("", Map.of("prefers-color-scheme", "dark"));
        assertEquals(List.of("color-contrast"), axe().ids());
        browser.media("", Map.of());
    }

    @Test
    @Order(1)
    void axeFindsNothingOnAnyPageAtDesktopWidthOrAt320PxLightOrDark() throws IOException {
        List<String> pages = pages();
        List<String> problems = new ArrayList<>();
        Object installed = Axe.install(browser);
        long t0 = System.nanoTime();
        try {
            browser.desktop();
            int[] desktop = sweep("1280px", pages, false, true, problems);
            browser.viewport(320, 720, true);
            int[] phone = sweep("320px", pages, true, true, problems);
            browser.desktop();
            report.put("axe-core", "tags " + Axe.TAGS);
            report.put("pages checked", pages.size() + " pages × 2 widths (1280 px, 320 px) × 2 schemes (light, dark) = "
                    + pages.size() * 4 + " axe runs in " + (System.nanoTime() - t0) / 1_000_000_000 + " s");
            report.put("axe violations", (desktop[0] + desktop[1] + phone[0] + phone[1]) + " (1280 px light: " + desktop[0]
                    + ", dark: " + desktop[1] + "; 320 px light: " + phone[0] + ", dark: " + phone[1] + ")");
            report.put("axe rules passed per run (sum)", Integer.toString(desktop[2] + phone[2]));
        } finally {
            Axe.uninstall(browser, installed);
        }
        assertEquals(List.of(), problems, String.join("\n", problems));
        assertTrue(pages.size() > 130, "pages: " + pages.size());
    }

    @Test
    @Order(2)
    void darkSchemeLargeTextAndPrintKeepTheirPromises() {
        List<String> problems = new ArrayList<>();
        browser.desktop();
        browser.media("", Map.of("prefers-color-scheme", "dark"));
        browser.open(base + TASK);
        assertEquals("rgb(18, 20, 23)", browser.text("return getComputedStyle(document.body).backgroundColor"));
        browser.media("", Map.of());

        // Large text at 320 px (the reader's 适老化 mode on a phone): still nothing scrolls sideways.
        browser.open(base);
        browser.js("localStorage.setItem('gongkai-text-size', 'large')");
        browser.viewport(320, 720, true);
        int[] large = sweep("large text 320px", KINDS, true, false, problems);
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
        // The issuing authority and its emblem print with the page, the emblem in its box.
        assertEquals(40, browser.number("return Math.round(document.querySelector('img.emblem').getBoundingClientRect().width)"));
        assertFalse("none".equals(browser.text("return getComputedStyle(document.querySelector('.authority')).display")));
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

    long visibleTasks() {
        return browser.number("return document.querySelectorAll('#tasks tbody tr:not([hidden]):not(.subitem)').length");
    }

    @Test
    @Order(5)
    void thePlanFilterIsWorkedByKeyboardAndKeptInTheAddress() {
        browser.desktop();
        browser.open(base + PLAN);
        long all = visibleRows();
        assertEquals(48, all, "20 tasks and their 28 sub-items");
        // It counts as the summary does: a task with its sub-items is one.
        assertEquals("共 20 项任务，未筛选。", browser.find("#filter-result").getText());
        assertTrue(browser.find(".summary-text").getText().startsWith("共 20 项"));
        WebElement status = browser.tabTo("#f-status", 80);
        browser.keys(Keys.END);
        assertEquals("overdue", status.getAttribute("value"));
        assertEquals(2, visibleRows());
        assertEquals("符合条件的任务 2 项（共 20 项）。", browser.find("#filter-result").getText());
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

        // By lead unit: the first unit offered, chosen with the arrow key. A task shows when it or one of its
        // sub-items names the unit; of a task that does not, only the sub-items that do.
        browser.open(base + PLAN);
        WebElement lead = browser.tabTo("#f-lead", 80);
        browser.keys(Keys.ARROW_DOWN);
        String unit = lead.getAttribute("value");
        assertFalse(unit.isEmpty());
        long shown = visibleTasks();
        assertTrue(shown > 0 && shown < 20, "tasks: " + shown);
        assertEquals(0, browser.number("var unit = arguments[0];"
                + "function names(r) { return (' ' + (r.dataset.lead || '') + ' ').indexOf(' ' + unit + ' ') >= 0; }"
                + "return Array.from(document.querySelectorAll('#tasks tbody tr:not([hidden])')).filter(function (r) {"
                + "  if (names(r)) { return false; }"
                + "  if (r.classList.contains('subitem')) { var p = r.previousElementSibling;"
                + "    while (p.classList.contains('subitem')) { p = p.previousElementSibling; } return !names(p); }"
                + "  var n = r.nextElementSibling; while (n && n.classList.contains('subitem')) {"
                + "    if (!n.hidden && names(n)) { return false; } n = n.nextElementSibling; } return true;"
                + "}).length", unit), "every row shown names the unit, or is the task of a sub-item that does");
        assertEquals("符合条件的任务 " + shown + " 项（共 20 项）。", browser.find("#filter-result").getText());
        assertTrue(browser.driver.getCurrentUrl().endsWith("?lead=" + unit));
        assertEquals(List.of(), describe("filtered plan", axe()));

        // Sections with nothing left are hidden with their headings and their entries in the contents.
        browser.open(base + PLAN_WITH_SECTIONS + "?status=in-progress");
        long visibleSections = browser.number("return Array.from(document.querySelectorAll('#tasks h4'))"
                + ".filter(function (h) { return !h.closest('[hidden]'); }).length");
        assertTrue(visibleSections > 0 && visibleSections < 14, "sections shown: " + visibleSections);
        assertEquals(visibleSections, browser.number("return Array.from(document.querySelectorAll('.toc ul ul li'))"
                + ".filter(function (li) { return !li.hidden; }).length"));
        assertEquals(List.of(), browser.scriptErrors());
    }

    @Test
    @Order(6)
    void aPlansFiguresOpenItsTasksFilteredToAsMany() {
        browser.desktop();
        for (String plan : List.of(PLAN, PLAN_WITH_SECTIONS)) {
            browser.open(base + plan);
            @SuppressWarnings("unchecked")
            List<String> links = (List<String>) browser.js("return Array.from(document.querySelectorAll('#summary-heading ~ .summary .legend a'))"
                    + ".map(function (a) { return a.href + ' ' + a.textContent.match(/(\\d+) 项/)[1]; })");
            assertFalse(links.isEmpty());
            for (String link : links) {
                String[] l = link.split(" ");
                browser.open(l[0]);
                assertTrue(l[0].startsWith(base + plan + "?status=") && l[0].endsWith("#tasks"), l[0]);
                assertEquals(Long.parseLong(l[1]), visibleTasks(), l[0]);
                assertEquals("符合条件的任务 " + l[1] + " 项（共 " + browser.number("return document.querySelectorAll("
                        + "'#tasks tbody tr:not(.subitem)').length") + " 项）。", browser.find("#filter-result").getText());
            }
        }
    }

    @Test
    @Order(7)
    void withoutJavaScriptASharedFilterSaysItShowsEveryTask() {
        browser.desktop();
        browser.scripts(false);
        try {
            browser.open(base + PLAN + "?status=overdue");
            assertEquals("none", browser.text("return getComputedStyle(document.getElementById('task-filter')).display"));
            assertEquals(48, visibleRows());
            String note = browser.text("return document.querySelector('#tasks .notice').textContent");
            assertTrue(note.contains("需要浏览器启用 JavaScript") && note.contains("全部 20 项任务"), note);
            assertTrue(browser.find("#tasks .notice").isDisplayed());
            // The buttons only a script works are not drawn either.
            assertEquals("none", browser.text("return getComputedStyle(document.querySelector('.text-size')).display"));
            browser.open(base + "search/?q=" + java.net.URLEncoder.encode("预算", StandardCharsets.UTF_8));
            assertTrue(browser.find("main .notice").isDisplayed());
            assertTrue(browser.find("main .notice").getText().contains("本站搜索需要浏览器启用 JavaScript"));
            assertEquals("none", browser.text("return getComputedStyle(document.querySelector('.search-filters')).display"));
            assertTrue(browser.find("section.browse").isDisplayed(), "without a script the other ways to find are shown");
        } finally {
            browser.scripts(true);
        }
    }

    @Test
    @Order(8)
    void nothingMovesWhilePagesAndSearchResultsArrive() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home", "");
        pages.put("plan", PLAN);
        pages.put("plan with sections", PLAN_WITH_SECTIONS);
        pages.put("task", TASK);
        pages.put("unit", UNIT);
        pages.put("status", "status/overdue/");
        pages.put("search 财政", "search/?q=" + java.net.URLEncoder.encode("财政", StandardCharsets.UTF_8));
        pages.put("search 政务公开 财政", "search/?q=" + java.net.URLEncoder.encode("政务公开 财政", StandardCharsets.UTF_8));
        List<String> shifted = new ArrayList<>();
        StringBuilder figures = new StringBuilder();
        for (int[] size : new int[][] {{1280, 900, 0}, {390, 844, 1}}) {
            browser.viewport(size[0], size[1], size[2] == 1);
            for (Map.Entry<String, String> p : pages.entrySet()) {
                browser.open(base + p.getValue());
                if (p.getKey().startsWith("search")) {
                    browser.waitFor("results", () -> browser.find("#search-status").getText().startsWith("找到"));
                    // The snippets a task's page gives come a moment later, into the room kept for them.
                    browser.waitFor("snippets", () -> browser.number("return document.querySelectorAll('.snippet.loading').length") == 0);
                }
                double cls = browser.layoutShift();
                figures.append(String.format("%s %d px %.3f; ", p.getKey(), size[0], cls));
                if (cls > 0) {
                    shifted.add(p.getKey() + " at " + size[0] + " px: " + cls);
                }
            }
        }
        browser.desktop();
        report.put("layout shift (cumulative, as Lighthouse counts)", figures.toString());
        assertEquals(List.of(), shifted);
    }

    @Test
    @Order(9)
    void phoneCardsAt375PxKeepDeadlinesOnOneLineTagsSideBySideAndEveryFieldLabelled() throws IOException {
        browser.viewport(375, 812, true);
        browser.open(base + PLAN);
        @SuppressWarnings("unchecked")
        Map<String, Object> facts = (Map<String, Object>) browser.js("""
                var rows = Array.from(document.querySelectorAll('#tasks tbody tr'));
                var card = rows[0].getBoundingClientRect().width;
                var deadlines = rows.map(function (r) { return r.querySelector('td.col-deadline'); })
                    .filter(function (d) { return d && d.textContent.trim(); });
                var minDeadline = Math.min.apply(null, deadlines.map(function (d) { return d.getBoundingClientRect().width; }));
                var wrapped = deadlines.filter(function (d) {
                  var range = document.createRange(); range.selectNodeContents(d);
                  var tops = Array.from(range.getClientRects()).map(function (r) { return Math.round(r.top); });
                  return new Set(tops).size > 1;
                }).map(function (d) { return d.textContent; });
                var stacked = rows.filter(function (r) {
                  var tags = r.querySelectorAll('td.col-status .tag');
                  return tags.length > 1 && Math.round(tags[0].getBoundingClientRect().top) !== Math.round(tags[1].getBoundingClientRect().top);
                }).length;
                var unlabelled = rows.filter(function (r) {
                  var u = r.querySelector('td.col-units');
                  if (!u || !u.textContent.trim()) { return false; }
                  var first = Array.from(u.children).find(function (c) { return getComputedStyle(c).display !== 'none'; });
                  return !first || !first.classList.contains('role-label');
                }).length;
                return { card: card, minDeadline: minDeadline, deadlines: deadlines.length, wrapped: wrapped,
                         twoTags: rows.filter(function (r) { return r.querySelectorAll('td.col-status .tag').length > 1; }).length,
                         stacked: stacked, unlabelled: unlabelled, overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth };
                """);
        report.put("phone cards at 375 px", facts.toString());
        // The shipped plans set two deadlines (温州 16 and 17, both overdue, so each also has two status tags).
        assertTrue(((Number) facts.get("deadlines")).intValue() >= 2, facts.toString());
        // The deadline takes the card's width, not the desktop column's 8.5rem, and stays on one line.
        assertTrue(((Number) facts.get("minDeadline")).doubleValue() > 250, facts.toString());
        assertEquals(List.of(), facts.get("wrapped"));
        assertTrue(((Number) facts.get("twoTags")).intValue() >= 2, facts.toString());
        assertEquals(0L, ((Number) facts.get("stacked")).longValue(), "status tags side by side");
        assertEquals(0L, ((Number) facts.get("unlabelled")).longValue(), "every units line starts with its label");
        assertEquals(0L, ((Number) facts.get("overflow")).longValue());
        browser.js("document.getElementById('overdue-heading').scrollIntoView()");
        Path dir = Path.of(System.getProperty("gongkai.screenshots", "target/screenshots")).toAbsolutePath();
        Files.createDirectories(dir);
        save(dir.resolve("plan-cards-phone.png"));
        browser.desktop();
    }

    @Test
    @Order(10)
    void desktopTablesShareOneLayoutAndGiveTheTitleTheRoom() {
        browser.desktop();
        browser.open(base + PLAN_WITH_SECTIONS);
        @SuppressWarnings("unchecked")
        List<Number> widths = (List<Number>) browser.js("return Array.from(document.querySelectorAll('#tasks table.tasks thead th.col-title'))"
                + ".map(function (th) { return Math.round(th.getBoundingClientRect().width); })");
        assertTrue(widths.size() >= 10, widths.toString());
        assertEquals(1, widths.stream().map(Number::longValue).distinct().count(), "one layout for all sections: " + widths);
        assertTrue(widths.get(0).longValue() >= 480, "the task column: " + widths.get(0));
        report.put("desktop task column", widths.get(0) + " px wide in every section of " + PLAN_WITH_SECTIONS);
    }

    @Test
    @Order(11)
    void chineseTextAndPunctuationAreDrawnInAChineseFont() {
        browser.desktop();
        browser.open(base + PLAN_WITH_SECTIONS);
        browser.cdp("DOM.enable", Map.of());
        browser.cdp("CSS.enable", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> doc = (Map<String, Object>) browser.cdp("DOM.getDocument", Map.of()).get("root");
        List<String> fonts = new ArrayList<>();
        for (String selector : List.of(".toc a[href='#sec-3-9']", "main h1", ".breadcrumbs li:nth-child(2)")) {
            Object node = browser.cdp("DOM.querySelector", Map.of("nodeId", doc.get("nodeId"), "selector", selector)).get("nodeId");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> used = (List<Map<String, Object>>) browser.cdp("CSS.getPlatformFontsForNode",
                    Map.of("nodeId", node)).get("fonts");
            used.forEach(f -> fonts.add(selector + ": " + f.get("familyName")));
        }
        assertTrue(browser.text("return document.querySelector(\".toc a[href='#sec-3-9']\").textContent").contains("“两微一端”"));
        report.put("fonts used for Chinese text", fonts.toString());
        assertTrue(fonts.stream().allMatch(f -> f.matches(".*: (Noto Sans CJK SC|Source Han Sans SC|Noto Sans SC|PingFang SC|Microsoft YaHei)")),
                fonts.toString());
    }

    @Test
    @Order(12)
    void searchIsWorkedByKeyboardAndReadsOnlyTheShardsItNeeds() {
        browser.desktop();
        browser.open(base + "search/");
        browser.tabTo("#q", 20);
        browser.keys("信访");
        browser.keys(Keys.ENTER);
        browser.waitFor("search result", () -> browser.find("#search-status").getText().startsWith("找到"));
        String said = browser.find("#search-status").getText();
        long found = Long.parseLong(said.replaceAll("\\D+", ""));
        long headed = browser.number("return Array.from(document.querySelectorAll('#search-results h2'))"
                + ".reduce(function (n, h) { return n + Number(h.textContent.match(/(\\d+) 项/)[1]); }, 0)");
        assertEquals(found, headed, said);
        assertEquals("status", browser.find("#search-status").getAttribute("role"));
        assertTrue(browser.text("return document.getElementById('search-results').textContent").contains("温州市信访局"));
        assertTrue(browser.driver.getCurrentUrl().contains("?q="));
        @SuppressWarnings("unchecked")
        List<String> shards = (List<String>) browser.js("return performance.getEntriesByType('resource')"
                + ".map(function (e) { return e.name; }).filter(function (n) { return n.indexOf('/search/terms/') >= 0; })");
        assertEquals(1, shards.size(), "a two-character query reads one term shard: " + shards);

        // Onwards from the field by Tab: the button, the filters, then the first result, which Enter opens.
        browser.tabTo("#search-results a", 5);
        String target = browser.active().getAttribute("href");
        browser.keys(Keys.ENTER);
        browser.waitFor("result opened", () -> browser.driver.getCurrentUrl().equals(target));

        // What the requirements say: 预算 is in two tasks' requirements only, shown in context.
        List<String> budget = results("预算");
        assertEquals(List.of("plans/fujian-2019/2-7/", "plans/wenzhou-2019/10/"), budget);
        browser.waitFor("snippets", () -> browser.number("return document.querySelectorAll('.snippet mark').length") == 2);
        assertTrue(browser.text("return document.querySelector('.snippet').textContent").startsWith("工作要求："));
        // What the progress reports say.
        assertEquals(List.of("plans/xiamen-cgj-2018/2/", "plans/xiamen-cgj-2018/8/", "plans/xiamen-cgj-2018/9/"), results("门前三包"));
        browser.waitFor("report snippets", () -> browser.number("return document.querySelectorAll('.snippet mark').length") >= 3);
        assertTrue(browser.text("return document.querySelector('.snippet').textContent").startsWith("落实情况（2018年"),
                browser.text("return document.querySelector('.snippet').textContent"));
        // Two words, both in every result.
        assertEquals(List.of("plans/xiamen-2018/40/", "plans/xiamen-cgj-2018/34/"), results("政务公开 财政"));
        // Titles first: a search for a phrase of titles lists the tasks that carry it in their title first.
        List<String> ranked = results("政策解读");
        @SuppressWarnings("unchecked")
        List<Boolean> inTitle = (List<Boolean>) browser.js("return Array.from(document.querySelectorAll('#results-t ~ .results li > a'))"
                + ".map(function (a) { return !!a.querySelector('mark'); })");
        int firstOutside = inTitle.indexOf(false);
        assertTrue(inTitle.get(0) && (firstOutside < 0 || !inTitle.subList(firstOutside, inTitle.size()).contains(true)),
                "title matches first: " + inTitle);
        assertFalse(ranked.isEmpty());

        // Filters by plan and status, kept in the address.
        browser.open(base + "search/?q=" + java.net.URLEncoder.encode("公开", StandardCharsets.UTF_8) + "&plan=wenzhou-2019&status=overdue");
        browser.waitFor("filtered", () -> browser.find("#search-status").getText().startsWith("符合筛选条件"));
        @SuppressWarnings("unchecked")
        List<String> filtered = (List<String>) browser.js("return Array.from(document.querySelectorAll('.results li > a'))"
                + ".map(function (a) { return a.getAttribute('href'); })");
        assertFalse(filtered.isEmpty());
        assertTrue(filtered.stream().allMatch(h -> h.contains("plans/wenzhou-2019/")), filtered.toString());
        assertEquals(filtered.size(), browser.number("return document.querySelectorAll('.results .tag.status-overdue').length"));
        assertEquals("wenzhou-2019", browser.find("#s-plan").getAttribute("value"));

        // The results as a script wrote them pass axe too, in both colour schemes.
        browser.open(base + "search/?q=" + java.net.URLEncoder.encode("信访", StandardCharsets.UTF_8));
        browser.waitFor("results", () -> browser.find("#search-status").getText().startsWith("找到"));
        assertEquals(List.of(), describe("search results", axe()));
        browser.media("", Map.of("prefers-color-scheme", "dark"));
        assertEquals(List.of(), describe("search results, dark", axe()));
        browser.media("", Map.of());
        browser.open(base + "search/?q=" + java.net.URLEncoder.encode("政策解读", StandardCharsets.UTF_8));
        browser.waitFor("bookmarked search", () -> browser.find("#search-status").getText().startsWith("找到"));
        assertEquals("政策解读", browser.find("#q").getAttribute("value"));
        assertTrue(browser.driver.getTitle().startsWith("“政策解读”的搜索结果"));
        browser.open(base + "search/?q=" + java.net.URLEncoder.encode("局", StandardCharsets.UTF_8));
        browser.waitFor("one character", () -> browser.find("#search-status").getText().startsWith("找到"));
        browser.open(base + "search/?q=" + java.net.URLEncoder.encode("温州 信访局", StandardCharsets.UTF_8));
        browser.waitFor("two words", () -> browser.find("#search-status").getText().startsWith("找到"));
        browser.open(base + "search/?q=" + java.net.URLEncoder.encode("量子计算", StandardCharsets.UTF_8));
        browser.waitFor("nothing", () -> browser.find("#search-status").getText().startsWith("没有找到"));
        assertEquals(List.of(), browser.scriptErrors());
    }

    /** The tasks a bookmarked search lists, by address relative to the site's root. */
    @SuppressWarnings("unchecked")
    private List<String> results(String query) {
        browser.open(base + "search/?q=" + java.net.URLEncoder.encode(query, StandardCharsets.UTF_8));
        browser.waitFor(query, () -> browser.find("#search-status").getText().matches("(找到|没有找到).*"));
        return ((List<String>) browser.js("return Array.from(document.querySelectorAll('#results-t + .results li > a'))"
                + ".map(function (a) { return a.getAttribute('href'); })")).stream().map(h -> h.replaceFirst("^\\.\\./", "")).toList();
    }

    @Test
    @Order(13)
    void readAloudAppearsOnlyWithAVoiceAndSpeaksOnlyTheWords() {
        browser.desktop();
        browser.open(base + TASK);
        boolean hasVoice = (Boolean) browser.js("return speechSynthesis.getVoices().some(function (v) { return /^(zh|cmn)/i.test(v.lang); })");
        assertEquals(hasVoice, browser.find(".read-aloud").isDisplayed());

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
            // Its place was kept: the button shows without moving anything.
            assertEquals(0.0, browser.layoutShift());
            WebElement button = browser.tabTo("#read-aloud", 20);
            browser.keys(Keys.ENTER);
            String spoken = browser.text("return window.__spoken[0]");
            assertTrue(spoken.startsWith("任务 3 做好权责清单调整和公开工作。\n状态："), spoken);
            assertTrue(spoken.contains("落实情况"), spoken);
            // Only the words: no icons, no separators, no stop after a stop.
            for (String noise : List.of("↻", "✓", "?", "·", "。。", "：。", "朗读本页")) {
                assertFalse(spoken.contains(noise), noise + " in: " + spoken);
            }
            assertEquals("停止朗读", button.getText().strip().replace("■", "").strip());
            browser.keys(Keys.ENTER);
            assertEquals("(cancel)", browser.text("return window.__spoken[1]"));
            assertEquals("朗读本页", button.getText().replace("▶", "").strip());
        } finally {
            browser.cdp("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", added.get("identifier")));
        }
    }

    @Test
    @Order(14)
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
        // A search by what the requirements and reports say, with its snippets, on a desktop and a phone.
        for (int[] size : new int[][] {{1280, 1000, 0}, {390, 1100, 1}}) {
            browser.viewport(size[0], size[1], size[2] == 1);
            browser.open(base + "search/?q=" + java.net.URLEncoder.encode("政务公开 财政", StandardCharsets.UTF_8));
            browser.waitFor("results", () -> browser.find("#search-status").getText().startsWith("找到"));
            browser.waitFor("snippets", () -> browser.number("return document.querySelectorAll('.snippet.loading').length") == 0);
            save(dir.resolve(size[2] == 1 ? "search-phone.png" : "search-desktop.png"));
        }
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

    /** The file's size gzipped, as a web server would send it. */
    static long gzipSize(Path file) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(Files.readAllBytes(file));
        }
        return out.size();
    }
}
