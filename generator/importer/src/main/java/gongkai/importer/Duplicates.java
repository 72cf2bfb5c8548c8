package gongkai.importer;

import gongkai.check.Suggest;

/**
 * Whether two unit names may be the same body: nearly the same (市科工商务局局 ~ 市科工商务局), or one an
 * abbreviation of the other, its characters appearing in order in the longer name (市发改委 ~
 * 市发展和改革委员会, 市政府办公室 ~ 开平市人民政府办公室).
 */
public final class Duplicates {

    private Duplicates() {
    }

    public static boolean likely(String a, String b, String jurisdictionName) {
        String x = strip(a, jurisdictionName);
        String y = strip(b, jurisdictionName);
        if (x.equals(y)) {
            return !a.equals(b);
        }
        String shorter = x.length() <= y.length() ? x : y;
        String longer = x.length() <= y.length() ? y : x;
        if (shorter.length() < 4) {
            return false;
        }
        int d = Suggest.distance(x, y);
        // Characters added or dropped: 市科工商务局局, 市人民政府办公室.
        if (d <= 2 && longer.length() - shorter.length() == d) {
            return true;
        }
        // A character mistyped in a long name; short names differ by one character and are different bodies (财政局, 民政局).
        if (d == 1 && shorter.length() >= 7) {
            return true;
        }
        int common = 0;
        while (common < shorter.length() && x.charAt(common) == y.charAt(common)) {
            common++;
        }
        // 市发展和改革局 ~ 市发展和改革委员会.
        if (common >= 5 && common * 10 >= shorter.length() * 6) {
            return true;
        }
        // An abbreviation: 市发改委 ~ 市发展和改革委员会, its first word and then its characters in order.
        int first = "市省县区".indexOf(shorter.charAt(0)) >= 0 ? 1 : 0;
        return shorter.length() <= 5 && longer.length() >= shorter.length() + 3 && first < shorter.length()
                && longer.length() > first && shorter.charAt(first) == longer.charAt(first)
                && shorter.charAt(0) == longer.charAt(0) && subsequence(shorter, longer);
    }

    private static String strip(String name, String jurisdictionName) {
        String n = name;
        if (jurisdictionName != null && jurisdictionName.length() > 1 && n.startsWith(jurisdictionName)) {
            n = jurisdictionName.substring(jurisdictionName.length() - 1) + n.substring(jurisdictionName.length());
        }
        return n;
    }

    private static boolean subsequence(String shorter, String longer) {
        int j = 0;
        for (int i = 0; i < longer.length() && j < shorter.length(); i++) {
            if (longer.charAt(i) == shorter.charAt(j)) {
                j++;
            }
        }
        return j == shorter.length();
    }
}
