package gongkai.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the plain-text form of a Word table, in either of the shapes Word's text export gives:
 * each cell on its own line after a tab (rows separated by a blank line; a line without the tab continues
 * the cell above it), or one row per line with tabs between the cells. Lines outside the table are
 * paragraphs; page numbers such as "— 2 —" are dropped.
 */
public final class TabTextReader {

    private static final Pattern PAGE_NUMBER = Pattern.compile("\\s*([—–-]\\s*\\d+\\s*[—–-]|第\\s*\\d+\\s*页(\\s*共\\s*\\d+\\s*页)?)\\s*");

    private enum Kind { ROW, CELL, BLANK, TEXT, SKIP }

    private static final Kind[] KINDS = Kind.values();

    /** Visits the lines of a text one at a time (as split("\n", -1) gives them), 0-based: a file can have millions. */
    private interface LineVisitor {
        void visit(int index, String line);
    }

    private final ReadBudget budget;
    private final List<Block> blocks = new ArrayList<>();
    private List<Row> table;
    private RowCells rowCells;
    private StringBuilder cell;
    private int blanks;

    private TabTextReader(String file) {
        this.budget = new ReadBudget(file);
    }

    public static SourceDocument read(String file, String text, String encoding) {
        TabTextReader r = new TabTextReader(file);
        byte[] kinds = new byte[lineCount(text)];
        int[] lastTableLine = {-1};
        boolean[] cellPerLine = {false};
        forEachLine(text, (i, line) -> {
            Kind kind = kind(line);
            kinds[i] = (byte) kind.ordinal();
            if (kind == Kind.ROW || kind == Kind.CELL) {
                lastTableLine[0] = i;
                cellPerLine[0] |= kind == Kind.CELL;
            }
        });
        forEachLine(text, (i, line) -> r.accept(KINDS[kinds[i]], line, i + 1, i < lastTableLine[0]));
        r.endRow();
        r.endTable();
        String how = "文本表格（" + (cellPerLine[0] ? "每格一行" : "制表符分隔") + "，" + encoding + "）";
        return new SourceDocument(file, lastTableLine[0] < 0 ? "纯文本（" + encoding + "）" : how, r.blocks);
    }

    /** Text with no table at all: every non-blank line is a paragraph. */
    public static SourceDocument readProse(String file, String text, String encoding) {
        ReadBudget budget = new ReadBudget(file);
        List<Block> blocks = new ArrayList<>();
        forEachLine(text, (i, line) -> {
            String l = line.strip();
            if (!l.isEmpty() && !PAGE_NUMBER.matcher(l).matches()) {
                budget.paragraph(i + 1);
                budget.text(i + 1, l.length());
                blocks.add(new Block.Paragraph(l, i + 1));
            }
        });
        return new SourceDocument(file, "纯文本（" + encoding + "）", blocks);
    }

    private static int lineCount(String text) {
        int n = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            n++;
        }
        return n;
    }

    private static void forEachLine(String text, LineVisitor visitor) {
        int start = 0;
        for (int i = 0; ; i++) {
            int end = text.indexOf('\n', start);
            visitor.visit(i, text.substring(start, end < 0 ? text.length() : end));
            if (end < 0) {
                return;
            }
            start = end + 1;
        }
    }

    private static Kind kind(String line) {
        if (line.strip().isEmpty() && !line.startsWith("\t")) {
            return Kind.BLANK;
        }
        if (PAGE_NUMBER.matcher(line).matches()) {
            return Kind.SKIP;
        }
        int tab = line.indexOf('\t');
        if (tab < 0) {
            return Kind.TEXT;
        }
        return tab == 0 && line.indexOf('\t', 1) < 0 ? Kind.CELL : Kind.ROW;
    }

    private void accept(Kind kind, String line, int number, boolean insideTable) {
        switch (kind) {
            case SKIP -> { }
            case BLANK -> blanks++;
            case ROW -> {
                endRow();
                RowCells cells = new RowCells(budget, number);
                int start = 0;
                for (int tab = line.indexOf('\t'); tab >= 0; tab = line.indexOf('\t', start)) {
                    cells.add(new Cell(line.substring(start, tab).strip(), false));
                    start = tab + 1;
                }
                cells.add(new Cell(line.substring(start).strip(), false));
                add(cells);
                blanks = 0;
            }
            case CELL -> {
                if (rowCells != null && blanks > 0) {
                    endRow();
                }
                if (rowCells == null) {
                    rowCells = new RowCells(budget, number);
                } else {
                    endCell();
                }
                cell = new StringBuilder(line.substring(1));
                blanks = 0;
            }
            case TEXT -> {
                if (cell != null && insideTable) {
                    cell.append(blanks > 0 ? "\n\n" : "\n").append(line.strip());
                } else {
                    endRow();
                    endTable();
                    budget.paragraph(number);
                    budget.text(number, line.strip().length());
                    blocks.add(new Block.Paragraph(line.strip(), number));
                }
                blanks = 0;
            }
        }
    }

    /** A row with text joins the table; one without is left out, as it carries nothing. */
    private void add(RowCells cells) {
        if (table == null) {
            table = new ArrayList<>();
        }
        if (!cells.isBlank()) {
            table.add(cells.row());
        }
    }

    private void endCell() {
        if (cell != null) {
            rowCells.add(new Cell(cell.toString().strip(), false));
            cell = null;
        }
    }

    private void endRow() {
        if (rowCells != null) {
            endCell();
            add(rowCells);
            rowCells = null;
        }
    }

    private void endTable() {
        if (table != null) {
            blocks.add(new Block.Table(table, false));
            table = null;
        }
    }
}
