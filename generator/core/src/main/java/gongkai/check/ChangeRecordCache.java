package gongkai.check;

import gongkai.model.TaskHistory;
import gongkai.model.ValueDigest;
import gongkai.model.Unit;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Change records derived before (by the last build, read back from disk, or by serve's last rebuild), by task file,
 * each with a digest of what it was derived from: the file's versions, its plan, the unit registry and the time zone.
 * Deriving a record reads and resolves every version of the file, most of a rebuild's checking once a project has a
 * long history; a commit changes the versions of a few files. Safe to use from several threads.
 */
public final class ChangeRecordCache {

    /** A file's record, or null when no version of it was ever published; inputs: the digest of what it came from. */
    public record Entry(String inputs, TaskHistory record) {
    }

    /** Changed whenever what a record is derived from, or how, changes: an old entry then never matches. */
    private static final String FORMAT = "change-record/1";

    private final Map<String, Entry> earlier;
    private final Map<String, Entry> now = new ConcurrentHashMap<>();

    /** A cache that knows these entries, by file (the task file's path from the project root). */
    public ChangeRecordCache(Map<String, Entry> earlier) {
        this.earlier = Map.copyOf(earlier);
    }

    /** The entries used or derived since this cache was made, by file in order: what to keep for the next build. */
    public SortedMap<String, Entry> used() {
        return new TreeMap<>(now);
    }

    /** The record of file derived before from these inputs, or null when there is none. */
    Entry find(String file, String inputs) {
        Entry e = now.get(file);
        if (e == null || !e.inputs().equals(inputs)) {
            e = earlier.get(file);
        }
        if (e == null || !e.inputs().equals(inputs)) {
            return null;
        }
        now.put(file, e);
        return e;
    }

    void put(String file, Entry e) {
        now.put(file, e);
    }

    /** What every record of one resolution depends on besides its own plan and versions. */
    static String context(List<Unit> units, ZoneId zone) {
        return ValueDigest.of(FORMAT, units, zone);
    }
}
