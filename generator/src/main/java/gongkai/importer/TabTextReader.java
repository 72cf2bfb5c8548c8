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

    private final List<Block> blocks = new ArrayList<>();
    private List<Row> table;
    private List<Cell> rowCells;
    private int rowLine;
    private StringBuilder cell;
    private int blanks;

    private TabTextReader() {
    }

    public static SourceDocument read(String file, String text, String encoding) {
        TabTextReader r = new TabTextReader();
        String[] lines = text.split("\n", -1);
        Kind[] kinds = new Kind[lines.length];
        int lastTableLine = -1;
        boolean cellPerLine = false;
        for (int i = 0; i < lines.length; i++) {
            kinds[i] = kind(lines[i]);
            if (kinds[i] == Kind.ROW || kinds[i] == Kind.CELL) {
                lastTableLine = i;
                cellPerLine |= kinds[i] == Kind.CELL;
            }
        }
        for (int i = 0; i < lines.length; i++) {
            r.accept(kinds[i], lines[i], i + 1, i < lastTableLine);
        }
        r.endRow();
        r.endTable();
        String how = "文本表格（" + (cellPerLine ? "每格一行" : "制表符分隔") + "，" + encoding + "）";
        return new SourceDocument(file, lastTableLine < 0 ? "纯文本（" + encoding + "）" : how, r.blocks);
    }

    /** Text with no table at all: every non-blank line is a paragraph. */
    public static SourceDocument readProse(String file, String text, String encoding) {
        List<Block> blocks = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            if (!l.isEmpty() && !PAGE_NUMBER.matcher(l).matches()) {
                blocks.add(new Block.Paragraph(l, i + 1));
            }
        }
        return new SourceDocument(file, "纯文本（" + encoding + "）", blocks);
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
                List<Cell> cells = new ArrayList<>();
                for (String part : line.split("\t", -1)) {
                    cells.add(new Cell(part.strip(), false));
                }
                table().add(new Row(number, cells));
                blanks = 0;
            }
            case CELL -> {
                if (rowCells != null && blanks > 0) {
                    endRow();
                }
                if (rowCells == null) {
                    rowCells = new ArrayList<>();
                    rowLine = number;
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
                    blocks.add(new Block.Paragraph(line.strip(), number));
                }
                blanks = 0;
            }
        }
    }

    private List<Row> table() {
        if (table == null) {
            table = new ArrayList<>();
        }
        return table;
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
            table().add(new Row(rowLine, rowCells));
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
