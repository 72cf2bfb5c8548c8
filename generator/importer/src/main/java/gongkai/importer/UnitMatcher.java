package gongkai.importer;

import gongkai.check.UnitDirectory;
import gongkai.model.SourceRef;
import gongkai.model.Unit;
import gongkai.model.UnitKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Resolves the unit names of a plan against the registry (names, short names, aliases), within the plan's
 * jurisdiction and the units above it, as the build does. A name found only in another jurisdiction is not
 * this plan's unit (市财政局 in 开平 is not 温州市财政局). An unknown name becomes a new unit under the
 * jurisdiction, never silently merged with a similar one: the similar ones are listed for the editor.
 */
public final class UnitMatcher {

    /** The unit a name stands for and the form a task file writes. */
    public record Target(String unitId, String written) {
    }

    private final UnitDirectory directory;
    private final List<Unit> registry;
    private final Unit scope;
    private final boolean scopeIsNew;
    private final List<String> chain = new ArrayList<>();
    private final Set<String> takenIds = new TreeSet<>();
    private final Map<String, NewUnit> created = new LinkedHashMap<>();
    private final List<String> ambiguities = new ArrayList<>();

    /** scope is the plan's jurisdiction; scopeIsNew when the import creates it. */
    public UnitMatcher(List<Unit> registry, Unit scope, boolean scopeIsNew) {
        this.registry = List.copyOf(registry);
        this.directory = new UnitDirectory(registry);
        this.scope = scope;
        this.scopeIsNew = scopeIsNew;
        registry.forEach(u -> takenIds.add(u.id()));
        takenIds.add(scope.id());
        chain.add(scope.id());
        if (!scopeIsNew) {
            for (String p = scope.parentId(); p != null; p = directory.byId(p).map(Unit::parentId).orElse(null)) {
                chain.add(p);
            }
        }
    }

    /** True when the name (or names joined with 、) is a registered unit of this plan or one created so far. */
    public boolean known(String name) {
        return created.containsKey(name) || registered(name, 0).isPresent();
    }

    public Target resolve(String name, String levelPrefix, int line) {
        Optional<Target> t = find(name, line);
        if (t.isPresent()) {
            return t.get();
        }
        String prefixed = levelPrefix.isEmpty() ? name : levelPrefix + name;
        if (!levelPrefix.isEmpty()) {
            t = find(prefixed, line);
            if (t.isPresent()) {
                return t.get();
            }
        }
        NewUnit u = create(prefixed, line);
        return new Target(u.id(), u.written());
    }

    private Optional<Target> find(String name, int line) {
        Optional<Target> t = registered(name, line);
        if (t.isPresent()) {
            return t;
        }
        NewUnit u = created.get(name);
        return u == null ? Optional.empty() : Optional.of(new Target(u.id(), name));
    }

    private Optional<Target> registered(String name, int line) {
        UnitDirectory.Lookup lookup = directory.resolve(name, scopeIsNew ? null : scope.id());
        if (lookup.found()) {
            return inChain(lookup.unit()) ? Optional.of(new Target(lookup.unit().id(), name)) : Optional.empty();
        }
        List<Unit> inside = lookup.candidates().stream().filter(this::inChain).toList();
        if (inside.size() > 1) {
            if (line > 0) {
                ambiguities.add("第 " + line + " 行：单位名称“" + name + "”在单位登记中有多个：" + String.join("、",
                        inside.stream().map(u -> u.name() + "（" + u.id() + "）").toList())
                        + "。请在 content/units/ 中删去多余的登记，或改用不同的简称。");
            }
            return Optional.of(new Target(inside.get(0).id(), inside.get(0).id()));
        }
        return Optional.empty();
    }

    private boolean inChain(Unit u) {
        return !scopeIsNew && chain.stream().anyMatch(s -> directory.isWithin(u.id(), s));
    }

    private NewUnit create(String written, int line) {
        String level = scope.kind() == UnitKind.JURISDICTION && scope.name().length() > 1
                ? scope.name().substring(scope.name().length() - 1) : "";
        String name = written;
        String shortName = "";
        String core = written;
        boolean levelled = !level.isEmpty() && "市省县区".contains(level) && written.startsWith(level)
                && !written.startsWith("市场");
        if (levelled && !collective(written)) {
            name = scope.name() + written.substring(1);
            shortName = written;
        }
        if (levelled) {
            core = written.substring(1);
        } else if (written.startsWith(scope.name())) {
            core = written.substring(scope.name().length());
        }
        UnitKind kind = collective(written) ? UnitKind.GROUP
                : scope.kind() == UnitKind.BODY || scope.kind() == UnitKind.OFFICE ? UnitKind.OFFICE : UnitKind.BODY;
        String initials = PinyinInitials.of(core);
        if (initials.length() > 10) {
            initials = initials.substring(0, 10);
        }
        String base = scope.id() + "-" + (initials.isEmpty() ? "u" : initials);
        String id = base;
        for (int i = 2; takenIds.contains(id); i++) {
            id = base + "-" + i;
        }
        takenIds.add(id);
        NewUnit u = new NewUnit(id, name, shortName, written, kind, scope.id(), line, List.of());
        created.put(written, u);
        return u;
    }

    static boolean collective(String name) {
        return name.contains("各") || name.contains("有关") || name.contains("相关") || name.contains("所属")
                || name.endsWith("等");
    }

    /** The new units in the order first met, each with the names it may duplicate. */
    public List<NewUnit> newUnits() {
        List<NewUnit> out = new ArrayList<>();
        for (NewUnit u : created.values()) {
            Set<String> dups = new TreeSet<>();
            for (Unit r : registry) {
                if (!inChain(r) || r.isGroup() != (u.kind() == UnitKind.GROUP)) {
                    continue;
                }
                for (String n : names(r)) {
                    if (Duplicates.likely(u.written(), n, scope.name()) || Duplicates.likely(u.name(), n, scope.name())) {
                        dups.add(n + "（" + r.id() + "）");
                        break;
                    }
                }
            }
            for (NewUnit o : created.values()) {
                if (o != u && (o.kind() == UnitKind.GROUP) == (u.kind() == UnitKind.GROUP)
                        && (Duplicates.likely(u.written(), o.written(), scope.name())
                        || Duplicates.likely(u.name(), o.name(), scope.name()))) {
                    dups.add(o.written() + "（" + o.id() + "，本次新增）");
                }
            }
            out.add(u.withDuplicates(new ArrayList<>(dups)));
        }
        return out;
    }

    private static List<String> names(Unit u) {
        List<String> out = new ArrayList<>();
        out.add(u.name());
        if (!u.shortName().isEmpty()) {
            out.add(u.shortName());
        }
        out.addAll(u.aliases());
        return out;
    }

    /** Names that matched several registered units: the import stops on them. */
    public List<String> ambiguities() {
        return List.copyOf(ambiguities);
    }

    /** The registry with the new units (and a new jurisdiction) added, to check how written names will resolve. */
    public List<Unit> unitsAfterImport() {
        List<Unit> all = new ArrayList<>(registry);
        if (scopeIsNew) {
            all.add(scope);
        }
        for (NewUnit u : created.values()) {
            all.add(new Unit(u.id(), u.name(), u.shortName(), List.of(), u.kind(), u.parentId(), List.of(), List.of(),
                    new SourceRef("", 0)));
        }
        return all;
    }
}
