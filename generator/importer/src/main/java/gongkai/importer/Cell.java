package gongkai.importer;

/**
 * One table cell as read. merged is true when the file itself says the cell continues the one above it
 * (a vertically merged cell in Word or Excel); text formats never know, so it is always false there.
 */
public record Cell(String text, boolean merged) {

    public Cell {
        text = CellText.clean(text);
    }

    public static final Cell EMPTY = new Cell("", false);

    public boolean isBlank() {
        return text.isBlank();
    }
}
