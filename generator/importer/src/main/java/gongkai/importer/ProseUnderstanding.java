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
        if (first < 0 || paragraphs.stream().noneMatch(p -> FIELD.matcher(p.text()).matches())) {
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
                notes.add(new Note(i.line, "第 " + i.id + " 项没有“责任单位：”一行。请核对原件。"));
            }
            tasks.add(new DraftTask(i.id, i.number, i.title, i.section, null, i.units, i.deadline, "", "", List.of(),
                    String.join("\n\n", i.body), i.line));
        }
        PlanDraft.Preamble preamble = PreambleText.read(before, after);
        return Optional.of(new PlanDraft(preamble, List.of(), sections.build(), tasks, notes));
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
