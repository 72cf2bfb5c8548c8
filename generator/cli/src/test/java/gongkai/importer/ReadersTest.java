package gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each reader on a file the test makes, imported end to end into a project with the 温州市 registry. */
class ReadersTest {

    @TempDir
    Path temp;

    private Project project() {
        return Project.withUnits(temp.resolve("p"), "wenzhou.yml");
    }

    @Test
    void docxWithMergedCellsAndSubItems() {
        Project p = project();
        Path file = Fixtures.write(temp, "plan.docx", Fixtures.docx("2019年温州市测试任务分解表", List.of(
                List.of("工 作 任 务", "主要内容和要求", "责任单位", "完成时限"),
                List.of("一、加强政策解读"),
                List.of("1.深入解读重要政策", "（1）围绕预期目标解读政策。", "市财政局牵头，市教育局配合", "11月底前"),
                List.of(Fixtures.MERGED, "（2）按照谁起草谁解读的原则。", Fixtures.MERGED, Fixtures.MERGED),
                List.of("2.积极回应社会关切", "加强舆情监测。\n及时回应关切。", "各地、各部门分别负责", "年底前"))));
        Project.Run r = p.run("import", file.toString(), "--jurisdiction", "wenzhou");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("读取：" + file + "（Word 文档（DOCX））\n计划：wenzhou-2019《2019年温州市测试任务分解表》"), r.out());
        assertEquals("""
                ---
                number: "1"
                title: 深入解读重要政策
                section: 一
                ---
                """, p.read("content/plans/wenzhou-2019/1.md"));
        assertEquals("""
                ---
                number: "（2）"
                parent: "1"
                lead: [市财政局]
                support: [市教育局]
                units_text: 市财政局牵头，市教育局配合
                deadline: 2019-11-30
                deadline_text: 11月底前
                ---
                按照谁起草谁解读的原则。
                """, p.read("content/plans/wenzhou-2019/1-2.md"));
        assertEquals("""
                ---
                number: "2"
                title: 积极回应社会关切
                section: 一
                responsible: [各地, 各部门]
                units_text: 各地、各部门分别负责
                deadline: 2019-12-31
                deadline_text: 年底前
                ---
                加强舆情监测。

                及时回应关切。
                """, p.read("content/plans/wenzhou-2019/2.md"));
        assertTrue(p.read("content/plans/wenzhou-2019/plan.md").contains("""
                sections:
                  - id: 一
                    title: 加强政策解读
                ---
                本表为2019年温州市测试任务分解表（原件为附件）。
                """));
        Project.Run build = p.run("build");
        assertEquals(0, build.code(), build.err());
    }

    @Test
    void xlsxWithTitleRowMergedLeadAndDates() {
        Project p = project();
        Path file = Fixtures.write(temp, "plan.xlsx", Fixtures.xlsx(List.of(
                List.of("温州市2019年测试任务表"),
                List.of("序号", "工作任务", "工作要求", "牵头单位", "责任单位", "完成时限", "备注"),
                List.of("1", "细化财政信息公开", "推进项目公开。", "市财政局", "各地", "2019年6月30日前", "重点任务"),
                List.of("2", "推进国资国企信息公开", "公开国资信息。", Fixtures.MERGED, "市国资委", "持续推进", ""))));
        Project.Run r = p.run("import", file.toString(), "--jurisdiction", "温州市");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("（Excel 工作表“任务”（XLSX））"), r.out());
        assertEquals("""
                ---
                number: "2"
                title: 推进国资国企信息公开
                lead: [市财政局]
                responsible: [市国资委]
                units_text: 牵头单位：市财政局；责任单位：市国资委
                deadline: ongoing
                deadline_text: 持续推进
                ---
                公开国资信息。
                """, p.read("content/plans/wenzhou-2019/2.md"));
        assertTrue(p.read("content/plans/wenzhou-2019/1.md").contains("deadline: 2019-06-30\ndeadline_text: 2019年6月30日前\nremarks: 重点任务\n"));
    }

    @Test
    void csvWithQuotedCommasAndLineBreaks() {
        Project p = project();
        Path file = Fixtures.write(temp, "plan.csv", ("2019年温州市测试表\n工作任务,工作要求,责任单位\n"
                + "1.推进决策公开,\"要求一，含逗号。\n第二段。\",市司法局负责\n").getBytes(StandardCharsets.UTF_8));
        Project.Run r = p.run("import", file.toString(), "--jurisdiction", "wenzhou");
        assertEquals(0, r.code(), r.err());
        assertEquals("""
                ---
                number: "1"
                title: 推进决策公开
                responsible: [市司法局]
                units_text: 市司法局负责
                ---
                要求一，含逗号。

                第二段。
                """, p.read("content/plans/wenzhou-2019/1.md"));
    }

    @Test
    void wordTextTableInGbkIsDetected() {
        Project p = project();
        String text = "2019年温州市测试表\n\t工作任务\n\t工作要求\n\t责任单位\n\t落实情况\n\n"
                + "\t1.推进决策公开\n\t广泛听取意见。\n\t市司法局\n\n\t已开展听证3次。\n\n"
                + "\t2.细化财政信息公开\n\t推进项目公开。\n\t市财政局\n\t\n";
        Path file = Fixtures.write(temp, "plan.txt", text.getBytes(Charset.forName("GBK")));
        Project.Run r = p.run("import", file.toString(), "--jurisdiction", "wenzhou", "--report-date", "2019-06-30",
                "--report-status", "completed");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("（文本表格（每格一行，GB18030））"), r.out());
        // The report sat after a blank line inside its row: the row is joined again.
        assertEquals("""
                ---
                number: "1"
                title: 推进决策公开
                responsible: [市司法局]
                units_text: 市司法局
                updates:
                  - date: 2019-06-30
                    status: completed
                    by: 市司法局
                    text: |-
                      已开展听证3次。
                ---
                广泛听取意见。
                """, p.read("content/plans/wenzhou-2019/1.md"));
    }

    @Test
    void proseNoticeWithResponsibleLines() {
        Project p = project();
        String text = "温州市人民政府办公室\n\n温州市 2019 年政务公开工作要点\n\n做好今年的政务公开工作。\n\n"
                + "一、加强政策解读\n\n（一）深入解读政策。围绕目标任务，精准解读相关\n\n政策措施。\n\n"
                + "责任单位：市政府办公室，市财政局、教育局。\n\n(二) 回应社会关切。加强舆情监测。\n\n完成时限：2019年10月底前\n\n"
                + "责任单位：各地、各部门。\n\n抄送：市委办公室。\n";
        Path file = Fixtures.write(temp, "notice.txt", text.getBytes(StandardCharsets.UTF_8));
        Project.Run r = p.run("import", file.toString(), "--jurisdiction", "wenzhou");
        assertEquals(0, r.code(), r.err());
        assertEquals("""
                ---
                number: "（一）"
                title: 深入解读政策
                section: 一
                responsible: [市政府办公室, 市财政局, 市教育局]
                units_text: 市政府办公室，市财政局、教育局
                ---
                围绕目标任务，精准解读相关政策措施。
                """, p.read("content/plans/wenzhou-2019/1-1.md"));
        assertTrue(p.read("content/plans/wenzhou-2019/1-2.md").contains("deadline: 2019-10-31\ndeadline_text: 2019年10月底前\n"));
        assertTrue(p.read("content/plans/wenzhou-2019/plan.md").endsWith("---\n做好今年的政务公开工作。\n"));
    }
}
