package gongkai.importer;

import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Reads a Word document: its paragraphs and tables in order. A cell spanning several columns is followed by
 * empty cells so columns stay aligned; a cell that continues a vertical merge is marked merged. Lines are
 * counted through the document: each paragraph and each table row is one line. The document is read within
 * {@link ImportLimits}; a span reaching past the last column allowed is cut there, as it only adds empty cells.
 */
public final class DocxReader {

    private DocxReader() {
    }

    public static SourceDocument read(String file, byte[] bytes) {
        List<Block> blocks = new ArrayList<>();
        ReadBudget budget = new ReadBudget(file);
        try (XWPFDocument doc = OfficeFiles.docx(file, bytes)) {
            int line = 0;
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    line++;
                    String text = p.getText().strip();
                    if (!text.isEmpty()) {
                        budget.paragraph(line);
                        budget.text(line, text.length());
                        blocks.add(new Block.Paragraph(text, line));
                    }
                } else if (element instanceof XWPFTable t) {
                    List<Row> rows = new ArrayList<>();
                    for (XWPFTableRow row : t.getRows()) {
                        line++;
                        rows.add(cells(row, new RowCells(budget, line)));
                    }
                    blocks.add(new Block.Table(rows, true));
                }
            }
        } catch (IOException e) {
            throw new ImportFailure(file, 0, "无法读取文件：" + e.getMessage());
        }
        return new SourceDocument(file, "Word 文档（DOCX）", blocks);
    }

    private static Row cells(XWPFTableRow row, RowCells cells) {
        for (XWPFTableCell cell : row.getTableCells()) {
            StringBuilder text = new StringBuilder();
            for (XWPFParagraph p : cell.getParagraphs()) {
                if (text.length() > 0) {
                    text.append('\n');
                }
                text.append(p.getText());
            }
            CTTcPr pr = cell.getCTTc().getTcPr();
            boolean continues = pr != null && pr.isSetVMerge()
                    && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE);
            cells.add(new Cell(continues ? "" : text.toString().strip(), continues));
            cells.addEmpty(span(pr) - 1, continues);
        }
        return cells.row();
    }

    /** How many grid columns the cell spans: 1 unless the file says more; any number a file declares is taken. */
    private static long span(CTTcPr pr) {
        BigInteger n = pr != null && pr.isSetGridSpan() ? pr.getGridSpan().getVal() : null;
        if (n == null) {
            return 1;
        }
        return n.max(BigInteger.ONE).min(BigInteger.valueOf(Integer.MAX_VALUE)).longValue();
    }
}
