package gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The readers for what government offices publish besides DOCX and XLSX, each on a file the test makes: a saved web
 * page with rowspan and colspan, an Excel 97–2003 workbook written by POI, a PDF with a ruled table written by
 * PDFBox, and text copied from a web page in each of its layouts; then --dry-run, and every missing option at once.
 */
class NewReadersTest {

    @TempDir
    Path temp;

    private Project project() {
        return Project.withUnits(temp.resolve("p"), "wenzhou.yml");
    }

    private static String head(Project p, String file) {
        String text = p.read("content/plans/wenzhou-2019/" + file);
        return text.substring(0, text.indexOf("\n---\n") + 5);
    }

    @Test
    void htmlTableWithRowspanColspanAndLineBreaks() {
        Project p = project();
        String html = """
                <html><head><meta charset="utf-8"><title>通知</title></head><body>
                <p>各县（市、区）人民政府：</p>
                <h2>2019年温州市测试任务分解表</h2>
                <table border="1">
                <tr><th>序号</th><th>工作任务</th><th>责任单位</th><th>时限要求</th><th>分管领导</th></tr>
                <tr><td colspan="5">一、加强政策解读</td></tr>
                <tr><td>1</td><td>深入解读重要政策<br>做好图解</td><td rowspan="2">市财政局牵头，市教育局配合</td><td rowspan="2">年底前</td><td>张三</td></tr>
                <tr><td>2</td><td>回应社会关切</td><td>李四</td></tr>
                <tr><td>3</td><td>推进决策公开</td><td>市司法局负责落实</td><td>长期推进</td><td></td></tr>
                </table>
                <p>抄送：市委办公室。</p>
                </body></html>
                """;
        Path file = Fixtures.write(temp, "plan.html", html.getBytes(StandardCharsets.UTF_8));
        Project.Run r = p.run("import", file.toString(), "--jurisdiction", "wenzhou");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("读取：" + file + "（网页（HTML，表格 1 个））\n计划：wenzhou-2019《2019年温州市测试任务分解表》"), r.out());
        // The rowspan cell reaches the second row; 年底前 is the deadline, never a unit; 分管领导 is kept in remarks.
        assertEquals("""
                ---
                number: "2"
                title: 回应社会关切
                section: 一
                lead: [市财政局]
                support: [市教育局]
                units_text: 市财政局牵头，市教育局配合
                deadline: 2019-12-31
                deadline_text: 年底前
                remarks: 分管领导：李四
                ---
                """, head(p, "2.md"));
        // Line breaks in the task column are kept: the title is the first line's text, the whole cell the body.
        assertTrue(p.read("content/plans/wenzhou-2019/1.md").contains("title: 深入解读重要政策做好图解\n"), p.read("content/plans/wenzhou-2019/1.md"));
        assertTrue(head(p, "3.md").contains("responsible: [市司法局]\nunits_text: 市司法局负责落实\ndeadline: ongoing\ndeadline_text: 长期推进\n"));
        assertFalse(p.read("content/units/wenzhou.yml").contains("长期推进"));
        Project.Run build = p.run("check");
        assertEquals(0, build.code(), build.err());
    }

    @Test
    void hundredMillionRowspanCostsWhatTheTableCosts() {
        Project p = project();
        String html = "<p>2019年温州市测试表</p><table><tr><td>工作任务</td><td>责任单位</td></tr>"
                + "<tr><td>1.推进决策公开</td><td rowspan=\"100000000\" colspan=\"100000000\">市司法局</td></tr></table>";
        Path file = Fixtures.write(temp, "span.htm", html.getBytes(StandardCharsets.UTF_8));
        long start = System.nanoTime();
        Project.Run r = p.run("import", file.toString(), "--jurisdiction", "wenzhou");
        assertTrue(System.nanoTime() - start < 10_000_000_000L, "answered within seconds");
        assertEquals(0, r.code(), r.err());
        assertTrue(head(p, "1.md").contains("responsible: [市司法局]\n"));
    }

    @Test
    void htmlPastTheRowLimitIsRefused() {
        Project p = project();
        StringBuilder html = new StringBuilder("<table><tr><td>工作任务</td><td>责任单位</td></tr>");
        for (int i = 1; i <= 10_050; i++) {
            html.append("<tr><td>").append(i).append(".任务</td><td>市财政局</td></tr>");
        }
        Path file = Fixtures.write(temp, "rows.html", html.append("</table>").toString().getBytes(StandardCharsets.UTF_8));
        Map<String, String> before = p.content();
        Project.Run r = p.run("import", file.toString(), "--jurisdiction", "wenzhou", "--year", "2019", "--title", "表");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("表格超过 10000 行，不能导入。"), r.err());
        assertEquals(before, p.content());
    }

    @Test
    void xlsWrittenByPoi() {
        Project p = project();
        Path file = Fixtures.write(temp, "old.xls", Fixtures.xls(List.of(
                List.of("温州市2019年测试任务表"),
                List.of("指标序号", "工作任务", "细化分工", "责任处室", "时限要求"),
                List.of("1", "细化财政信息公开", "推进项目公开。", "市财政局", "2019年6月30日前"),
                List.of("2", "推进国资国企信息公开", "公开国资信息。", Fixtures.MERGED, "全年"))));
        Project.Run r = p.run("import", file.toString(), "--jurisdiction", "wenzhou");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("（Excel 工作表“任务”（XLS））"), r.out());
        assertEquals("""
                ---
                number: "2"
                title: 推进国资国企信息公开
                responsible: [市财政局]
                units_text: 市财政局
                deadline: 2019-12-31
                deadline_text: 全年
                ---
                公开国资信息。
                """, p.read("content/plans/wenzhou-2019/2.md"));
    }

    /**
     * A Word 97–2003 file. POI's HWPF reads .doc but cannot write a table that reads back as one (its inserted rows
     * come back as plain paragraphs), so this fixture was saved once by LibreOffice 7.4's “MS Word 97” filter from
     * merged-units.html beside it (soffice --headless --convert-to doc:"MS Word 97" merged-units.html) and is kept in the
     * repository. WPS saves its .wps in the same format.
     */
    @Test
    void docAndWpsWithAVerticallyMergedCell() throws Exception {
        Project p = project();
        byte[] doc = java.nio.file.Files.readAllBytes(gongkai.support.TestSite.repo()
                .resolve("generator/cli/src/test/resources/doc/merged-units.doc"));
        for (String name : List.of("plan.doc", "plan.wps")) {
            Path file = Fixtures.write(temp, name, doc);
            Project.Run r = p.run("import", file.toString(), "--jurisdiction", "wenzhou", "--force");
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().contains("（旧版 Word 文档（.doc，经 HWPF 读取））"), r.out());
            assertEquals("""
                    ---
                    number: "2"
                    title: 细化财政信息公开
                    lead: [市司法局]
                    support: [市财政局]
                    units_text: 市司法局牵头，市财政局配合
                    deadline: 2019-10-31
                    deadline_text: 10月底前
                    ---
                    """, p.read("content/plans/wenzhou-2019/2.md"));
        }
    }

    @Test
    void xlsPastTheRowLimitAndYamlAliasesAreAnsweredAtOnce() {
        Project p = project();
        List<List<String>> rows = new java.util.ArrayList<>();
        rows.add(List.of("工作任务", "责任单位"));
        for (int i = 0; i < 10_005; i++) {
            rows.add(List.of(i + 1 + ".任务", "市财政局"));
        }
        Path xls = Fixtures.write(temp, "rows.xls", Fixtures.xls(rows));
        long start = System.nanoTime();
        Project.Run r = p.run("import", xls.toString(), "--jurisdiction", "wenzhou", "--year", "2019", "--title", "表");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("工作表超过 10000 行（这一行还有内容），不能导入。"), r.err());
        // A "billion laughs" of YAML aliases: aliases are not read at all.
        StringBuilder yaml = new StringBuilder("a: &a [\"lol\"]\n");
        for (char c = 'b'; c <= 'z'; c++) {
            yaml.append(c).append(": &").append(c).append(" [*").append((char) (c - 1)).append(", *").append((char) (c - 1))
                    .append(", *").append((char) (c - 1)).append("]\n");
        }
        Path bomb = Fixtures.write(temp, "laughs.yaml", yaml.toString().getBytes(StandardCharsets.UTF_8));
        r = p.run("import", bomb.toString(), "--jurisdiction", "wenzhou", "--year", "2019", "--title", "表");
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith(bomb + ": 这个 YAML 文件中找不到一组带编号和文字的记录"), r.err());
        assertTrue(System.nanoTime() - start < 20_000_000_000L, "answered within seconds");
    }

    @Test
    void docxNamedDocAndGarbageNamedDoc() {
        Project p = project();
        byte[] docx = Fixtures.docx("2019年温州市测试表", List.of(List.of("工作任务", "责任单位"), List.of("1.推进决策公开", "市司法局")));
        Path file = Fixtures.write(temp, "saved-by-wps.doc", docx);
        Project.Run r = p.run("import", file.toString(), "--jurisdiction", "wenzhou");
        assertEquals(0, r.code(), r.err());
        Path broken = Fixtures.write(temp, "broken.doc", Fixtures.xls(List.of(List.of("工作任务"))));
        Project.Run bad = p.run("import", broken.toString(), "--jurisdiction", "wenzhou", "--format", "doc");
        assertEquals(1, bad.code());
        assertTrue(bad.err().startsWith(broken + ": 文件已损坏，或不是 Word 97–2003（.doc）格式，无法读取。"), bad.err());
    }

    @Test
    void pdfWithARuledTable() {
        Project p = project();
        Path file = Fixtures.write(temp, "plan.pdf", Fixtures.pdf("2019 open government action plan", List.of(
                List.of("No.", "Milestone", "Lead agency", "Deadline"),
                List.of("1", "Publish the open data inventory", "Ministry of Finance", "By June 2019"),
                List.of("2", "Consult the public on the plan", Fixtures.MERGED, "Ongoing"),
                List.of("3", "Report on progress", "Statistics Office", "2019-12-31"))));
        Project.Run r = p.run("import", file.toString(), "--jurisdiction", "wenzhou", "--title", "Action plan 2019",
                "--year", "2019");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("（PDF（1 页，有框线的表格 1 个））"), r.out());
        assertEquals("""
                ---
                number: "1"
                title: Publish the open data inventory
                lead: [Ministry of Finance]
                units_text: Ministry of Finance
                deadline: 2019-06-30
                deadline_text: By June 2019
                ---
                """, head(p, "1.md"));
        // The cell with no border above it continues the one above.
        assertTrue(head(p, "2.md").contains("lead: [Ministry of Finance]\n"), head(p, "2.md"));
        assertTrue(head(p, "2.md").contains("deadline: ongoing\n"));
        assertTrue(head(p, "3.md").contains("deadline: 2019-12-31\n"));
    }

    @Test
    void pdfWithoutTextIsAScan() {
        Project p = project();
        Path file = Fixtures.write(temp, "scan.pdf", Fixtures.pdf("", List.of()));
        Project.Run r = p.run("import", file.toString(), "--jurisdiction", "wenzhou");
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith(file + ": PDF 中没有文字，只有图像（多半是扫描件），无法读取表格。"), r.err());
    }

    @Test
    void pdfClaimingABillionPagesOrInflatingToGigabytesIsRefused() throws Exception {
        Project p = project();
        byte[] pdf = Fixtures.pdf("Plan", List.of(List.of("No.", "Task"), List.of("1", "Publish")));
        String text = new String(pdf, StandardCharsets.ISO_8859_1).replace("/Count 1", "/Count 1000000000");
        Path pages = Fixtures.write(temp, "pages.pdf", text.getBytes(StandardCharsets.ISO_8859_1));
        long start = System.nanoTime();
        Project.Run r = p.run("import", pages.toString(), "--jurisdiction", "wenzhou");
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith(pages + ": PDF 有 1000000000 页，超过 1000 页，不能导入。"), r.err());
        Path bomb = Fixtures.write(temp, "bomb.pdf", PdfBomb.make(200L * 1024 * 1024));
        r = p.run("import", bomb.toString(), "--jurisdiction", "wenzhou");
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith(bomb + ": PDF 中的压缩内容解压后超过 16 MB（一个对象）"), r.err());
        assertTrue(System.nanoTime() - start < 20_000_000_000L, "answered within seconds");
    }

    @Test
    void textCopiedFromWebPagesInEachLayout() {
        Project p = project();
        String rows = "2019年温州市测试表\n重點任務 | 工作內容 | 負責科室 |\n1.政策解讀 | 做好解讀。 | 綜合科 |\n2.迴應關切 | 及時迴應。 | 各業務科室 |\n";
        Path a = Fixtures.write(temp, "rows.txt", rows.getBytes(StandardCharsets.UTF_8));
        Project.Run r = p.run("import", a.toString(), "--jurisdiction", "wenzhou", "--plan", "rows");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("网页复制的文本表格（每行一个表格行"), r.out());
        assertTrue(p.read("content/plans/rows/2.md").contains("responsible: [各業務科室]\n"));

        String cells = "2019年温州市测试表\n工作任务 |\n具体要求 |\n责任单位 |\n完成时限 |\n1.推进决策公开 |\n广泛听取意见。 |\n市司法局 |\n"
                + "10月底前 |\n2.细化财政信息公开 |\n推进项目公开。\n|\n||\n";
        Path b = Fixtures.write(temp, "cells.txt", cells.getBytes(StandardCharsets.UTF_8));
        r = p.run("import", b.toString(), "--jurisdiction", "wenzhou", "--plan", "cells");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("每格一行，以“|”结尾"), r.out());
        assertTrue(p.read("content/plans/cells/1.md").contains("deadline: 2019-10-31\n"));
        assertTrue(p.read("content/plans/cells/2.md").contains("推进项目公开。"));

        String paragraphs = "2019年温州市测试表\n\n序号\n\n工作任务\n\n责任单位\n\n完成时限\n\n1\n\n推进决策公开。\n\n市司法局\n\n市财政局\n\n年底前\n\n"
                + "2\n\n细化财政信息公开。\n\n市财政局\n\n9月底前\n";
        Path c = Fixtures.write(temp, "paragraphs.txt", paragraphs.getBytes(StandardCharsets.UTF_8));
        r = p.run("import", c.toString(), "--jurisdiction", "wenzhou", "--plan", "paragraphs", "--format", "paragraphs");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("表格为每格一段（4 列）"), r.out());
        assertTrue(p.read("content/plans/paragraphs/1.md").contains("responsible: [市司法局, 市财政局]\n"));
        assertTrue(p.read("content/plans/paragraphs/2.md").contains("deadline: 2019-09-30\n"));

        // --format names a layout: the pipe rows read as rows of one cell each when told they are cells is refused plainly.
        Project.Run named = p.run("import", a.toString(), "--jurisdiction", "wenzhou", "--plan", "named", "--format", "pipe-rows");
        assertEquals(0, named.code(), named.err());
    }

    @Test
    void dryRunShowsHowTheTableWasUnderstood() {
        Project p = project();
        String text = "2019年温州市测试表\n\t序号\n\t工作任务\n\t责任单位\n\t完成时限\n\t目标任务\n\n"
                + "\t1\n\t推进决策公开\n\t市司法局\n\t年底前\n\t听证3次\n";
        Path file = Fixtures.write(temp, "t.txt", text.getBytes(StandardCharsets.UTF_8));
        Map<String, String> before = p.content();
        Project.Run r = p.run("import", file.toString(), "--jurisdiction", "wenzhou", "--dry-run");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("各列读作：\n  第 1 列“序号” → 编号（number）\n  第 2 列“工作任务” → 任务名称（task）\n"
                + "  第 3 列“责任单位” → 责任单位（responsible）\n  第 4 列“完成时限” → 完成时限（deadline）\n  第 5 列“目标任务” → 未识别：保存在任务正文\n"), r.out());
        assertTrue(r.out().contains("未识别的列：目标任务，已保存到任务正文（以“目标任务：”开头的一段）；如它是责任单位，请加 --column responsible=目标任务"), r.out());
        assertTrue(r.out().contains("前几项任务（编号｜标题｜牵头｜责任｜时限）：\n  1｜推进决策公开｜｜市司法局｜2019-12-31（年底前）\n"), r.out());
        assertTrue(r.out().contains("试运行（--dry-run）：将新增 2 个，更新 0 个，未变 0 个，本次未写入任何文件。"), r.out());
        assertEquals(before, p.content());
    }

    @Test
    void everyMissingOptionIsReportedAtOnce() {
        Project p = project();
        Path file = Fixtures.write(temp, "t.txt", "\t工作任务\n\t责任单位\n\t落实情况\n\n\t1.推进决策公开\n\t市司法局\n\t已开展。\n"
                .getBytes(StandardCharsets.UTF_8));
        Project.Run r = p.run("import", file.toString(), "--jurisdiction", "wenzhou");
        assertEquals(1, r.code());
        assertTrue(r.err().contains(file + ": 无法从文件中看出计划年度。请用 --year 指明"), r.err());
        assertTrue(r.err().contains(file + ": 找不到计划的标题。请用 --title 指明"), r.err());
        assertTrue(r.err().contains("请用 --report-date 指明"), r.err());
    }
}
