package gongkai.importer;

import java.util.ArrayList;
import java.util.List;

/** Reads CSV as one table (RFC 4180: commas, double quotes, line breaks inside quoted cells). */
public final class CsvReader {

    private CsvReader() {
    }

    public static SourceDocument read(String file, String text, String encoding) {
        List<Row> rows = new ArrayList<>();
        List<Cell> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.toString().isBlank()) {
                cell.setLength(0);
                quoted = true;
            } else if (c == ',') {
                cells.add(new Cell(cell.toString().strip(), false));
                cell.setLength(0);
            } else if (c == '\n') {
                cells.add(new Cell(cell.toString().strip(), false));
                cell.setLength(0);
                rows.add(new Row(rowLine, cells));
                cells = new ArrayList<>();
                line++;
                rowLine = line;
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new ImportFailure(file, rowLine, "CSV 文件在这一行开始的引号没有结束。请检查该行单元格的英文双引号是否成对。");
        }
        if (cell.length() > 0 || !cells.isEmpty()) {
            cells.add(new Cell(cell.toString().strip(), false));
            rows.add(new Row(rowLine, cells));
        }
        List<Block> blocks = rows.isEmpty() ? List.of() : List.of(new Block.Table(rows, false));
        return new SourceDocument(file, "CSV（" + encoding + "）", blocks);
    }
}
