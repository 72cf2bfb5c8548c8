package gongkai.render;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToLongFunction;

/**
 * Renderings kept for reuse within one build (a row on many pages, an update in many feeds), up to a share
 * of the heap; past it, they are made again each time. Soft references were tried first: the collector keeps
 * them until the heap is nearly full, and a 100k-task build spent its last third in full collections.
 * What is kept never changes the output, only how often it is made.
 */
final class Kept<K, V> {

    /** Makes a value; may fail as rendering fails. */
    interface Maker<V, E extends Exception> {
        V make() throws E;
    }

    private final Map<K, V> values = new ConcurrentHashMap<>();
    private final AtomicLong budget;
    private final ToLongFunction<V> size;

    /** share: the fraction of the maximum heap these values may take; size: a value's bytes, about. */
    Kept(double share, ToLongFunction<V> size) {
        this((long) (Runtime.getRuntime().maxMemory() * share), size);
    }

    /** budget: bytes these values may take, each counted as its size plus 64 for the map's own share. */
    Kept(long budget, ToLongFunction<V> size) {
        this.budget = new AtomicLong(budget);
        this.size = size;
    }

    /** Takes over what older kept, but for the keys drop names, within this one's budget. */
    void keepFrom(Kept<K, V> older, java.util.function.Predicate<K> drop) {
        older.values.forEach((key, value) -> {
            if (!drop.test(key)) {
                long bytes = size.applyAsLong(value) + 64;
                if (budget.addAndGet(-bytes) >= 0) {
                    values.putIfAbsent(key, value);
                } else {
                    budget.addAndGet(bytes);
                }
            }
        });
    }

    <E extends Exception> V get(K key, Maker<V, E> maker) throws E {
        V value = values.get(key);
        if (value == null) {
            value = maker.make();
            long bytes = size.applyAsLong(value) + 64;
            if (budget.addAndGet(-bytes) >= 0) {
                values.putIfAbsent(key, value);
            } else {
                budget.addAndGet(bytes);
            }
        }
        return value;
    }
}
