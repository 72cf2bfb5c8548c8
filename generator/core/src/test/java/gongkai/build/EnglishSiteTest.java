package gongkai.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.io.WireFeedInput;
import gongkai.support.TestSite;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nu.validator.client.EmbeddedValidator;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * language: en gives an English site: an open-government action plan tracker (action plans, commitments,
 * milestones, lead agencies) built from the "english" fixture, with not one Chinese character outside its
 * content, whose pages are valid HTML like the Chinese site's.
 */
class EnglishSiteTest {

    private static final String TITLE = "Open Government Action Plan Tracker";
    /** Han characters and CJK punctuation: none belongs in an English site whose content is English. */
    private static final Pattern CHINESE = Pattern.compile("[\\p{IsHan}\\u3000-\\u303f\\uff00-\\uffef]");

    @TempDir
    static Path temp;

    static TestSite site;
    static Map<String, byte[]> files;

    @BeforeAll
    static void build() {
        site = TestSite.fixture("english", temp);
        site.buildOk();
        files = site.snapshot();
    }

    @Test
    void everyPageIsInEnglish() {
        assertEquals("en", site.page("").selectFirst("html").attr("lang"));
        List<String> found = new ArrayList<>();
        files.forEach((path, bytes) -> {
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (path.endsWith(".js") || path.endsWith(".css")) {
                // What a reader never sees: the comments of the theme's scripts and style sheet.
                text = text.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "");
            }
            if (path.equals(".gongkai-site")) {
                return;
            }
            var m = CHINESE.matcher(text);
            if (m.find()) {
                int from = Math.max(0, m.start() - 40);
                found.add(path + ": …" + text.substring(from, Math.min(text.length(), m.end() + 40)).replace("\n", " ") + "…");
            }
        });
        assertEquals(List.of(), found, String.join("\n", found));
    }

    @Test
    void theHomePageSpeaksOfActionPlansAndCommitments() {
        Document home = site.page("");
        assertEquals(TITLE, home.title());
        assertEquals("Data as of 30 June 2024", home.selectFirst(".as-of").text());
        assertEquals("2024-06-30", home.selectFirst(".as-of time").attr("datetime"));
        assertEquals(List.of("Overall progress", "Action plans", "Overdue commitments", "Latest progress"),
                home.select("main h2").eachText());
        assertEquals("5 commitments · Completed: 1 (20%) · Overdue: 2", home.selectFirst(".summary-text").text());
        assertEquals("1 commitment · Completed: 0 (0%)", home.select(".plan-card .summary-text").get(1).text());
        assertEquals("Milestone 2.2: Publish every ministry's statistics",
                home.select(".updates .update-task a").get(2).text());
        assertEquals("Skip to main content", home.selectFirst("a.skip-link").text());
        assertEquals("Main", home.selectFirst("nav.site-nav").attr("aria-label"));
        assertEquals(List.of("Home", "Action plans", "Agencies", "By status", "Search"),
                home.select("nav.site-nav li").eachText());
        assertEquals("Data as of 30 June 2024. This site is made with gongkai.", home.select("footer p").last().text());
    }

    @Test
    void statusesHaveTheirEnglishNames() {
        Document statuses = site.page("status/");
        assertEquals(List.of("Not reported", "Not started", "In progress", "Completed", "Ongoing", "Adjusted", "Overdue"),
                statuses.select(".status-list .tag").eachText().stream().map(t -> t.substring(1).strip()).toList());
        assertTrue(statuses.selectFirst("main > p").text().startsWith("“Not reported” means that no progress report"));
        Document overdue = site.page("status/overdue/");
        assertEquals("Commitments: Overdue", overdue.selectFirst("h1").text());
        assertEquals("Overdue · Browse by status · " + TITLE, overdue.title());
    }

    @Test
    void aPlanNumbersItsSectionsAndNamesItsColumnsInEnglish() {
        Document plan = site.page("plans/nap-2023/");
        assertEquals(List.of("1. Open data", "2. Access to justice"), plan.select("h3[id^=sec-]").eachText());
        assertEquals(List.of("(1) Open budgets", "(2) Statistics"), plan.select("h4").eachText());
        assertEquals(List.of("No.", "Commitment", "Lead or responsible agencies", "Deadline", "Status"),
                plan.select("table:has(caption#tasks-all) thead th").eachText());
        assertEquals("15 January 2023", plan.select(".facts dt:containsOwn(Date issued) + dd").text());
        assertEquals("Overdue (2)", plan.getElementById("overdue-heading").text());
        assertEquals("Filter commitments", plan.getElementById("task-filter").attr("aria-label"));
        assertEquals("No end date", plan.select("tr:has(a[href$=nap-2023/3/]) td.col-deadline").text());
    }

    @Test
    void aCommitmentAndItsMilestones() {
        Document task = site.page("plans/nap-2023/2/");
        assertEquals("Commitment 2 · Fifth National Action Plan 2023–2025 · " + TITLE, task.title());
        assertEquals("Commitment 2 Open up official statistics", task.selectFirst("h1").text());
        assertEquals("By the end of Q1 2024 (31 March 2024)", task.select(".facts dt:containsOwn(Deadline) + dd").text());
        assertEquals("Milestones (1 of 2 completed)", task.getElementById("sub-heading").text());
        assertEquals("Read this page aloud", task.selectFirst(".read-aloud-label").text());
        Document milestone = site.page("plans/nap-2023/2-1/");
        assertEquals("Milestone 2.1", milestone.selectFirst("h1 .task-number").text());
        assertEquals("This is a milestone of Commitment 2: Open up official statistics.", milestone.selectFirst(".parent").text());
        Document first = site.page("plans/nap-2023/1/");
        assertEquals("Ministry of Finance", first.select(".facts dt:containsOwn(Lead agency) + dd").text());
        assertEquals("National Statistics Office", first.select(".facts dt:containsOwn(Supporting agencies) + dd").text());
        assertEquals(List.of("10 January 2024 · ✓Completed · Reported by Ministry of Finance", "30 June 2023 · ◐In progress · Reported by Ministry of Finance"),
                first.select(".timeline .update-head").eachText());
    }

    @Test
    void anAgencyPageListsWhatItOwesByYearPlanAndRole() {
        Document unit = site.page("units/finance/");
        assertEquals("Ministry of Finance · Agencies · " + TITLE, unit.title());
        assertEquals(List.of("2023", "2021"), unit.select("h2[id^=year-]").eachText());
        assertEquals(List.of("As lead agency (1)", "As responsible agency (2)", "As lead agency (1)"),
                unit.select("h4[id^=role-]").eachText());
        assertEquals("Open up official statistics (through All ministries)",
                unit.select("table:has(caption[id$=-responsible]) th[scope=row]").first().text());
        assertEquals("Group of agencies", site.page("units/").select("a[href$=units/ministries/] + .unit-kind").text());
    }

    @Test
    void theFeedIsTitledInEnglish() throws Exception {
        Channel channel = (Channel) new WireFeedInput().build(new InputStreamReader(
                new ByteArrayInputStream(site.bytes("feed.xml")), StandardCharsets.UTF_8));
        assertEquals(TITLE + ": latest progress", channel.getTitle());
        assertEquals(TITLE + ": latest progress (data as of 30 June 2024)", channel.getDescription());
        assertEquals("en", channel.getLanguage());
        assertEquals("Commitment 3: Free legal advice online (Ongoing)", channel.getItems().get(0).getTitle());
        assertEquals("Milestone 2.2: Publish every ministry's statistics (In progress)", channel.getItems().get(1).getTitle());
    }

    @Test
    void theSearchPageAndItsIndexSpeakEnglish() throws Exception {
        Document search = site.page("search/");
        assertEquals("Search", search.selectFirst("h1").text());
        assertEquals("Search commitments, action plans and agencies", search.selectFirst("label[for=q]").text());
        assertEquals("Other ways to find things", search.getElementById("browse-heading").text());
        assertEquals(List.of("All action plans", "Agencies", "Browse by status"), search.select("section.browse a").eachText());
        JsonNode meta = new ObjectMapper().readTree(site.bytes("search/index.json"));
        assertEquals("In progress", meta.get("statuses").get("in-progress").asText());
        assertTrue(site.read("search/docs/0.json").contains("\"Internal office · "), "a unit's kind is described in English");
        String script = site.read("assets/search.js");
        assertTrue(script.contains("tasks: \"Commitments\""), "search.js has its words");
        assertTrue(site.read("assets/filter.js").contains("\"Showing {shown} of {total} {total|commitment|commitments}.\""));
        assertTrue(site.read("assets/style.css").contains("content: \"Action plan: \";"));
    }

    @Test
    void openDataNamesItsColumnsInEnglish() {
        String csv = site.read("data/tasks.csv").substring(1);
        assertTrue(csv.startsWith("Plan ID,Commitment ID,Number,Commitment,Parent commitment ID,Lead agency,Responsible agencies,"
                + "Supporting agencies,Deadline,Status,Overdue,Remarks,What is required,URL\r\n"), csv);
        assertTrue(csv.contains(",Not reported,yes,Moved from the fourth action plan.,"), csv);
        assertTrue(site.read("data/updates.csv").substring(1).startsWith("Plan ID,Commitment ID,Number,Commitment,Date,Status,"
                + "Reported by,Progress,Evidence\r\n"));
    }

    @Test
    void everyPageIsValidHtml() throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        validator.setNoLangDetect(true);
        List<String> errors = new ArrayList<>();
        int pages = 0;
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            if (!f.getKey().endsWith(".html")) {
                continue;
            }
            pages++;
            for (String line : validator.validate(new ByteArrayInputStream(f.getValue())).split("\n")) {
                if (line.contains("error:") || line.contains("fatal:")) {
                    errors.add(f.getKey() + " " + line);
                }
            }
        }
        assertEquals(List.of(), errors);
        // With the list of changes, and the tables of the agencies under the two that have any, in four orders.
        assertEquals(38, pages);
    }
}
