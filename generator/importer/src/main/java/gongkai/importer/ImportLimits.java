package gongkai.importer;

/**
 * The sizes past which import refuses a file, in one place: far beyond any real plan, and low enough that a
 * hostile or broken file is answered with a message within seconds instead of minutes and gigabytes.
 */
public final class ImportLimits {

    /** Larger files are refused: real plans are far smaller, and a reader should never be handed gigabytes. */
    public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

    /**
     * Table rows and paragraphs of a file (for XLSX: the sheet's rows up to the last holding text). The largest
     * real plans have a few thousand rows; a task is a file and a page, so ten thousand is already a very big site.
     */
    public static final int MAX_ROWS = 10_000;

    /**
     * Columns of a table up to the last holding text. Plan tables have about ten, a few dozen at the very most
     * (Word itself allows 63); a column past this is a stray cell or a broken file.
     */
    public static final int MAX_COLUMNS = 100;

    /** Cells read in all (each row's cells up to its last): 10,000 rows of 30 columns, or 3,000 of 100. */
    public static final int MAX_CELLS = 300_000;

    /** Characters of text in all. A plan of a few thousand tasks is under a million; five times that is spare. */
    public static final int MAX_CHARS = 5_000_000;

    /**
     * Paragraphs and runs (stretches of text in one format) in all of a Word document. A formatted plan of
     * 3,000 rows by 6 columns has 40,000 to 100,000; POI spends up to 30 µs making each, so this many is seconds.
     */
    public static final int MAX_WORD_PIECES = 200_000;

    /**
     * Bytes one part of a DOCX or XLSX (a sheet, the document body, the shared strings) may inflate to. A
     * formatted Word table of 3,000 rows is about 4 MB of XML; POI reads 16 MB of a sheet in about 4 s.
     */
    public static final long MAX_PART_BYTES = 16L * 1024 * 1024;

    /** Bytes all parts of a DOCX or XLSX may inflate to, pictures included: a 20 MB file of photographs is ~21 MB. */
    public static final long MAX_INFLATED_BYTES = 32L * 1024 * 1024;

    /** Parts in a DOCX or XLSX: a plan has a few dozen; POI's own default for files it opens is the same 1,000. */
    public static final int MAX_PARTS = 1_000;

    /** Pages of a PDF: a plan is a few pages to a few dozen; a count past this is a wrong file or a forged page tree. */
    public static final int MAX_PDF_PAGES = 1_000;

    /** Objects in a PDF's cross-reference table: a plan of a hundred pages has a few thousand. */
    public static final int MAX_PDF_OBJECTS = 200_000;

    private ImportLimits() {
    }
}
