package gongkai.importer;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads one sheet of an Excel workbook as a table: the sheet named by --sheet, else the first. Cells are
 * read as Excel shows them; dates as YYYY-MM-DD; formulas by their saved result. Lines are Excel's row
 * numbers. Cells inside a merged area below its first row are marked merged.
 */
public final class XlsxReader {

    private XlsxReader() {
    }

    public static SourceDocument read(String file, byte[] bytes, String sheetName) {
        try (XSSFWorkbook book = OfficeFiles.xlsx(file, bytes)) {
            XSSFSheet sheet = sheet(file, book, sheetName);
            DataFormatter formatter = new DataFormatter(java.util.Locale.CHINA);
            formatter.setUseCachedValuesForFormulaCells(true);
            Map<Long, Boolean> merged = mergedCells(sheet);
            List<Row> rows = new ArrayList<>();
            int width = 0;
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                XSSFRow row = sheet.getRow(r);
                if (row != null) {
                    width = Math.max(width, row.getLastCellNum());
                }
            }
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                XSSFRow row = sheet.getRow(r);
                List<Cell> cells = new ArrayList<>();
                for (int c = 0; c < width; c++) {
                    Boolean m = merged.get(key(r, c));
                    if (m != null) {
                        cells.add(new Cell("", m));
                        continue;
                    }
                    XSSFCell cell = row == null ? null : row.getCell(c);
                    cells.add(new Cell(text(cell, formatter), false));
                }
                Row out = new Row(r + 1, cells);
                if (!out.isBlank()) {
                    rows.add(out);
                }
            }
            List<Block> blocks = rows.isEmpty() ? List.of() : List.of(new Block.Table(rows, true));
            return new SourceDocument(file, "Excel 工作表“" + sheet.getSheetName() + "”（XLSX）", blocks);
        } catch (IOException e) {
            throw new ImportFailure(file, 0, "无法读取文件：" + e.getMessage());
        }
    }

    private static XSSFSheet sheet(String file, XSSFWorkbook book, String name) {
        if (book.getNumberOfSheets() == 0) {
            throw new ImportFailure(file, 0, "工作簿中没有工作表。");
        }
        if (name == null) {
            return book.getSheetAt(0);
        }
        XSSFSheet sheet = book.getSheet(name);
        if (sheet == null) {
            List<String> names = new ArrayList<>();
            book.forEach(s -> names.add(s.getSheetName()));
            throw new ImportFailure(file, 0, "找不到工作表“" + name + "”。本文件的工作表有：" + String.join("、", names) + "。");
        }
        return sheet;
    }

    private static long key(int row, int column) {
        return ((long) row << 20) | column;
    }

    /** Every cell of a merged area except its first: true below the first row (a vertical merge), false beside it. */
    private static Map<Long, Boolean> mergedCells(XSSFSheet sheet) {
        Map<Long, Boolean> out = new HashMap<>();
        for (CellRangeAddress range : sheet.getMergedRegions()) {
            for (int r = range.getFirstRow(); r <= range.getLastRow(); r++) {
                for (int c = range.getFirstColumn(); c <= range.getLastColumn(); c++) {
                    if (r != range.getFirstRow() || c != range.getFirstColumn()) {
                        out.put(key(r, c), r != range.getFirstRow());
                    }
                }
            }
        }
        return out;
    }

    private static String text(XSSFCell cell, DataFormatter formatter) {
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
