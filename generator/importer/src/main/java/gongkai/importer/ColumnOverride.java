package gongkai.importer;

import java.util.Locale;
import java.util.Optional;

/**
 * One --column option: ROLE=N (the Nth column, counted from 1, or a letter A, B …) or ROLE=header text
 * (a header word this table uses for the role).
 */
public record ColumnOverride(ColumnRole role, int column, String header) {

    public static ColumnOverride parse(String option) {
        int eq = option.indexOf('=');
        if (eq <= 0 || eq == option.length() - 1) {
            throw new IllegalArgumentException("--column 的写法是 角色=第几列 或 角色=表头文字，例如 --column requirement=3 或 --column requirement=任务内容。");
        }
        String roleText = option.substring(0, eq).strip();
        Optional<ColumnRole> role = ColumnRole.fromId(roleText);
        if (role.isEmpty() || role.get() == ColumnRole.OTHER || role.get() == ColumnRole.IGNORED) {
            throw new IllegalArgumentException("--column 中的角色“" + roleText + "”无效。可用：number（序号）、task（工作任务）、"
                    + "requirement（工作要求）、lead（牵头单位）、responsible（责任单位）、support（配合单位）、units（牵头及责任单位）、"
                    + "deadline（完成时限）、progress（落实情况）、status（状态）、remarks（备注）、leader（分管领导）、section（章节标题）、id（任务ID）、"
                    + "date（截至日期）、reporter（报送单位）。");
        }
        String where = option.substring(eq + 1).strip();
        if (where.matches("\\d{1,3}")) {
            return new ColumnOverride(role.get(), Integer.parseInt(where) - 1, null);
        }
        if (where.matches("[A-Za-z]{1,2}")) {
            String w = where.toUpperCase(Locale.ROOT);
            int n = 0;
            for (char c : w.toCharArray()) {
                n = n * 26 + (c - 'A' + 1);
            }
            return new ColumnOverride(role.get(), n - 1, null);
        }
        return new ColumnOverride(role.get(), -1, where);
    }
}
