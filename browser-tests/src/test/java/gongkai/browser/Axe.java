package gongkai.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Deque's axe-core (the copy its Selenium package carries) run in the page as a browser extension would: put in
 * every page the browser opens once, instead of sent over the driver's wire before each run, which halves the time
 * of a sweep over every page; so each page can be checked in both colour schemes for the price of one load.
 */
final class Axe {

    /** The WCAG 2.0, 2.1 and 2.2 level A and AA rules, and Deque's best practices. */
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa",
            "best-practice");

    private static final String SOURCE = read();

    private static final String RUN = """
            var done = arguments[arguments.length - 1];
            if (!window.axe) {
              done({ error: 'axe is not in the page' });
              return;
            }
            axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, resultTypes: ['violations'] }).then(function (r) {
              done({ passes: r.passes.length, violations: r.violations.map(function (v) {
                return { id: v.id, impact: v.impact || '', help: v.help, nodes: v.nodes.map(function (n) {
                  return n.target.join(' ') + ' ' + n.html.slice(0, 300);
                }) };
              }) });
            }, function (e) { done({ error: String(e) }); });
            """;

    /** One rule broken on a page, with the elements that break it. */
    record Violation(String id, String impact, String help, List<String> nodes) {

        String describe(String where) {
            StringBuilder sb = new StringBuilder(where + ": " + id + " (" + impact + ") " + help);
            nodes.forEach(n -> sb.append("\n    ").append(n));
            return sb.toString();
        }
    }

    record Result(List<Violation> violations, int passes) {

        int nodes() {
            return violations.stream().mapToInt(v -> v.nodes().size()).sum();
        }

        List<String> ids() {
            return violations.stream().map(Violation::id).sorted().toList();
        }
    }

    private Axe() {
    }

    private static String read() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the class path (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Puts axe in every page opened from now on; returns what uninstall takes. */
    static Object install(Browser browser) {
        return browser.cdp("Page.addScriptToEvaluateOnNewDocument", Map.of("source", SOURCE)).get("identifier");
    }

    static void uninstall(Browser browser, Object installed) {
        browser.cdp("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", installed));
    }

    /** axe over the open page (put in it now if it is not there yet). */
    @SuppressWarnings("unchecked")
    static Result run(Browser browser) {
        if (!(Boolean) browser.js("return !!window.axe")) {
            browser.js(SOURCE);
        }
        Map<String, Object> r = (Map<String, Object>) browser.driver.executeAsyncScript(RUN, TAGS);
        if (r.containsKey("error")) {
            throw new AssertionError("axe failed: " + r.get("error"));
        }
        List<Violation> violations = new ArrayList<>();
        for (Map<String, Object> v : (List<Map<String, Object>>) r.get("violations")) {
            violations.add(new Violation((String) v.get("id"), (String) v.get("impact"), (String) v.get("help"),
                    (List<String>) v.get("nodes")));
        }
        return new Result(violations, ((Number) r.get("passes")).intValue());
    }
}
