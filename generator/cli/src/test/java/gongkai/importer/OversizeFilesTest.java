package gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files past {@link ImportLimits}, as broken or hostile files make them: each is answered within seconds, refused
 * with the limit named and nothing written, or, where all that lies past a limit is empty, cut there and imported.
 */
class OversizeFilesTest {

    /** A guard against hangs on CI's two slow cores, not a benchmark: each of these takes a second or two. */
    private static final Duration GUARD = Duration.ofSeconds(20);

    private static final String TASK_1 = "---\nnumber: \"1\"\ntitle: 推进决策公开\nresponsible: [市司法局]\nunits_text: 市司法局\n---\n广泛听取意见。\n";

    @TempDir
    Path temp;

    Project p;
    Map<String, String> before;

    @BeforeEach
    void project() {
        p = Project.withUnits(temp.resolve("p"), "wenzhou.yml");
        before = p.content();
    }

    private Project.Run run(Path file) {
        return assertTimeoutPreemptively(GUARD, () -> p.run("import", file.toString(), "--jurisdiction", "wenzhou"));
    }

    /** Exit 1, one message at file + where naming the limit (its key parts), no stack trace, nothing written. */
    private void refused(Path file, String where, String... keyParts) {
        Project.Run r = run(file);
        assertEquals(1, r.code(), r.err());
        assertEquals("", r.out());
        List<String> lines = r.err().lines().toList();
        assertEquals(2, lines.size(), r.err());
        assertTrue(lines.get(0).startsWith(file + where + ": "), r.err());
        for (String part : keyParts) {
            assertTrue(lines.get(0).contains(part), "“" + part + "” missing from: " + lines.get(0));
        }
        assertEquals("导入失败：未写入任何文件。", lines.get(1));
        assertEquals(before, p.content(), "nothing written");
    }

    private void imported(Path file) {
        Project.Run r = run(file);
        assertEquals(0, r.code(), r.err());
        assertEquals(TASK_1, p.read("content/plans/wenzhou-2019/1.md"));
    }

    private static List<List<String>> plan() {
        return List.of(List.of("2019年温州市测试表"), List.of("工作任务", "工作要求", "责任单位"),
                List.of("1.推进决策公开", "广泛听取意见。", "市司法局"));
    }

    // The three attacks of issue 10.

    @Test
    void mergedAreaToTheSheetsLastCellIsCutAtTheTable() {
        byte[] book = Fixtures.xlsx(plan());
        String sheet = Fixtures.part(book, "xl/worksheets/sheet1.xml")
                .replace("</sheetData>", "</sheetData><mergeCells count=\"1\"><mergeCell ref=\"A10:XFD1048576\"/></mergeCells>");
        imported(Fixtures.write(temp, "merged.xlsx", Fixtures.withPart(book, "xl/worksheets/sheet1.xml", w -> w.write(sheet))));
    }

    @Test
    void sheetOfFiftyMegabytesOfXmlIsRefusedUnread() {
        byte[] book = Fixtures.withPart(Fixtures.xlsx(plan()), "xl/worksheets/sheet1.xml", w -> {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            long written = 0;
            for (int r = 1; written < 50_000_000; r++) {
                // Numbers that vary keep it compressing less than 100:1, which POI's own guard would catch.
                String row = "<row r=\"" + r + "\"><c><v>" + r + "</v></c>"
                        + "<c t=\"inlineStr\"><is><t>任务</t></is></c>".repeat(9) + "</row>";
                w.write(row);
                written += row.getBytes(StandardCharsets.UTF_8).length;
            }
            w.write("</sheetData></worksheet>");
        });
        assertTrue(book.length < 1024 * 1024, book.length + " bytes");
        refused(Fixtures.write(temp, "inflated.xlsx", book), "", "“xl/worksheets/sheet1.xml”解压后超过 16 MB", "另存为 XLSX");
    }

    @Test
    void csvOfAMillionRowsIsRefusedAtTheLimit() {
        StringBuilder csv = new StringBuilder("2019年温州市测试表\n序号,工作任务,责任单位\n");
        for (int i = 1; i <= 1_000_000; i++) {
            csv.append(i).append(",t,u\n");
        }
        refused(Fixtures.write(temp, "rows.csv", csv.toString().getBytes(StandardCharsets.UTF_8)), ":10001",
                "表格超过 10000 行", "请拆分成几个文件后分别导入");
    }

    // The same bounds in the other readers.

    @Test
    void textOfAMillionRowsIsRefusedAtTheLimit() {
        StringBuilder text = new StringBuilder("2019年温州市测试表\n序号\t工作任务\t责任单位\n");
        for (int i = 1; i <= 1_000_000; i++) {
            text.append(i).append("\tt\tu\n");
        }
        refused(Fixtures.write(temp, "rows.txt", text.toString().getBytes(StandardCharsets.UTF_8)), ":10001", "表格超过 10000 行");
    }

    @Test
    void wordCellSpanningTwoBillionColumnsIsCut() {
        imported(Fixtures.write(temp, "span.docx", spanned(false)));
    }

    @Test
    void wordCellAfterTwoBillionColumnsIsRefused() {
        refused(Fixtures.write(temp, "span.docx", spanned(true)), ":3", "表格超过 100 列（这一行到了第 2000000003 列）");
    }

    @Test
    void wordDocumentOfFiftyMegabytesIsRefusedUnread() {
        byte[] doc = Fixtures.withPart(Fixtures.docx("2019年温州市测试表", List.of(List.of("工作任务"))), "word/document.xml", w -> {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"" + W + "\"><w:body><w:tbl>");
            for (long written = 0, r = 1; written < 50_000_000; r++) {
                String row = "<w:tr><w:tc><w:p><w:r><w:t>任务" + r * 7919 % 1_000_003 + "</w:t></w:r></w:p></w:tc></w:tr>";
                w.write(row);
                written += row.length();
            }
            w.write("</w:tbl></w:body></w:document>");
        });
        refused(Fixtures.write(temp, "inflated.docx", doc), "", "“word/document.xml”解压后超过 16 MB", "另存为 DOCX");
    }

    @Test
    void wordTableOfTwentyThousandRowsIsRefusedBeforePoiReadsIt() {
        refused(Fixtures.write(temp, "rows.docx", body("<w:tbl>", "<w:tr><w:tc><w:p><w:r><w:t>第%d行</w:t></w:r></w:p></w:tc></w:tr>",
                20_000, "</w:tbl>")), ":10001", "表格超过 10000 行");
    }

    @Test
    void wordParagraphOfQuarterMillionRunsIsRefused() {
        refused(Fixtures.write(temp, "runs.docx", body("<w:p>", "<w:r><w:t>%d</w:t></w:r>", 250_000, "</w:p>")), ":1",
                "段落和文字片段", "超过 200000 个", "另存为”纯文本");
    }

    @Test
    void partThatInflatesAThousandfoldIsRefused() {
        refused(Fixtures.write(temp, "bomb.docx", body("", "<w:p/>", 2_000_000, "")), "", "“word/document.xml”解压后是压缩时的 100 倍以上");
    }

    @Test
    void sheetWithTextPastTheRowLimitIsRefused() {
        List<List<String>> rows = new ArrayList<>(plan());
        while (rows.size() < 19_999) {
            rows.add(List.of());
        }
        rows.add(List.of("", "忘在表格下方的一格"));
        refused(Fixtures.write(temp, "stray.xlsx", Fixtures.xlsx(rows)), ":20000", "工作表超过 10000 行（这一行还有内容）", "删去表格下方多余的内容");
    }

    @Test
    void overlappingMergedAreasAreADamagedFile() {
        byte[] book = Fixtures.xlsx(plan());
        String sheet = Fixtures.part(book, "xl/worksheets/sheet1.xml").replace("</sheetData>",
                "</sheetData><mergeCells count=\"2\"><mergeCell ref=\"A2:B3\"/><mergeCell ref=\"B3:C3\"/></mergeCells>");
        refused(Fixtures.write(temp, "overlap.xlsx", Fixtures.withPart(book, "xl/worksheets/sheet1.xml", w -> w.write(sheet))), "",
                "文件已损坏");
    }

    @Test
    void textPastTheColumnLimitIsRefusedAndEmptyColumnsThereAreCut() {
        String head = "2019年温州市测试表\n工作任务,工作要求,责任单位\n";
        refused(Fixtures.write(temp, "wide.csv", (head + "1.推进决策公开,广泛听取意见。,市司法局" + ",".repeat(98) + "备注\n")
                .getBytes(StandardCharsets.UTF_8)), ":3", "表格超过 100 列（这一行到了第 101 列）", "请删去多余的列");
        imported(Fixtures.write(temp, "wide.csv", (head + "1.推进决策公开,广泛听取意见。,市司法局" + ",".repeat(5000) + "\n")
                .getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void tablePastTheCellLimitIsRefused() {
        // A title of one cell, then rows of 60: the 300,001st cell is in data row 4,999, on line 5,001.
        String wide = ",".repeat(57);
        StringBuilder csv = new StringBuilder("2019年温州市测试表\n序号,工作任务,责任单位" + wide + "\n");
        for (int i = 1; i <= 5_000; i++) {
            csv.append(i).append(",t,u").append(wide).append('\n');
        }
        refused(Fixtures.write(temp, "cells.csv", csv.toString().getBytes(StandardCharsets.UTF_8)), ":5001", "表格超过 300000 个单元格");
    }

    @Test
    void textPastTheCharacterLimitIsRefused() {
        String csv = "2019年温州市测试表\n工作任务,工作要求\n1.推进决策公开," + "很长的要求".repeat(1_200_001) + "\n";
        refused(Fixtures.write(temp, "long.csv", csv.getBytes(StandardCharsets.UTF_8)), ":3", "文字超过 5000000 字");
    }

    // What real plans look like stays well inside.

    @Test
    void threeThousandRowPlansImport() {
        List<List<String>> rows = new ArrayList<>(List.of(List.of("2019年温州市测试表"), List.of("序号", "工作任务", "工作要求", "责任单位", "完成时限")));
        for (int i = 1; i <= 3_000; i++) {
            rows.add(List.of(String.valueOf(i), i + ".推进第" + i + "项工作", "围绕第" + i + "项工作，及时准确发布政策信息，做好解读和回应关切。",
                    "市司法局", "11月底前"));
        }
        StringBuilder csv = new StringBuilder();
        rows.forEach(r -> csv.append(String.join(",", r)).append('\n'));
        for (Path file : List.of(Fixtures.write(temp, "plan.csv", csv.toString().getBytes(StandardCharsets.UTF_8)),
                Fixtures.write(temp, "plan.xlsx", Fixtures.xlsx(rows)))) {
            Project.Run r = run(file);
            assertEquals(0, r.code(), r.err());
            assertEquals(3_000, p.taskFiles("wenzhou-2019"), r.out());
        }
    }

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /** A Word document whose body is head, then item (%d is its number) count times, then tail. */
    private static byte[] body(String head, String item, int count, String tail) {
        return Fixtures.withPart(Fixtures.docx("2019年温州市测试表", List.of(List.of("工作任务"))), "word/document.xml", w -> {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"" + W + "\"><w:body>" + head);
            for (int i = 1; i <= count; i++) {
                w.write(item.replace("%d", String.valueOf(i)));
            }
            w.write(tail + "</w:body></w:document>");
        });
    }

    /** The plan as a Word table whose units cell spans two billion columns; then a cell with text, if after. */
    private static byte[] spanned(boolean after) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("2019年温州市测试表");
            XWPFTable table = doc.createTable(2, 3);
            List<String> head = List.of("工作任务", "工作要求", "责任单位");
            List<String> task = List.of("1.推进决策公开", "广泛听取意见。", "市司法局");
            for (int c = 0; c < 3; c++) {
                table.getRow(0).getCell(c).setText(head.get(c));
                table.getRow(1).getCell(c).setText(task.get(c));
            }
            table.getRow(1).getCell(2).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(2_000_000_000L));
            if (after) {
                table.getRow(1).addNewTableCell().setText("备注");
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
