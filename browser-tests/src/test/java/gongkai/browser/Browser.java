package gongkai.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium through the system chromedriver. Both paths are given outright, so Selenium
 * Manager is never asked to find or download anything; the browser is started with everything that would
 * call out (sync, component updates, background networking) turned off.
 */
final class Browser implements AutoCloseable {

    /** Held so the logging level set on it is not lost to garbage collection. */
    private static final java.util.logging.Logger CDP_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    static final int DESKTOP_WIDTH = 1280;
    static final int DESKTOP_HEIGHT = 900;

    /** Collects script errors and every request a page makes, before any of the page's own scripts run. */
    private static final String WATCH = """
            window.__errors = [];
            window.addEventListener('error', function (e) { window.__errors.push(String(e.message)); });
            window.addEventListener('unhandledrejection', function (e) { window.__errors.push(String(e.reason)); });
            """;

    final ChromeDriver driver;
    private final Path profile;

    Browser() throws IOException {
        // Commands go through chromedriver's CDP endpoint; Selenium's notice that its bundled CDP bindings are
        // older than this Chromium does not concern them.
        CDP_LOG.setLevel(java.util.logging.Level.SEVERE);
        String chromium = System.getProperty("gongkai.chromium", "/usr/bin/chromium");
        String chromedriver = System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        profile = Files.createTempDirectory("gongkai-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--disable-extensions", "--hide-scrollbars", "--lang=zh-CN",
                "--user-data-dir=" + profile, "--window-size=" + DESKTOP_WIDTH + "," + DESKTOP_HEIGHT);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(chromedriver))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        cdp("Page.addScriptToEvaluateOnNewDocument", Map.of("source", WATCH));
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> cdp(String command, Map<String, Object> params) {
        return driver.executeCdpCommand(command, params);
    }

    /** A viewport of this width; mobile emulation honours the page's viewport meta, as a phone does. */
    void viewport(int width, int height, boolean mobile) {
        cdp("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height, "deviceScaleFactor", 1,
                "mobile", mobile));
    }

    void desktop() {
        viewport(DESKTOP_WIDTH, DESKTOP_HEIGHT, false);
    }

    /** CSS media features to emulate, e.g. prefers-color-scheme: dark; an empty map resets them. */
    void media(String type, Map<String, String> features) {
        List<Map<String, String>> list = features.entrySet().stream()
                .map(e -> Map.of("name", e.getKey(), "value", e.getValue())).toList();
        cdp("Emulation.setEmulatedMedia", Map.of("media", type, "features", list));
    }

    void open(String url) {
        driver.get(url);
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    Object js(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    long number(String script, Object... args) {
        return ((Number) js(script, args)).longValue();
    }

    String text(String script, Object... args) {
        Object o = js(script, args);
        return o == null ? null : o.toString();
    }

    /** How many CSS pixels the page is wider than its viewport: more than 0 means it scrolls sideways. */
    long sidewaysOverflow() {
        return number("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
    }

    @SuppressWarnings("unchecked")
    List<String> scriptErrors() {
        Object o = js("return window.__errors || []");
        return (List<String>) o;
    }

    @SuppressWarnings("unchecked")
    List<String> requests() {
        return (List<String>) js("return performance.getEntriesByType('resource').map(function (e) { return e.name; })");
    }

    WebElement active() {
        return driver.switchTo().activeElement();
    }

    void keys(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    /** Presses Tab until the focused element matches the CSS selector; fails after max presses. */
    WebElement tabTo(String selector, int max) {
        for (int i = 0; i < max; i++) {
            keys(Keys.TAB);
            if ((Boolean) js("return document.activeElement.matches(arguments[0])", selector)) {
                return active();
            }
        }
        throw new AssertionError("Tab never reached " + selector + " in " + max + " presses");
    }

    /** Script execution on or off for the pages opened next, as in a browser with JavaScript turned off. */
    void scripts(boolean on) {
        cdp("Emulation.setScriptExecutionDisabled", Map.of("value", !on));
    }

    /**
     * The layout shift the page has had so far, as Lighthouse counts it (cumulative, shifts right after input left
     * out), read from the browser's own record of layout shifts.
     */
    double layoutShift() {
        Object o = driver.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                var sum = 0;
                new PerformanceObserver(function (list) {
                  list.getEntries().forEach(function (e) { if (!e.hadRecentInput) { sum += e.value; } });
                }).observe({ type: 'layout-shift', buffered: true });
                setTimeout(function () { done(sum); }, 50);
                """);
        return ((Number) o).doubleValue();
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    void waitFor(String description, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).withMessage(description).until(d -> condition.getAsBoolean());
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var s = Files.walk(profile)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temp folder left behind is harmless
            }
        }
    }
}
