package gongkai.importer;

import gongkai.check.Suggest;
import java.util.ArrayList;
import java.util.List;

/**
 * Tells first-level from second-level headings in a table whose 工作任务 column is a merged heading rather
 * than a task title (seed 001). A cell "着力… 围绕…" holds both levels; a heading beside another heading in a
 * later column is first-level; a lone heading is first-level when it repeats a known first-level heading
 * (or differs by one character) or shares the opening words every first-level heading shares (着力…);
 * otherwise it is second-level.
 */
final class Headings {

    private final List<String> tops = new ArrayList<>();

    void learnTop(String heading) {
        String h = SectionTree.clean(heading);
        if (!h.isEmpty() && !tops.contains(h)) {
            tops.add(h);
        }
    }

    boolean isTop(String heading) {
        String h = SectionTree.clean(heading);
        for (String t : tops) {
            if (t.equals(h) || (h.length() >= 6 && Suggest.distance(t, h) <= 1)) {
                return true;
            }
        }
        String prefix = commonPrefix();
        return prefix.length() >= 2 && h.startsWith(prefix);
    }

    private String commonPrefix() {
        if (tops.size() < 2) {
            return "";
        }
        String p = tops.get(0);
        for (String t : tops) {
            int i = 0;
            while (i < p.length() && i < t.length() && p.charAt(i) == t.charAt(i)) {
                i++;
            }
            p = p.substring(0, i);
        }
        return p;
    }

    /** "着力加强公开解读回应工作 围绕建设法治政府全面推进政务公开。" → both parts; a heading without such a break → itself. */
    static List<String> split(String cell) {
        String t = cell.strip();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\s+").matcher(t);
        while (m.find()) {
            String left = t.substring(0, m.start());
            String right = t.substring(m.end());
            if (left.length() >= 4 && right.length() >= 4 && !Character.isDigit(left.charAt(left.length() - 1))
                    && !Character.isDigit(right.charAt(0))) {
                return List.of(left, right);
            }
        }
        return List.of(t);
    }
}
