package gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files an import must refuse: each gets one clear message naming the file, exit 1, and nothing is written. */
class BadFilesTest {

    private static final String FAILED = "导入失败：未写入任何文件。\n";

    @TempDir
    Path temp;

    Project p;
    Map<String, String> before;

    @BeforeEach
    void project() {
        p = Project.withUnits(temp.resolve("p"), "wenzhou.yml");
        before = p.content();
    }

    private void refused(Path file, String message, String... options) {
        String[] args = new String[options.length + 4];
        args[0] = "import";
        args[1] = file.toString();
        args[2] = "--jurisdiction";
        args[3] = "wenzhou";
        System.arraycopy(options, 0, args, 4, options.length);
        Project.Run r = p.run(args);
        assertEquals(1, r.code());
        assertEquals("", r.out());
        assertEquals(file + ": " + message + "\n" + FAILED, r.err());
        assertEquals(before, p.content(), "nothing written");
    }

    @Test
    void emptyFile() {
        refused(Fixtures.write(temp, "empty.txt", new byte[0]), "文件是空的，没有可导入的内容。请检查是否选错了文件。");
        refused(Fixtures.write(temp, "blank.csv", " \n\n".getBytes(StandardCharsets.UTF_8)), "文件是空的，没有可导入的内容。请检查是否选错了文件。");
    }

    @Test
    void noHeaderRow() {
        String text = "2019年温州市工作表\n\t第一列\n\t第二列\n\n\t甲\n\t乙\n";
        refused(Fixtures.write(temp, "table.txt", text.getBytes(StandardCharsets.UTF_8)),
                "找不到表头行：没有一行同时写有“工作任务”或“工作要求”（“具体要求”“主要内容和要求”）与“牵头单位”“责任单位”“完成时限”等列名，"
                + "文件也不是按“一、（一）……责任单位：……”分条写的通知。如果表头用了别的说法，请用 --column 指明各列，"
                + "例如 --column task=1 --column requirement=2 --column responsible=3。");
    }

    @Test
    void unusualHeaderWordsNamedByOptions() {
        String text = "2019年温州市工作表\n\t事项名称\n\t内容\n\t承办单位\n\n\t1.推进决策公开\n\t广泛听取意见。\n\t市司法局\n";
        Path file = Fixtures.write(temp, "table.txt", text.getBytes(StandardCharsets.UTF_8));
        Project.Run r = p.run("import", file.toString(), "--jurisdiction", "wenzhou", "--column", "task=事项名称",
                "--column", "requirement=内容", "--column", "responsible=3");
        assertEquals(0, r.code(), r.err());
        assertEquals("---\nnumber: \"1\"\ntitle: 推进决策公开\nresponsible: [市司法局]\nunits_text: 市司法局\n---\n广泛听取意见。\n",
                p.read("content/plans/wenzhou-2019/1.md"));
    }

    @Test
    void corruptDocxAndXlsx() {
        refused(Fixtures.write(temp, "broken.docx", "PK\u0003\u0004 not really a zip".getBytes(StandardCharsets.ISO_8859_1)),
                "文件已损坏，或不是 DOCX 格式，无法读取。请在 Word（或 WPS）中打开并重新“另存为” DOCX，再导入；如果不是 DOCX 文件，请用 --format 指明格式。");
        byte[] docx = Fixtures.docx("2019年表", List.of(List.of("工作任务", "工作要求")));
        refused(Fixtures.write(temp, "words.xlsx", docx),
                "文件已损坏，或不是 XLSX 格式，无法读取。请在 Excel（或 WPS）中打开并重新“另存为” XLSX，再导入；如果不是 XLSX 文件，请用 --format 指明格式。");
        refused(Fixtures.write(temp, "text.xlsx", "序号,工作任务\n".getBytes(StandardCharsets.UTF_8)),
                "文件已损坏，或不是 XLSX 格式，无法读取。请在 Excel（或 WPS）中打开并重新“另存为” XLSX，再导入；如果不是 XLSX 文件，请用 --format 指明格式。");
    }

    @Test
    void passwordProtectedDocxAndXlsx() {
        byte[] docx = Fixtures.docx("2019年表", List.of(List.of("工作任务", "工作要求"), List.of("1.任务", "要求。")));
        refused(Fixtures.write(temp, "locked.docx", Fixtures.encrypted(docx)),
                "文件设有打开密码，无法读取。请在 Word（或 WPS）中打开它，取消密码后另存为 DOCX，再导入。");
        byte[] xlsx = Fixtures.xlsx(List.of(List.of("工作任务", "工作要求"), List.of("1.任务", "要求。")));
        refused(Fixtures.write(temp, "locked.xlsx", Fixtures.encrypted(xlsx)),
                "文件设有打开密码，无法读取。请在 Excel（或 WPS）中打开它，取消密码后另存为 XLSX，再导入。");
    }

    @Test
    void fiftyMegabyteFile() throws IOException {
        Path big = temp.resolve("huge.docx");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024);
        }
        refused(big, "文件太大（50.0 MB），导入的文件不能超过 20 MB。任务分解表通常只有几十 KB：请确认没有选错文件，"
                + "或把表格另存为不含图片的 DOCX/XLSX 后再导入。");
    }

    @Test
    void gbkTextReadAsUtf8() {
        byte[] gbk = "2019年温州市工作表\n\t工作任务\n\t工作要求\n\t责任单位\n\n\t1.推进决策公开\n\t广泛听取意见。\n\t市司法局\n"
                .getBytes(Charset.forName("GBK"));
        Path file = Fixtures.write(temp, "gbk.txt", gbk);
        Project.Run r = p.run("import", file.toString(), "--jurisdiction", "wenzhou", "--encoding", "UTF-8");
        assertEquals(1, r.code());
        assertEquals(file + ":1: 文件不是有效的 UTF-8 文本：这一行无法按此编码读取。"
                + "它可能是 GBK/GB18030 编码：去掉 --encoding 让程序自动识别，或写 --encoding GB18030。\n" + FAILED, r.err());
        assertEquals(before, p.content());
        // Without --encoding the same file is read as GB18030.
        Project.Run ok = p.run("import", file.toString(), "--jurisdiction", "wenzhou");
        assertEquals(0, ok.code(), ok.err());
        assertEquals("---\nnumber: \"1\"\ntitle: 推进决策公开\nresponsible: [市司法局]\nunits_text: 市司法局\n---\n广泛听取意见。\n",
                p.read("content/plans/wenzhou-2019/1.md"));
    }

    @Test
    void progressColumnNeedsAReportDate() {
        String text = "2019年温州市工作表\n\t工作任务\n\t工作要求\n\t责任单位\n\t落实情况\n\n\t1.推进决策公开\n\t广泛听取意见。\n\t市司法局\n\t已开展。\n";
        Path file = Fixtures.write(temp, "report.txt", text.getBytes(StandardCharsets.UTF_8));
        Project.Run r = p.run("import", file.toString(), "--jurisdiction", "wenzhou");
        assertEquals(1, r.code());
        assertEquals(file + ":7: 表中有“落实情况”一栏（共 1 项填写了内容），每项会记为一次进展，需要知道情况截至哪一天。"
                + "请用 --report-date 指明，例如 --report-date 2018-11-30。\n" + FAILED, r.err());
        assertEquals(before, p.content());
    }

    @Test
    void unknownJurisdictionNeedsAnId() {
        Path file = Fixtures.write(temp, "t.txt", "2018年开平市表\n\t工作任务\n\t工作要求\n\n\t1.任务\n\t要求。\n".getBytes(StandardCharsets.UTF_8));
        Project.Run r = p.run("import", file.toString(), "--jurisdiction", "开平市");
        assertEquals(1, r.code());
        assertEquals(file + ": 单位登记中没有“开平市”。如要新建这个行政区，请同时给出它的 id，例如 --jurisdiction-id kaiping；"
                + "如果它已登记但写法不同，请改用登记的名称或 id。\n" + FAILED, r.err());
        assertEquals(before, p.content());
    }
}
