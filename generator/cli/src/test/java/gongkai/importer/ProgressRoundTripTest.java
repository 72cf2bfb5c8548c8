package gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.support.TestSite;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** gongkai export writes a unit's sheet; the filled sheet, imported, adds dated updates by 任务ID; bad sheets are refused whole. */
class ProgressRoundTripTest {

    @TempDir
    Path temp;

    Project p;
    Path sheet;

    @BeforeEach
    void export() {
        p = Project.shipped(temp.resolve("p"));
        sheet = temp.resolve("政策法规处.xlsx");
        Project.Run r = p.run("export", "--unit", "政策法规处", "--output", sheet.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("已导出 4 项任务到 " + sheet + "（政策法规处）。\n"
                + "请在“截至日期”“落实情况”“状态”三栏填写后，用 gongkai import 政策法规处.xlsx 导回；其余各栏请勿改动。\n", r.out());
    }

    private List<List<String>> rows(Path file) throws IOException {
        List<List<String>> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet s = book.getSheet("落实情况");
            for (org.apache.poi.ss.usermodel.Row row : s) {
                List<String> cells = new ArrayList<>();
                row.forEach(c -> cells.add(c.getStringCellValue()));
                out.add(cells);
            }
        }
        return out;
    }

    /** A copy of the exported sheet with some cells changed: edit gets (row, column) → value. */
    private Path filled(String name, Consumer<Sheet> edit) throws IOException {
        Path out = temp.resolve(name);
        try (InputStream in = Files.newInputStream(sheet); XSSFWorkbook book = new XSSFWorkbook(in)) {
            edit.accept(book.getSheet("落实情况"));
            try (OutputStream os = Files.newOutputStream(out)) {
                book.write(os);
            }
        }
        return out;
    }

    private static void set(Sheet s, int row, int column, String value) {
        s.getRow(row).getCell(column).setCellValue(value);
    }

    @Test
    void theSheetListsTheUnitsTasksIncludingThroughGroups() throws IOException {
        List<List<String>> rows = rows(sheet);
        assertEquals(List.of("任务ID", "计划", "编号", "任务", "本单位角色", "完成时限", "当前状态", "报送单位", "截至日期", "落实情况", "状态"),
                rows.get(0));
        assertEquals(List.of("xiamen-cgj-2018/2", "厦门市城市管理行政执法局2018年政务公开工作主要任务分解表", "2", "推进政策执行阳光透明",
                "负责（通过各处室、大队、办）", "", "常态推进", "政策法规处", "", "", ""), rows.get(1));
        assertEquals(List.of("xiamen-cgj-2018/2", "xiamen-cgj-2018/3", "xiamen-cgj-2018/10", "xiamen-cgj-2018/11"),
                rows.stream().skip(1).map(r -> r.get(0)).toList());
        Path again = temp.resolve("again.xlsx");
        assertEquals(0, p.run("export", "--unit", "xiamen-cgj-zcfgc", "--output", again.toString()).code());
        assertArrayEquals(Files.readAllBytes(sheet), Files.readAllBytes(again), "the same content gives the same bytes");
    }

    @Test
    void filledRowsBecomeDatedUpdates() throws IOException {
        Path file = filled("filled.xlsx", s -> {
            set(s, 2, 8, "2018-12-31");
            set(s, 2, 9, "本局权责清单已于12月再次调整并公布。");
            set(s, 2, 10, "已完成");
            set(s, 3, 9, "已印发政策解读工作规范。");
            set(s, 3, 10, "常态推进");
        });
        Project.Run r = p.run("import", file.toString(), "--report-date", "2019-01-15");
        assertEquals(0, r.code(), r.err());
        assertEquals("读取：" + file + "（Excel 工作表“落实情况”（XLSX）），落实情况报送表\n"
                + "  xiamen-cgj-2018/3 任务 3 做好权责清单调整和公开工作：新增 2018-12-31 的进展（已完成）。\n"
                + "  xiamen-cgj-2018/10 任务 10 落实政策解读制度：新增 2019-01-15 的进展（常态推进）。\n"
                + "已给 2 个任务文件追加 2 条进展。请运行 gongkai build 检查并生成网站。\n", r.out());
        // The existing update is kept as it was; the new one follows it.
        assertTrue(p.read("content/plans/xiamen-cgj-2018/3.md").contains("    text: |-\n      根据法律、法规和规章的“立、改、废”情况，"));
        assertTrue(p.read("content/plans/xiamen-cgj-2018/3.md").contains("""
                  - date: 2018-12-31
                    status: completed
                    by: 政策法规处
                    text: |-
                      本局权责清单已于12月再次调整并公布。
                ---
                全面完成权责清单融合工作"""));
        Project.Run build = p.run("build");
        assertEquals(0, build.code(), build.err());
        Document task = Jsoup.parse(p.read("_site/plans/xiamen-cgj-2018/10/index.html"));
        assertEquals(2, task.select(".timeline > li").size());
        assertEquals("常态推进", task.selectFirst(".task-status .tag").ownText());

        Map<String, String> before = p.content();
        Project.Run again = p.run("import", file.toString(), "--report-date", "2019-01-15");
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("xiamen-cgj-2018/3 任务 3 做好权责清单调整和公开工作：2018-12-31 的这条进展已经有了，跳过（第 3 行）。"));
        assertEquals(before, p.content(), "importing the same sheet twice adds nothing");
    }

    @Test
    void unknownIdsEditedTaskColumnAndHalfFilledRowsAreRefusedWhole() throws IOException {
        Path file = filled("bad.xlsx", s -> {
            set(s, 1, 0, "xiamen-cgj-2018/99");
            set(s, 1, 9, "写给不存在的任务。");
            set(s, 1, 10, "推进中");
            set(s, 2, 3, "做好权责清单工作");
            set(s, 2, 8, "2018-12-31");
            set(s, 2, 9, "已公布。");
            set(s, 2, 10, "已完成");
            set(s, 3, 8, "2018-12-31");
            set(s, 3, 9, "已印发。");
            set(s, 4, 8, "2018-12-31");
            set(s, 4, 10, "做完了");
        });
        Map<String, String> before = p.content();
        Project.Run r = p.run("import", file.toString());
        assertEquals(1, r.code());
        assertEquals(file + ":2: 任务ID“xiamen-cgj-2018/99”不存在。任务ID 用来把落实情况对应到任务，请勿修改；请从 gongkai export 导出的表格中原样复制。\n"
                + file + ":3: “任务”一栏被改过：导出时是“做好权责清单调整和公开工作”，现在是“做好权责清单工作”。这一栏只供对照，不会导入；请改回原样，或重新导出表格再填写。\n"
                + file + ":4: 填写了落实情况，但没有选“状态”。请从 未报送、未启动、推进中、已完成、常态推进、已调整 中选一个。\n"
                + file + ":5: 选了状态“做完了”，但“落实情况”是空的。请填写落实情况。\n"
                + "导入失败：未写入任何文件。\n", r.err());
        assertEquals(before, p.content());
    }

    @Test
    void aSheetWithNothingFilledIsAnError() {
        Map<String, String> before = p.content();
        Project.Run r = p.run("import", sheet.toString());
        assertEquals(1, r.code());
        assertEquals(sheet + ": 表中没有填写任何落实情况（“落实情况”和“状态”两栏都是空的），没有可导入的内容。\n导入失败：未写入任何文件。\n", r.err());
        assertEquals(before, p.content());
    }

    @Test
    void exportNeedsAUnitOrAll() {
        Project.Run r = p.run("export");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("gongkai：请用 --unit 指明单位，或用 --all 导出全部任务（二者选一）。"), r.err());
        Project.Run unknown = p.run("export", "--unit", "政策法规室");
        assertEquals(1, unknown.code());
        assertEquals("--unit: 未知单位“政策法规室”。最接近的：政策法规处。\n导出失败：没有写出文件。\n", unknown.err());
        assertTrue(Files.exists(TestSite.repo()));
    }
}
