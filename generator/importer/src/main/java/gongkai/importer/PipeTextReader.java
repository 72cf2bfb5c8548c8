package gongkai.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a table copied from a web page with "|" between cells, in the two shapes pages give:
 * a row per line ("政策解读 | 对以我局… | 各责任科室 |"), or a cell per line, each ending in " |", empty cells as
 * bare "|" lines ("||" for two). Rows covered by a span leave its cells out and pad their end instead
 * ("| ||"): the table is marked padded, and understanding puts the cells back by what they say. In the
 * cell-per-line shape rows are counted off by the header's width (with the empty cells that follow it), or,
 * with a 序号 column, start at each next number; a group of cells that is not a whole number of rows is kept
 * as one row and reported. Lines outside the table are paragraphs.
 */
final class PipeTextReader {

    /** Which shape a text has: a row per line, or a cell per line. */
    enum Shape { ROWS, CELLS }

    private record Piece(String text, int line) {
    }

    private PipeTextReader() {
    }

    /** The shape when the text is a pipe table, else empty. */
    static Optional<Shape> detect(String text) {
        int rows = 0;
        int cells = 0;
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.isEmpty() || l.indexOf('|') < 0 || l.matches("[-|: ]+") && l.contains("-")) {
                continue;
            }
            if (l.matches("\\|+")) {
                cells++;
            } else if (content(l).size() >= 2) {
                rows++;
            } else if (l.endsWith("|")) {
                cells++;
            }
        }
        if (rows >= 2 && rows >= cells) {
            return Optional.of(Shape.ROWS);
        }
        return cells >= 4 ? Optional.of(Shape.CELLS) : Optional.empty();
    }

    private static List<String> content(String line) {
        List<String> out = new ArrayList<>();
        for (String c : line.split("\\|")) {
            if (!c.isBlank()) {
                out.add(c.strip());
            }
        }
        return out;
    }

    static SourceDocument read(String file, String text, String encoding, Shape shape) {
        return shape == Shape.ROWS ? rows(file, text, encoding) : cells(file, text, encoding);
    }

    private static SourceDocument rows(String file, String text, String encoding) {
        ReadBudget budget = new ReadBudget(file);
        List<Block> blocks = new ArrayList<>();
        List<Row> table = null;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            int number = i + 1;
            if (l.isEmpty() || l.matches("[-|: ]+") && l.contains("-") && l.contains("|")) {
                continue;
            }
            if (l.indexOf('|') < 0) {
                if (table != null) {
                    blocks.add(new Block.Table(table, false, true));
                    table = null;
                }
                budget.paragraph(number);
                budget.text(number, l.length());
                blocks.add(new Block.Paragraph(l, number));
                continue;
            }
            String[] parts = l.split("\\|", -1);
            int n = parts.length;
            if (l.endsWith("|")) {
                n--;
            }
            RowCells cells = new RowCells(budget, number);
            for (int c = 0; c < n; c++) {
                cells.add(new Cell(parts[c].strip(), false));
            }
            if (table == null) {
                table = new ArrayList<>();
            }
            if (!cells.isBlank()) {
                table.add(cells.row());
            }
        }
        if (table != null) {
            blocks.add(new Block.Table(table, false, true));
        }
        return new SourceDocument(file, "网页复制的文本表格（每行一个表格行，格间以“|”分隔，" + encoding + "）", blocks);
    }

    private static SourceDocument cells(String file, String text, String encoding) {
        ReadBudget budget = new ReadBudget(file);
        List<Block> blocks = new ArrayList<>();
        List<Piece> pieces = new ArrayList<>();
        // Lines before the first cell line are paragraphs; a row-per-line line among cells is a paragraph too.
        String[] lines = text.split("\n", -1);
        StringBuilder pending = null;
        int pendingLine = 0;
        boolean started = false;
        List<Block.Paragraph> before = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            int number = i + 1;
            if (l.isEmpty()) {
                continue;
            }
            boolean bare = l.matches("\\|+");
            boolean cellLine = bare || l.endsWith("|") && content(l).size() <= 1;
            if (!started && !cellLine) {
                if (l.indexOf('|') >= 0 && content(l).size() >= 2 || l.matches("[-|: ]+")) {
                    if (!l.matches("[-|: ]+")) {
                        before.add(new Block.Paragraph(String.join(" ", content(l)), number));
                    }
                    continue;
                }
                if (i + 1 < lines.length && lines[i + 1].strip().matches("\\|+")) {
                    started = true;
                } else {
                    before.add(new Block.Paragraph(l, number));
                    continue;
                }
            }
            started = true;
            if (bare) {
                int n = l.length();
                if (pending != null) {
                    pieces.add(new Piece(pending.toString(), pendingLine));
                    pending = null;
                    n--;
                }
                for (int k = 0; k < n; k++) {
                    pieces.add(new Piece("", number));
                }
            } else if (l.endsWith("|") && content(l).size() <= 1) {
                String t = l.substring(0, l.length() - 1).strip();
                if (pending != null) {
                    pieces.add(new Piece(pending.append('\n').append(t).toString().strip(), pendingLine));
                    pending = null;
                } else {
                    pieces.add(new Piece(t, number));
                }
            } else {
                if (pending == null) {
                    pending = new StringBuilder(l);
                    pendingLine = number;
                } else {
                    pending.append('\n').append(l);
                }
            }
        }
        if (pending != null) {
            pieces.add(new Piece(pending.toString(), pendingLine));
        }
        for (Block.Paragraph p : before) {
            budget.paragraph(p.line());
            budget.text(p.line(), p.text().length());
            blocks.add(p);
        }
        List<Note> notes = new ArrayList<>();
        int header = -1;
        int width = 0;
        for (int i = 0; i < pieces.size() && header < 0; i++) {
            int k = headerWidth(pieces, i);
            if (k > 0) {
                header = i;
                width = k;
            }
        }
        String how = "网页复制的文本表格（每格一行，以“|”结尾，" + encoding + "）";
        if (header < 0) {
            for (Piece p : pieces) {
                if (!p.text().isEmpty()) {
                    budget.paragraph(p.line());
                    blocks.add(new Block.Paragraph(p.text(), p.line()));
                }
            }
            return new SourceDocument(file, how, blocks);
        }
        for (int i = 0; i < header; i++) {
            if (!pieces.get(i).text().isEmpty()) {
                budget.paragraph(pieces.get(i).line());
                blocks.add(new Block.Paragraph(pieces.get(i).text(), pieces.get(i).line()));
            }
        }
        int named = width;
        while (header + width < pieces.size() && pieces.get(header + width).text().isEmpty()) {
            width++;
        }
        List<Row> rows = new ArrayList<>();
        rows.add(row(budget, pieces.subList(header, header + width)));
        boolean numbered = ColumnRole.named(pieces.get(header).text()).orElse(ColumnRole.OTHER) == ColumnRole.NUMBER;
        List<Piece> rest = pieces.subList(header + width, pieces.size());
        if (!numbered) {
            for (int i = 0; i < rest.size(); i += width) {
                rows.add(row(budget, rest.subList(i, Math.min(rest.size(), i + width))));
            }
        } else {
            List<Integer> starts = new ArrayList<>();
            int last = 0;
            for (int i = 0; i < rest.size(); i++) {
                if (rest.get(i).text().matches("\\d{1,3}") && Integer.parseInt(rest.get(i).text()) == last + 1) {
                    starts.add(i);
                    last++;
                }
            }
            if (starts.isEmpty() || starts.get(0) != 0) {
                starts.add(0, 0);
            }
            for (int s = 0; s < starts.size(); s++) {
                List<Piece> group = rest.subList(starts.get(s), s + 1 < starts.size() ? starts.get(s + 1) : rest.size());
                boolean lastGroup = s + 1 == starts.size();
                if (group.isEmpty()) {
                    continue;
                }
                if (group.size() % width == 0 || lastGroup && group.size() < width) {
                    for (int g = 0; g < group.size(); g += width) {
                        rows.add(row(budget, group.subList(g, Math.min(group.size(), g + width))));
                    }
                    continue;
                }
                // The cells do not make whole rows (a span inside the group): kept in order, past the table's columns.
                List<Piece> first = new ArrayList<>(group.subList(0, Math.min(2, group.size())));
                StringBuilder all = new StringBuilder();
                for (Piece p : group.subList(Math.min(2, group.size()), group.size())) {
                    all.append(all.length() > 0 ? " | " : "").append(p.text());
                }
                first.add(new Piece(all.toString(), group.get(0).line()));
                while (first.size() < width) {
                    first.add(new Piece("", group.get(0).line()));
                }
                rows.add(row(budget, first).asUnplaced());
                notes.add(new Note(group.get(0).line(), "序号 " + group.get(0).text() + " 的一组单元格有 " + group.size()
                        + " 个，不是每行 " + width + " 个的整数倍（原表这里有跨行的单元格），看不出各格属于哪一列；已把第 3 格起的文字按原顺序"
                        + "（以“|”分隔）作为该项正文的一段保存，没有当作单位或时限。请对照原件整理。"));
            }
        }
        blocks.add(new Block.Table(rows, false, true));
        if (named < width) {
            how = how.replace("）", "；表头后有 " + (width - named) + " 个空格，按每行 " + width + " 格读）");
        }
        return new SourceDocument(file, how, blocks, notes);
    }

    /** How many cells from i form a header row (every one named), or 0. */
    private static int headerWidth(List<Piece> pieces, int i) {
        int k = 0;
        boolean task = false;
        int distinct = 0;
        while (i + k < pieces.size() && k < ImportLimits.MAX_COLUMNS) {
            Optional<ColumnRole> r = ColumnRole.named(pieces.get(i + k).text());
            if (r.isEmpty() && pieces.get(i + k).text().length() <= 20 && k > 0
                    && i + k + 1 < pieces.size() && ColumnRole.named(pieces.get(i + k + 1).text()).isPresent()) {
                k++;
                continue;
            }
            if (r.isEmpty()) {
                break;
            }
            task |= r.get() == ColumnRole.TASK || r.get() == ColumnRole.REQUIREMENT;
            distinct++;
            k++;
        }
        return distinct >= 2 && task ? k : 0;
    }

    private static Row row(ReadBudget budget, List<Piece> pieces) {
        RowCells cells = new RowCells(budget, pieces.get(0).line());
        for (Piece p : pieces) {
            cells.add(new Cell(p.text(), false));
        }
        return cells.row();
    }
}
