package gongkai.importer;

import gongkai.model.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the unit wording of a table cell into units by role: "A、B牵头，C、D负责", "A牵头，B配合",
 * "…分别负责", "…牵头负责", and collective designations such as "各区人民政府，市直各委、办、局". Clauses without a
 * role word take the role of the next clause that has one, else the column's default role. Known names
 * (including ones with 、 inside, such as "各处室、大队、办") are kept whole.
 */
public final class UnitPhrase {

    private static final List<String> LEAD = List.of("分别牵头负责落实", "牵头负责落实", "分别牵头负责", "牵头负责", "分别牵头", "牵头落实",
            "牵头");
    private static final List<String> RESPONSIBLE = List.of("分别负责落实", "按职责分工负责落实", "按职责分工落实", "按职责分工负责",
            "按职责负责", "按职责落实", "分别负责", "负责落实", "具体落实", "分别落实", "负责", "落实", "会办", "承办");
    private static final List<String> SUPPORT = List.of("配合落实", "协助落实", "配合", "协助", "参与", "协同");
    /** Words that name a role in the middle of a clause ("区司法局牵头区级规范性文件公开工作"), with the unit before them. */
    private static final List<String> MID = List.of("牵头", "负责", "会同", "具体落实", "配合");
    private static final Pattern ETC = Pattern.compile("(.+?)(等(相关|有关)?(单位|部门|机构)?)$");
    private static final List<String> NAME_ENDINGS = List.of("局", "委", "办", "厅", "室", "处", "中心", "政府", "会",
            "单位", "部门", "部", "院", "馆", "台", "队", "所", "站", "行", "机构", "镇", "街", "区", "县", "市", "省", "科",
            "股", "组", "公司", "集团", "办事处", "署", "团", "社", "校", "园", "关", "街道", "专班", "指挥部", "主体", "法院",
            "检察院", "联", "协", "行", "银行");

    private UnitPhrase() {
    }

    /** A unit as the cell names it; levelPrefix is the 市/省/区/县 of an earlier name in the same list, for "市教育局、环保局". */
    public record Mention(Role role, String name, String levelPrefix) {
    }

    /** The mentions, and remarks on what could not be matched (the 等 of "…等单位配合"). */
    public record Parsed(List<Mention> mentions, List<String> remarks) {
    }

    public static Parsed parse(String text, Role defaultRole, Predicate<String> known) {
        List<Mention> out = new ArrayList<>();
        List<String> remarks = new ArrayList<>();
        String cleaned = text.strip().replaceAll("\\s*\\n\\s*", "，").replaceAll("[。；;，,\\s]+$", "");
        if (cleaned.isEmpty()) {
            return new Parsed(out, remarks);
        }
        if (known.test(cleaned)) {
            out.add(new Mention(defaultRole, cleaned, ""));
            return new Parsed(out, remarks);
        }
        List<String> pending = new ArrayList<>();
        for (String clause : cleaned.split("[，,；;]")) {
            String c = clause.strip();
            if (c.isEmpty()) {
                continue;
            }
            // "A会同B负责": A leads, B takes the closing role.
            int with = Hanzi.simplified(c).indexOf("会同");
            if (with > 0 && looksLikeName(c.substring(0, with)) && !known.test(c)) {
                pending.add(c.substring(0, with));
                for (String p : pending) {
                    names(p, Role.LEAD, known, out, remarks);
                }
                pending.clear();
                c = c.substring(with + 2);
            }
            Role role = null;
            for (String marker : LEAD) {
                if (role == null && Hanzi.simplified(c).endsWith(marker) && !known.test(c)) {
                    role = Role.LEAD;
                    c = c.substring(0, c.length() - marker.length());
                }
            }
            for (String marker : SUPPORT) {
                if (role == null && Hanzi.simplified(c).endsWith(marker) && !known.test(c)) {
                    role = Role.SUPPORT;
                    c = c.substring(0, c.length() - marker.length());
                }
            }
            for (String marker : RESPONSIBLE) {
                if (role == null && Hanzi.simplified(c).endsWith(marker) && !known.test(c)) {
                    role = Role.RESPONSIBLE;
                    c = c.substring(0, c.length() - marker.length());
                }
            }
            c = c.strip();
            if (role == null && !known.test(c)) {
                // A role word inside the clause, after the unit: "区司法局牵头区级规范性文件集中公开工作", "各成员单位负责做好…".
                for (String marker : MID) {
                    int at = Hanzi.simplified(c).indexOf(marker);
                    if (role == null && at > 0 && looksLikeNames(c.substring(0, at))) {
                        role = marker.equals("牵头") || marker.equals("会同") ? Role.LEAD : marker.equals("配合") ? Role.SUPPORT : Role.RESPONSIBLE;
                        c = c.substring(0, at);
                    }
                }
            }
            if (!c.isEmpty()) {
                pending.add(c);
            }
            if (role != null) {
                for (String p : pending) {
                    names(p, role, known, out, remarks);
                }
                pending.clear();
            }
        }
        for (String p : pending) {
            names(p, defaultRole, known, out, remarks);
        }
        return new Parsed(out, remarks);
    }

    /** Splits one clause at 、, keeping known names whole and short fragments (办、局) with the name before them. */
    private static void names(String clause, Role role, Predicate<String> known, List<Mention> out, List<String> remarks) {
        String[] tokens = clause.split("、");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < tokens.length; i++) {
            int take = i;
            for (int j = tokens.length - 1; j > i; j--) {
                if (known.test(String.join("、", java.util.Arrays.copyOfRange(tokens, i, j + 1)))) {
                    take = j;
                    break;
                }
            }
            String name = String.join("、", java.util.Arrays.copyOfRange(tokens, i, take + 1)).strip();
            i = take;
            if (name.isEmpty()) {
                continue;
            }
            if (!names.isEmpty() && name.length() <= 2 && !known.test(name)) {
                names.set(names.size() - 1, names.get(names.size() - 1) + "、" + name);
            } else {
                names.add(name);
            }
        }
        String prefix = names.isEmpty() ? "" : levelPrefix(names.get(0));
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            Matcher etc = ETC.matcher(name);
            if (!known.test(name) && etc.matches() && etc.group(1).length() >= 2) {
                name = etc.group(1);
                remarks.add("原表单位栏写“" + clause + (role == Role.SUPPORT ? "配合" : "") + "”，“" + etc.group(2)
                        + "”所指的其他单位未列出，无法对应。");
            }
            String p = i == 0 || startsWithLevel(name) ? "" : prefix;
            out.add(new Mention(role, name, p));
        }
    }

    /** 市 of 市教育局, 省 of 省财政厅; nothing for 市场监管局 or 各区人民政府. */
    static String levelPrefix(String name) {
        if (name.startsWith("市场") || name.startsWith("区域") || name.startsWith("县域")) {
            return "";
        }
        char c = name.isEmpty() ? ' ' : name.charAt(0);
        return "市省区县".indexOf(c) >= 0 ? String.valueOf(c) : "";
    }

    private static boolean startsWithLevel(String name) {
        return !levelPrefix(name).isEmpty() || name.startsWith("各") || name.startsWith("全") || name.startsWith("中共")
                || name.startsWith("国家");
    }

    /** True when the text opens with unit names followed by a role word and what they do ("区司法局牵头区级…工作"). */
    public static boolean leadsWithUnit(String text) {
        String t = Hanzi.simplified(text.strip());
        for (String marker : MID) {
            int at = t.indexOf(marker);
            if (at > 0 && at <= 30 && looksLikeNames(t.substring(0, at))) {
                return true;
            }
        }
        return false;
    }

    private static boolean looksLikeNames(String text) {
        if (text.isBlank() || text.contains("。")) {
            return false;
        }
        for (String part : text.split("[、,，]")) {
            String p = part.strip();
            if (p.isEmpty() || !(looksLikeName(p) && (p.length() > 2 || NAME_ENDINGS.stream().anyMatch(p::endsWith))
                    || p.startsWith("各") && p.length() <= 20)) {
                return false;
            }
        }
        return true;
    }

    /** True when a cell reads as units: it ends with a role word, or every part of it reads as a unit name. */
    public static boolean looksLike(String text) {
        String t = Hanzi.simplified(text.strip()).replaceAll("[。；;，,\\s]+$", "");
        if (t.isEmpty()) {
            return false;
        }
        for (List<String> markers : List.of(LEAD, RESPONSIBLE, SUPPORT)) {
            for (String m : markers) {
                if (t.endsWith(m) && t.length() > m.length() && t.length() <= 200 && !t.contains("。")) {
                    return true;
                }
            }
        }
        for (String part : t.split("[，,；;、\\n]")) {
            if (!looksLikeName(part.strip())) {
                return false;
            }
        }
        return true;
    }

    static boolean looksLikeName(String part) {
        if (part.isEmpty() || part.length() > 30 || part.contains("。")) {
            return part.isEmpty();
        }
        String p = Hanzi.simplified(part).replaceAll("等(相关|有关)?(单位|部门|机构)?$", "").replaceAll("（[^（）]*）$|\\([^()]*\\)$", "");
        return NAME_ENDINGS.stream().anyMatch(p::endsWith) || p.length() <= 2;
    }
}
