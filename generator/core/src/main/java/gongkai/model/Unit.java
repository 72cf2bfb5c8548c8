package gongkai.model;

import java.util.List;

/**
 * A responsible body. Units form a tree (parentId); a group unit stands for a collective
 * designation such as 各区人民政府 and may list its members.
 */
public record Unit(
        String id,
        String name,
        String shortName,
        List<String> aliases,
        UnitKind kind,
        String parentId,
        List<String> childIds,
        List<String> memberIds,
        SourceRef source) {

    public Unit {
        aliases = List.copyOf(aliases);
        childIds = List.copyOf(childIds);
        memberIds = List.copyOf(memberIds);
    }

    public boolean isGroup() {
        return kind == UnitKind.GROUP;
    }
}
