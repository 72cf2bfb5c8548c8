package gongkai.markup;

import java.util.ArrayList;
import java.util.List;

/**
 * The difference between two texts as a reader follows it: the text kept, and phrases removed or added. Chinese
 * has no spaces between words, so texts are compared character by character (Myers' algorithm), then single
 * characters kept between two changes are folded into them, so that a rewritten phrase reads as one phrase removed
 * and one added instead of a scatter of characters. Long unchanged stretches may be shortened to their ends.
 */
public final class TextDiff {

    private TextDiff() {
    }

    public enum Kind { SAME, REMOVED, ADDED }

    /** A run of text: kept, removed or added. elided: a shortened unchanged run, whose middle is left out. */
    public record Part(Kind kind, String text, boolean elided) {
    }

    /**
     * Beyond this many edits the comparison stops looking for the shortest script and shows the changed middle of
     * the two texts whole: a requirement rewritten from end to end reads no worse so, and costs no more than its
     * length.
     */
    static final int MAX_EDITS = 1000;

    /** The parts from before to after, in reading order (a removal before the addition that replaces it). */
    public static List<Part> of(String before, String after) {
        int[] a = before.codePoints().toArray();
        int[] b = after.codePoints().toArray();
        int start = 0;
        while (start < a.length && start < b.length && a[start] == b[start]) {
            start++;
        }
        int endA = a.length;
        int endB = b.length;
        while (endA > start && endB > start && a[endA - 1] == b[endB - 1]) {
            endA--;
            endB--;
        }
        List<Part> parts = new ArrayList<>();
        add(parts, Kind.SAME, a, 0, start);
        List<Part> middle = myers(a, start, endA, b, start, endB);
        if (middle == null) {
            add(parts, Kind.REMOVED, a, start, endA);
            add(parts, Kind.ADDED, b, start, endB);
        } else {
            parts.addAll(middle);
        }
        add(parts, Kind.SAME, a, endA, a.length);
        return tidy(parts);
    }

    /**
     * The same parts with each unchanged run longer than 2 × context shortened to its first and last context
     * characters (only the end that touches a change, for the first and the last run).
     */
    public static List<Part> shortened(List<Part> parts, int context) {
        List<Part> out = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            int n = p.text().codePointCount(0, p.text().length());
            if (p.kind() != Kind.SAME || n <= 2 * context) {
                out.add(p);
                continue;
            }
            String t = p.text();
            String head = i == 0 ? "" : t.substring(0, t.offsetByCodePoints(0, context));
            String tail = i == parts.size() - 1 ? "" : t.substring(t.offsetByCodePoints(0, n - context));
            out.add(new Part(Kind.SAME, head + "…" + tail, true));
        }
        return out;
    }

    private static void add(List<Part> parts, Kind kind, int[] cps, int from, int to) {
        if (to > from) {
            parts.add(new Part(kind, new String(cps, from, to - from), false));
        }
    }

    /** Myers' O(ND) shortest edit script of a[aFrom, aTo) into b[bFrom, bTo); null past MAX_EDITS edits. */
    private static List<Part> myers(int[] a, int aFrom, int aTo, int[] b, int bFrom, int bTo) {
        int n = aTo - aFrom;
        int m = bTo - bFrom;
        List<Part> parts = new ArrayList<>();
        if (n == 0 || m == 0) {
            add(parts, Kind.REMOVED, a, aFrom, aTo);
            add(parts, Kind.ADDED, b, bFrom, bTo);
            return parts;
        }
        int max = Math.min(n + m, MAX_EDITS);
        int offset = max + 1;
        int[] v = new int[2 * max + 3];
        // The frontier before each step d, kept for k in [-d, d] only: about d² values in all.
        List<int[]> trace = new ArrayList<>();
        int found = -1;
        for (int d = 0; d <= max && found < 0; d++) {
            int[] saved = new int[2 * d + 3];
            System.arraycopy(v, offset - d - 1, saved, 0, 2 * d + 3);
            trace.add(saved);
            for (int k = -d; k <= d; k += 2) {
                int x = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) ? v[offset + k + 1] : v[offset + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a[aFrom + x] == b[bFrom + y]) {
                    x++;
                    y++;
                }
                v[offset + k] = x;
                if (x >= n && y >= m) {
                    found = d;
                    break;
                }
            }
        }
        if (found < 0) {
            return null;
        }
        // Back from the end through the saved frontiers, collecting the script in reverse.
        List<Part> reversed = new ArrayList<>();
        int x = n;
        int y = m;
        for (int d = found; d > 0; d--) {
            int[] pv = trace.get(d);
            int k = x - y;
            // pv holds k' in [-d - 1, d + 1] at k' + d + 1.
            boolean down = k == -d || (k != d && pv[k - 1 + d + 1] < pv[k + 1 + d + 1]);
            int prevK = down ? k + 1 : k - 1;
            int prevX = pv[prevK + d + 1];
            int prevY = prevX - prevK;
            int sameTo = x;
            while (x > prevX + (down ? 0 : 1) && y > prevY + (down ? 1 : 0)) {
                x--;
                y--;
            }
            if (sameTo > x) {
                reversed.add(new Part(Kind.SAME, new String(a, aFrom + x, sameTo - x), false));
            }
            if (down) {
                reversed.add(new Part(Kind.ADDED, new String(b, bFrom + y - 1, 1), false));
                y--;
            } else {
                reversed.add(new Part(Kind.REMOVED, new String(a, aFrom + x - 1, 1), false));
                x--;
            }
        }
        if (x > 0) {
            reversed.add(new Part(Kind.SAME, new String(a, aFrom, x), false));
        }
        for (int i = reversed.size() - 1; i >= 0; i--) {
            parts.add(reversed.get(i));
        }
        return parts;
    }

    /**
     * Joins runs of one kind, folds a kept run of one character lying between two changes into them, and puts
     * each removal before the addition next to it.
     */
    static List<Part> tidy(List<Part> parts) {
        List<Part> out = merge(parts);
        boolean again = true;
        while (again) {
            again = false;
            for (int i = 1; i + 1 < out.size(); i++) {
                Part p = out.get(i);
                if (p.kind() == Kind.SAME && p.text().codePointCount(0, p.text().length()) <= 1
                        && out.get(i - 1).kind() != Kind.SAME && out.get(i + 1).kind() != Kind.SAME) {
                    List<Part> next = new ArrayList<>(out.subList(0, i));
                    next.add(new Part(Kind.REMOVED, p.text(), false));
                    next.add(new Part(Kind.ADDED, p.text(), false));
                    next.addAll(out.subList(i + 1, out.size()));
                    out = merge(next);
                    again = true;
                    break;
                }
            }
        }
        return out;
    }

    /** Adjacent changes gathered as one removal then one addition; adjacent runs of one kind joined. */
    private static List<Part> merge(List<Part> parts) {
        List<Part> out = new ArrayList<>();
        StringBuilder removed = new StringBuilder();
        StringBuilder added = new StringBuilder();
        StringBuilder same = new StringBuilder();
        for (Part p : parts) {
            if (p.kind() == Kind.SAME) {
                flush(out, removed, added);
                same.append(p.text());
            } else {
                if (same.length() > 0) {
                    out.add(new Part(Kind.SAME, same.toString(), false));
                    same.setLength(0);
                }
                (p.kind() == Kind.REMOVED ? removed : added).append(p.text());
            }
        }
        flush(out, removed, added);
        if (same.length() > 0) {
            out.add(new Part(Kind.SAME, same.toString(), false));
        }
        return out;
    }

    private static void flush(List<Part> out, StringBuilder removed, StringBuilder added) {
        if (removed.length() > 0) {
            out.add(new Part(Kind.REMOVED, removed.toString(), false));
            removed.setLength(0);
        }
        if (added.length() > 0) {
            out.add(new Part(Kind.ADDED, added.toString(), false));
            added.setLength(0);
        }
    }
}
