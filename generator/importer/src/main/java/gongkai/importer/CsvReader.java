package gongkai.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as one table (RFC 4180: commas, double quotes, line breaks inside quoted cells), row by row under
 * {@link ImportLimits}. Rows with no text are left out: they carry nothing, and an export can hold thousands.
 */
public final class CsvReader {

    private CsvReader() {
    }

    public static SourceDocument read(String file, String text, String encoding) {
        ReadBudget budget = new ReadBudget(file);
        List<Row> rows = new ArrayList<>();
        RowCells cells = new RowCells(budget, 1);
        StringBuilder cell = new StringBuilder();
        boolean cellBlank = true;
        boolean quoted = false;
        int line = 1;
        int rowLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    cellBlank = false;
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                    cellBlank &= Character.isWhitespace(c);
                }
            } else if (c == '"' && cellBlank) {
                cell.setLength(0);
                quoted = true;
            } else if (c == ',') {
                cells.add(new Cell(cell.toString().strip(), false));
                cell.setLength(0);
                cellBlank = true;
            } else if (c == '\n') {
                cells.add(new Cell(cell.toString().strip(), false));
                cell.setLength(0);
                cellBlank = true;
                if (!cells.isBlank()) {
                    rows.add(cells.row());
                }
                line++;
                rowLine = line;
                cells = new RowCells(budget, rowLine);
            } else {
                cell.append(c);
                cellBlank &= Character.isWhitespace(c);
            }
        }
        if (quoted) {
            throw new ImportFailure(file, rowLine, "CSV 文件在这一行开始的引号没有结束。请检查该行单元格的英文双引号是否成对。");
        }
        cells.add(new Cell(cell.toString().strip(), false));
        if (!cells.isBlank()) {
            rows.add(cells.row());
        }
        List<Block> blocks = rows.isEmpty() ? List.of() : List.of(new Block.Table(rows, false));
        return new SourceDocument(file, "CSV（" + encoding + "）", blocks);
    }
}
