package gongkai.importer;

import static gongkai.importer.ImportLimits.MAX_CELLS;
import static gongkai.importer.ImportLimits.MAX_CHARS;
import static gongkai.importer.ImportLimits.MAX_COLUMNS;
import static gongkai.importer.ImportLimits.MAX_ROWS;

/**
 * What a reader has read so far, held against {@link ImportLimits}: the moment a file passes one, it is refused
 * with the limit, the line where it was passed and what to do, before the reader holds any more of it.
 */
final class ReadBudget {

    private static final String SPLIT = "任务分解表通常不过几千行：请确认没有选错文件；表格确实这么大的，请拆分成几个文件后分别导入。";

    private final String file;
    private int rows;
    private long cells;
    private long chars;

    ReadBudget(String file) {
        this.file = file;
    }

    /** One more table row, starting at line. */
    void row(int line) {
        if (++rows > MAX_ROWS) {
            throw new ImportFailure(file, line, "表格超过 " + MAX_ROWS + " 行，不能导入。" + SPLIT);
        }
    }

    /** A sheet's row holding text, by its number: a sheet's rows are counted from its first, empty ones too. */
    void sheetRow(int line) {
        if (line > MAX_ROWS) {
            throw new ImportFailure(file, line, "工作表超过 " + MAX_ROWS + " 行（这一行还有内容），不能导入。任务分解表通常不过几千行："
                    + "请确认没有选错文件或工作表，删去表格下方多余的内容；表格确实这么大的，请拆分成几个文件后分别导入。");
        }
    }

    /** One more paragraph outside the tables, at line: rows and paragraphs share the limit. */
    void paragraph(int line) {
        if (++rows > MAX_ROWS) {
            throw new ImportFailure(file, line, "文件超过 " + MAX_ROWS + " 行（表格的行与表格外的段落合计），不能导入。" + SPLIT);
        }
    }

    /** A row of line reaches this column (0-based) with text, or with a cell the file insists on. */
    void column(int line, long column) {
        if (column >= MAX_COLUMNS) {
            throw new ImportFailure(file, line, "表格超过 " + MAX_COLUMNS + " 列（这一行到了第 " + (column + 1)
                    + " 列），不能导入。任务分解表通常只有十来列：请删去多余的列后再导入。");
        }
    }

    /** count more cells, in a row of line. */
    void cells(int line, long count) {
        cells += count;
        if (cells > MAX_CELLS) {
            throw new ImportFailure(file, line, "表格超过 " + MAX_CELLS + " 个单元格，不能导入。" + SPLIT);
        }
    }

    /** length more characters of text, at line. */
    void text(int line, long length) {
        chars += length;
        if (chars > MAX_CHARS) {
            throw new ImportFailure(file, line, "文字超过 " + MAX_CHARS + " 字，不能导入。" + SPLIT);
        }
    }
}
