package gongkai.check;

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

    private static final Set<String> KEYS = Set.of("id", "name", "short", "aliases", "kind", "children", "members");

    private final Problems problems;
    private final List<Unit> units = new ArrayList<>();
    private final Map<String, SourceRef> seen = new HashMap<>();
    private final List<PendingMembers> pending = new ArrayList<>();

    private record PendingMembers(int index, String file, List<Fields.Located> members) {
    }

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
        // Under a jurisdiction sit its bodies; under a body, its internal offices.
        UnitKind kind = parentKind == null ? UnitKind.JURISDICTION
                : parentKind == UnitKind.JURISDICTION ? UnitKind.BODY : UnitKind.OFFICE;
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
        return id;
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
