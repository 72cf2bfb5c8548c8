package gongkai.importer;

import gongkai.model.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Understands a notice written as running text (seed 002): sections "一、", items "（一）" whose first
 * sentence is the title, their paragraphs, and the closing "责任单位：" (or 牵头单位：, 配合单位：, 完成时限：) line.
 * Paragraphs a page break cut in two (a line that does not end a sentence) are joined again. Items are
 * numbered again in every section, so an item's id is its section's number and its own: 一、（三） is 1-3.
 */
public final class ProseUnderstanding {

    private static final Pattern FIELD = Pattern.compile("(责任单位|牵头单位|配合单位|完成时限|完成时间|责任部门|牵头部门|配合部门)\\s*[：:]\\s*(.*)",
            Pattern.DOTALL);
    /** A parenthesis naming units by their role: "（市交通委负责落实）", "（牵头单位：…；责任单位：…）". */
    private static final Pattern INLINE_UNITS = Pattern.compile(
            "[（(]([^（）()]{2,300}?(?:负责落实|負責落實|负责|負責|牵头|牽頭|配合|落实|落實|会办|會辦)|(?:牵头单位|牽頭單位|责任单位|責任單位)[：:][^（）()]{1,300})[）)]");
    /** A units parenthesis the text breaks off in ("（國務院審改辦、人力"), at its very end. */
    private static final Pattern CUT_UNITS = Pattern.compile("[。][（(][^（）()。]{2,60}、[^（）()。]*$");
    private static final Pattern FIRST_LEADS = Pattern.compile("[（(][^（）()]*第一[^（）()]*牵头[^（）()]*[)）]");
    private static final Pattern STOP = Pattern.compile("(抄送|抄报|附件)\\s*[：:].*|（此件.*）|\\(此件.*\\)");

    private ProseUnderstanding() {
    }

    private static final class Item {
        final String id;
        final String number;
        final String title;
        final String section;
        final int line;
        final List<String> body = new ArrayList<>();
        final List<UnitCell> units = new ArrayList<>();
        String deadline = "";

        Item(String id, String number, String title, String section, int line) {
            this.id = id;
            this.number = number;
            this.title = title;
            this.section = section;
            this.line = line;
        }
    }

    public static Optional<PlanDraft> read(SourceDocument doc) {
        List<Block.Paragraph> paragraphs = doc.paragraphs();
        int first = -1;
        for (int i = 0; i < paragraphs.size() && first < 0; i++) {
            if (Markers.section(paragraphs.get(i).text()).isPresent()) {
                first = i;
            }
        }
        boolean inline = paragraphs.stream().anyMatch(p -> INLINE_UNITS.matcher(p.text()).find() || CUT_UNITS.matcher(p.text()).find());
        if (first < 0 || paragraphs.stream().noneMatch(p -> FIELD.matcher(p.text()).matches()) && !inline) {
            return Optional.empty();
        }
        List<String> before = paragraphs.subList(0, first).stream().map(Block.Paragraph::text).toList();
        List<Block.Paragraph> rest = join(paragraphs.subList(first, paragraphs.size()));
        SectionTree sections = new SectionTree();
        List<Note> notes = new ArrayList<>();
        List<Item> items = new ArrayList<>();
        List<String> after = new ArrayList<>();
        int sectionNumber = 0;
        int subNumber = 0;
        Item current = null;
        boolean stopped = false;
        boolean firstLeads = false;
        // "1." paragraphs closed by their own 牵头单位：/责任单位： lines are the items; （一） above them is a subsection.
        boolean numberedItems = false;
        for (int i = 0; i + 1 < rest.size(); i++) {
            numberedItems |= Markers.task(rest.get(i).text()).isPresent() && FIELD.matcher(rest.get(i + 1).text()).matches();
        }
        for (Block.Paragraph p : rest) {
            String text = p.text();
            if (stopped || STOP.matcher(text).matches()) {
                stopped = true;
                after.add(text);
                continue;
            }
            Optional<Markers.Numbered> section = Markers.section(text);
            Optional<Markers.Numbered> item = Markers.subsection(text);
            Matcher field = FIELD.matcher(text);
            Optional<Markers.Numbered> numbered = numberedItems ? Markers.task(text) : Optional.empty();
            if (section.isPresent()) {
                sectionNumber = section.get().value();
                subNumber = 0;
                sections.numberedTop(section.get().number(), section.get().rest());
                current = null;
            } else if (numberedItems && item.isPresent()) {
                subNumber = item.get().value();
                sections.numberedSub(item.get().number(), item.get().rest());
                current = null;
            } else if (numbered.isPresent()) {
                String body = numbered.get().rest();
                String title = TaskTitles.fromTask(body);
                String id = sectionNumber + "-" + (subNumber > 0 ? subNumber + "-" : "") + numbered.get().value();
                current = new Item(id, numbered.get().number(), title, sections.current(), p.line());
                if (!title.equals(body.replaceAll("。$", ""))) {
                    current.body.add(body);
                }
                items.add(current);
            } else if (item.isPresent() && inline && INLINE_UNITS.matcher(item.get().rest()).find()) {
                // "（一）title。sentence（市规划国土委负责落实）sentence（A、B分别负责落实）…": the item is a subsection, each tagged sentence a task.
                String body = item.get().rest();
                int stop = body.indexOf('。');
                String heading = stop > 0 && stop <= TaskTitles.MAX ? body.substring(0, stop) : TaskTitles.fromRequirement(body);
                sections.numberedSub(item.get().number(), heading);
                if (stop > 0 && stop <= TaskTitles.MAX) {
                    body = body.substring(stop + 1).strip();
                }
                Matcher m = INLINE_UNITS.matcher(body);
                int from = 0;
                int n = 0;
                String base = sectionNumber + "-" + item.get().value() + "-";
                while (m.find()) {
                    String sentence = body.substring(from, m.start()).strip();
                    from = m.end();
                    if (sentence.isEmpty()) {
                        continue;
                    }
                    Item task = new Item(base + ++n, String.valueOf(n), TaskTitles.fromTask(sentence), sections.current(), p.line());
                    task.body.add(sentence);
                    inlineUnits(task, m.group(1), p.line());
                    items.add(task);
                }
                String tail = body.substring(from).strip();
                if (!tail.isEmpty()) {
                    Item task = new Item(base + ++n, String.valueOf(n), TaskTitles.fromTask(tail), sections.current(), p.line());
                    task.body.add(tail);
                    items.add(task);
                }
                current = null;
            } else if (item.isPresent()) {
                String body = item.get().rest();
                int stop = body.indexOf('。');
                String title = stop > 0 && stop <= TaskTitles.MAX ? body.substring(0, stop) : TaskTitles.fromRequirement(body);
                String id = sectionNumber + "-" + item.get().value();
                current = new Item(id, item.get().number(), title, sections.current(), p.line());
                if (stop > 0 && stop <= TaskTitles.MAX) {
                    body = body.substring(stop + 1).strip();
                }
                if (!body.isEmpty()) {
                    current.body.add(body);
                }
                items.add(current);
            } else if (field.matches() && current != null) {
                String value = field.group(2).strip().replaceAll("[。；;]+$", "");
                // "（列第一位者为工作牵头单位或汇总单位，下同）": the first unit of this list, and of every later one, leads.
                java.util.regex.Matcher firstMark = FIRST_LEADS.matcher(value);
                if (firstMark.find()) {
                    firstLeads = true;
                    value = value.substring(0, firstMark.start()).strip();
                    notes.add(new Note(p.line(), "原文说明“" + firstMark.group().replaceAll("^[（(]|[)）]$", "")
                            + "”：这一项起，“责任单位”所列第一个单位记为牵头单位。"));
                }
                if (firstLeads && field.group(1).equals("责任单位")) {
                    String[] parts = value.split("[、，,]", 2);
                    current.units.add(new UnitCell(Role.LEAD, "牵头单位", parts[0].strip(), p.line()));
                    if (parts.length > 1 && !parts[1].isBlank()) {
                        current.units.add(new UnitCell(Role.RESPONSIBLE, "责任单位", parts[1].strip(), p.line()));
                    }
                    continue;
                }
                switch (field.group(1)) {
                    case "完成时限", "完成时间" -> current.deadline = value.replaceAll("[。；;]$", "");
                    case "牵头单位", "牵头部门" -> current.units.add(new UnitCell(Role.LEAD, field.group(1), value, p.line()));
                    case "配合单位", "配合部门" -> current.units.add(new UnitCell(Role.SUPPORT, field.group(1), value, p.line()));
                    default -> current.units.add(new UnitCell(Role.RESPONSIBLE, field.group(1), value, p.line()));
                }
            } else if (current != null) {
                current.body.add(text);
            } else {
                notes.add(new Note(p.line(), "这一段不属于任何一项，没有导入：" + TableUnderstanding.abbreviate(text)));
            }
        }
        List<DraftTask> tasks = new ArrayList<>();
        for (Item i : items) {
            if (i.units.isEmpty()) {
                boolean cut = CUT_UNITS.matcher(String.join("", i.body)).find();
                notes.add(new Note(i.line, "第 " + i.id + " 项" + (cut ? "末尾括号中的单位没有写完（原文在这里断了），没有登记单位，原文保留在正文中"
                        : inline ? "没有写明单位（没有“（…负责落实）”这样的括号，也没有“责任单位：”一行）" : "没有“责任单位：”一行") + "。请核对原件。"));
            }
            tasks.add(new DraftTask(i.id, i.number, i.title, i.section, null, i.units, i.deadline, "", "", List.of(),
                    String.join("\n\n", i.body), i.line));
        }
        PlanDraft.Preamble preamble = PreambleText.read(before, after);
        return Optional.of(new PlanDraft(preamble, List.of(), sections.build(), tasks, notes));
    }

    /** "（牵头单位：A；责任单位：B；完成时限：C）", or "（A、B分别负责落实）" as units with their role words. */
    private static void inlineUnits(Item task, String inside, int line) {
        String t = inside.strip();
        if (t.matches("(?s).*(牵头单位|责任单位|配合单位|完成时限)\\s*[：:].*")) {
            for (String part : t.split("[；;]")) {
                Matcher f = FIELD.matcher(Hanzi.simplified(part.strip()));
                if (f.matches()) {
                    String value = part.strip().substring(part.strip().length() - f.group(2).length()).strip();
                    switch (f.group(1)) {
                        case "完成时限", "完成时间" -> task.deadline = value;
                        case "牵头单位", "牵头部门" -> task.units.add(new UnitCell(Role.LEAD, "牵头单位", value, line));
                        case "配合单位", "配合部门" -> task.units.add(new UnitCell(Role.SUPPORT, "配合单位", value, line));
                        default -> task.units.add(new UnitCell(Role.RESPONSIBLE, "责任单位", value, line));
                    }
                }
            }
        } else {
            task.units.add(new UnitCell(Role.RESPONSIBLE, "", t, line));
        }
    }

    /** Joins a paragraph that a page break cut (it ends without closing a sentence) with the next one. */
    private static List<Block.Paragraph> join(List<Block.Paragraph> paragraphs) {
        List<Block.Paragraph> out = new ArrayList<>();
        for (Block.Paragraph p : paragraphs) {
            if (!out.isEmpty()) {
                Block.Paragraph last = out.get(out.size() - 1);
                boolean open = !last.text().matches("(?s).*[。！？；：”’）)」』…!?;:]$")
                        && Markers.section(last.text()).isEmpty();
                if (open && !Markers.numbered(p.text()) && !FIELD.matcher(p.text()).matches()
                        && !STOP.matcher(p.text()).matches()) {
                    out.set(out.size() - 1, new Block.Paragraph(last.text() + p.text(), last.line()));
                    continue;
                }
            }
            out.add(p);
        }
        return out;
    }
}
