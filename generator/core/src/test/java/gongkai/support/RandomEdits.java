package gongkai.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Random, valid edits of the basic fixture, for the tests that compare a partial rebuild with a whole build. */
public final class RandomEdits {

    private static final String[] UNITS = {"市财政局", "市发改委", "各区人民政府", "甲区人民政府", "乙区人民政府"};
    private static final String[] STATUSES = {"not-started", "in-progress", "completed", "ongoing", "cancelled"};
    private static final String[] SECTIONS = {"（一）", "（二）", "（三）"};
    private static final String PLAN = "content/plans/demo-2020/";

    private RandomEdits() {
    }

    /** One random, valid edit of the fixture; returns what it did and the file it changed. */
    public static String edit(TestSite site, Random random, int n) {
        int kind = random.nextInt(10);
        if (kind == 0 && Files.exists(site.root().resolve(PLAN + "6.md"))) {
            site.delete(PLAN + "6.md");
            return "delete " + PLAN + "6.md";
        }
        if (kind == 1) {
            String title = "另一市2019年政务公开工作任务分解表（第" + n + "稿）";
            site.write("content/plans/other-2019/plan.md", "---\ntitle: " + title + "\njurisdiction: town\nyear: 2019\n---\n");
            return "retitle content/plans/other-2019/plan.md";
        }
        String id = new String[] {"2", "4", "5", "6", "3-2"}[random.nextInt(5)];
        StringBuilder t = new StringBuilder("---\n");
        boolean sub = id.equals("3-2") && random.nextBoolean();
        t.append("number: \"").append(sub ? "（2）" : id.replace("3-2", "7")).append("\"\n");
        if (sub) {
            t.append("parent: \"3\"\n");
        } else {
            t.append("title: 任务").append(id).append("第").append(n).append("稿\n");
            t.append("section: ").append(SECTIONS[random.nextInt(SECTIONS.length)]).append('\n');
        }
        t.append(random.nextBoolean() ? "lead" : "responsible").append(": [").append(UNITS[random.nextInt(UNITS.length)])
                .append("]\n");
        if (random.nextBoolean()) {
            t.append("deadline: 2020-").append(String.format("%02d", 1 + random.nextInt(12))).append("-15\n");
        }
        if (random.nextBoolean()) {
            t.append("status: ").append(STATUSES[random.nextInt(STATUSES.length)]).append('\n');
        }
        if (random.nextBoolean()) {
            t.append("updates:\n  - date: 2020-").append(String.format("%02d", 1 + random.nextInt(12)))
                    .append("-01\n    status: in-progress\n    by: ").append(UNITS[random.nextInt(2)])
                    .append("\n    text: 第").append(n).append("次报送。\n");
        }
        t.append("---\n正文第").append(n).append("稿。\n");
        site.write(PLAN + id + ".md", t.toString());
        return "write " + PLAN + id + ".md";
    }

    /** Every file below dir with a hash of its bytes, by path. */
    public static Map<String, String> tree(Path dir) {
        Map<String, String> all = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                all.put(dir.relativize(p).toString(), Integer.toHexString(Arrays.hashCode(Files.readAllBytes(p))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    /** The paths where actual differs from expected (trees of {@link #tree}), those it has over marked as left over. */
    public static java.util.List<String> differences(Map<String, String> expected, Map<String, String> actual) {
        java.util.List<String> differ = new java.util.ArrayList<>();
        for (String p : expected.keySet()) {
            if (!expected.get(p).equals(actual.get(p))) {
                differ.add(p);
            }
        }
        actual.keySet().stream().filter(p -> !expected.containsKey(p)).forEach(p -> differ.add(p + " (left over)"));
        return differ;
    }
}
