package gongkai.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.support.TestSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The structure every shipped page has without JavaScript, read from the HTML: language, one h1 and
 * ordered headings, landmarks, skip link, titles that say where you are, breadcrumbs, tables with
 * captions and scopes, statuses as text, and only external, deferred scripts (so a strict CSP can be used).
 * The same holds in every language: the English fixture site is checked page by page beside the Chinese one.
 */
class AccessibleStructureTest {

    @TempDir
    static Path temp;

    static TestSite site;
    static Map<String, Document> pages = new TreeMap<>();
    /** The English fixture's pages (language: en). */
    static Map<String, Document> english = new TreeMap<>();
    static final String SITE_TITLE = "政务公开工作任务落实情况";
    static final String ENGLISH_TITLE = "Open Government Action Plan Tracker";

    @BeforeAll
    static void build() {
        site = TestSite.shipped(temp);
        site.buildOk();
        read(site, pages);
        assertTrue(pages.size() > 130);
        TestSite en = TestSite.fixture("english", temp);
        en.buildOk();
        read(en, english);
        assertTrue(english.size() > 20);
    }

    private static void read(TestSite built, Map<String, Document> into) {
        built.snapshot().forEach((path, bytes) -> {
            if (path.endsWith(".html")) {
                into.put(path, Jsoup.parse(new String(bytes, StandardCharsets.UTF_8), "https://example.org/" + path));
            }
        });
    }

    interface Check {
        void check(String path, Document d, List<String> problems);
    }

    /** Runs a check over every page of both sites; the English site's paths start with "en:". */
    private static void everyPage(Check check) {
        List<String> problems = new ArrayList<>();
        pages.forEach((path, d) -> check.check(path, d, problems));
        english.forEach((path, d) -> check.check("en:" + path, d, problems));
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    @Test
    void languageFromConfigurationAndOneH1() {
        everyPage((path, d, problems) -> {
            if (!d.selectFirst("html").attr("lang").equals(path.startsWith("en:") ? "en" : "zh-CN")) {
                problems.add(path + ": lang " + d.selectFirst("html").attr("lang"));
            }
            if (d.select("h1").size() != 1) {
                problems.add(path + ": " + d.select("h1").size() + " h1");
            }
        });
    }

    @Test
    void headingsNeverSkipALevel() {
        everyPage((path, d, problems) -> {
            int last = 0;
            for (Element h : d.select("h1, h2, h3, h4, h5, h6")) {
                int level = h.tagName().charAt(1) - '0';
                if (level > last + 1) {
                    problems.add(path + ": h" + level + " after h" + last + " (" + h.text() + ")");
                }
                last = level;
            }
        });
    }

    @Test
    void landmarksAndASkipLinkToTheMainContent() {
        everyPage((path, d, problems) -> {
            Element first = d.body().child(0);
            if (!first.is("a.skip-link[href=#main]")) {
                problems.add(path + ": first element is not the skip link: " + first.outerHtml());
            }
            if (d.select("body > header").size() != 1 || d.select("body > main#main").size() != 1
                    || d.select("body > footer").size() != 1) {
                problems.add(path + ": banner, main and contentinfo landmarks");
            }
            if (d.select("header nav.site-nav[aria-label]").size() != 1) {
                problems.add(path + ": main navigation");
            }
            // Nothing but the skip link outside a landmark.
            for (Element child : d.body().children()) {
                if (!child.is("header, nav, main, footer, a.skip-link")) {
                    problems.add(path + ": outside the landmarks: " + child.tagName());
                }
            }
            for (Element nav : d.select("nav")) {
                if (nav.attr("aria-label").isEmpty()) {
                    problems.add(path + ": a nav without a name");
                }
            }
        });
    }

    @Test
    void titlesSayWhereYouAreAndBreadcrumbsAgree() {
        assertEquals(SITE_TITLE, pages.get("index.html").title());
        assertEquals("任务 3 · 厦门市城市管理行政执法局2018年政务公开工作主要任务分解表 · " + SITE_TITLE,
                pages.get("plans/xiamen-cgj-2018/3/index.html").title());
        assertEquals("任务 2（4） · 2019年温州市政务公开工作任务分解表 · " + SITE_TITLE,
                pages.get("plans/wenzhou-2019/2-4/index.html").title());
        assertEquals("2019年温州市政务公开工作任务分解表 · " + SITE_TITLE, pages.get("plans/wenzhou-2019/index.html").title());
        assertEquals("温州市信访局 · 责任单位 · " + SITE_TITLE, pages.get("units/wenzhou-xfj/index.html").title());
        assertEquals("搜索 · " + SITE_TITLE, pages.get("search/index.html").title());
        assertEquals(List.of("首页", "全部计划", "2019年温州市政务公开工作任务分解表", "任务 2", "任务 2（4）"),
                pages.get("plans/wenzhou-2019/2-4/index.html").select("nav.breadcrumbs li").eachText());
        assertEquals("Commitment 1 · Fifth National Action Plan 2023–2025 · " + ENGLISH_TITLE,
                english.get("plans/nap-2023/1/index.html").title());
        assertEquals(List.of("Home", "All action plans", "Fifth National Action Plan 2023–2025", "Commitment 2", "Milestone 2.1"),
                english.get("plans/nap-2023/2-1/index.html").select("nav.breadcrumbs li").eachText());
        everyPage((path, d, problems) -> {
            if (!d.title().endsWith(path.startsWith("en:") ? ENGLISH_TITLE : SITE_TITLE)) {
                problems.add(path + ": title " + d.title());
            }
            String page = path.startsWith("en:") ? path.substring(3) : path;
            if (page.equals("index.html") || page.equals("404.html")) {
                return;
            }
            List<Element> crumbs = d.select("nav.breadcrumbs[aria-label] li a");
            Element current = crumbs.isEmpty() ? null : crumbs.get(crumbs.size() - 1);
            if (current == null || !current.attr("aria-current").equals("page")) {
                problems.add(path + ": breadcrumbs end with the current page");
            } else if (!d.title().startsWith(current.text())) {
                problems.add(path + ": title " + d.title() + " does not start with the last breadcrumb");
            }
        });
    }

    @Test
    void tablesHaveCaptionsScopesAndALabelledRegion() {
        int[] tables = {0};
        everyPage((path, d, problems) -> {
            for (Element table : d.select("table")) {
                tables[0]++;
                Element caption = table.selectFirst("caption");
                if (caption == null || caption.text().isBlank() || caption.id().isEmpty()) {
                    problems.add(path + ": table without a caption");
                    continue;
                }
                for (Element th : table.select("th")) {
                    String scope = th.attr("scope");
                    if (!scope.equals("col") && !scope.equals("row")) {
                        problems.add(path + ": th without scope: " + th.text());
                    }
                }
                Element wrap = table.parent();
                if (!wrap.is("div.table-wrap[role=region][tabindex=0]") || !wrap.attr("aria-labelledby").equals(caption.id())) {
                    problems.add(path + ": table not in a labelled, focusable region");
                }
            }
        });
        assertTrue(tables[0] > 70, "tables: " + tables[0]);
        // A plan that sets no deadline has no empty deadline column.
        assertTrue(pages.get("plans/xiamen-cgj-2018/index.html").select("th.col-deadline").isEmpty());
        assertFalse(pages.get("plans/wenzhou-2019/index.html").select("#tasks th.col-deadline").isEmpty());
    }

    @Test
    void statusesAreTextWithAShapeAndBarsRepeatTheirFigures() {
        everyPage((path, d, problems) -> {
            for (Element tag : d.select(".tag")) {
                Element icon = tag.selectFirst(".tag-icon[aria-hidden=true]");
                if (icon == null || icon.text().isBlank() || tag.ownText().isBlank()) {
                    problems.add(path + ": status without text and shape: " + tag.outerHtml());
                }
            }
            for (Element bar : d.select("svg.bar")) {
                Element text = bar.parent().selectFirst(".summary-text");
                if (!bar.attr("aria-hidden").equals("true") || text == null || !text.text().matches(".*\\d+%.*")) {
                    problems.add(path + ": a bar without its figure in text");
                }
                if (bar.nextElementSibling() == null || !bar.nextElementSibling().is("ul.legend")) {
                    problems.add(path + ": a bar without its legend");
                }
            }
        });
    }

    @Test
    void scriptsAreSmallExternalFilesAndNothingIsInline() {
        everyPage((path, d, problems) -> {
            for (Element script : d.select("script")) {
                String src = script.attr("src");
                if (src.isEmpty() || !script.data().isBlank()) {
                    problems.add(path + ": inline script");
                } else if (!src.matches("(/([a-z0-9-]+/)*|(\\.\\./)*)assets/[a-z]+\\.js")) {
                    problems.add(path + ": script from elsewhere: " + src);
                } else if (!src.endsWith("assets/textsize.js") && !script.hasAttr("defer")) {
                    problems.add(path + ": script not deferred: " + src);
                }
            }
            for (Element el : d.getAllElements()) {
                for (Attribute a : el.attributes()) {
                    if (a.getKey().equals("style") || a.getKey().startsWith("on")) {
                        problems.add(path + ": inline " + a.getKey() + " on " + el.tagName());
                    }
                }
            }
            if (!d.select("style").isEmpty()) {
                problems.add(path + ": style element");
            }
            for (Element link : d.select("link[href], script[src], img[src]")) {
                String url = link.hasAttr("href") ? link.attr("href") : link.attr("src");
                if (!link.is("link[rel=canonical]") && url.matches("(?i)(https?:)?//.*")) {
                    problems.add(path + ": loads from another site: " + url);
                }
            }
        });
    }

    @Test
    void everyControlHasALabelAndWhatNeedsAScriptIsHiddenWithoutOne() throws IOException {
        everyPage((path, d, problems) -> {
            for (Element control : d.select("input, select, textarea")) {
                if (d.select("label[for=" + control.id() + "]").isEmpty()) {
                    problems.add(path + ": control without a label: " + control.outerHtml());
                }
            }
            Element size = d.selectFirst("button.text-size");
            if (size == null || !size.attr("aria-pressed").equals("false")) {
                problems.add(path + ": the large-text toggle is missing");
            }
            // The first script runs before the page is drawn (no defer), so the page knows scripts run (html.js).
            Element first = d.selectFirst("head script");
            if (first == null || first.hasAttr("defer") || !first.attr("src").endsWith("assets/textsize.js")) {
                problems.add(path + ": textsize.js is not the first script, run before the page is drawn");
            }
        });
        String early = Files.readString(TestSite.repo().resolve("templates/static/textsize.js"));
        assertTrue(early.contains("classList.add(\"js\")"), "textsize.js marks the page html.js");
        // Controls only a script makes work are drawn in their place where scripts run, and not at all where they
        // do not: the style sheet hides them under html:not(.js).
        String css = Files.readString(TestSite.repo().resolve("templates/static/style.css"));
        for (String control : List.of(".text-size", ".filter", ".search-filters", ".read-aloud")) {
            assertTrue(css.matches("(?s).*html:not\\(\\.js\\)[^{]*\\" + control + "[ ,{].*display: none.*"), control);
        }
        Document plan = pages.get("plans/wenzhou-2019/index.html");
        Element filter = plan.getElementById("task-filter");
        assertNotNull(filter);
        assertFalse(filter.hasAttr("hidden"), "the filter is drawn from the start, so the tables do not move");
        assertEquals(List.of("status", "lead", "resp", "q"), filter.select("[name]").eachAttr("name"));
        // It counts tasks as the summary does, before its script runs too.
        assertEquals("共 20 项任务，未筛选。", filter.getElementById("filter-result").text());
        assertEquals("共 20 项，已完成 0 项（0%），已逾期 2 项", plan.selectFirst("#summary-heading + .summary .summary-text").text());
        // Without script, every task of the plan is listed, none hidden, and a note says why the filter is missing.
        assertEquals(48, plan.select("#tasks tbody tr").size());
        assertTrue(plan.select("#tasks [hidden]").stream().allMatch(e -> e.is("#filter-empty")));
        assertTrue(plan.selectFirst("#tasks noscript").text().contains("全部 20 项任务"), plan.selectFirst("#tasks noscript").text());
        assertEquals(2, plan.select("#tasks tbody tr[data-overdue]").size());
        Document task = pages.get("plans/xiamen-cgj-2018/3/index.html");
        assertFalse(task.selectFirst(".read-aloud").hasClass("is-ready"), "read-aloud shows only where the browser can speak");
        Document search = pages.get("search/index.html");
        assertEquals("search", search.selectFirst("form").attr("role"));
        assertEquals("status", search.getElementById("search-status").attr("role"));
        assertTrue(search.selectFirst("noscript").text().contains("JavaScript"));
        assertEquals(List.of("q", "plan", "status"), search.select("form [name]").eachAttr("name"));
        assertEquals(3, search.select("section.browse a").size());
    }
}
