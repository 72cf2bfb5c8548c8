package gongkai.importer;

import java.util.ArrayList;
import java.util.List;

/** A short line diff ("- old", "+ new") to show an editor what an import would change in a file. */
public final class LineDiff {

    private LineDiff() {
    }

    /** The changed lines, at most limit of them, each prefixed "- " or "+ ". */
    public static List<String> of(String before, String after, int limit) {
        String[] a = before.split("\n", -1);
        String[] b = after.split("\n", -1);
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        int total = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                i++;
                j++;
            } else if (j < b.length && (i == a.length || lcs[i][j + 1] > lcs[i + 1][j])) {
                total++;
                if (out.size() < limit) {
                    out.add("+ " + b[j]);
                }
                j++;
            } else {
                total++;
                if (out.size() < limit) {
                    out.add("- " + a[i]);
                }
                i++;
            }
        }
        if (total > limit) {
            out.add("……（另有 " + (total - limit) + " 行改动）");
        }
        return out;
    }
}
