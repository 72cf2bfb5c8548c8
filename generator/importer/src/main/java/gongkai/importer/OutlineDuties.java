package gongkai.importer;

import gongkai.model.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a division of duties written unit first (a bureau's 信息公开 rules): headings "（一）办公室职责" name the
 * unit, and the numbered items under one ("1.负责…；") are its tasks, or, without numbers, its one paragraph is; a
 * heading that names no unit ("（二）主要职责") takes the unit of its section ("一、领导小组及职责"). Lines that are
 * neither (members of a group, a sentence introducing the list) go to the plan's intro.
 */
final class OutlineDuties {

    private OutlineDuties() {
    }

    private static String unitOf(String heading) {
        String h = SectionTree.clean(heading).replaceAll("(及其|及)?(主要)?(职责|職責)(分工)?$", "").strip();
        return h.isEmpty() || h.equals("主要") || h.length() > 20 ? "" : h;
    }

    private static boolean duties(String heading) {
        return SectionTree.clean(Hanzi.simplified(heading)).matches(".*职责(分工)?$");
    }

    static Optional<PlanDraft> read(SourceDocument doc) {
        List<Block.Paragraph> ps = doc.paragraphs();
        boolean any = ps.stream().anyMatch(p -> Markers.subsection(p.text()).map(n -> duties(n.rest())).orElse(false));
        int first = -1;
        for (int i = 0; i < ps.size() && first < 0; i++) {
            if (Markers.section(ps.get(i).text()).isPresent()) {
                first = i;
            }
        }
        if (!any || first < 0) {
            return Optional.empty();
        }
        SectionTree sections = new SectionTree();
        List<DraftTask> tasks = new ArrayList<>();
        List<String> intro = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        List<String> before = ps.subList(0, first).stream().map(Block.Paragraph::text).toList();
        String sectionUnit = "";
        String unit = "";
        boolean inDuties = false;
        int sectionNo = 0;
        int subNo = 0;
        int n = 0;
        for (Block.Paragraph p : ps.subList(first, ps.size())) {
            String t = p.text();
            Optional<Markers.Numbered> section = Markers.section(t);
            Optional<Markers.Numbered> sub = Markers.subsection(t);
            Optional<Markers.Numbered> item = Markers.task(t);
            if (section.isPresent()) {
                sectionNo = section.get().value();
                subNo = 0;
                sections.numberedTop(section.get().number(), section.get().rest());
                sectionUnit = duties(section.get().rest()) ? unitOf(section.get().rest()) : "";
                inDuties = false;
            } else if (sub.isPresent()) {
                subNo = sub.get().value();
                sections.numberedSub(sub.get().number(), sub.get().rest());
                inDuties = duties(sub.get().rest());
                unit = inDuties ? unitOf(sub.get().rest()) : "";
                if (inDuties && unit.isEmpty()) {
                    unit = sectionUnit;
                }
                n = 0;
            } else if (inDuties && (item.isPresent() || n == 0)) {
                String text = item.map(Markers.Numbered::rest).orElse(t).replaceAll("[；;]$", "。");
                n++;
                List<UnitCell> units = unit.isEmpty() ? List.of() : List.of(new UnitCell(Role.RESPONSIBLE, "", unit, p.line()));
                String title = TaskTitles.fromTask(text);
                tasks.add(new DraftTask(sectionNo + "-" + subNo + "-" + n, item.map(Markers.Numbered::number).orElse(String.valueOf(n)),
                        title, sections.current(), null, units, "", "", "", List.of(), title.equals(text.replaceAll("。$", "")) ? "" : text,
                        p.line()));
                if (unit.isEmpty()) {
                    notes.add(new Note(p.line(), "这一条职责的标题没有写明单位。请补写。"));
                }
            } else if (inDuties && !tasks.isEmpty()) {
                DraftTask last = tasks.remove(tasks.size() - 1);
                tasks.add(new DraftTask(last.id(), last.number(), last.title(), last.sectionId(), null, last.units(), "", "", "",
                        List.of(), (last.body().isEmpty() ? last.title() : last.body()) + "\n\n" + t, last.line()));
            } else {
                intro.add(t);
            }
        }
        if (tasks.isEmpty()) {
            return Optional.empty();
        }
        notes.add(new Note(0, "这是以单位为纲的职责分工：每条职责记为一项任务，责任单位取自所在标题（如“（一）办公室职责”）。"
                + "标题之外的文字（如领导小组成员名单）写在计划说明中。请核对。"));
        PlanDraft.Preamble pre = PreambleText.read(before, List.of());
        List<String> allIntro = new ArrayList<>(pre.intro());
        allIntro.addAll(intro);
        PlanDraft.Preamble preamble = new PlanDraft.Preamble(pre.title(), pre.docNumber(), pre.issued(), pre.issuer(), pre.year(),
                allIntro, pre.attachment());
        return Optional.of(new PlanDraft(preamble, List.of(), sections.build(), tasks, notes, List.of(), List.of()));
    }
}
