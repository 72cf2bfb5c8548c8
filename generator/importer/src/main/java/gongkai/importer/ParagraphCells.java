package gongkai.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A table flattened into paragraphs, a cell each (text copied from a web page, or a page whose table was written
 * as one paragraph per cell): a run of paragraphs that are all header words ("序号", "民生实事", "责任单位",
 * "完成时限"; "Action", "Progress") says how many columns there are and what each holds. The paragraphs after it
 * fill the columns in order, each going to the next column its text fits (a number, unit names, a deadline, a
 * status, text); further unit names stay in the units column (a cell of several units is several paragraphs); a
 * paragraph that fits no later column starts the next row. The table ends at a heading, or where a row would
 * hold a single cell at the very end.
 */
final class ParagraphCells {

    private ParagraphCells() {
    }

    /** The document with its paragraph table as a table block, or empty when it has none. */
    static Optional<SourceDocument> read(SourceDocument doc) {
        if (!doc.tables().isEmpty()) {
            return Optional.empty();
        }
        List<Block.Paragraph> ps = doc.paragraphs();
        for (int i = 0; i < ps.size(); i++) {
            List<ColumnRole> roles = header(ps, i);
            if (roles.isEmpty()) {
                continue;
            }
            int k = roles.size();
            List<Row> rows = new ArrayList<>();
            List<Cell> head = new ArrayList<>();
            for (int h = 0; h < k; h++) {
                head.add(new Cell(ps.get(i + h).text(), false));
            }
            rows.add(new Row(ps.get(i).line(), head));
            String[] cells = null;
            int line = 0;
            int last = -1;
            int end = i + k;
            for (int j = i + k; j < ps.size(); j++) {
                Block.Paragraph p = ps.get(j);
                if (p.heading() || header(ps, j).size() == k) {
                    break;
                }
                String t = p.text();
                int col = -1;
                for (int c = last + 1; c < k && col < 0; c++) {
                    if (fits(roles.get(c), t)) {
                        col = c;
                    }
                }
                if (col < 0 && last >= 0 && roles.get(last).isUnits() && fits(roles.get(last), t)) {
                    cells[last] = cells[last] + "\n" + t;
                    end = j + 1;
                    continue;
                }
                if (col < 0) {
                    if (cells != null) {
                        rows.add(row(line, cells));
                    }
                    cells = new String[k];
                    line = p.line();
                    for (int c = 0; c < k && col < 0; c++) {
                        if (fits(roles.get(c), t)) {
                            col = c;
                        }
                    }
                    if (col < 0) {
                        break;
                    }
                } else if (cells == null) {
                    cells = new String[k];
                    line = p.line();
                }
                cells[col] = t;
                last = col;
                end = j + 1;
            }
            if (cells != null) {
                long filled = java.util.Arrays.stream(cells).filter(x -> x != null).count();
                if (filled > 1 || end < ps.size()) {
                    rows.add(row(line, cells));
                } else {
                    end--;
                }
            }
            if (rows.size() < 2) {
                continue;
            }
            List<Block> blocks = new ArrayList<>();
            for (int b = 0; b < i; b++) {
                blocks.add(ps.get(b));
            }
            blocks.add(new Block.Table(rows, false));
            for (int b = end; b < ps.size(); b++) {
                blocks.add(ps.get(b));
            }
            return Optional.of(new SourceDocument(doc.file(), doc.readAs() + "；表格为每格一段（" + k + " 列）", blocks, doc.notes()));
        }
        return Optional.empty();
    }

    private static Row row(int line, String[] cells) {
        List<Cell> out = new ArrayList<>();
        for (String c : cells) {
            out.add(new Cell(c == null ? "" : c, false));
        }
        return new Row(line, out);
    }

    /** The roles of a header starting at paragraph i: two or more short paragraphs each a header word, one of them the task. */
    private static List<ColumnRole> header(List<Block.Paragraph> ps, int i) {
        List<ColumnRole> roles = new ArrayList<>();
        for (int j = i; j < ps.size() && roles.size() < 20; j++) {
            String t = ps.get(j).text();
            Optional<ColumnRole> r = t.length() <= 20 ? ColumnRole.named(t) : Optional.empty();
            if (r.isEmpty() || roles.contains(r.get()) || r.get() == ColumnRole.IGNORED || r.get() == ColumnRole.DATE) {
                break;
            }
            roles.add(r.get());
        }
        boolean task = roles.contains(ColumnRole.TASK) || roles.contains(ColumnRole.REQUIREMENT);
        return roles.size() >= 2 && task ? roles : List.of();
    }

    private static boolean fits(ColumnRole role, String t) {
        boolean number = t.matches("\\d{1,3}[.、．]?");
        boolean deadline = Sanity.isDeadline(t);
        return switch (role) {
            case NUMBER -> number;
            case DEADLINE -> deadline;
            case LEAD, RESPONSIBLE, SUPPORT, UNITS -> !deadline && !number && UnitPhrase.looksLike(t);
            case STATUS -> StatusWords.parse(t, java.util.Map.of()).isPresent();
            case TASK, REQUIREMENT -> !number && !deadline;
            default -> true;
        };
    }
}
