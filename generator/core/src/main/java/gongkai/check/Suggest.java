package gongkai.check;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Finds the known names closest to a mistyped one, for "did you mean" hints. */
public final class Suggest {

    private Suggest() {
    }

    /** Up to limit candidates whose edit distance is small relative to the name's length, closest first. */
    public static List<String> closest(String name, Collection<String> candidates, int limit) {
        record Scored(String candidate, int distance) {
        }
        int max = Math.max(1, Math.min(3, name.length() / 2));
        List<Scored> scored = new ArrayList<>();
        for (String c : candidates) {
            // The distance is at least the difference in length: past max it need not be computed, which kept
            // a long unknown name (16,000 characters, once per alias of it) busy for milliseconds per unit.
            int d = Math.abs(name.length() - c.length()) > max ? max + 1 : distance(name, c);
            boolean contains = name.length() >= 2 && (c.contains(name) || name.contains(c)) && c.length() >= 2;
            if (d <= max || contains) {
                scored.add(new Scored(c, contains ? Math.min(d, max) : d));
            }
        }
        return scored.stream()
                .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::candidate))
                .map(Scored::candidate)
                .distinct()
                .limit(limit)
                .toList();
    }

    /** Levenshtein distance between two names. */
    public static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
