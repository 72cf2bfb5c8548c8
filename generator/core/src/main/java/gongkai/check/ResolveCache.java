package gongkai.check;

import gongkai.read.RawPlan;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Resolved plans kept between serve's rebuilds. A plan is resolved again only when one of its files, the
 * unit registry or the configuration was read anew: the read cache hands back the very same documents
 * for unchanged files, so identity tells what changed.
 */
public final class ResolveCache {

    private record Entry(List<Object> inputs, List<Object> context, PlanResolver.Resolved resolved) {
    }

    private final Map<String, Entry> plans = new ConcurrentHashMap<>();

    Optional<PlanResolver.Resolved> get(RawPlan raw, List<Object> context) {
        Entry e = plans.get(raw.id());
        if (e == null || !sameObjects(e.context(), context) || !sameObjects(e.inputs(), inputs(raw))) {
            return Optional.empty();
        }
        return Optional.of(e.resolved());
    }

    void put(RawPlan raw, List<Object> context, PlanResolver.Resolved resolved) {
        plans.put(raw.id(), new Entry(inputs(raw), context, resolved));
    }

    /** The plan's files, and its history (the same object until a new commit is read). */
    private static List<Object> inputs(RawPlan raw) {
        List<Object> all = new java.util.ArrayList<>(raw.tasks().size() + 2);
        all.add(raw.plan());
        all.addAll(raw.tasks());
        all.add(raw.history());
        return all;
    }

    private static boolean sameObjects(List<?> a, List<?> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }
}
