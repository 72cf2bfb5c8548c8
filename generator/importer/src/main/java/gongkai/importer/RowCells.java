package gongkai.importer;

import static gongkai.importer.ImportLimits.MAX_COLUMNS;

import java.util.ArrayList;
import java.util.List;

/**
 * A table row read cell by cell under {@link ImportLimits}: empty cells past the last column allowed are
 * dropped (nothing is lost), and a cell there holding text refuses the file.
 */
final class RowCells {

    private final ReadBudget budget;
    private final int line;
    private final List<Cell> cells = new ArrayList<>();
    private long column;

    RowCells(ReadBudget budget, int line) {
        this.budget = budget;
        this.line = line;
    }

    void add(Cell cell) {
        if (!cell.isBlank()) {
            budget.column(line, column);
            budget.text(line, cell.text().length());
        }
        if (column < MAX_COLUMNS) {
            cells.add(cell);
        }
        column++;
    }

    /** count empty cells, as a Word cell spanning several columns is followed by. */
    void addEmpty(long count, boolean merged) {
        long end = column + count;
        for (; column < end && column < MAX_COLUMNS; column++) {
            cells.add(new Cell("", merged));
        }
        column = Math.max(column, end);
    }

    boolean isBlank() {
        return cells.stream().allMatch(Cell::isBlank);
    }

    /** The row, counted against the limits on rows and cells. */
    Row row() {
        budget.row(line);
        budget.cells(line, cells.size());
        return new Row(line, cells);
    }
}
