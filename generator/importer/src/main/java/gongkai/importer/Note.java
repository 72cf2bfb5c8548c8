package gongkai.importer;

/** Something the editor should check after an import: where (a line or row, 0 when not tied to one) and what. */
public record Note(int line, String message) {
}
