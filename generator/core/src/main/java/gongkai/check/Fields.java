package gongkai.check;

import gongkai.diagnostics.Problems;
import gongkai.read.YamlNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Typed reading of one YAML mapping, reporting every wrong field to Problems with its line. Each getter
 * returns a usable default after reporting, so checking goes on and all problems surface in one build.
 */
public final class Fields {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final String file;
    private final YamlNode.Mapping map;
    private final Problems problems;
    private final String what;

    /** what names the thing in messages, e.g. "任务" or "单位". */
    public Fields(String file, YamlNode.Mapping map, Problems problems, String what) {
        this.file = file;
        this.map = map;
        this.problems = problems;
        this.what = what;
    }

    public YamlNode.Mapping map() {
        return map;
    }

    public int line() {
        return map.line();
    }

    public int lineOf(String key) {
        YamlNode n = map.get(key);
        return n == null ? map.line() : n.line();
    }

    public int columnOf(String key) {
        YamlNode n = map.get(key);
        return n == null ? map.column() : n.column();
    }

    public boolean has(String key) {
        YamlNode n = map.get(key);
        return n != null && !(n instanceof YamlNode.Null);
    }

    public void problem(String key, String message) {
        YamlNode n = map.get(key);
        int line = n == null ? map.line() : n.line();
        int column = n == null ? map.column() : n.column();
        problems.add(file, line, column, message);
    }

    /** Reports keys outside allowed, suggesting the closest allowed key for typos. */
    public void onlyKeys(Set<String> allowed) {
        for (String key : map.entries().keySet()) {
            if (!allowed.contains(key)) {
                List<String> close = Suggest.closest(key, allowed, 1);
                String hint = close.isEmpty() ? "可用字段：" + String.join("、", allowed.stream().sorted().toList()) + "。"
                        : "是否想写 " + close.get(0) + "？";
                problems.add(file, map.keyLine(key), map.keyColumn(key), what + "中有未知字段“" + key + "”。" + hint);
            }
        }
    }

    public String requiredText(String key) {
        if (!has(key)) {
            problems.add(file, map.line(), map.column(), what + "缺少必填字段“" + key + "”。");
            return "";
        }
        String s = text(key);
        if (s.isBlank()) {
            problem(key, what + "的字段“" + key + "”不能为空。");
        }
        return s;
    }

    /** Optional text; numbers and dates are taken as written. */
    public String text(String key) {
        YamlNode n = map.get(key);
        if (n == null || n instanceof YamlNode.Null) {
            return "";
        }
        if (n instanceof YamlNode.Scalar s) {
            return s.value().strip();
        }
        problem(key, "字段“" + key + "”应为文本，这里是" + n.kind() + "。");
        return "";
    }

    /** A list of texts; a single text is taken as a list of one. */
    public List<String> texts(String key) {
        return locatedTexts(key).stream().map(Located::value).toList();
    }

    /** A text with the place it was written, for messages about one item of a list. */
    public record Located(String value, int line, int column) {
    }

    /** Like texts, but each item keeps its own line and column. */
    public List<Located> locatedTexts(String key) {
        YamlNode n = map.get(key);
        if (n == null || n instanceof YamlNode.Null) {
            return List.of();
        }
        if (n instanceof YamlNode.Scalar s) {
            return s.value().isBlank() ? List.of() : List.of(new Located(s.value().strip(), s.line(), s.column()));
        }
        if (n instanceof YamlNode.Sequence seq) {
            List<Located> out = new ArrayList<>();
            for (YamlNode item : seq.items()) {
                if (item instanceof YamlNode.Scalar s && !s.value().isBlank()) {
                    out.add(new Located(s.value().strip(), s.line(), s.column()));
                } else {
                    problems.add(file, item.line(), item.column(),
                            "字段“" + key + "”的每一项都应为非空文本，这里是" + item.kind() + "。");
                }
            }
            return out;
        }
        problem(key, "字段“" + key + "”应为文本列表，例如 [甲, 乙]（用英文逗号分隔）。");
        return List.of();
    }

    public List<YamlNode> list(String key) {
        YamlNode n = map.get(key);
        if (n == null || n instanceof YamlNode.Null) {
            return List.of();
        }
        if (n instanceof YamlNode.Sequence seq) {
            return seq.items();
        }
        problem(key, "字段“" + key + "”应为列表（每项以“- ”开头），这里是" + n.kind() + "。");
        return List.of();
    }

    /** A date written YYYY-MM-DD, or null when absent or invalid (then reported). */
    public LocalDate date(String key) {
        String s = text(key);
        if (s.isEmpty()) {
            return null;
        }
        return parseDate(s, key);
    }

    public LocalDate parseDate(String s, String key) {
        if (DATE.matcher(s).matches()) {
            try {
                // By the digits: LocalDate.parse's formatter took a tenth of the check of 10,000 tasks.
                return LocalDate.of(Integer.parseInt(s, 0, 4, 10), Integer.parseInt(s, 5, 7, 10),
                        Integer.parseInt(s, 8, 10, 10));
            } catch (java.time.DateTimeException e) {
                // falls through to the message below
            }
        }
        problem(key, "日期“" + s + "”无效：请写成 YYYY-MM-DD 格式的真实日期，例如 2018-11-30。"
                + (key.equals("deadline") ? "没有截止日期的常态化工作写 ongoing；原表写法（如“11月底前”）写在 deadline_text。" : ""));
        return null;
    }

    /** true or false; anything else is reported and taken as false. */
    public boolean bool(String key) {
        String s = text(key);
        if (s.isEmpty() || s.equals("false")) {
            return false;
        }
        if (s.equals("true")) {
            return true;
        }
        problem(key, "字段“" + key + "”只能写 true 或 false，这里是“" + s + "”。");
        return false;
    }

    public int integer(String key, int fallback) {
        String s = text(key);
        if (s.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            problem(key, "字段“" + key + "”应为整数，这里是“" + s + "”。");
            return fallback;
        }
    }

    public static boolean isValidId(String id) {
        return ID.matcher(id).matches();
    }

    public static String idRule() {
        return "只能使用小写英文字母、数字和连字符（-），以字母或数字开头，最长 80 个字符";
    }
}
