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
    NUMBER("number", "序号", "编号", "序", "指标序号", "任务序号", "任务编号", "项目编号", "No.", "No", "#", "Number", "Ref",
            "Item"),
    TASK("task", "工作任务", "任务", "任务名称", "重点任务", "主要任务", "主要工作任务", "重点工作", "重点工作任务", "工作事项", "事项",
            "任务事项", "事项名称", "项目名称", "项目", "民生实事", "实事项目", "工作项目", "Task", "Tasks", "Action", "Actions",
            "Milestone", "Milestones", "Commitment", "Commitments", "Activity", "Activities", "Deliverable", "Indicator", "Indicators"),
    REQUIREMENT("requirement", "工作要求", "具体要求", "主要内容和要求", "主要内容", "工作内容", "具体内容", "任务内容",
            "内容和要求", "要求", "工作措施", "具体措施", "工作目标", "细化分工", "具体任务", "工作举措", "具体举措", "主要措施",
            "目标要求", "任务要求", "Description", "Details", "Requirement", "Requirements"),
    LEAD("lead", "牵头单位", "牵头部门", "牵头", "牵头科室", "牵头处室", "牵头股室", "Lead", "Lead agency", "Lead department",
            "Lead dept", "Lead organization", "Lead organisation", "Lead ministry"),
    RESPONSIBLE("responsible", "责任单位", "责任部门", "负责单位", "实施单位", "责任科室", "责任处室", "责任股室", "负责科室",
            "负责处室", "负责部门", "承办单位", "责任主体", "落实单位", "主办单位", "Responsible", "Responsible agency",
            "Owner", "Department", "Agency"),
    SUPPORT("support", "配合单位", "配合部门", "协办单位", "协同单位", "参与单位", "配合科室", "配合处室", "Support",
            "Supporting", "Supporting agencies", "Partners"),
    /** One column naming every unit, roles in its wording ("A牵头，B负责"). */
    UNITS("units", "牵头及责任单位", "牵头单位及责任单位", "牵头和责任单位", "牵头及配合单位", "责任单位及分工", "责任分工",
            "牵头单位和配合单位", "牵头单位及配合单位"),
    DEADLINE("deadline", "完成时限", "完成时间", "时间要求", "时限", "完成期限", "时间安排", "时限要求", "截止时间", "完成节点",
            "时间节点", "时间进度", "Deadline", "Due date", "Due", "Timeline", "Timeframe", "End date", "Target date"),
    PROGRESS("progress", "落实情况", "完成情况", "进展情况", "工作进展", "推进情况", "工作落实情况", "进展", "推进落实情况",
            "落实进展", "实际完成情况", "Progress", "Progress to date", "Update"),
    STATUS("status", "状态", "完成状态", "本次状态", "进展状态", "Status"),
    REMARKS("remarks", "备注", "说明", "备注说明", "Notes", "Remarks", "Comments"),
    /** The leader in charge (分管领导): a person, not a unit; kept in remarks. */
    LEADER("leader", "分管领导", "责任领导", "牵头领导", "包抓领导", "分管负责同志", "区政府分管领导", "市政府分管领导",
            "县政府分管领导"),
    /** Section headings (一、 or （一）), found by the content of a column rather than its header. */
    SECTION("section"),
    ID("id", "任务ID", "任务id"),
    DATE("date", "截至日期", "报告日期", "填报日期", "日期"),
    REPORTER("reporter", "报送单位", "填报单位"),
    /** Named but not used: the columns an export adds for the reader's information. */
    IGNORED("ignored", "计划", "本单位角色", "当前状态"),
    /** No recognised name. */
    OTHER("other");

    private final String id;
    private final List<String> words;
    /** The words as headers are compared (key): computed once, as every row of a table is tried as a header. */
    private final List<String> keys;

    ColumnRole(String id, String... words) {
        this.id = id;
        this.words = List.of(words);
        this.keys = this.words.stream().map(ColumnRole::key).toList();
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
        String h = key(header);
        if (h.isEmpty()) {
            return Optional.empty();
        }
        for (ColumnRole r : values()) {
            if (r.keys.contains(h)) {
                return Optional.of(r);
            }
        }
        for (ColumnRole r : values()) {
            if (r != NUMBER && r != STATUS && r != DATE
                    && r.keys.stream().anyMatch(w -> w.length() >= 3 && h.startsWith(w))) {
                return Optional.of(r);
            }
        }
        // "省重点民生实事项目名称", "1-8月实际完成情况", "区政府分管领导": a longer header holding a word of four or more characters.
        for (ColumnRole r : List.of(PROGRESS, LEADER, TASK, REQUIREMENT, DEADLINE, LEAD, SUPPORT, RESPONSIBLE)) {
            if (h.length() <= 12 && !h.matches(".*(表|方案|清单|要点|通知)$") && r.words.stream().anyMatch(w -> isCjk(w) && w.length() >= 4 && h.contains(w))) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** The header as written, without white space: what the plan's columns and the messages show. */
    public static String normalize(String header) {
        return isCjk(header) ? header.replaceAll("\\s+", "") : header.strip().replaceAll("\\s+", " ");
    }

    /** What header words are compared by: no white space, simplified characters, English in lower case without punctuation. */
    static String key(String header) {
        String h = Hanzi.simplified(normalize(Pinyin.strip(header)));
        return isCjk(h) ? h.replaceAll("[：:]$", "") : h.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9#]", "");
    }

    private static boolean isCjk(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
