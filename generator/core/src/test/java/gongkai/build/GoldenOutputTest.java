package gongkai.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.support.TestSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Chinese site, byte for byte: the "basic" fixture's whole output, and the pages that show what a fuller
 * site-config.yml adds (navigation, footer, its own status names), compared with copies kept in
 * src/test/golden/. A change to the theme's words, its templates or the Java that feeds them shows here as the
 * files it changed. When a change is meant, rebuild the copies with -Dgongkai.golden.update=true and review
 * their diff before committing it.
 */
class GoldenOutputTest {

    private static final boolean UPDATE = Boolean.getBoolean("gongkai.golden.update");

    @TempDir
    Path temp;

    private static Path golden(String name) {
        return TestSite.repo().resolve("generator/core/src/test/golden").resolve(name);
    }

    @Test
    void theBasicFixtureIsBuiltAsBefore() throws IOException {
        TestSite site = TestSite.fixture("basic", temp);
        site.buildOk();
        Map<String, byte[]> files = new TreeMap<>(site.snapshot());
        // The marker says what the folder is; it is no page of the site.
        files.remove(".gongkai-site");
        compare(golden("basic"), files);
    }

    /** Navigation links, every footer field, a status name and overdue label of the site's own, the issuing authority and its emblem. */
    @Test
    void aFullerConfigurationIsBuiltAsBefore() throws IOException {
        TestSite site = TestSite.fixture("basic", temp);
        site.write("site-config.yml", """
                title: 示例政务公开
                description: 测试用站点
                authority: 示例市人民政府办公室
                emblem: static/emblem.svg
                base_url: https://example.org/gk/
                as_of: 2020-12-31
                site_id_code: "1234567890"
                footer:
                  organizer: 示例市人民政府办公室
                  icp: 浙ICP备00000000号
                  public_security: 浙公网安备 00000000000000号
                  contact: 0577-00000000
                statuses:
                  completed: 已办结
                overdue_label: 超期
                nav:
                  - title: 政府信息公开
                    url: https://www.example.gov.cn/zwgk/
                  - title: 开放数据
                    url: data/index.json
                """);
        site.write("templates/static/emblem.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\"/>");
        site.buildOk();
        Map<String, byte[]> files = new TreeMap<>();
        for (String path : List.of("index.html", "status/index.html", "status/overdue/index.html", "search/index.html",
                "plans/demo-2020/index.html", "feed.xml", "data/index.json", "search/index.json")) {
            files.put(path, site.bytes(path));
        }
        compare(golden("basic-configured"), files);
    }

    private static void compare(Path dir, Map<String, byte[]> files) throws IOException {
        if (UPDATE) {
            TestSite.deleteTree(dir);
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Path target = dir.resolve(f.getKey());
                Files.createDirectories(target.getParent());
                Files.write(target, f.getValue());
            }
            return;
        }
        assertTrue(Files.isDirectory(dir), "no golden copy at " + dir + ": make it with -Dgongkai.golden.update=true");
        Map<String, byte[]> kept = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                kept.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        TreeSet<String> missing = new TreeSet<>(kept.keySet());
        missing.removeAll(files.keySet());
        TreeSet<String> added = new TreeSet<>(files.keySet());
        added.removeAll(kept.keySet());
        List<String> changed = new ArrayList<>();
        for (String path : files.keySet()) {
            if (kept.containsKey(path) && !Arrays.equals(kept.get(path), files.get(path))) {
                changed.add(path + firstDifference(kept.get(path), files.get(path)));
            }
        }
        assertEquals("", (missing.isEmpty() ? "" : "no longer written: " + missing + "\n")
                + (added.isEmpty() ? "" : "new: " + added + "\n")
                + (changed.isEmpty() ? "" : "changed:\n" + String.join("\n", changed)));
    }

    /** The first line that differs, as kept and as built. */
    private static String firstDifference(byte[] kept, byte[] built) {
        String[] a = new String(kept, StandardCharsets.UTF_8).split("\n", -1);
        String[] b = new String(built, StandardCharsets.UTF_8).split("\n", -1);
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String x = i < a.length ? a[i] : "";
            String y = i < b.length ? b[i] : "";
            if (!x.equals(y)) {
                return "\n  line " + (i + 1) + "\n  kept:  " + x + "\n  built: " + y;
            }
        }
        return "";
    }
}
