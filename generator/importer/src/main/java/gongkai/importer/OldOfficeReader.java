package gongkai.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Reads the old binary Office formats many offices still have: Word 97–2003 (.doc, and WPS's .wps in the same
 * OLE2 format) through POI's HWPF, Excel 97–2003 (.xls, WPS's .et) through HSSF. A Word table is read row by row,
 * a vertically merged cell marked as continuing the one above, as for DOCX; a sheet as {@link XlsxReader} reads one.
 * The file is at most {@link ImportLimits#MAX_FILE_BYTES}, and its paragraphs, rows and cells are counted
 * against the same limits as the other readers.
 */
final class OldOfficeReader {

    static {
        PoiLogging.quiet();
    }

    private OldOfficeReader() {
    }

    static SourceDocument doc(String file, byte[] bytes) {
        HWPFDocument doc = open(file, bytes);
        ReadBudget budget = new ReadBudget(file);
        List<Block> blocks = new ArrayList<>();
        try {
            Range range = doc.getRange();
            int n = range.numParagraphs();
            if (n > ImportLimits.MAX_WORD_PIECES) {
                throw new ImportFailure(file, 0, "文档中的段落超过 " + ImportLimits.MAX_WORD_PIECES + " 个，不能导入。请确认没有选错文件；"
                        + "文档确实这么大的，请拆分成几个文件后分别导入。");
            }
            int line = 0;
            for (int i = 0; i < n; i++) {
                Paragraph p = range.getParagraph(i);
                if (p.isInTable()) {
                    Table t = range.getTable(p);
                    List<Row> rows = new ArrayList<>();
                    for (int r = 0; r < t.numRows(); r++) {
                        line++;
                        TableRow row = t.getRow(r);
                        RowCells cells = new RowCells(budget, line);
                        for (int c = 0; c < row.numCells(); c++) {
                            TableCell cell = row.getCell(c);
                            boolean continues = cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged();
                            cells.add(new Cell(continues ? "" : text(cell.text()), continues));
                        }
                        if (!cells.isBlank()) {
                            rows.add(cells.row());
                        }
                    }
                    blocks.add(new Block.Table(rows, true));
                    i += Math.max(1, t.numParagraphs()) - 1;
                } else {
                    line++;
                    String text = text(p.text());
                    if (!text.isEmpty()) {
                        budget.paragraph(line);
                        budget.text(line, text.length());
                        blocks.add(new Block.Paragraph(text, line));
                    }
                }
            }
        } catch (ImportFailure f) {
            throw f;
        } catch (RuntimeException e) {
            throw damaged(file, "Word", ".doc");
        }
        return new SourceDocument(file, "旧版 Word 文档（.doc，经 HWPF 读取）", blocks);
    }

    static SourceDocument xls(String file, byte[] bytes, String sheet) {
        try (HSSFWorkbook book = new HSSFWorkbook(new POIFSFileSystem(new ByteArrayInputStream(bytes)))) {
            return XlsxReader.read(file, book, sheet, "XLS", "Excel");
        } catch (EncryptedDocumentException e) {
            throw locked(file, "Excel");
        } catch (OldExcelFormatException e) {
            throw new ImportFailure(file, 0, "这是 Excel 5.0/95 或更早的文件，无法读取。请在 Excel（或 WPS）中打开，“另存为” XLSX 后再导入。");
        } catch (ImportFailure f) {
            throw f;
        } catch (IOException | RuntimeException e) {
            throw damaged(file, "Excel", ".xls");
        }
    }

    private static HWPFDocument open(String file, byte[] bytes) {
        try {
            POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes));
            if (fs.getRoot().hasEntry("EncryptionInfo")) {
                throw locked(file, "Word");
            }
            return new HWPFDocument(fs);
        } catch (EncryptedDocumentException e) {
            throw locked(file, "Word");
        } catch (OldWordFileFormatException e) {
            throw new ImportFailure(file, 0, "这是 Word 6.0/95 或更早的文件，无法读取。请在 Word（或 WPS）中打开，“另存为” DOCX 后再导入。");
        } catch (ImportFailure f) {
            throw f;
        } catch (IOException | RuntimeException e) {
            throw damaged(file, "Word", ".doc");
        }
    }

    /** Word's cell and row marks and field codes out; its paragraph and line breaks as line breaks. */
    private static String text(String raw) {
        String t = raw.replace('\u0007', '\n').replace('\r', '\n').replace('\u000B', '\n')
                .replaceAll("\u0013[^\u0014\u0015]*\u0014", "").replaceAll("[\u0013\u0014\u0015]", "");
        List<String> lines = new ArrayList<>();
        for (String l : t.split("\n")) {
            if (!l.isBlank()) {
                lines.add(l.strip());
            }
        }
        return String.join("\n", lines);
    }

    private static ImportFailure locked(String file, String app) {
        return new ImportFailure(file, 0, "文件设有打开密码，无法读取。请在 " + app + "（或 WPS）中打开它，取消密码后另存，再导入。");
    }

    private static ImportFailure damaged(String file, String app, String suffix) {
        return new ImportFailure(file, 0, "文件已损坏，或不是 " + app + " 97–2003（" + suffix + "）格式，无法读取。请在 " + app
                + "（或 WPS）中打开并重新“另存为”，再导入；如果不是这种文件，请用 --format 指明格式。");
    }
}
