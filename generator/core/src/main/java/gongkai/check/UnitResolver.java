package gongkai.check;

import gongkai.diagnostics.Problems;
import gongkai.model.SourceRef;
import gongkai.model.Unit;
import gongkai.model.UnitKind;
import gongkai.read.RawDocument;
import gongkai.read.YamlNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns the unit registry files (content/units/*.yml) into the unit tree, checking ids and members. */
public final class UnitResolver {

    static final Set<String> KEYS = Set.of("id", "name", "short", "aliases", "kind", "children", "members", "parent");

    private final Problems problems;
    private final List<Unit> units = new ArrayList<>();
    private final Map<String, SourceRef> seen = new HashMap<>();
    private final List<PendingMembers> pending = new ArrayList<>();

    private record PendingMembers(int index, String file, List<Fields.Located> members) {
    }

    /** A top-level unit of one file that belongs under a unit of another file. */
    private record PendingParent(int index, String file, Fields.Located parent) {
    }

    private final List<PendingParent> attachments = new ArrayList<>();

    private UnitResolver(Problems problems) {
        this.problems = problems;
    }

    /** Units in registry order: file by file, each tree depth first. */
    public static List<Unit> resolve(List<RawDocument> files, Problems problems) {
        UnitResolver r = new UnitResolver(problems);
        for (RawDocument doc : files) {
            if (doc.data() instanceof YamlNode.Sequence seq) {
                for (YamlNode item : seq.items()) {
                    r.read(doc.file(), item, null, null);
                }
            } else if (!(doc.data() instanceof YamlNode.Null)) {
                problems.add(doc.file(), doc.data().line(), doc.data().column(),
                        "单位文件应为单位列表：每个单位以“- id: ...”开头。");
            }
        }
        r.attachToParents();
        return r.linkMembers();
    }

    /** Reads one unit and its children; returns its id, or null when it could not be read. */
    private String read(String file, YamlNode node, String parentId, UnitKind parentKind) {
        if (!(node instanceof YamlNode.Mapping map)) {
            problems.add(file, node.line(), node.column(), "单位应为含 id 和 name 的映射。");
            return null;
        }
        Fields f = new Fields(file, map, problems, "单位");
        f.onlyKeys(KEYS);
        String id = f.requiredText("id");
        String name = f.requiredText("name");
        if (id.isEmpty()) {
            return null;
        }
        if (!Fields.isValidId(id)) {
            f.problem("id", "单位 id“" + id + "”无效：" + Fields.idRule() + "。");
            return null;
        }
        SourceRef here = new SourceRef(file, f.lineOf("id"));
        SourceRef before = seen.putIfAbsent(id, here);
        if (before != null) {
            f.problem("id", "单位 id“" + id + "”重复，已在 " + before.file() + ":" + before.line()
                    + " 使用。每个单位的 id 必须唯一，请改用另一个 id。");
            return null;
        }
        List<Fields.Located> members = f.locatedTexts("members");
        // Under a jurisdiction sit its bodies; under a body, its internal offices. A top-level unit that
        // names its parent in another file is a body by default.
        boolean attached = parentKind == null && f.has("parent");
        UnitKind kind = attached ? UnitKind.BODY : parentKind == null ? UnitKind.JURISDICTION
                : parentKind == UnitKind.JURISDICTION ? UnitKind.BODY : UnitKind.OFFICE;
        if (f.has("parent") && parentKind != null) {
            f.problem("parent", "只有文件最外层的单位可以写 parent；写在 children 里的单位，上级就是外层单位。");
        }
        if (!members.isEmpty()) {
            kind = UnitKind.GROUP;
        }
        if (f.has("kind")) {
            String k = f.text("kind");
            kind = UnitKind.fromId(k).orElse(kind);
            if (UnitKind.fromId(k).isEmpty()) {
                f.problem("kind", "单位类型“" + k + "”无效，可用：jurisdiction（行政区）、body（机关）、office（内设机构）、group（统称）。");
            }
        }
        if (!members.isEmpty() && kind != UnitKind.GROUP) {
            f.problem("members", "只有 kind: group 的统称单位可以列出 members。");
        }
        int index = units.size();
        units.add(null);
        List<String> children = new ArrayList<>();
        for (YamlNode child : f.list("children")) {
            String childId = read(file, child, id, kind);
            if (childId != null) {
                children.add(childId);
            }
        }
        units.set(index, new Unit(id, name, f.text("short"), f.texts("aliases"), kind, parentId, children,
                List.of(), here));
        if (!members.isEmpty()) {
            pending.add(new PendingMembers(index, file, members));
        }
        if (attached) {
            attachments.add(new PendingParent(index, file, f.locatedTexts("parent").get(0)));
        }
        return id;
    }

    /** Links units to parents defined in other files, refusing unknown parents and loops. */
    private void attachToParents() {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < units.size(); i++) {
            if (units.get(i) != null) {
                index.put(units.get(i).id(), i);
            }
        }
        for (PendingParent p : attachments) {
            Unit unit = units.get(p.index());
            Integer parentIndex = index.get(p.parent().value());
            if (unit == null) {
                continue;
            }
            if (parentIndex == null) {
                List<String> close = Suggest.closest(p.parent().value(), index.keySet(), 3);
                problems.add(p.file(), p.parent().line(), p.parent().column(), "上级单位 id“" + p.parent().value()
                        + "”不存在：parent 应写另一个单位的 id。" + (close.isEmpty() ? "" : "是否想写 " + close.get(0) + "？"));
                continue;
            }
            if (isAncestorOrSelf(unit.id(), p.parent().value(), index)) {
                problems.add(p.file(), p.parent().line(), p.parent().column(), "单位“" + unit.name()
                        + "”的上级不能是它自己或它的下级。");
                continue;
            }
            Unit parent = units.get(parentIndex);
            units.set(p.index(), new Unit(unit.id(), unit.name(), unit.shortName(), unit.aliases(), unit.kind(),
                    parent.id(), unit.childIds(), unit.memberIds(), unit.source()));
            List<String> children = new ArrayList<>(parent.childIds());
            children.add(unit.id());
            units.set(parentIndex, new Unit(parent.id(), parent.name(), parent.shortName(), parent.aliases(),
                    parent.kind(), parent.parentId(), children, parent.memberIds(), parent.source()));
        }
    }

    private boolean isAncestorOrSelf(String unitId, String startId, Map<String, Integer> index) {
        for (String at = startId; at != null; at = units.get(index.get(at)).parentId()) {
            if (at.equals(unitId)) {
                return true;
            }
        }
        return false;
    }

    /** Members may be named before they are defined, so they are linked once every unit is known. */
    private List<Unit> linkMembers() {
        List<Unit> all = units.stream().filter(u -> u != null).toList();
        UnitDirectory directory = new UnitDirectory(all);
        List<Unit> out = new ArrayList<>(units);
        for (PendingMembers p : pending) {
            Unit group = out.get(p.index());
            if (group == null) {
                continue;
            }
            List<String> ids = new ArrayList<>();
            for (Fields.Located m : p.members()) {
                UnitDirectory.Lookup lookup = directory.resolve(m.value(), group.parentId());
                if (!lookup.found()) {
                    problems.add(p.file(), m.line(), m.column(), UnitMessages.unknown(m.value(), lookup,
                            directory, group.parentId()));
                } else if (lookup.unit().id().equals(group.id())) {
                    problems.add(p.file(), m.line(), m.column(), "统称单位“" + group.name() + "”不能把自己列为成员。");
                } else if (!ids.contains(lookup.unit().id())) {
                    ids.add(lookup.unit().id());
                }
            }
            out.set(p.index(), new Unit(group.id(), group.name(), group.shortName(), group.aliases(), group.kind(),
                    group.parentId(), group.childIds(), ids, group.source()));
        }
        return out.stream().filter(u -> u != null).toList();
    }
}
