package gongkai.importer;

import gongkai.model.Role;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "A、B、C分别牵头负责" written once over a task's sub-items: each unit leads its own part, not all of them. With
 * as many units as sub-items they are taken in order; otherwise a unit goes to the one sub-item whose text holds
 * its name's core (市金融办 → 金融, 市生态环境局 → 生态环境). The task itself keeps the whole list; the wording is kept
 * in every sub-item's units_text; what cannot be told is said in a note.
 */
final class Respectively {

    private Respectively() {
    }

    static void assign(TableUnderstanding.TaskBuilder parent, List<Note> notes) {
        List<TableUnderstanding.TaskBuilder> subs = parent.subItems;
        UnitCell cell = subs.get(0).units.size() == 1 ? subs.get(0).units.get(0) : null;
        // Only named units leading "respectively": "各地、各部门分别负责" means every one of them answers for all the parts.
        if (cell == null || !Hanzi.simplified(cell.text()).contains("分别牵头")) {
            return;
        }
        List<TableUnderstanding.TaskBuilder> sharing = new ArrayList<>();
        for (TableUnderstanding.TaskBuilder s : subs) {
            if (s.units.size() == 1 && s.units.get(0).text().equals(cell.text()) && s.units.get(0).line() == cell.line()) {
                sharing.add(s);
            }
        }
        if (sharing.size() < 2) {
            return;
        }
        List<UnitPhrase.Mention> mentions = UnitPhrase.parse(cell.text(), cell.defaultRole(), n -> false).mentions();
        if (mentions.size() < 2 || mentions.stream().anyMatch(m -> UnitMatcher.collective(m.name()))) {
            return;
        }
        Map<TableUnderstanding.TaskBuilder, List<UnitPhrase.Mention>> given = new LinkedHashMap<>();
        sharing.forEach(s -> given.put(s, new ArrayList<>()));
        List<String> unplaced = new ArrayList<>();
        String how;
        if (mentions.size() == sharing.size()) {
            for (int i = 0; i < mentions.size(); i++) {
                given.get(sharing.get(i)).add(mentions.get(i));
            }
            how = "单位与子项一样多，按先后一一对应";
        } else {
            for (UnitPhrase.Mention m : mentions) {
                String core = core(m.name());
                List<TableUnderstanding.TaskBuilder> hits = new ArrayList<>();
                for (TableUnderstanding.TaskBuilder s : sharing) {
                    if (core.length() >= 2 && String.join("", s.body).contains(core)) {
                        hits.add(s);
                    }
                }
                if (hits.size() == 1) {
                    given.get(hits.get(0)).add(m);
                } else {
                    unplaced.add(m.levelPrefix() + m.name());
                }
            }
            how = "按子项文字中出现的单位名称对应";
        }
        List<String> placed = new ArrayList<>();
        for (Map.Entry<TableUnderstanding.TaskBuilder, List<UnitPhrase.Mention>> e : given.entrySet()) {
            TableUnderstanding.TaskBuilder s = e.getKey();
            s.unitsWording = cell.text();
            List<UnitCell> own = new ArrayList<>();
            for (UnitPhrase.Mention m : e.getValue()) {
                own.add(new UnitCell(m.role() == null ? Role.LEAD : m.role(), cell.header(), m.levelPrefix() + m.name(), cell.line()));
                placed.add(m.levelPrefix() + m.name() + " → " + s.number);
            }
            s.units = own;
        }
        if (parent.units.isEmpty()) {
            parent.units = List.of(cell);
        }
        notes.add(new Note(cell.line(), "“" + cell.text() + "”写在 " + sharing.size() + " 个子项上，各单位分别牵头其中一部分：" + how + "（"
                + String.join("，", placed) + "）" + (unplaced.isEmpty() ? "" : "；" + String.join("、", unplaced)
                + " 从文字看不出对应哪个子项，只记在任务 " + parent.id + " 上") + "。任务 " + parent.id + " 记全部单位。请核对。"));
    }

    /** 市生态环境局 → 生态环境; 市金融办 → 金融. */
    static String core(String name) {
        String n = Hanzi.simplified(name).replaceFirst("^[市省区县]", "");
        return n.replaceFirst("(办公室|委员会|管理局|服务局|中心|局|办|委|厅)$", "");
    }
}
