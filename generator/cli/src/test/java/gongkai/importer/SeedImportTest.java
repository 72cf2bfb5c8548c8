package gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The five seeds imported end to end into a project that has only the 厦门市 and 温州市 registries: task
 * counts, units, roles, deadlines, reports; the site builds; a second import changes nothing; and
 * re-importing over the shipped content touches only the files edited by hand.
 */
class SeedImportTest {

    @TempDir
    static Path temp;

    static Project p;
    static final Map<String, Project.Run> runs = new java.util.LinkedHashMap<>();

    static final String[][] SEEDS = {
        {"000", "000_5c3709dc00f57390.txt", "--jurisdiction", "xiamen", "--title", "厦门市2018年政务公开工作主要任务分解表"},
        {"001", "001_2b4ee9c56e2324dc.txt", "--jurisdiction", "开平市", "--jurisdiction-id", "kaiping"},
        {"002", "002_80ba4e765c654121.txt", "--jurisdiction", "福建省", "--jurisdiction-id", "fujian", "--issuer", "福建省人民政府办公厅"},
        {"003", "003_7286cc1201a8b06c.txt", "--jurisdiction", "wenzhou"},
        {"004", "004_69bb3984fa0883f2.txt", "--jurisdiction", "xiamen-cgj", "--issuer", "厦门市城市管理行政执法局", "--report-date", "2018-11-30"},
    };

    static String[] args(String[] seed, String... more) {
        String[] a = new String[seed.length + more.length];
        a[0] = "import";
        a[1] = Project.seed(seed[1]).toString();
        System.arraycopy(seed, 2, a, 2, seed.length - 2);
        System.arraycopy(more, 0, a, seed.length, more.length);
        return a;
    }

    @BeforeAll
    static void importAll() {
        p = Project.withUnits(temp.resolve("fresh"), "wenzhou.yml");
        // 厦门市 with only the bureau (as before seed 000 was imported): the city's bodies are new units.
        p.write("content/units/xiamen.yml", """
                - id: xiamen
                  name: 厦门市
                  children:
                    - id: xiamen-cgj
                      name: 厦门市城市管理行政执法局
                      short: 市城管执法局
                      children:
                        - {id: xiamen-cgj-bgs, name: 办公室, kind: office}
                        - {id: xiamen-cgj-zcfgc, name: 政策法规处, kind: office}
                        - {id: xiamen-cgj-zfxtc, name: 执法协调处, kind: office}
                        - {id: xiamen-cgj-ggszglc, name: 广告设置管理处, kind: office}
                        - {id: xiamen-cgj-zfjyc, name: 执法教育处, kind: office}
                        - {id: xiamen-cgj-zfdcc, name: 执法督查处, kind: office}
                        - {id: xiamen-cgj-kpb, name: 考评办, kind: office}
                        - {id: xiamen-cgj-all, name: 各处室、大队、办, kind: group}
                        - {id: xiamen-cgj-all-kpb, name: 各处室、大队、考评办, kind: group}
                """);
        for (String[] seed : SEEDS) {
            runs.put(seed[0], p.run(args(seed)));
        }
    }

    @Test
    void everySeedImportsAndTheSiteBuilds() {
        runs.forEach((seed, r) -> assertEquals(0, r.code(), seed + ": " + r.err()));
        assertEquals(42, p.taskFiles("xiamen-2018"));
        assertEquals(66, p.taskFiles("kaiping-2018"));
        assertEquals(17, p.taskFiles("fujian-2019"));
        assertEquals(48, p.taskFiles("wenzhou-2019"));
        assertEquals(35, p.taskFiles("xiamen-cgj-2018"));
        Project.Run build = p.run("build");
        assertEquals(0, build.code(), build.err());
    }

    @Test
    void seed000CityPlan() {
        assertTrue(runs.get("000").out().contains("  章节 4 个、小节 15 个；任务 42 项，子项 0 项\n"));
        assertTrue(runs.get("000").out().contains("新增单位 24 个（写入 content/units/xiamen.yml，请核对名称、简称和类型）：\n"));
        assertTrue(runs.get("000").out().contains("  xiamen-fgw  市发改委 → 厦门市发改委（机关单位），首见第 54 行\n"));
        assertEquals("""
                ---
                number: "5"
                title: 推动全面实施“双随机、一公开”监管
                section: （一）
                lead: [市市场监督管理局, 市审改办]
                responsible: [各区人民政府, 市直各委、办、局, 各开发区管委会]
                units_text: 牵头单位：市市场监督管理局、市审改办；责任单位：各区人民政府，市直各委、办、局，各开发区管委会
                ---
                """, head("xiamen-2018/5.md"));
        // "市档案馆、图书馆": the second name takes the 市 of the first.
        assertTrue(p.read("content/plans/xiamen-2018/38.md").contains("市档案馆, 市图书馆]"));
        assertTrue(p.read("content/plans/xiamen-2018/41.md").contains("remarks: 原表单位栏写“市教育局、环保局、文广新局、旅发委、卫计委、国资委、经信局、建设局、民政局等相关部门”，"
                + "“等相关部门”所指的其他单位未列出，无法对应。\n"));
        String units = p.read("content/units/xiamen.yml");
        assertTrue(units.contains("    - id: xiamen-zgwbj\n      name: 市直各委、办、局\n      kind: group\n"), units);
    }

    @Test
    void seed001KaipingWithShiftedColumnsAndDuplicates() {
        String out = runs.get("001").out();
        assertTrue(out.contains("计划：kaiping-2018《开平市2018年政务公开工作要点分工方案》，2018 年，辖区 开平市（kaiping）\n"
                + "  章节 4 个、小节 13 个；任务 66 项，子项 0 项\n"), out);
        assertTrue(out.contains("  kaiping-kgswjj  市科工商务局局 → 开平市科工商务局局（机关单位），首见第 78 行\n"
                + "    ！可能与 市科工商务局（kaiping-kgswj，本次新增） 是同一单位。如是，请把“市科工商务局局”加入那个单位的 aliases，"
                + "并删去这条新增的登记；如不是，请忽略。\n"), out);
        assertTrue(out.contains("！可能与 市发展和改革委员会（kaiping-fzhggwyh，本次新增） 是同一单位"), out);
        assertTrue(out.contains("第 62 行：这一行没有序号，已作为单独一项导入（文件 36a.md）。请核对。"), out);
        String plan = p.read("content/plans/kaiping-2018/plan.md");
        assertTrue(plan.contains("doc_number: 开府办〔2018〕26号\nissued: 2018-09-13\n"), plan);
        assertTrue(plan.contains("  - id: 二\n    title: 着力提升政务服务工作实效\n"), "the title met most often wins");
        assertEquals("""
                ---
                number: "15"
                title: 牢牢把握推动高质量发展的根本要求
                section: （三）
                responsible: [市发展和改革委员会, 市委农办]
                support: [各镇（街）, 管委会, 市各有关单位]
                units_text: 市发展和改革委员会、市委农办负责，各镇（街）、管委会，市各有关单位配合
                ---
                """, head("kaiping-2018/15.md"));
        // Rows 17–19 share row 16's merged unit cell.
        assertTrue(head("kaiping-2018/19.md").contains("responsible: [各镇（街）, 管委会, 市各有关单位]\n"));
        // A page whose cells are shifted: requirement in the fifth column, units in the fourth.
        assertTrue(head("kaiping-2018/38.md").contains("section: （六）\nresponsible: [市市场监督管理局, 市住房和城乡建设局]\n"));
        assertTrue(head("kaiping-2018/36b.md").contains("title: 建立完善激励约束制度\nsection: （五）\nlead: [市行政服务中心]\n"));
    }

    @Test
    void seed002ProseNotice() {
        assertTrue(runs.get("002").out().contains("（纯文本（UTF-8））"));
        assertEquals("""
                ---
                number: "（五）"
                title: 深化“放管服”改革信息公开
                section: 二
                responsible: [省发改委, 省司法厅, 省市场监管局, 省税务局, 各设区市人民政府, 平潭综合实验区管委会]
                units_text: 省发改委、司法厅、市场监管局、税务局，各设区市人民政府、平潭综合实验区管委会
                ---
                """, head("fujian-2019/2-5.md"));
        // A paragraph cut by a page break is whole again.
        assertTrue(p.read("content/plans/fujian-2019/1-1.md").contains("稳定社会预期，提振市场信心。"));
        assertTrue(p.read("content/units/fujian.yml").contains("    - id: fujian-czt\n      name: 福建省财政厅\n      short: 省财政厅\n"));
    }

    @Test
    void seed003SubItemsDeadlinesAndRoles() {
        assertTrue(runs.get("003").out().contains("  章节 0 个、小节 0 个；任务 20 项，子项 28 项\n"));
        assertFalse(runs.get("003").out().contains("新增单位"), "every unit of 003 is registered");
        assertEquals("""
                ---
                number: "16"
                title: 加强政府信息公开查阅场所建设
                responsible: [各地, 各有关部门]
                units_text: 各地、各有关部门分别负责
                deadline: 2019-11-30
                deadline_text: 11月底前
                ---
                """, head("wenzhou-2019/16.md"));
        assertTrue(head("wenzhou-2019/2-4.md").contains("lead: [市信访局]\nsupport: [市大数据局]\n"));
        // "A、B…分别牵头负责" written once over the sub-items: each sub-item gets the unit its text names, the task all of them.
        assertTrue(head("wenzhou-2019/7.md").contains("lead: [市财政局, 市金融办, 市住建局, 市农业农村局, 市医疗保障局, 市生态环境局]\n"));
        assertTrue(head("wenzhou-2019/7-1.md").contains("lead: [市金融办]\n"));
        assertTrue(head("wenzhou-2019/7-3.md").contains("lead: [市生态环境局]\nunits_text: 市财政局、市金融办、市住建局、市农业农村局、市医疗保障局、市生态环境局分别牵头负责\n"));
        assertTrue(runs.get("003").out().contains("市住建局、市农业农村局、市医疗保障局 从文字看不出对应哪个子项，只记在任务 7 上"));
        // As many units as sub-items: one each, in order.
        assertTrue(head("wenzhou-2019/14-1.md").contains("lead: [市政府办公室]\n"));
        assertTrue(head("wenzhou-2019/14-2.md").contains("lead: [市大数据局]\n"));
        // "各地、各部门分别负责" over sub-items: every one of them answers for every part.
        assertTrue(head("wenzhou-2019/1-3.md").contains("responsible: [各地, 各部门]\n"));
        assertTrue(head("wenzhou-2019/17.md").contains("deadline: 2019-10-31\ndeadline_text: 10月底前\n"));
    }

    @Test
    void seed004ReportsBecomeUpdates() {
        assertTrue(runs.get("004").out().contains("任务 35 项，子项 0 项；落实情况 35 条（记为 2018-11-30 的进展，状态 in-progress，请逐项核对）"));
        for (int n = 1; n <= 35; n++) {
            String task = p.read("content/plans/xiamen-cgj-2018/" + n + ".md");
            assertTrue(task.contains("updates:\n  - date: 2018-11-30\n    status: in-progress\n    by: "), n + "\n" + task);
        }
        assertTrue(head("xiamen-cgj-2018/2.md").contains("responsible: [各处室、大队、办]\n"));
    }

    @Test
    void importingTheSameFileTwiceChangesNothing() {
        Map<String, String> before = p.content();
        Project.Run again = p.run(args(SEEDS[3]));
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().endsWith("文件：新增 0 个，更新 0 个，未变 49 个。计划写在 content/plans/wenzhou-2019/\n"), again.out());
        assertEquals(before, p.content());
    }

    @Test
    void shippedContentIsTheImportersOutputExceptTheHandEdits() {
        Project shipped = Project.shipped(temp.resolve("shipped-" + System.nanoTime()));
        Map<String, List<String>> edited = Map.of(
                "000", List.of(), "001", List.of("content/plans/kaiping-2018/26.md"), "002", List.of(), "003", List.of());
        for (String[] seed : SEEDS) {
            Project.Run r = shipped.run(args(seed, "--dry-run"));
            List<String> conflicts = conflicts(r.out() + r.err());
            if (seed[0].equals("004")) {
                // Every report whose status was judged other than in-progress, and the intro that says so.
                assertEquals(29, conflicts.size(), r.err());
                assertTrue(conflicts.contains("content/plans/xiamen-cgj-2018/plan.md"));
            } else {
                assertEquals(edited.get(seed[0]), conflicts, seed[0] + ": " + r.out() + r.err());
                assertTrue((r.out() + r.err()).contains("新增 0 个，更新 0 个"), r.out() + r.err());
            }
        }
    }

    @Test
    void editedFilesAreNeverOverwrittenWithoutForce() {
        Project q = Project.withUnits(temp.resolve("edit-" + System.nanoTime()), "wenzhou.yml");
        assertEquals(0, q.run(args(SEEDS[3])).code());
        String edited = q.read("content/plans/wenzhou-2019/5.md").replace("lead: [市政府办公室]", "lead: [市政府办公室]\nstatus: completed");
        q.write("content/plans/wenzhou-2019/5.md", edited);
        Map<String, String> before = q.content();
        Project.Run r = q.run(args(SEEDS[3]));
        assertEquals(1, r.code());
        assertTrue(r.err().contains("以下文件在上次导入后被修改过（或不是导入写出的），导入会覆盖这些改动：\n"
                + "  content/plans/wenzhou-2019/5.md\n    - status: completed\n"), r.err());
        assertTrue(r.err().endsWith("未写入任何文件。确认要用导入的内容覆盖上面的改动，请加 --force 再运行一次；不想覆盖，请先把改动移到原表中。\n"));
        assertEquals(before, q.content());
        Project.Run forced = q.run(args(SEEDS[3], "--force"));
        assertEquals(0, forced.code(), forced.err());
        assertFalse(q.read("content/plans/wenzhou-2019/5.md").contains("status: completed"));
    }

    private static String head(String planFile) {
        String text = p.read("content/plans/" + planFile);
        return text.substring(0, text.indexOf("\n---\n") + 5);
    }

    private static List<String> conflicts(String output) {
        Matcher m = Pattern.compile("(?m)^  (content/plans/\\S+\\.md)$").matcher(output);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
