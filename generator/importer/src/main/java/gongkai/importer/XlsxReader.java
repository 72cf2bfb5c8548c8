package gongkai.importer;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads one sheet of an Excel workbook as a table: the sheet named by --sheet, else the first. Cells are
 * read as Excel shows them; dates as YYYY-MM-DD; formulas by their saved result. Lines are Excel's row
 * numbers. Cells inside a merged area below its first row are marked merged. Only the sheet's rows and
 * columns up to the last holding text are read, within {@link ImportLimits}; a merged area reaching past
 * them is cut there, as what lies beyond is empty.
 */
public final class XlsxReader {

    /** A cell's place in a merged area. */
    private static final byte BESIDE = 1;
    private static final byte BELOW = 2;
    private static final byte FIRST = 3;

    private XlsxReader() {
    }

    public static SourceDocument read(String file, byte[] bytes, String sheetName) {
        try (XSSFWorkbook book = OfficeFiles.xlsx(file, bytes)) {
            return read(file, book, sheetName, "XLSX", "Excel");
        } catch (IOException e) {
            throw new ImportFailure(file, 0, "无法读取文件：" + e.getMessage());
        }
    }

    /** Any workbook POI opened (XLSX, or an old .xls through HSSF); format names it in the summary. */
    static SourceDocument read(String file, Workbook book, String sheetName, String format, String app) {
        {
            Sheet sheet = sheet(file, book, sheetName);
            DataFormatter formatter = new DataFormatter(java.util.Locale.CHINA);
            formatter.setUseCachedValuesForFormulaCells(true);
            ReadBudget budget = new ReadBudget(file);
            int height = 0;
            int width = 0;
            for (org.apache.poi.ss.usermodel.Row row : sheet) {
                for (org.apache.poi.ss.usermodel.Cell cell : row) {
                    if (!text(cell, formatter).isEmpty()) {
                        budget.sheetRow(row.getRowNum() + 1);
                        budget.column(row.getRowNum() + 1, cell.getColumnIndex());
                        height = Math.max(height, row.getRowNum() + 1);
                        width = Math.max(width, cell.getColumnIndex() + 1);
                    }
                }
            }
            byte[] merged = mergedCells(file, sheet, height, width, app, format);
            List<Row> rows = new ArrayList<>();
            for (int r = 0; r < height; r++) {
                org.apache.poi.ss.usermodel.Row row = sheet.getRow(r);
                RowCells cells = new RowCells(budget, r + 1);
                for (int c = 0; c < width; c++) {
                    byte m = merged[r * width + c];
                    org.apache.poi.ss.usermodel.Cell cell = row == null ? null : row.getCell(c);
                    cells.add(m == BESIDE || m == BELOW ? new Cell("", m == BELOW) : new Cell(text(cell, formatter), false));
                }
                if (!cells.isBlank()) {
                    rows.add(cells.row());
                }
            }
            List<Block> blocks = rows.isEmpty() ? List.of() : List.of(new Block.Table(rows, true));
            return new SourceDocument(file, "Excel 工作表“" + sheet.getSheetName() + "”（" + format + "）", blocks);
        }
    }

    private static Sheet sheet(String file, Workbook book, String name) {
        if (book.getNumberOfSheets() == 0) {
            throw new ImportFailure(file, 0, "工作簿中没有工作表。");
        }
        if (name == null) {
            return book.getSheetAt(0);
        }
        Sheet sheet = book.getSheet(name);
        if (sheet == null) {
            List<String> names = new ArrayList<>();
            book.forEach(s -> names.add(s.getSheetName()));
            throw new ImportFailure(file, 0, "找不到工作表“" + name + "”。本文件的工作表有：" + String.join("、", names) + "。");
        }
        return sheet;
    }

    /**
     * Where each cell of the height × width area read lies in a merged area, row by row. An area is cut to the
     * part inside (what lies past it holds no text), so a merge declared over a whole sheet costs no more than
     * the table; areas that overlap, which Excel never writes, make the file damaged.
     */
    private static byte[] mergedCells(String file, Sheet sheet, int height, int width, String app, String format) {
        byte[] out = new byte[height * width];
        for (CellRangeAddress range : sheet.getMergedRegions()) {
            int lastRow = Math.min(range.getLastRow(), height - 1);
            int lastColumn = Math.min(range.getLastColumn(), width - 1);
            for (int r = Math.max(0, range.getFirstRow()); r <= lastRow; r++) {
                for (int c = Math.max(0, range.getFirstColumn()); c <= lastColumn; c++) {
                    int i = r * width + c;
                    if (out[i] != 0) {
                        throw OfficeFiles.damaged(file, app, format);
                    }
                    out[i] = r != range.getFirstRow() ? BELOW : c != range.getFirstColumn() ? BESIDE : FIRST;
                }
            }
        }
        return out;
    }

    private static String text(org.apache.poi.ss.usermodel.Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE);
        }
        return formatter.formatCellValue(cell).strip();
    }
}
