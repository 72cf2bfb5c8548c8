package gongkai.check;

import gongkai.model.Unit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Looks units up by id, name, short name or alias. A name can belong to units of several jurisdictions
 * (市财政局 is one in every city), so a lookup is made from a scope and resolves within it first, then
 * within each enclosing unit in turn.
 */
public final class UnitDirectory {

    private final Map<String, Unit> byId;
    private final Map<String, List<Unit>> byName = new HashMap<>();
    private final Map<String, Lookup> resolved = new java.util.concurrent.ConcurrentHashMap<>();

    public UnitDirectory(List<Unit> units) {
        Map<String, Unit> ids = new LinkedHashMap<>();
        for (Unit u : units) {
            ids.put(u.id(), u);
        }
        this.byId = ids;
        for (Unit u : units) {
            index(u.name(), u);
            index(u.shortName(), u);
            u.aliases().forEach(a -> index(a, u));
        }
    }

    private void index(String name, Unit u) {
        if (name == null || name.isEmpty()) {
            return;
        }
        List<Unit> list = byName.computeIfAbsent(name, k -> new ArrayList<>());
        if (!list.contains(u)) {
            list.add(u);
        }
    }

    public Optional<Unit> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The outcome of a lookup: the unit, or the units the name could mean (empty when unknown). */
    public record Lookup(Unit unit, List<Unit> candidates) {
        public boolean found() {
            return unit != null;
        }
    }

    /** Resolves a name or id seen in a task whose plan sits under scopeId (may be null). */
    public Lookup resolve(String nameOrId, String scopeId) {
        // A plan names the same few units in every task: each (name, scope) is worked out once.
        return resolved.computeIfAbsent(nameOrId + '\u0000' + (scopeId == null ? "" : scopeId),
                k -> lookup(nameOrId, scopeId));
    }

    private Lookup lookup(String nameOrId, String scopeId) {
        List<Unit> named = byName.getOrDefault(nameOrId, List.of());
        if (named.isEmpty()) {
            Unit u = byId.get(nameOrId);
            return new Lookup(u, u == null ? List.of() : List.of(u));
        }
        if (named.size() == 1) {
            return new Lookup(named.get(0), named);
        }
        for (String scope = scopeId; scope != null; scope = parentOf(scope)) {
            String s = scope;
            List<Unit> inside = named.stream().filter(u -> isWithin(u.id(), s)).toList();
            if (inside.size() == 1) {
                return new Lookup(inside.get(0), named);
            }
            if (inside.size() > 1) {
                return new Lookup(null, inside);
            }
        }
        return new Lookup(null, named);
    }

    /** Known names nearest to a mistyped one, those within the scope first. */
    public List<String> suggest(String name, String scopeId, int limit) {
        List<String> inScope = new ArrayList<>();
        List<String> all = new ArrayList<>();
        byName.forEach((n, units) -> {
            all.add(n);
            if (scopeId != null && units.stream().anyMatch(u -> isWithin(u.id(), scopeId))) {
                inScope.add(n);
            }
        });
        List<String> out = new ArrayList<>(Suggest.closest(name, inScope, limit));
        for (String s : Suggest.closest(name, all, limit)) {
            if (out.size() >= limit) {
                break;
            }
            if (!out.contains(s)) {
                out.add(s);
            }
        }
        return out;
    }

    private String parentOf(String id) {
        Unit u = byId.get(id);
        return u == null ? null : u.parentId();
    }

    /** True when unit is scope itself or lies below it in the tree. */
    public boolean isWithin(String unitId, String scopeId) {
        for (String id = unitId; id != null; id = parentOf(id)) {
            if (id.equals(scopeId)) {
                return true;
            }
        }
        return false;
    }
}
