package gongkai.importer;

import gongkai.model.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an open-government commitment written in Markdown (as civil society keeps Taiwan's NAP commitments): the
 * lead body from its "主（協）辦機構：" line (a name in parentheses co-organises: support), and its milestones as tasks —
 * checkbox items ("- [ ] …") under "起始－結束日期：A～B" groups, whose end date is their deadline and whose bullets below
 * them are their progress; or, without checkboxes, the headings under a "衡量指標" (Milestones) heading, each with its
 * "- A ~ B" date line and a "具體績效" list as progress. The headings and text above are the plan's intro.
 */
final class MarkdownMilestones {

    private static final Pattern HEADING = Pattern.compile("(#{1,6})\\s+(.*)");
    private static final Pattern CHECKBOX = Pattern.compile("[-*+]\\s+\\[[ xX]\\]\\s+(.*)");
    private static final Pattern BULLET = Pattern.compile("(?:[-*+]|\\d+\\.)\\s+(.*)");
    private static final Pattern RANGE = Pattern.compile("(\\d{4}\\s*/\\s*\\d{1,2})\\s*[~～〜\\-－–]\\s*(\\d{4}\\s*/\\s*\\d{1,2})?\\s*$");
    private static final Pattern LEAD = Pattern.compile("[-*+]?\\s*(?:主[（(]協[）)]辦機[構关關]|主[（(]协[）)]办机[构关]|主辦機[關构構]|Lead agenc(?:y|ies)|Lead)\\s*[：:]\\s*(.+)");
    private static final Pattern MEASURES = Pattern.compile(".*(衡量指標|衡量指标|可量化|里程碑|Milestones|milestones).*");
    private static final Pattern PROGRESS = Pattern.compile(".*(具體績效|具体绩效|落實情況|落实情况|進度|Progress).*");

    private MarkdownMilestones() {
    }

    private static final class Task {
        final String title;
        final int line;
        String deadline = "";
        final List<String> progress = new ArrayList<>();
        final List<String> text = new ArrayList<>();

        Task(String title, int line) {
            this.title = title;
            this.line = line;
        }
    }

    private static List<String> body(Task t) {
        List<String> out = new ArrayList<>();
        if (!TaskTitles.fromTask(t.title).equals(t.title.replaceAll("[。.]$", ""))) {
            out.add(t.title);
        }
        out.addAll(t.text);
        return out;
    }

    static Optional<PlanDraft> read(SourceDocument doc) {
        List<Block.Paragraph> ps = doc.paragraphs();
        long headings = ps.stream().filter(p -> HEADING.matcher(p.text()).matches()).count();
        boolean checkboxes = ps.stream().anyMatch(p -> CHECKBOX.matcher(p.text()).matches());
        boolean measures = ps.stream().anyMatch(p -> HEADING.matcher(p.text()).matches() && MEASURES.matcher(p.text()).matches());
        if (headings < 3 || !checkboxes && !measures) {
            return Optional.empty();
        }
        List<UnitCell> units = new ArrayList<>();
        String wording = null;
        List<Task> tasks = new ArrayList<>();
        List<String> intro = new ArrayList<>();
        String title = null;
        String groupEnd = "";
        int measureLevel = 0;
        Task current = null;
        boolean inProgress = false;
        boolean frontMatter = !ps.isEmpty() && ps.get(0).text().equals("---");
        for (int i = 0; i < ps.size(); i++) {
            String t = ps.get(i).text();
            int line = ps.get(i).line();
            if (frontMatter) {
                frontMatter = i == 0 || !t.equals("---");
                continue;
            }
            Matcher h = HEADING.matcher(t);
            Matcher lead = LEAD.matcher(t);
            Matcher box = CHECKBOX.matcher(t);
            if (lead.matches() && units.isEmpty()) {
                wording = lead.group(1).strip();
                for (String name : lead.group(1).split("[、,，;；]")) {
                    String n = name.strip();
                    boolean co = n.matches("[（(].*[）)]");
                    n = n.replaceAll("^[（(]|[）)]$", "").strip();
                    if (!n.isEmpty()) {
                        units.add(new UnitCell(co ? Role.SUPPORT : Role.LEAD, co ? "協辦機關" : "主辦機關", n, line));
                    }
                }
                intro.add(t.replaceFirst("^[-*+]\\s*", ""));
            } else if (h.matches()) {
                int level = h.group(1).length();
                String text = h.group(2).replaceAll("\\*+", "").strip();
                if (title == null && level == 1) {
                    title = text;
                    continue;
                }
                inProgress = false;
                if (MEASURES.matcher(text).matches()) {
                    measureLevel = level;
                    current = null;
                    continue;
                }
                Matcher range = RANGE.matcher(text);
                if (range.find()) {
                    groupEnd = text.substring(range.start()).strip();
                    continue;
                }
                if (current != null && PROGRESS.matcher(text).matches()) {
                    inProgress = true;
                    continue;
                }
                if (!checkboxes && measureLevel > 0 && level == measureLevel + 1) {
                    current = new Task(text, line);
                    tasks.add(current);
                } else if (measureLevel > 0 && level <= measureLevel) {
                    measureLevel = 0;
                    current = null;
                } else if (measureLevel == 0) {
                    intro.add(text);
                }
            } else if (box.matches()) {
                current = new Task(box.group(1).strip(), line);
                current.deadline = groupEnd;
                tasks.add(current);
                inProgress = true;
            } else if (current != null && !checkboxes && RANGE.matcher(t.replaceFirst("^[-*+]\\s*", "")).find() && current.deadline.isEmpty()
                    && current.progress.isEmpty()) {
                String dates = t.replaceFirst("^[-*+]\\s*", "");
                Matcher range = RANGE.matcher(dates);
                range.find();
                current.deadline = dates.substring(range.start()).strip();
            } else if (current != null && inProgress) {
                Matcher b = BULLET.matcher(t);
                current.progress.add(b.matches() ? b.group(1).strip() : t);
            } else if (current != null) {
                // Text under a milestone that is neither its dates nor its progress: kept with it.
                current.text.add(t.replaceFirst("^[-*+]\\s*", ""));
            } else {
                intro.add(t.replaceFirst("^[-*+]\\s*", ""));
            }
        }
        if (tasks.isEmpty()) {
            return Optional.empty();
        }
        List<DraftTask> out = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        int n = 0;
        for (Task t : tasks) {
            n++;
            String deadline = t.deadline;
            out.add(new DraftTask(String.valueOf(n), String.valueOf(n), TaskTitles.fromTask(t.title), "", null, units, deadline,
                    String.join("\n", t.progress), "", List.of(), String.join("\n", body(t)), t.line, wording));
        }
        if (units.isEmpty()) {
            notes.add(new Note(0, "文中没有“主（協）辦機關：”一行，任务都没有单位。请补写。"));
        } else {
            notes.add(new Note(units.get(0).line(), "各项任务的单位取自“" + units.get(0).header() + "”一行（括号中的机关记为配合单位）。请核对。"));
        }
        PlanDraft.Preamble preamble = new PlanDraft.Preamble(title, null, null, null, null, intro, false);
        return Optional.of(new PlanDraft(preamble, List.of(), List.of(), out, notes, List.of(), List.of()));
    }
}
