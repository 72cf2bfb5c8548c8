import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a synthetic gongkai project: plans × tasks, units with groups, realistic Chinese text (a
 * requirement of about 300 characters, two or three updates a task), the same bytes for the same seed.
 *
 * Usage: java bench/SyntheticSite.java OUT_DIR PLANS TASKS_PER_PLAN UNITS [SEED]
 */
public final class SyntheticSite {

    private static final String[] VERBS = {"推进", "深化", "完善", "加强", "落实", "健全", "规范", "优化", "拓展", "强化"};
    private static final String[] TOPICS = {"预决算公开", "政策解读", "舆情回应", "政务服务事项", "行政执法公示", "重大建设项目信息",
        "公共资源配置信息", "社会公益事业信息", "政府网站集约化", "政务新媒体管理", "政府信息公开条例宣传", "依申请公开办理",
        "基层政务公开标准化", "权责清单动态调整", "双随机一公开监管", "人大代表建议办理结果公开", "政协提案办理结果公开",
        "减税降费政策", "就业创业信息", "义务教育招生信息", "保障性住房分配信息", "医疗卫生信息", "生态环境信息", "食品药品安全信息"};
    private static final String[] CLAUSES = {"按照谁起草、谁解读的原则，严格落实政策性文件与解读材料同步组织、同步审签、同步发布制度",
        "围绕经济社会发展的热点和群众办事服务的难点痛点堵点，加强舆情监测、研判和回应，及时解疑释惑",
        "依托政府门户网站和政务服务平台，全面公开办事指南、办理流程、收费依据和办理时限，方便企业和群众查询",
        "建立健全主动公开基本目录，及时调整完善，做到应公开尽公开，依法保障公众获取政府信息的权利",
        "对涉及公共利益、公众权益的重大事项，除依法应当保密外，主动向社会公布决策草案、决策依据，广泛听取公众意见",
        "加强政府信息公开审查，健全审查制度和工作规程，防止发生信息发布失信、影响社会稳定等问题",
        "定期开展常态化抽查，发现问题第一时间整改，不断提高政府网站和政务新媒体的管理服务水平",
        "运用图表图解、音频视频、客观数据和生动案例等形式进行立体式、多方位解读，真正让群众看得到、好理解",
        "工作开展情况列入全年落实情况报告和政府信息公开工作年度报告，接受社会监督",
        "各责任单位要明确分管领导和具体经办人员，于每季度末报送工作进展情况"};
    private static final String[] REPORTS = {"已按要求完成相关信息的梳理和发布，并在门户网站设立专栏", "已制定工作方案，明确责任分工，正在组织实施",
        "今年以来共主动公开相关信息一百余条，受理依申请公开若干件，均在法定期限内答复", "已开展专项检查，对发现的问题逐项整改到位",
        "按季度更新公开内容，建立动态调整机制，相关工作已常态化开展", "因机构改革职责调整，该项工作已移交相关部门承担"};
    private static final String[] STATUSES = {"not-started", "in-progress", "completed", "ongoing", "completed", "in-progress"};
    private static final String[] KINDS_OF_BODY = {"财政局", "发展和改革委员会", "教育局", "司法局", "生态环境局", "住房和城乡建设局",
        "交通运输局", "卫生健康委员会", "市场监督管理局", "人力资源和社会保障局", "自然资源和规划局", "农业农村局", "应急管理局",
        "民政局", "商务局", "文化和旅游局", "统计局", "医疗保障局", "信访局", "大数据管理局"};
    private static final String[] CITY_NAMES = {"东", "西", "南", "北", "中", "新", "安", "平", "和", "兴", "宁", "康", "泰", "丰", "华",
        "昌", "永", "长", "清", "广"};

    public static void main(String[] args) throws IOException {
        if (args.length < 4) {
            System.err.println("usage: java bench/SyntheticSite.java OUT_DIR PLANS TASKS_PER_PLAN UNITS [SEED]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int plans = Integer.parseInt(args[1]);
        int tasksPerPlan = Integer.parseInt(args[2]);
        int units = Integer.parseInt(args[3]);
        long seed = args.length > 4 ? Long.parseLong(args[4]) : 20190101L;
        new SyntheticSite(out, new SplittableRandom(seed)).write(plans, tasksPerPlan, units);
    }

    private final Path out;
    private final SplittableRandom random;

    private SyntheticSite(Path out, SplittableRandom random) {
        this.out = out;
        this.random = random;
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }

    /** A city: its id, name, and the short names of its bodies and groups, resolvable within it. */
    private record City(String id, String name, List<String> bodies, String group) {
    }

    private void write(int plans, int tasksPerPlan, int units) throws IOException {
        Files.createDirectories(out.resolve("content/units"));
        Files.createDirectories(out.resolve("content/plans"));
        Files.writeString(out.resolve("site-config.yml"), "title: 政务公开工作任务落实情况（性能测试）\n"
                + "base_url: https://bench.example.gov.cn/\nas_of: 2020-12-31\nsite_id_code: \"0000000000\"\n",
                StandardCharsets.UTF_8);
        // Each city: the city, a group, four districts (members of the group) and its bodies.
        int perCity = 2 + 4 + KINDS_OF_BODY.length;
        int cityCount = Math.max(1, units / perCity);
        List<City> cities = new ArrayList<>();
        for (int c = 0; c < cityCount; c++) {
            String name = CITY_NAMES[c % CITY_NAMES.length] + CITY_NAMES[(c / CITY_NAMES.length) % CITY_NAMES.length] + "市";
            String id = "city" + c;
            StringBuilder y = new StringBuilder("- id: ").append(id).append("\n  name: ").append(name)
                    .append(c >= CITY_NAMES.length * CITY_NAMES.length ? c : "").append("\n  kind: jurisdiction\n  children:\n");
            List<String> bodies = new ArrayList<>();
            for (int b = 0; b < KINDS_OF_BODY.length; b++) {
                y.append("    - id: ").append(id).append("-b").append(b).append("\n      name: ").append(name)
                        .append(KINDS_OF_BODY[b]).append(c).append("\n      short: 市").append(KINDS_OF_BODY[b]).append('\n');
                bodies.add("市" + KINDS_OF_BODY[b]);
            }
            y.append("    - id: ").append(id).append("-districts\n      name: 各区人民政府\n      kind: group\n      members: [");
            for (int d = 0; d < 4; d++) {
                y.append(d == 0 ? "" : ", ").append(id).append("-d").append(d);
            }
            y.append("]\n");
            for (int d = 0; d < 4; d++) {
                y.append("    - id: ").append(id).append("-d").append(d).append("\n      name: ").append(name)
                        .append(CITY_NAMES[d]).append("区人民政府").append(c).append('\n');
            }
            Files.writeString(out.resolve("content/units/" + id + ".yml"), y.toString(), StandardCharsets.UTF_8);
            cities.add(new City(id, name, bodies, "各区人民政府"));
        }
        for (int p = 0; p < plans; p++) {
            writePlan(p, cities.get(p % cities.size()), tasksPerPlan);
        }
    }

    private void writePlan(int index, City city, int tasks) throws IOException {
        String id = "plan-" + index;
        Path dir = out.resolve("content/plans").resolve(id);
        Files.createDirectories(dir);
        int year = 2015 + index % 6;
        StringBuilder plan = new StringBuilder("---\ntitle: ").append(city.name()).append(year)
                .append("年政务公开工作任务分解表（").append(index).append("）\njurisdiction: ").append(city.id())
                .append("\nyear: ").append(year).append("\nsections:\n");
        String[] top = {"一", "二", "三", "四"};
        int sub = 1;
        List<String> sectionIds = new ArrayList<>();
        for (String t : top) {
            plan.append("  - id: ").append(t).append("\n    title: 着力").append(pick(VERBS)).append(pick(TOPICS))
                    .append("工作\n    sections:\n");
            for (int s = 0; s < 3; s++, sub++) {
                String sid = "s" + sub;
                sectionIds.add(sid);
                plan.append("      - id: ").append(sid).append("\n        title: 围绕").append(pick(TOPICS))
                        .append(pick(VERBS)).append("公开工作\n");
            }
        }
        plan.append("---\n本计划为性能测试生成的示例数据。\n");
        Files.writeString(dir.resolve("plan.md"), plan.toString(), StandardCharsets.UTF_8);
        int n = 0;
        int number = 0;
        while (n < tasks) {
            number++;
            String section = sectionIds.get(Math.min(sectionIds.size() - 1, (number - 1) * sectionIds.size() / Math.max(1, tasks)));
            // About one task in five has two sub-items, as the 温州 table does.
            boolean withSubs = random.nextInt(5) == 0 && n + 3 <= tasks;
            Files.writeString(dir.resolve(number + ".md"), task(number, null, section, city, year, !withSubs),
                    StandardCharsets.UTF_8);
            n++;
            if (withSubs) {
                for (int s = 1; s <= 2; s++, n++) {
                    Files.writeString(dir.resolve(number + "-" + s + ".md"), task(s, Integer.toString(number), null, city, year, true),
                            StandardCharsets.UTF_8);
                }
            }
        }
    }

    private String task(int number, String parent, String section, City city, int year, boolean withUnits) {
        StringBuilder t = new StringBuilder("---\n");
        t.append("number: \"").append(parent == null ? Integer.toString(number) : "（" + number + "）").append("\"\n");
        if (parent == null) {
            t.append("title: ").append(pick(VERBS)).append(pick(TOPICS)).append('\n');
            t.append("section: ").append(section).append('\n');
        } else {
            t.append("parent: \"").append(parent).append("\"\n");
        }
        String lead = city.bodies().get(random.nextInt(city.bodies().size()));
        if (withUnits) {
            t.append("lead: [").append(lead).append("]\n");
            t.append(random.nextBoolean() ? "responsible: [" + city.group() + "]\n"
                    : "responsible: [" + city.bodies().get(random.nextInt(city.bodies().size())) + "]\n");
            if (random.nextInt(3) == 0) {
                t.append("support: [").append(city.bodies().get(random.nextInt(city.bodies().size()))).append("]\n");
            }
        }
        int month = 3 + random.nextInt(10);
        if (random.nextInt(6) == 0) {
            t.append("deadline: ongoing\ndeadline_text: 持续推进\n");
        } else {
            t.append(String.format("deadline: %d-%02d-28\ndeadline_text: %d月底前%n", year, month, month));
        }
        int updates = 2 + random.nextInt(2);
        t.append("updates:\n");
        for (int u = 0; u < updates; u++) {
            t.append(String.format("  - date: %d-%02d-%02d%n", year, 3 + u * 4, 10 + random.nextInt(15)));
            t.append("    status: ").append(u < updates - 1 ? "in-progress" : pick(STATUSES)).append('\n');
            t.append("    by: ").append(lead).append('\n');
            t.append("    text: ").append(pick(REPORTS)).append("。").append(pick(REPORTS)).append("。\n");
        }
        t.append("---\n");
        // About 300 characters of requirement.
        StringBuilder body = new StringBuilder();
        while (body.length() < 280) {
            body.append(pick(CLAUSES)).append("。");
        }
        return t.append(body).append('\n').toString();
    }
}
