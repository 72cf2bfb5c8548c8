package gongkai.importer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a column of a table holds, with the header words that name it. Words are compared with all white
 * space removed ("工 作 任 务" is 工作任务); a header that starts with a word also counts
 * ("落实情况（截至11月）").
 */
public enum ColumnRole {
    NUMBER("number", "序号", "编号", "序"),
    TASK("task", "工作任务", "任务", "任务名称", "重点任务", "主要任务", "工作事项", "事项"),
    REQUIREMENT("requirement", "工作要求", "具体要求", "主要内容和要求", "主要内容", "工作内容", "具体内容", "任务内容",
            "内容和要求", "要求", "工作措施", "具体措施", "工作目标"),
    LEAD("lead", "牵头单位", "牵头部门", "牵头"),
    RESPONSIBLE("responsible", "责任单位", "责任部门", "负责单位", "实施单位"),
    SUPPORT("support", "配合单位", "配合部门", "协办单位"),
    /** One column naming every unit, roles in its wording ("A牵头，B负责"). */
    UNITS("units", "牵头及责任单位", "牵头单位及责任单位", "牵头和责任单位", "牵头及配合单位", "责任单位及分工", "责任分工"),
    DEADLINE("deadline", "完成时限", "完成时间", "时间要求", "时限", "完成期限", "时间安排"),
    PROGRESS("progress", "落实情况", "完成情况", "进展情况", "工作进展", "推进情况", "工作落实情况", "进展"),
    STATUS("status", "状态", "完成状态", "本次状态"),
    REMARKS("remarks", "备注", "说明"),
    ID("id", "任务ID", "任务id"),
    DATE("date", "截至日期", "报告日期", "填报日期", "日期"),
    REPORTER("reporter", "报送单位", "填报单位"),
    /** Named but not used: the columns an export adds for the reader's information. */
    IGNORED("ignored", "计划", "本单位角色", "当前状态"),
    /** No recognised name. */
    OTHER("other");

    private final String id;
    private final List<String> words;

    ColumnRole(String id, String... words) {
        this.id = id;
        this.words = List.of(words);
    }

    public String id() {
        return id;
    }

    public List<String> words() {
        return words;
    }

    public boolean isUnits() {
        return this == LEAD || this == RESPONSIBLE || this == SUPPORT || this == UNITS;
    }

    public static Optional<ColumnRole> fromId(String id) {
        String s = id.strip().toLowerCase(Locale.ROOT);
        for (ColumnRole r : values()) {
            if (r.id.equals(s) || r.words.contains(id.strip())) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** The role a header cell names, if any: an exact word first, then a word the header starts with. */
    public static Optional<ColumnRole> named(String header) {
        String h = normalize(header);
        if (h.isEmpty()) {
            return Optional.empty();
        }
        for (ColumnRole r : values()) {
            if (r.words.stream().anyMatch(w -> w.equalsIgnoreCase(h))) {
                return Optional.of(r);
            }
        }
        for (ColumnRole r : values()) {
            if (r != NUMBER && r != STATUS && r != DATE
                    && r.words.stream().anyMatch(w -> w.length() >= 3 && h.startsWith(w))) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    public static String normalize(String header) {
        return header.replaceAll("\\s+", "");
    }
}
