package gongkai.scaffold;

import gongkai.check.NaturalOrder;
import gongkai.diagnostics.Problems;
import gongkai.read.FrontMatter;
import gongkai.read.RawDocument;
import gongkai.read.YamlNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * New content files with the fields to fill and Chinese comments, valid as they stand, so an editor can
 * start from one without reading the manual. Only computes paths and text; the CLI writes them.
 */
public final class Scaffold {

    /** A file to create: its path and its text. */
    public record NewFile(Path path, String text) {
    }

    private static final Pattern TOP_ID = Pattern.compile("(\\d+)\\.md");

    private Scaffold() {
    }

    /** The next task of a plan (number one more than the highest), or the next sub-item of parentId. */
    public static NewFile task(Path planDir, String parentId) throws IOException {
        List<String> ids = taskIds(planDir);
        String id;
        String number;
        if (parentId == null) {
            int next = ids.stream().map(TOP_ID::matcher).filter(Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1))).max().orElse(0) + 1;
            id = Integer.toString(next);
            number = id;
        } else {
            Pattern sub = Pattern.compile(Pattern.quote(parentId) + "-(\\d+)\\.md");
            int next = ids.stream().map(sub::matcher).filter(Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1))).max().orElse(0) + 1;
            id = parentId + "-" + next;
            number = "（" + next + "）";
        }
        String section = parentId == null ? lastSection(planDir, ids) : "";
        StringBuilder t = new StringBuilder("---\n");
        t.append("# 编号，按原表填写（子项写“（1）”这样的形式）。\n");
        t.append("number: \"").append(number).append("\"\n");
        if (parentId == null) {
            t.append("# 任务名称（必填）。\n");
            t.append("title: 请填写任务名称\n");
            if (!section.isEmpty()) {
                t.append("# 所属章节：写 plan.md 中 sections 的 id。\n");
                t.append("section: ").append(section).append('\n');
            }
        } else {
            t.append("# 上级任务：上级任务的文件名（不含 .md）。子项可以不写名称，网站取正文第一句。\n");
            t.append("parent: \"").append(parentId).append("\"\n");
        }
        t.append("# 牵头单位、责任单位、配合单位：写单位名称，多个用英文逗号“,”隔开，例如 [市财政局, 市发改委]。\n");
        t.append("lead: []\nresponsible: []\nsupport: []\n");
        t.append("# 原表“责任单位”栏的原文，照抄即可。\n");
        t.append("# units_text: 市财政局牵头，市发改委配合\n");
        t.append("# 完成时限：写成 2019-11-30，或 ongoing（持续推进）；原表写法写在 deadline_text。\n");
        t.append("# deadline: 2019-11-30\n# deadline_text: 11月底前\n");
        t.append("# 备注。\n# remarks: \n");
        t.append("# 落实情况：每报送一次，加一项（状态可选：not-started 未启动、in-progress 推进中、\n");
        t.append("# completed 已完成、ongoing 常态推进、cancelled 已调整）。\n");
        t.append("# updates:\n#   - date: 2019-06-30\n#     status: in-progress\n#     by: 市财政局\n");
        t.append("#     text: 已完成……\n");
        t.append("# 写 draft: true 时，本任务暂不公开（gongkai serve --drafts 可以预览）。\n");
        t.append("---\n请在此填写工作要求。\n");
        return new NewFile(planDir.resolve(id + ".md"), t.toString());
    }

    /** A new plan folder with its plan.md. */
    public static NewFile plan(Path plansDir, String id, int year) {
        String text = "---\n"
                + "# 计划标题（必填），按原件填写。\n"
                + "title: 请填写计划标题\n"
                + "# 计划年度（必填）。\n"
                + "year: " + year + "\n"
                + "# 发布单位：单位名称或 id，须已在 content/units/ 中登记。\n"
                + "# issuer: 示例市人民政府办公室\n"
                + "# 本计划的单位名称先在这个单位之下查找（默认为发布单位），例如 xiamen。\n"
                + "# jurisdiction: xiamen\n"
                + "# 文号、印发日期、原文链接。\n"
                + "# doc_number: 示政办〔" + year + "〕1号\n"
                + "# issued: " + year + "-03-01\n"
                + "# source: https://www.example.gov.cn/...\n"
                + "# 章节：一、二、……下可再分（一）（二）……，编号由网站自动生成；任务的 section 写这里的 id。\n"
                + "sections:\n"
                + "  - id: 一\n"
                + "    title: 请填写第一部分标题\n"
                + "# 写 draft: true 时，整个计划暂不公开。\n"
                + "---\n"
                + "（可选）计划说明，例如印发文件的名称和背景。\n";
        return new NewFile(plansDir.resolve(id).resolve("plan.md"), text);
    }

    /** A new unit file; with parentId the unit sits under a unit registered elsewhere. */
    public static NewFile unit(Path unitsDir, String id, String name, String parentId) {
        StringBuilder t = new StringBuilder("# yaml-language-server: $schema=../../docs/schema/units.schema.json\n");
        t.append("# 单位登记：name 写全称，short 写表格里常用的简称，aliases 写其他写法。\n");
        t.append("- id: ").append(id).append('\n');
        t.append("  name: ").append(name).append('\n');
        if (parentId != null) {
            t.append("  # 上级单位的 id。\n  parent: ").append(parentId).append('\n');
        }
        t.append("  # short: 市某某局\n  # aliases: [某某局]\n");
        t.append("  # 类型：jurisdiction 行政区、body 机关、office 内设机构、group 统称（统称要写 members）。\n");
        t.append("  # kind: body\n");
        t.append("  # 下属单位写在 children 下，格式相同。\n  # children:\n  #   - id: ").append(id)
                .append("-bgs\n  #     name: 办公室\n");
        return new NewFile(unitsDir.resolve(id + ".yml"), t.toString());
    }

    private static List<String> taskIds(Path planDir) throws IOException {
        try (Stream<Path> s = Files.list(planDir)) {
            return s.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".md") && !n.equals("plan.md"))
                    .sorted(NaturalOrder.INSTANCE).toList();
        }
    }

    /** The section of the last top-level task, so a new task lands where the editor was working. */
    private static String lastSection(Path planDir, List<String> ids) throws IOException {
        for (int i = ids.size() - 1; i >= 0; i--) {
            if (!TOP_ID.matcher(ids.get(i)).matches()) {
                continue;
            }
            String text = Files.readString(planDir.resolve(ids.get(i)), StandardCharsets.UTF_8);
            Optional<RawDocument> doc = FrontMatter.parse(ids.get(i), text, new Problems());
            if (doc.isPresent() && doc.get().data() instanceof YamlNode.Mapping m
                    && m.get("section") instanceof YamlNode.Scalar s) {
                return s.value();
            }
            return "";
        }
        return "";
    }
}
