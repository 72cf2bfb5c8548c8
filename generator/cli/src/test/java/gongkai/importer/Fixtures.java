package gongkai.importer;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Files the tests make with POI: a DOCX and an XLSX holding a small plan table, a password-protected copy, and
 * a copy with one part written by hand (to make files POI would never write).
 */
final class Fixtures {

    /** A cell that continues the merged cell above it. */
    static final String MERGED = "\u0000merged";

    static {
        PoiLogging.quiet();
    }

    private Fixtures() {
    }

    /** A Word document: the title, then a table whose rows are given; MERGED marks a vertical merge continuation. */
    static byte[] docx(String title, List<List<String>> rows) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("附件");
            doc.createParagraph().createRun().setText(title);
            int width = rows.stream().mapToInt(List::size).max().orElse(1);
            XWPFTable table = doc.createTable(rows.size(), width);
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < width; c++) {
                    XWPFTableCell cell = table.getRow(r).getCell(c);
                    String text = c < rows.get(r).size() ? rows.get(r).get(c) : "";
                    boolean continues = text.equals(MERGED);
                    boolean starts = !continues && r + 1 < rows.size() && c < rows.get(r + 1).size()
                            && rows.get(r + 1).get(c).equals(MERGED);
                    if (continues || starts) {
                        cell.getCTTc().addNewTcPr().addNewVMerge().setVal(continues ? STMerge.CONTINUE : STMerge.RESTART);
                    }
                    if (!continues) {
                        String[] paragraphs = text.split("\n");
                        cell.getParagraphs().get(0).createRun().setText(paragraphs[0]);
                        for (int p = 1; p < paragraphs.length; p++) {
                            cell.addParagraph().createRun().setText(paragraphs[p]);
                        }
                    }
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A workbook with the rows on its first sheet; MERGED cells are merged with the cell above. */
    static byte[] xlsx(List<List<String>> rows) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = book.createSheet("任务");
            for (int r = 0; r < rows.size(); r++) {
                XSSFRow row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    String text = rows.get(r).get(c);
                    if (!text.equals(MERGED)) {
                        row.createCell(c).setCellValue(text);
                    }
                }
            }
            for (int c = 0; c < 10; c++) {
                for (int r = 0; r < rows.size(); r++) {
                    int end = r;
                    while (end + 1 < rows.size() && c < rows.get(end + 1).size() && rows.get(end + 1).get(c).equals(MERGED)) {
                        end++;
                    }
                    if (end > r) {
                        sheet.addMergedRegion(new CellRangeAddress(r, end, c, c));
                        r = end;
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An Excel 97–2003 workbook (HSSF) with the rows on its first sheet; MERGED cells are merged with the cell above. */
    static byte[] xls(List<List<String>> rows) {
        try (org.apache.poi.hssf.usermodel.HSSFWorkbook book = new org.apache.poi.hssf.usermodel.HSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            org.apache.poi.ss.usermodel.Sheet sheet = book.createSheet("任务");
            for (int r = 0; r < rows.size(); r++) {
                org.apache.poi.ss.usermodel.Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    if (!rows.get(r).get(c).equals(MERGED)) {
                        row.createCell(c).setCellValue(rows.get(r).get(c));
                    }
                }
            }
            for (int c = 0; c < 10; c++) {
                for (int r = 0; r < rows.size(); r++) {
                    int end = r;
                    while (end + 1 < rows.size() && c < rows.get(end + 1).size() && rows.get(end + 1).get(c).equals(MERGED)) {
                        end++;
                    }
                    if (end > r) {
                        sheet.addMergedRegion(new CellRangeAddress(r, end, c, c));
                        r = end;
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A PDF (PDFBox) with a title line and a ruled table: every row and column bordered, except that a MERGED cell
     * has no border above it, as a cell spanning two rows is drawn. Latin text only: the standard fonts have no Chinese.
     */
    static byte[] pdf(String title, List<List<String>> rows) {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
            doc.addPage(page);
            org.apache.pdfbox.pdmodel.font.PDType1Font font = new org.apache.pdfbox.pdmodel.font.PDType1Font(
                    org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA);
            float top = 700;
            float left = 40;
            float height = 30;
            float[] widths = {40, 200, 150, 110};
            try (org.apache.pdfbox.pdmodel.PDPageContentStream cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(font, 14);
                cs.newLineAtOffset(left, top + 30);
                cs.showText(title);
                cs.endText();
                cs.setFont(font, 9);
                float total = 0;
                for (float w : widths) {
                    total += w;
                }
                for (int r = 0; r <= rows.size(); r++) {
                    float y = top - r * height;
                    float x = left;
                    for (int c = 0; c < widths.length; c++) {
                        boolean merged = r > 0 && r < rows.size() && c < rows.get(r).size() && rows.get(r).get(c).equals(MERGED);
                        if (!merged) {
                            cs.moveTo(x, y);
                            cs.lineTo(x + widths[c], y);
                        }
                        x += widths[c];
                    }
                }
                float x = left;
                for (int c = 0; c <= widths.length; c++) {
                    cs.moveTo(x, top);
                    cs.lineTo(x, top - rows.size() * height);
                    x += c < widths.length ? widths[c] : 0;
                }
                cs.stroke();
                for (int r = 0; r < rows.size(); r++) {
                    float cx = left;
                    for (int c = 0; c < widths.length; c++) {
                        String text = c < rows.get(r).size() ? rows.get(r).get(c) : "";
                        if (!text.isEmpty() && !text.equals(MERGED)) {
                            cs.beginText();
                            cs.newLineAtOffset(cx + 3, top - r * height - 18);
                            cs.showText(text);
                            cs.endText();
                        }
                        cx += widths[c];
                    }
                }
            }
            doc.save(out, org.apache.pdfbox.pdfwriter.compress.CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same bytes encrypted with a password, as Word and Excel save a protected file. */
    static byte[] encrypted(byte[] ooxml) {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("secret");
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(ooxml);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes a part's content; it may be large, so it is streamed. */
    interface PartWriter {
        void write(Writer out) throws IOException;
    }

    /** The OOXML file with the named part's content replaced by what content writes (UTF-8). */
    static byte[] withPart(byte[] ooxml, String name, PartWriter content) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(ooxml));
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(name)) {
                    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                    content.write(w);
                    w.flush();
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
            out.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of the named part. */
    static String part(byte[] ooxml, String name) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(ooxml))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            throw new IllegalArgumentException(name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path dir, String name, byte[] bytes) {
        try {
            Files.createDirectories(dir);
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
