package gongkai.importer;

import java.util.List;

/** A table row (unplaced when the reader could not tell its cells' columns): where it starts (a line of a text file, a row of a sheet, a row counted through a document's tables) and its cells. */
public record Row(int line, List<Cell> cells, boolean unplaced) {

    public Row {
        cells = List.copyOf(cells);
    }

    public Row(int line, List<Cell> cells) {
        this(line, cells, false);
    }

    /** This row with unplaced set: a reader could not tell which of its cells belongs to which column. */
    public Row asUnplaced() {
        return new Row(line, cells, true);
    }

    /** The cell's text, stripped; empty when the row is shorter. */
    public String text(int column) {
        return column >= 0 && column < cells.size() ? cells.get(column).text().strip() : "";
    }

    public Cell cell(int column) {
        return column >= 0 && column < cells.size() ? cells.get(column) : Cell.EMPTY;
    }

    public boolean isBlank() {
        return cells.stream().allMatch(Cell::isBlank);
    }

    /** How many cells hold text. */
    public long filled() {
        return cells.stream().filter(c -> !c.isBlank()).count();
    }
}
