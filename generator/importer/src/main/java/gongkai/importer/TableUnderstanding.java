package gongkai.importer;

import gongkai.model.Role;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Understands a table plan. Header rows (found by their words, again on every page) say what each column
 * holds. Rows "一、" and "（一）" are sections; "1." or "1、" in the 工作任务 column starts a task; "（1）" at the start
 * of the requirement starts a sub-item; a row without either continues the task above. When the table has a
 * 序号 column and its 工作任务 column is mostly empty (merged over many rows, seed 001), that column holds
 * section headings, and a page whose columns are shifted is put back in order by what the cells say: unit
 * wording is the units, long text the requirement, short text a heading. A merged cell (known from DOCX and
 * XLSX; in text, a row without any unit) takes the value above it, never across a section.
 */
public final class TableUnderstanding {

    private record Segment(ColumnMapping mapping, boolean mergesKnown, boolean padded, List<Row> rows) {
    }

    private record Heading(String text, boolean taskColumn) {
    }

    /** One data row by meaning. unitSlots hold the unit cells (text may be empty); merged says which continue the cell above. */
    private record Fields(int line, String number, String task, List<Heading> headings, String requirement,
            List<UnitCell> unitSlots, List<Boolean> unitMerged, String deadline, boolean deadlineMerged, String progress,
            String status, String remarks, boolean mergesKnown, boolean segmentStart, List<String> extras, boolean unplaced) {

        boolean noUnits() {
            return unitSlots.stream().allMatch(u -> u.text().isBlank());
        }
    }

    private record SectionRow(int line, String text) {
    }

    private final SourceDocument doc;
    private final HeaderMatcher headers;
    private final List<Note> notes = new ArrayList<>();
    private final List<Segment> segments = new ArrayList<>();
    private final List<String> before = new ArrayList<>();
    private final List<String> after = new ArrayList<>();

    private TableUnderstanding(SourceDocument doc, List<ColumnOverride> overrides) {
        this.doc = doc;
        this.headers = new HeaderMatcher(overrides);
    }

    /** The plan, or empty when no table of the file has a header row (nor do --column options give one). */
    public static Optional<PlanDraft> read(SourceDocument doc, List<ColumnOverride> overrides) {
        return new TableUnderstanding(doc, overrides).run();
    }

    private Optional<PlanDraft> run() {
        collect();
        if (segments.isEmpty()) {
            return Optional.empty();
        }
        for (int i = 0; i < segments.size(); i++) {
            segments.set(i, byContent(segments.get(i)));
        }
        boolean headingMode = headingMode();
        List<Object> items = new ArrayList<>();
        for (Segment seg : segments) {
            List<Row> rows = seg.mergesKnown() || seg.padded() ? seg.rows() : joinShort(seg.rows(), seg.mapping().width());
            int reqCol = headingMode ? shiftedRequirementColumn(seg, rows) : -1;
            if (reqCol >= 0 && !rows.isEmpty()) {
                notes.add(new Note(seg.mapping().line(), "从这一行的表头到第 " + rows.get(rows.size() - 1).line()
                        + " 行，各列内容与表头没有对齐（原件分页处常见），已按内容归位：单位写法归为单位，长段文字归为具体要求，短句归为章节标题。请逐项核对。"));
            }
            boolean first = true;
            for (Row row : rows) {
                Optional<String> section = sectionText(row);
                if (section.isPresent()) {
                    items.add(new SectionRow(row.line(), section.get()));
                } else {
                    row = peel(row, items);
                    items.add(fields(row, seg, headingMode, reqCol, first));
                }
                first = false;
            }
        }
        hasNumberColumn = segments.stream().anyMatch(sg -> sg.mapping().has(ColumnRole.NUMBER));
        Walk walk = headingMode ? new HeadingWalk(items) : new TitleWalk();
        walk.run(items);
        walk.finish();
        PlanDraft.Preamble preamble = PreambleText.read(before, after);
        return Optional.of(new PlanDraft(preamble, segments.get(0).mapping().namedColumns(), walk.sections.build(),
                walk.tasks.stream().map(TaskBuilder::build).toList(), notes, mappingLines(segments.get(0)), kept));
    }

    private final List<String> kept = new ArrayList<>();

    /** What each column became, for the summary and --dry-run. */
    private static List<String> mappingLines(Segment seg) {
        List<String> out = new ArrayList<>();
        ColumnMapping m = seg.mapping();
        for (int c = 0; c < m.width(); c++) {
            String name = m.names().get(c);
            ColumnRole role = m.role(c);
            final int col = c;
            boolean used = seg.rows().stream().anyMatch(r -> !r.text(col).isEmpty());
            if (name.isEmpty() && !used) {
                continue;
            }
            out.add("第 " + (c + 1) + " 列" + (name.isEmpty() ? "（无表头）" : "“" + name + "”") + " → " + roleName(role));
        }
        return out;
    }

    static String roleName(ColumnRole role) {
        return switch (role) {
            case NUMBER -> "编号（number）";
            case TASK -> "任务名称（task）";
            case REQUIREMENT -> "工作要求，即任务正文（requirement）";
            case LEAD -> "牵头单位（lead）";
            case RESPONSIBLE -> "责任单位（responsible）";
            case SUPPORT -> "配合单位（support）";
            case UNITS -> "单位，按写法分角色（units）";
            case DEADLINE -> "完成时限（deadline）";
            case PROGRESS -> "落实情况，记为进展（progress）";
            case STATUS -> "状态（status）";
            case REMARKS -> "备注（remarks）";
            case LEADER -> "分管领导，保存在备注（leader）";
            case SECTION -> "章节标题";
            default -> "未识别：保存在任务正文";
        };
    }

    /**
     * The columns by what their cells say, where the header cannot tell: in text copied from a web page a row
     * leaves out the cells a span covers, so its cells are put back in the columns whose content they match;
     * a column whose cells open with 一、 or （一） holds section headings, whatever its header; an unnamed
     * column whose cells open with 1. is the task column.
     */
    private Segment byContent(Segment seg) {
        ColumnMapping m = seg.mapping();
        List<Row> rows = seg.rows();
        if (seg.padded()) {
            int width = Math.max(m.width(), rows.stream().mapToInt(r -> r.cells().size()).max().orElse(0));
            m = rightAligned(m, width);
            rows = Realign.rows(rows, m, notes);
        }
        List<ColumnRole> roles = new ArrayList<>(m.roles());
        int taskCol = roles.indexOf(ColumnRole.TASK);
        for (int c = 0; c < roles.size(); c++) {
            int filled = 0;
            int sections = 0;
            int tasks = 0;
            for (Row r : rows) {
                String t = r.text(c);
                if (t.isEmpty()) {
                    continue;
                }
                filled++;
                if (Markers.section(t).isPresent() || Markers.subsection(t).isPresent()) {
                    sections++;
                } else if (Markers.task(t).isPresent()) {
                    tasks++;
                }
            }
            final int col = c;
            long statuses = rows.stream().filter(r -> !r.text(col).isEmpty()
                    && StatusWords.parse(r.text(col), java.util.Map.of()).isPresent()).count();
            if (roles.get(c) == ColumnRole.PROGRESS && filled > 0 && statuses == filled && !roles.contains(ColumnRole.STATUS)) {
                // A progress column that only ever says "Complete" or "In progress." holds statuses.
                roles.set(c, ColumnRole.STATUS);
            } else if (filled > 0 && sections == filled && roles.get(c) != ColumnRole.NUMBER) {
                roles.set(c, ColumnRole.SECTION);
            } else if (filled > 0 && tasks * 2 > filled && roles.get(c) == ColumnRole.OTHER) {
                boolean taskEmpty = taskCol < 0 || rows.stream().allMatch(r -> r.text(taskCol).isEmpty()
                        || Markers.section(r.text(taskCol)).isPresent() || Markers.subsection(r.text(taskCol)).isPresent());
                roles.set(c, taskEmpty ? ColumnRole.TASK : ColumnRole.REQUIREMENT);
                if (taskEmpty && taskCol >= 0) {
                    roles.set(taskCol, ColumnRole.SECTION);
                }
            }
        }
        int task = roles.indexOf(ColumnRole.TASK);
        for (int c = 0; c < task; c++) {
            final int col = c;
            if (roles.get(c) == ColumnRole.OTHER && m.names().get(c).isEmpty()
                    && rows.stream().allMatch(r -> r.text(col).isEmpty() || Realign.kind(r.text(col)) == Realign.Kind.SHORT)) {
                roles.set(c, ColumnRole.SECTION);
            }
        }
        for (int c = 0; c < roles.size(); c++) {
            final int col = c;
            if (roles.get(c) == ColumnRole.OTHER && rows.stream().anyMatch(r -> !r.text(col).isEmpty())) {
                String name = m.names().get(c);
                kept.add(name.isEmpty() ? "第 " + (c + 1) + " 列|" + (c + 1) : name + "|" + name);
            }
        }
        return new Segment(new ColumnMapping(roles, m.names(), m.line()), seg.mergesKnown(), seg.padded(), rows);
    }

    /** A header shorter than its rows: its first cell spans the columns its rows add at the left. */
    private static ColumnMapping rightAligned(ColumnMapping m, int width) {
        List<ColumnRole> roles = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int c = 0; c < m.width(); c++) {
            if (!m.names().get(c).isEmpty()) {
                roles.add(m.role(c));
                names.add(m.names().get(c));
            }
        }
        while (roles.size() < width) {
            roles.add(0, ColumnRole.OTHER);
            names.add(0, "");
        }
        return new ColumnMapping(roles, names, m.line());
    }

    /** Leading cells holding 一、 or （一） headings become section rows before the row's task. */
    private static Row peel(Row row, List<Object> items) {
        List<Cell> cells = new ArrayList<>(row.cells());
        boolean changed = false;
        for (int c = 0; c < cells.size(); c++) {
            String t = cells.get(c).text().strip();
            if (t.isEmpty()) {
                continue;
            }
            boolean marker = Markers.section(t).isPresent() || Markers.subsection(t).isPresent();
            boolean more = cells.subList(c + 1, cells.size()).stream().anyMatch(x -> !x.isBlank());
            if (!marker || !more) {
                break;
            }
            items.add(new SectionRow(row.line(), t.replaceAll("\\s*\\n\\s*", "")));
            cells.set(c, Cell.EMPTY);
            changed = true;
        }
        return changed ? new Row(row.line(), cells, row.unplaced()) : row;
    }

    private void collect() {
        for (Block block : doc.blocks()) {
            if (block instanceof Block.Paragraph p) {
                (segments.isEmpty() ? before : after).add(p.text());
                continue;
            }
            Block.Table table = (Block.Table) block;
            for (Row row : table.rows()) {
                Optional<ColumnMapping> header = headers.match(row);
                if (header.isPresent()) {
                    segments.add(new Segment(header.get(), table.mergesKnown(), table.padded(), new ArrayList<>()));
                } else if (row.isBlank()) {
                    continue;
                } else if (segments.isEmpty()) {
                    if (row.filled() == 1) {
                        before.add(row.cells().stream().filter(c -> !c.isBlank()).findFirst().orElseThrow().text().strip());
                    } else {
                        notes.add(new Note(row.line(), "表头行之前的这一行没有导入：" + abbreviate(String.join(" | ",
                                row.cells().stream().map(Cell::text).filter(t -> !t.isBlank()).toList()))));
                    }
                } else {
                    segments.get(segments.size() - 1).rows().add(row);
                }
            }
        }
        if (segments.isEmpty()) {
            headers.fromOptionsOnly().ifPresent(mapping -> {
                Segment seg = new Segment(mapping, false, doc.tables().stream().anyMatch(Block.Table::padded), new ArrayList<>());
                for (Block.Table t : doc.tables()) {
                    t.rows().stream().filter(r -> !r.isBlank()).forEach(seg.rows()::add);
                }
                segments.add(seg);
            });
        }
    }

    /** Seed 001: a 序号 column, and a 工作任务 column empty in most numbered rows. */
    private boolean headingMode() {
        int numbered = 0;
        int emptyTask = 0;
        for (Segment seg : segments) {
            int number = seg.mapping().index(ColumnRole.NUMBER);
            int task = seg.mapping().index(ColumnRole.TASK);
            if (number < 0 || task < 0) {
                continue;
            }
            for (Row row : seg.rows()) {
                if (!row.text(number).isEmpty()) {
                    numbered++;
                    if (row.text(task).isEmpty()) {
                        emptyTask++;
                    }
                }
            }
        }
        return numbered > 0 && emptyTask * 2 > numbered;
    }

    /** Rows a text export split at a blank line inside a row (seed 004, task 6) are joined again. */
    private static List<Row> joinShort(List<Row> rows, int width) {
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            while (r.cells().size() < width && i + 1 < rows.size() && sectionText(r).isEmpty()) {
                Row next = rows.get(i + 1);
                String first = next.cells().stream().map(Cell::text).filter(t -> !t.isBlank()).findFirst().orElse("");
                if (r.cells().size() + next.cells().size() > width || Markers.numbered(first)) {
                    break;
                }
                List<Cell> cells = new ArrayList<>(r.cells());
                cells.addAll(next.cells());
                r = new Row(r.line(), cells);
                i++;
            }
            out.add(r);
        }
        return out;
    }

    private static Optional<String> sectionText(Row row) {
        if (row.filled() != 1) {
            return Optional.empty();
        }
        String text = row.cells().stream().filter(c -> !c.isBlank()).findFirst().orElseThrow().text().strip();
        return Markers.section(text).isPresent() || Markers.subsection(text).isPresent() ? Optional.of(text) : Optional.empty();
    }

    private enum Shape { UNIT, DEADLINE, LONG, SHORT }

    private static Shape shape(String text) {
        if (Sanity.isDeadline(text)) {
            return Shape.DEADLINE;
        }
        if (UnitPhrase.looksLike(text)) {
            return Shape.UNIT;
        }
        String t = text.strip();
        return t.length() >= 25 || t.matches("(?s).*[，；：,;:].*") ? Shape.LONG : Shape.SHORT;
    }

    private static boolean isTextColumn(ColumnRole role) {
        return role == ColumnRole.TASK || role == ColumnRole.REQUIREMENT || role == ColumnRole.OTHER || role.isUnits();
    }

    /**
     * For a page whose cells do not fit its header (text in an unnamed column, requirement text in the units
     * column, units in the requirement column): the column holding the most long text, where a short text
     * counts as the requirement; -1 when the page fits its header.
     */
    private static int shiftedRequirementColumn(Segment seg, List<Row> rows) {
        ColumnMapping m = seg.mapping();
        boolean shifted = false;
        int[] longs = new int[Math.max(m.width(), rows.stream().mapToInt(r -> r.cells().size()).max().orElse(0))];
        for (Row row : rows) {
            for (int c = 0; c < row.cells().size(); c++) {
                String t = row.text(c);
                ColumnRole role = m.role(c);
                if (t.isEmpty() || !isTextColumn(role)) {
                    continue;
                }
                Shape s = shape(t);
                if (s == Shape.LONG) {
                    longs[c]++;
                }
                if (role == ColumnRole.OTHER || (role.isUnits() && s == Shape.LONG)
                        || (role == ColumnRole.REQUIREMENT && s == Shape.UNIT)) {
                    shifted = true;
                }
            }
        }
        if (!shifted) {
            return -1;
        }
        int best = m.index(ColumnRole.REQUIREMENT);
        for (int c = 0; c < longs.length; c++) {
            if (best < 0 || longs[c] > longs[best]) {
                best = c;
            }
        }
        return best;
    }

    private Fields fields(Row row, Segment seg, boolean headingMode, int reqCol, boolean segmentStart) {
        ColumnMapping m = seg.mapping();
        int taskCol = m.index(ColumnRole.TASK);
        List<Heading> headings = new ArrayList<>();
        String task = row.text(taskCol);
        String requirement = row.text(m.index(ColumnRole.REQUIREMENT));
        List<UnitCell> slots = new ArrayList<>();
        List<Boolean> merged = new ArrayList<>();
        for (int c : m.unitColumns()) {
            slots.add(new UnitCell(defaultRole(m.role(c)), m.names().get(c), row.text(c), row.line()));
            merged.add(row.cell(c).merged());
        }
        String placedDeadline = "";
        if (headingMode && reqCol >= 0) {
            // The page does not fit its header: every text cell is placed by what it says; a deadline is never a heading.
            slots.clear();
            merged.clear();
            List<String> longs = new ArrayList<>();
            List<Integer> shorts = new ArrayList<>();
            for (int c = 0; c < row.cells().size(); c++) {
                String t = row.text(c);
                if (t.isEmpty() || !isTextColumn(m.role(c))) {
                    continue;
                }
                switch (shape(t)) {
                    case UNIT -> {
                        slots.add(new UnitCell(defaultRole(m.role(c)), m.names().get(c), t, row.line()));
                        merged.add(false);
                    }
                    case LONG -> longs.add(t);
                    case SHORT -> shorts.add(c);
                    case DEADLINE -> placedDeadline = t;
                }
            }
            requirement = String.join("\n\n", longs);
            int reqShort = -1;
            if (longs.isEmpty()) {
                for (int c : shorts) {
                    if (c >= reqCol) {
                        reqShort = c;
                    }
                }
                requirement = reqShort < 0 ? "" : row.text(reqShort);
            }
            for (int c : shorts) {
                if (c != reqShort) {
                    headings.add(new Heading(row.text(c), c == taskCol));
                }
            }
            task = "";
        } else if (headingMode && !task.isEmpty() && Sanity.isDeadline(task)) {
            placedDeadline = task;
            task = "";
        } else if (headingMode && !task.isEmpty()) {
            headings.add(new Heading(task, true));
            task = "";
        }
        String deadline = row.text(m.index(ColumnRole.DEADLINE));
        if (deadline.isEmpty() && !placedDeadline.isEmpty()) {
            deadline = placedDeadline;
            notes.add(new Note(row.line(), "“" + placedDeadline + "”是完成时限的写法，不是章节标题：已作为这一项的完成时限。请对照原件核对。"));
        }
        List<String> extras = new ArrayList<>();
        String remarks = row.text(m.index(ColumnRole.REMARKS));
        for (int c = 0; c < Math.max(m.width(), row.cells().size()); c++) {
            String t = row.text(c);
            if (t.isEmpty()) {
                continue;
            }
            ColumnRole role = m.role(c);
            String name = c < m.width() ? m.names().get(c) : "";
            if (role == ColumnRole.OTHER && !(headingMode && reqCol >= 0)) {
                extras.add((name.isEmpty() ? "原表第 " + (c + 1) + " 列" : name) + "：" + t);
            } else if (role == ColumnRole.LEADER) {
                remarks = (remarks.isEmpty() ? "" : remarks + " ") + name + "：" + t.replaceAll("\\s*\\n\\s*", "、");
            } else if (role == ColumnRole.SECTION && !headingMode) {
                headings.add(new Heading(t, false));
            }
        }
        if (row.unplaced()) {
            // The reader could not place these cells: their text is kept in the body, as written, and nothing else is read from it.
            for (int i = 0; i < slots.size(); i++) {
                UnitCell u = slots.get(i);
                if (!u.text().isBlank()) {
                    requirement = requirement.isEmpty() ? u.text() : requirement + "\n" + u.text();
                    slots.set(i, new UnitCell(u.defaultRole(), u.header(), "", u.line()));
                }
            }
        }
        // A units cell holds units: a deadline written there is the deadline, a sentence belongs to the requirement.
        for (int i = 0; i < slots.size(); i++) {
            UnitCell u = slots.get(i);
            String t = u.text().strip();
            if (t.isEmpty()) {
                continue;
            }
            if (Sanity.isDeadline(t)) {
                notes.add(new Note(row.line(), "“" + t + "”写在“" + (u.header().isEmpty() ? "单位" : u.header())
                        + "”栏，是完成时限的写法，不是单位：" + (deadline.isEmpty() ? "已作为完成时限。" : "已记入备注（这一行另有完成时限“" + deadline + "”）。")
                        + "请对照原件核对这一行各格的位置。"));
                if (deadline.isEmpty()) {
                    deadline = t;
                } else {
                    remarks = (remarks.isEmpty() ? "" : remarks + " ") + "原表“" + u.header() + "”栏写“" + t + "”。";
                }
                slots.set(i, new UnitCell(u.defaultRole(), u.header(), "", u.line()));
            } else if (Sanity.isSentence(t)) {
                notes.add(new Note(row.line(), "“" + (u.header().isEmpty() ? "单位" : u.header()) + "”栏是一段文字（“"
                        + abbreviate(t) + "”），读不出单位：已作为工作要求的一段，未登记为单位。请核对。"));
                requirement = requirement.isEmpty() ? t : requirement + "\n" + t;
                slots.set(i, new UnitCell(u.defaultRole(), u.header(), "", u.line()));
            }
        }
        if (!deadline.isEmpty() && !Sanity.isDeadline(deadline) && (UnitPhrase.looksLike(deadline) || Sanity.isSentence(deadline))) {
            boolean unitsEmpty = slots.stream().allMatch(u -> u.text().isBlank());
            if (UnitPhrase.looksLike(deadline) && unitsEmpty && !slots.isEmpty()) {
                UnitCell u = slots.get(0);
                slots.set(0, new UnitCell(u.defaultRole(), u.header(), deadline, row.line()));
                notes.add(new Note(row.line(), "“完成时限”栏写的是单位（“" + abbreviate(deadline) + "”）：已作为单位。请对照原件核对这一行各格的位置。"));
                deadline = "";
            } else if (Sanity.isSentence(deadline)) {
                notes.add(new Note(row.line(), "“完成时限”栏是一段文字（“" + abbreviate(deadline) + "”）：已作为工作要求的一段。请核对。"));
                requirement = requirement.isEmpty() ? deadline : requirement + "\n" + deadline;
                deadline = "";
            }
        }
        return new Fields(row.line(), row.text(m.index(ColumnRole.NUMBER)).replaceAll("[.．、]$", ""), task, headings,
                requirement, slots, merged, deadline,
                row.cell(m.index(ColumnRole.DEADLINE)).merged(), row.text(m.index(ColumnRole.PROGRESS)),
                row.text(m.index(ColumnRole.STATUS)), remarks, seg.mergesKnown(), segmentStart, extras, row.unplaced());
    }

    private static Role defaultRole(ColumnRole column) {
        return switch (column) {
            case LEAD -> Role.LEAD;
            case SUPPORT -> Role.SUPPORT;
            default -> Role.RESPONSIBLE;
        };
    }

    /** A task or sub-item while rows are being read. */
    static final class TaskBuilder {
        final String id;
        final String number;
        String title;
        final String section;
        final String parent;
        final int line;
        List<UnitCell> units = List.of();
        String deadline = "";
        final StringBuilder progress = new StringBuilder();
        String status = "";
        final List<String> remarks = new ArrayList<>();
        final List<String> body = new ArrayList<>();
        final List<TaskBuilder> subItems = new ArrayList<>();
        final List<Fields> rows = new ArrayList<>();
        boolean split;
        String unitsWording;

        TaskBuilder(String id, String number, String title, String section, String parent, int line) {
            this.id = id;
            this.number = number;
            this.title = title;
            this.section = section;
            this.parent = parent;
            this.line = line;
        }

        void take(Fields f) {
            if (rows.isEmpty()) {
                rows.add(f);
            }
            for (String e : f.extras()) {
                body.add(e.strip());
            }
            units = f.unitSlots().stream().filter(u -> !u.text().isBlank()).toList();
            deadline = f.deadline();
            if (!f.progress().isEmpty()) {
                progress.append(progress.length() > 0 ? "\n\n" : "").append(f.progress());
            }
            status = f.status();
            if (!f.remarks().isEmpty()) {
                remarks.add(f.remarks());
            }
        }

        void paragraph(String text) {
            for (String p : text.split("\\s*\\n\\s*")) {
                if (!p.isBlank()) {
                    body.add(p.strip());
                }
            }
        }

        DraftTask build() {
            if (title.isBlank() && parent == null) {
                // A task file needs a title: the first words of its text, else where it stands in the source.
                title = body.isEmpty() ? "原表第 " + line + " 行" : TaskTitles.fromRequirement(body.get(0).replaceFirst("^[^：]{1,20}：", ""));
            }
            return new DraftTask(id, number, title, section, parent, units, deadline, progress.toString(), status, remarks,
                    String.join("\n\n", body), line, unitsWording);
        }
    }

    /** Reads the rows in order into sections and tasks. */
    private abstract class Walk {
        final SectionTree sections = new SectionTree();
        final List<TaskBuilder> tasks = new ArrayList<>();
        final Set<String> ids = new HashSet<>();
        TaskBuilder current;
        Fields previous;

        void run(List<Object> items) {
            for (Object item : items) {
                if (item instanceof SectionRow s) {
                    section(s);
                    previous = null;
                } else {
                    Fields f = (Fields) item;
                    if (f.segmentStart()) {
                        previous = null;
                    }
                    row(f);
                }
            }
        }

        void section(SectionRow s) {
            Optional<Markers.Numbered> top = Markers.section(s.text());
            if (top.isPresent()) {
                sections.numberedTop(top.get().number(), top.get().rest());
            } else {
                Markers.Numbered sub = Markers.subsection(s.text()).orElseThrow();
                sections.numberedSub(sub.number(), sub.rest());
            }
        }

        abstract void row(Fields f);

        /** A merged cell takes the value of the cell above it. */
        Fields inherit(Fields f) {
            Fields p = f.unplaced() ? null : previous;
            Fields out = f;
            if (p != null && p.unitSlots().size() == f.unitSlots().size()) {
                List<UnitCell> slots = new ArrayList<>(f.unitSlots());
                boolean all = !f.mergesKnown() && f.noUnits();
                boolean changed = false;
                for (int i = 0; i < slots.size(); i++) {
                    if ((f.mergesKnown() && f.unitMerged().get(i)) || all) {
                        UnitCell above = p.unitSlots().get(i);
                        slots.set(i, new UnitCell(above.defaultRole(), above.header(), above.text(), above.line()));
                        changed = true;
                    }
                }
                boolean deadline = f.deadline().isEmpty() && (f.mergesKnown() ? f.deadlineMerged() : all);
                if (changed || deadline) {
                    out = new Fields(f.line(), f.number(), f.task(), f.headings(), f.requirement(), slots, f.unitMerged(),
                            deadline ? p.deadline() : f.deadline(), f.deadlineMerged(), f.progress(), f.status(),
                            f.remarks(), f.mergesKnown(), f.segmentStart(), f.extras(), f.unplaced());
                }
            } else if (p != null && !f.mergesKnown() && f.noUnits() && !p.noUnits()) {
                out = new Fields(f.line(), f.number(), f.task(), f.headings(), f.requirement(), p.unitSlots(), f.unitMerged(),
                        f.deadline().isEmpty() ? p.deadline() : f.deadline(), f.deadlineMerged(), f.progress(), f.status(),
                        f.remarks(), f.mergesKnown(), f.segmentStart(), f.extras(), f.unplaced());
            }
            previous = out;
            return out;
        }

        TaskBuilder newTask(String id, String number, String title, int line) {
            TaskBuilder t = new TaskBuilder(unique(id), number, title, sections.current(), null, line);
            tasks.add(t);
            current = t;
            return t;
        }

        TaskBuilder newSubItem(Markers.Numbered sub, int line) {
            TaskBuilder s = new TaskBuilder(unique(current.id + "-" + sub.value()), sub.number(), "", "", current.id, line);
            current.subItems.add(s);
            tasks.add(s);
            return s;
        }

        TaskBuilder last() {
            return current.subItems.isEmpty() ? current : current.subItems.get(current.subItems.size() - 1);
        }

        String unique(String id) {
            String out = id;
            for (int i = 2; ids.contains(out); i++) {
                out = id + "-" + i;
            }
            ids.add(out);
            return out;
        }

        String nextNumericId() {
            int max = 0;
            for (String id : ids) {
                if (id.matches("\\d+")) {
                    max = Math.max(max, Integer.parseInt(id));
                }
            }
            return String.valueOf(max + 1);
        }

        /** A continuation row: its requirement is another paragraph of the item above; its 落实情况 too. */
        void continuation(Fields f, boolean ownUnits) {
            TaskBuilder target = last();
            target.paragraph(f.requirement());
            if (!f.progress().isEmpty()) {
                target.progress.append(target.progress.length() > 0 ? "\n\n" : "").append(f.progress());
            }
            target.rows.add(f);
            if (ownUnits && target.units.isEmpty()) {
                target.units = f.unitSlots().stream().filter(u -> !u.text().isBlank()).toList();
            } else if (ownUnits && target.parent == null && target.subItems.isEmpty()) {
                target.split = true;
            } else if (ownUnits) {
                notes.add(new Note(f.line(), "这一行没有编号，已作为上一项的续行并入，但它另写了单位，未采用。请核对。"));
            }
        }

        /**
         * After the rows: a task whose rows each name their own units is a task of sub-items, a row each; and
         * "A、B、C分别牵头负责" written once over several sub-items gives each sub-item its own unit where the
         * text allows (as many units as sub-items, in order; else a unit whose name the sub-item's text holds).
         */
        void finish() {
            for (TaskBuilder t : new ArrayList<>(tasks)) {
                if (t.split && t.rows.size() > 1) {
                    List<TaskBuilder> subs = new ArrayList<>();
                    for (int i = 0; i < t.rows.size(); i++) {
                        Fields r = t.rows.get(i);
                        TaskBuilder sub = new TaskBuilder(unique(t.id + "-" + (i + 1)), "（" + (i + 1) + "）", "", "", t.id, r.line());
                        sub.paragraph(r.requirement());
                        sub.take(r);
                        subs.add(sub);
                    }
                    notes.add(new Note(t.line, "任务“" + t.title + "”的 " + t.rows.size() + " 行各写了单位，已拆成 " + t.rows.size()
                            + " 个子项（" + t.id + "-1 至 " + t.id + "-" + t.rows.size() + "）。请核对。"));
                    t.body.clear();
                    t.units = List.of();
                    t.deadline = "";
                    t.progress.setLength(0);
                    t.subItems.addAll(subs);
                    tasks.addAll(tasks.indexOf(t) + 1, subs);
                }
            }
            for (TaskBuilder t : tasks) {
                if (t.parent == null && t.subItems.size() >= 2) {
                    Respectively.assign(t, notes);
                }
            }
        }
    }

    /** Tables whose 工作任务 column names each task ("1.政府工作要做到公开透明"): seeds 000, 003, 004. */
    private final class TitleWalk extends Walk {

        private String lastNumbered = "";
        private char letter = 'a';

        @Override
        void row(Fields raw) {
            for (int i = 0; i < raw.headings().size(); i++) {
                String h = raw.headings().get(i).text();
                if (i == 0 && raw.headings().size() > 1 || sections.current().isEmpty()) {
                    sections.headingTop(h, raw.line(), notes);
                } else {
                    sections.headingSub(h, raw.line(), notes);
                }
                previous = null;
            }
            boolean ownUnits = !raw.noUnits();
            Fields f = inherit(raw);
            String taskText = f.task();
            String requirement = f.requirement();
            // A task number opening the requirement starts a task when the task column is empty.
            if (taskText.isEmpty() && Markers.task(requirement).isPresent()) {
                taskText = requirement;
                requirement = "";
            }
            // "4.… 5.…": several numbered tasks in one cell of the task column.
            List<String> pieces = NumberedItems.split(taskText);
            for (int i = 0; i < pieces.size(); i++) {
                one(f, pieces.get(i), i == pieces.size() - 1 ? requirement : "", ownUnits);
            }
        }

        private void one(Fields f, String taskText, String requirement, boolean ownUnits) {
            Optional<Markers.Numbered> numbered = Markers.task(taskText);
            String number = !f.number().isEmpty() ? f.number() : numbered.map(Markers.Numbered::number).orElse("");
            String written = numbered.map(Markers.Numbered::rest).orElse(taskText);
            Optional<Markers.Numbered> sub = Markers.subItem(requirement);
            boolean starts = !taskText.isEmpty() || !number.isEmpty();
            if (starts) {
                String id;
                if (!number.isEmpty()) {
                    id = TaskIds.of(number).orElseGet(this::nextNumericId);
                    if (number.matches("\\d+")) {
                        lastNumbered = number;
                        letter = 'a';
                    }
                } else if (!lastNumbered.isEmpty() && f.number().isEmpty() && hasNumberColumn) {
                    id = lastNumbered + letter++;
                    notes.add(new Note(f.line(), "这一行没有序号，已作为单独一项导入（文件 " + id + ".md）。请核对。"));
                } else {
                    id = nextNumericId();
                }
                String title = TaskTitles.fromTask(written);
                newTask(id, number, title, f.line());
                if (!title.equals(written.replaceAll("\\s*\\n\\s*", "").replaceAll("[。.]$", ""))) {
                    current.paragraph(written);
                }
                if (title.isEmpty() && !sub.map(Markers.Numbered::rest).orElse(requirement).isBlank()) {
                    current.title = TaskTitles.fromRequirement(sub.map(Markers.Numbered::rest).orElse(requirement));
                    notes.add(new Note(f.line(), "任务没有名称，已取工作要求的第一句作标题：“" + current.title + "”。"));
                } else if (title.isEmpty()) {
                    notes.add(new Note(f.line(), "任务没有名称，也没有工作要求：标题取自这一行其他各格的文字。请核对。"));
                }
            } else if (current == null) {
                if (!requirement.isEmpty()) {
                    notes.add(new Note(f.line(), "这一行不属于任何任务，没有导入：" + abbreviate(requirement)));
                }
                return;
            }
            Fields g = requirement.equals(f.requirement()) ? f : withRequirement(f, requirement);
            if (sub.isPresent()) {
                TaskBuilder item = newSubItem(sub.get(), f.line());
                item.paragraph(sub.get().rest());
                item.take(g);
            } else if (starts) {
                current.paragraph(requirement);
                current.take(g);
            } else {
                continuation(g, ownUnits);
            }
        }
    }

    private boolean hasNumberColumn;

    private static Fields withRequirement(Fields f, String requirement) {
        return new Fields(f.line(), f.number(), f.task(), f.headings(), requirement, f.unitSlots(), f.unitMerged(), f.deadline(),
                f.deadlineMerged(), f.progress(), f.status(), f.remarks(), f.mergesKnown(), f.segmentStart(), f.extras(), f.unplaced());
    }

    /** Tables whose 工作任务 column is a merged heading and whose tasks are numbered by 序号: seed 001. */
    private final class HeadingWalk extends Walk {

        private final Headings levels = new Headings();
        private String lastNumbered = "";
        private char letter = 'a';

        HeadingWalk(List<Object> items) {
            for (Object item : items) {
                if (item instanceof Fields f) {
                    List<Heading> hs = f.headings();
                    if (hs.size() == 1 && hs.get(0).taskColumn() && Headings.split(hs.get(0).text()).size() == 2) {
                        levels.learnTop(Headings.split(hs.get(0).text()).get(0));
                    }
                    if (hs.size() >= 2 && hs.get(0).taskColumn()) {
                        levels.learnTop(hs.get(0).text());
                    }
                }
            }
        }

        @Override
        void row(Fields raw) {
            if (!raw.headings().isEmpty()) {
                headings(raw);
                previous = null;
            }
            boolean ownUnits = !raw.noUnits();
            Fields f = inherit(raw);
            String number = f.number();
            Optional<Markers.Numbered> sub = Markers.subItem(f.requirement());
            if (number.isEmpty() && sub.isPresent() && current != null) {
                TaskBuilder item = newSubItem(sub.get(), f.line());
                item.paragraph(sub.get().rest());
                item.take(f);
                return;
            }
            if (number.isEmpty() && f.requirement().isEmpty() && !ownUnits) {
                return;
            }
            String id;
            if (number.matches("\\d+")) {
                id = number;
                lastNumbered = number;
                letter = 'a';
            } else if (number.isEmpty()) {
                id = (lastNumbered.isEmpty() ? "0" : lastNumbered) + letter++;
                notes.add(new Note(f.line(), "这一行没有序号，已作为单独一项导入（文件 " + id + ".md）。请核对。"));
            } else {
                id = nextNumericId();
            }
            String title;
            if (f.requirement().isEmpty()) {
                title = sections.currentTitle();
                notes.add(new Note(f.line(), "第 " + (number.isEmpty() ? id : number) + " 项没有具体要求，已取所在章节的标题“" + title
                        + "”作任务名称。请核对原件。"));
            } else {
                title = TaskTitles.fromRequirement(f.requirement());
            }
            TaskBuilder t = newTask(id, number, title, f.line());
            t.paragraph(f.requirement());
            t.take(f);
            if (f.requirement().isEmpty()) {
                t.remarks.add("原表此行“具体要求”栏为空。");
            }
            if (t.units.isEmpty()) {
                notes.add(new Note(f.line(), "第 " + (number.isEmpty() ? id : number) + " 项没有写责任单位。请核对原件。"));
            }
        }

        private void headings(Fields f) {
            List<Heading> hs = f.headings();
            if (hs.size() >= 2) {
                sections.headingTop(hs.get(0).text(), f.line(), notes);
                sections.headingSub(hs.get(1).text(), f.line(), notes);
                return;
            }
            Heading h = hs.get(0);
            List<String> parts = Headings.split(h.text());
            if (h.taskColumn() && parts.size() == 2) {
                sections.headingTop(parts.get(0), f.line(), notes);
                sections.headingSub(parts.get(1), f.line(), notes);
            } else if (h.taskColumn() && levels.isTop(h.text())) {
                sections.headingTop(h.text(), f.line(), notes);
            } else {
                sections.headingSub(h.text(), f.line(), notes);
            }
        }
    }

    static String abbreviate(String s) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() > 30 ? t.substring(0, 30) + "…" : t;
    }
}
