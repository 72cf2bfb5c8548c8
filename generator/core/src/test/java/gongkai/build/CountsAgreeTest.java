package gongkai.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.support.TestSite;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Counts agree with where they lead. One rule everywhere: a plan's and the site's figures count tasks, a task
 * with its sub-items being one (a unit's figures count what the unit owes, sub-items included, and lead nowhere).
 * So a plan's "未报送 17 项" opens that plan's own tasks filtered to those 17, which its filter counts the same way;
 * the site's figures open the status pages, which list as many.
 */
class CountsAgreeTest {

    @TempDir
    static Path temp;

    static final Map<String, Document> pages = new TreeMap<>();
    static final Pattern FIGURE = Pattern.compile("(\\d+) 项");

    @BeforeAll
    static void build() {
        TestSite site = TestSite.shipped(temp);
        site.buildOk();
        site.snapshot().forEach((path, bytes) -> {
            if (path.endsWith(".html")) {
                String url = path.endsWith("index.html") ? path.substring(0, path.length() - "index.html".length()) : path;
                pages.put(url, Jsoup.parse(new String(bytes, StandardCharsets.UTF_8), "https://example.org/" + url));
            }
        });
    }

    private static int figure(Element e) {
        Matcher m = FIGURE.matcher(e.text());
        assertTrue(m.find(), e.text());
        return Integer.parseInt(m.group(1));
    }

    /** Where a link leads, as a page of the site, and the status it asks for. */
    private static String[] target(Element link) {
        String abs = link.absUrl("href").substring("https://example.org/".length());
        String page = abs.replaceAll("[?#].*", "");
        Matcher m = Pattern.compile("[?&]status=([a-z-]+)").matcher(abs);
        return new String[] {page, m.find() ? m.group(1) : null, abs};
    }

    @Test
    void aPlansFiguresOpenThatPlansTasksFilteredToAsMany() {
        List<String> checked = new ArrayList<>();
        pages.forEach((url, d) -> {
            if (!url.matches("plans/[^/]+/")) {
                return;
            }
            Element summary = d.selectFirst("#summary-heading + .summary");
            List<Element> topRows = d.select("#tasks tbody tr:not(.subitem)");
            assertEquals(figure(summary.selectFirst(".summary-text")), topRows.size(), url + ": the summary counts the tasks listed");
            assertEquals("共 " + topRows.size() + " 项任务，未筛选。", d.getElementById("filter-result").text());
            for (Element link : summary.select(".legend a")) {
                String[] t = target(link);
                assertEquals(url, t[0], url + ": " + t[2] + " leads to the plan itself");
                assertTrue(t[2].endsWith("#tasks"), t[2]);
                long rows = topRows.stream().filter(r -> t[1].equals("overdue") ? r.hasAttr("data-overdue")
                        : r.attr("data-status").equals(t[1])).count();
                assertEquals(figure(link), rows, url + ": " + link.text());
                checked.add(url + " " + t[1]);
            }
        });
        assertTrue(checked.contains("plans/wenzhou-2019/ not-reported"), checked.toString());
        assertTrue(checked.size() >= 9, checked.toString());
    }

    @Test
    void aPlansCardLeadsToThePlanAndTheSitesSummaryToTheStatusPages() {
        Document home = pages.get("");
        int checked = 0;
        for (Element card : home.select(".plan-card")) {
            String plan = target(card.selectFirst("h3 a"))[0];
            for (Element link : card.select(".legend a")) {
                assertEquals(plan, target(link)[0]);
                assertEquals(figure(link), figure(pages.get(plan).selectFirst(".legend a[href*=status=" + target(link)[1] + "]")));
            }
        }
        for (String url : List.of("", "status/")) {
            for (Element link : pages.get(url).select("#overall + .summary .legend a, main > .summary .legend a")) {
                String[] t = target(link);
                assertTrue(t[0].matches("status/[a-z-]+/"), t[2]);
                Document list = pages.get(t[0]);
                assertEquals("共 " + figure(link) + " 项。", list.selectFirst("main h1 + p").text(), t[0]);
                checked++;
            }
        }
        assertTrue(checked >= 8, "figures checked: " + checked);
    }

    @Test
    void aUnitsFiguresCountWhatItOwesAndLeadNowhere() {
        Document unit = pages.get("units/wenzhou-xfj/");
        assertTrue(unit.select(".summary .legend a").isEmpty());
        assertFalse(unit.select(".summary .legend .legend-figure").isEmpty());
    }

    @Test
    void theContentsNumberSectionsOnceAndAPhoneSeesTheSummaryFirst() {
        Document plan = pages.get("plans/xiamen-cgj-2018/");
        assertTrue(plan.select(".toc ol").isEmpty(), "the sections number themselves; the list adds no numbers");
        assertEquals("一、着力加强公开解读回应工作", plan.selectFirst(".toc > ul > li > a").text());
        // The summary follows the plan's facts; the original table's columns come with the tasks.
        Element summary = plan.getElementById("summary-heading");
        Element columns = plan.selectFirst("p.columns");
        assertTrue(columns.text().startsWith("原表栏目："), columns.text());
        assertTrue(summary.elementSiblingIndex() >= 0 && isBefore(summary, columns));
        assertTrue(plan.select(".facts dt").eachText().stream().noneMatch(t -> t.contains("栏目")));
    }

    private static boolean isBefore(Element a, Element b) {
        List<Element> all = a.ownerDocument().getAllElements();
        return all.indexOf(a) < all.indexOf(b);
    }
}
