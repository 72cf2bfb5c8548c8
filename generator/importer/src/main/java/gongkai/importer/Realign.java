package gongkai.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts the cells of a row copied from a web page back in their columns. Such a row leaves out the cells a
 * span covers and pads its end with empty cells, so its text cells are placed, in their order, in the columns
 * whose content they match best: what the full rows of the table hold in each column (a 一、 heading, a 1.
 * task, a deadline, unit names, long text), else what the column's header names. A row whose best placement
 * still puts a sentence in a unit column or a deadline is reported with its line.
 */
final class Realign {

    enum Kind { EMPTY, NUMBER, SECTION, TASK, DEADLINE, UNIT, SHORT, LONG }

    private Realign() {
    }

    static Kind kind(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return Kind.EMPTY;
        }
        if (t.matches("\\d{1,3}")) {
            return Kind.NUMBER;
        }
        if (Markers.section(t).isPresent() || Markers.subsection(t).isPresent()) {
            return Kind.SECTION;
        }
        if (Markers.task(t).isPresent()) {
            return Kind.TASK;
        }
        if (Sanity.isDeadline(t)) {
            return Kind.DEADLINE;
        }
        if (UnitPhrase.looksLike(t) || UnitPhrase.leadsWithUnit(t)) {
            return Kind.UNIT;
        }
        return t.length() >= 25 || t.matches("(?s).*[，。；,;].*") ? Kind.LONG : Kind.SHORT;
    }

    static List<Row> rows(List<Row> rows, ColumnMapping m, List<Note> notes) {
        int width = m.width();
        // What full rows hold in each column.
        Kind[] learned = new Kind[width];
        for (Row r : rows) {
            if (r.cells().size() == width && r.cells().stream().filter(c -> !c.isBlank()).count() == width) {
                for (int c = 0; c < width; c++) {
                    Kind k = kind(r.text(c));
                    learned[c] = learned[c] == null || learned[c] == k ? k : compatible(learned[c], k) ? learned[c] : Kind.SHORT;
                }
            }
        }
        List<Row> out = new ArrayList<>();
        List<Integer> moved = new ArrayList<>();
        for (Row r : rows) {
            List<Integer> filled = new ArrayList<>();
            for (int c = 0; c < r.cells().size(); c++) {
                if (!r.cells().get(c).isBlank()) {
                    filled.add(c);
                }
            }
            int k = filled.size();
            if (k == 0 || k > width || r.unplaced()) {
                out.add(r);
                continue;
            }
            double[][] best = new double[k + 1][width + 1];
            int[][] from = new int[k + 1][width + 1];
            for (double[] b : best) {
                java.util.Arrays.fill(b, Double.NEGATIVE_INFINITY);
            }
            java.util.Arrays.fill(best[0], 0);
            for (int i = 1; i <= k; i++) {
                Kind kind = kind(r.text(filled.get(i - 1)));
                for (int j = i; j <= width; j++) {
                    // cell i-1 in column j-1, after cell i-2 in a column before it
                    double prev = Double.NEGATIVE_INFINITY;
                    int arg = -1;
                    for (int q = i - 1; q < j; q++) {
                        if (best[i - 1][q] > prev) {
                            prev = best[i - 1][q];
                            arg = q;
                        }
                    }
                    if (arg >= 0 && (i > 1 || true)) {
                        best[i][j] = prev + score(kind, learned[j - 1], m.role(j - 1)) + (j - 1) * 0.001;
                        from[i][j] = arg;
                    }
                }
            }
            int end = -1;
            for (int j = k; j <= width; j++) {
                if (end < 0 || best[k][j] > best[k][end]) {
                    end = j;
                }
            }
            // A row whose cells already fit their columns stays as it is.
            double identity = 0;
            for (int c : filled) {
                identity += c < width ? score(kind(r.text(c)), learned[c], m.role(c)) + c * 0.001 : Double.NEGATIVE_INFINITY;
            }
            if (identity >= best[k][end] - 2.5) {
                out.add(r);
                continue;
            }
            List<Cell> cells = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                cells.add(Cell.EMPTY);
            }
            int j = end;
            boolean misfit = false;
            for (int i = k; i >= 1; i--) {
                Cell cell = r.cells().get(filled.get(i - 1));
                cells.set(j - 1, cell);
                Kind kind = kind(cell.text());
                ColumnRole role = m.role(j - 1);
                misfit |= (role.isUnits() || role == ColumnRole.DEADLINE) && (kind == Kind.LONG || kind == Kind.TASK || kind == Kind.SECTION);
                j = from[i][j];
            }
            boolean same = true;
            for (int c = 0; c < width; c++) {
                same &= r.text(c).equals(cells.get(c).text().strip());
            }
            if (!same) {
                moved.add(r.line());
            }
            if (misfit) {
                notes.add(new Note(r.line(), "这一行的各格与表头的列对不上（单位或时限栏里是一段文字），已尽量按内容归位。请对照原件核对这一行。"));
            }
            out.add(new Row(r.line(), cells));
        }
        if (!moved.isEmpty()) {
            notes.add(new Note(moved.get(0), "第 " + lines(moved) + " 行少了被合并（跨行）的单元格，行末补了空格："
                    + "已按各格内容放回相应的列（如标题在任务栏、单位写法在单位栏、时限在时限栏）。请对照原件核对。"));
        }
        return out;
    }

    private static String lines(List<Integer> lines) {
        List<String> parts = new ArrayList<>();
        for (int l : lines.subList(0, Math.min(lines.size(), 12))) {
            parts.add(String.valueOf(l));
        }
        return String.join("、", parts) + (lines.size() > 12 ? " 等" : "");
    }

    private static boolean compatible(Kind a, Kind b) {
        return (a == Kind.LONG || a == Kind.SHORT || a == Kind.TASK) && (b == Kind.LONG || b == Kind.SHORT || b == Kind.TASK)
                || (a == Kind.NUMBER || a == Kind.SHORT) && (b == Kind.NUMBER || b == Kind.SHORT);
    }

    private static double score(Kind kind, Kind learned, ColumnRole role) {
        double s = 0;
        if (learned != null) {
            if (learned == kind) {
                s += 3;
            } else if (compatible(learned, kind)) {
                s += 1;
            } else {
                s -= 2;
            }
        }
        s += switch (role) {
            case NUMBER -> kind == Kind.NUMBER ? 2 : -2;
            case DEADLINE -> kind == Kind.DEADLINE ? 2 : kind == Kind.UNIT || kind == Kind.LONG ? -3 : -1;
            case LEAD, RESPONSIBLE, SUPPORT, UNITS -> kind == Kind.UNIT ? 2 : kind == Kind.DEADLINE || kind == Kind.LONG
                    || kind == Kind.TASK || kind == Kind.SECTION ? -3 : -1;
            case TASK -> kind == Kind.TASK || kind == Kind.SHORT || kind == Kind.SECTION ? 1 : kind == Kind.DEADLINE ? -2 : 0;
            case REQUIREMENT -> kind == Kind.LONG || kind == Kind.TASK ? 1 : kind == Kind.DEADLINE || kind == Kind.UNIT ? -1 : 0;
            default -> kind == Kind.SECTION ? 0.5 : 0;
        };
        return s;
    }
}
