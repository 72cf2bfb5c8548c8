package gongkai.build;

import gongkai.check.ChangeRecordCache;
import gongkai.model.ValueDigest;
import gongkai.read.ContentReader;
import gongkai.read.GitHistory;
import gongkai.write.OutputFolder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * The project's git log, kept between reads: in memory for serve, which asks at every save, and on disk beside the
 * build's record (OutputFolder.historyRecord), so a build reads only the commits since the last one. Reading a long
 * history whole takes seconds (every commit's changes, every version's text); HEAD not moved costs one lookup, a new
 * commit the reading of that commit. A rewritten history is read whole again (GitHistory.extend). The change records
 * derived from the log are kept the same way (OutputFolder.changeRecords), so a commit's build derives again only
 * those of the files it changed.
 */
public final class KeptHistory implements ContentReader.History {

    private final Path root;
    private final String plans;
    private final Path file;
    private final Path recordsFile;
    private final String key;
    /** A whole build (--full) trusts nothing kept: it reads the log whole, and saves it for the next. */
    private final boolean whole;
    private GitHistory.Log known;
    /** The head of the log the file holds, so an unmoved HEAD does not write it again. */
    private String saved;
    private ChangeRecordCache records;
    /** The records the file holds, so records unchanged are not written again. */
    private Map<String, ChangeRecordCache.Entry> savedRecords;

    public KeptHistory(Build.Options o, OutputFolder output) {
        this.root = o.root();
        this.plans = Build.plansFolder(o);
        this.file = output.historyRecord();
        this.recordsFile = output.changeRecords();
        this.key = key(o);
        this.whole = o.full();
    }

    /** What a kept log was read for: this program, this project, its plans folder. */
    static String key(Build.Options o) {
        return ValueDigest.of(Program.ID, o.root().toAbsolutePath().normalize().toString(), Build.plansFolder(o));
    }

    @Override
    public synchronized GitHistory.Log log() {
        if (known == null && !whole) {
            known = SavedHistory.read(file, key);
            saved = known == null ? null : known.head();
        }
        records();
        known = known == null ? GitHistory.read(root, plans) : GitHistory.extend(known, root, plans);
        return known;
    }

    /** The change records derived before: those the last build kept (none for --full), then those derived since. */
    public synchronized ChangeRecordCache records() {
        if (records == null) {
            savedRecords = whole ? Map.of() : SavedChangeRecords.read(recordsFile, key);
            records = new ChangeRecordCache(savedRecords);
        }
        return records;
    }

    /**
     * Writes the log last read and the records derived from it to disk, unless they are there already or there is no
     * log. What cannot be written is read or derived whole next time, so that is no failure of the build.
     */
    @Override
    public synchronized void keep() {
        if (known == null || !known.available()) {
            return;
        }
        try {
            if (!known.head().equals(saved)) {
                SavedHistory.write(file, key, known);
                saved = known.head();
            }
            Map<String, ChangeRecordCache.Entry> used = records().used();
            if (!used.equals(savedRecords)) {
                SavedChangeRecords.write(recordsFile, key, used);
                savedRecords = used;
            }
        } catch (IOException e) {
            // Read or derived whole next time.
        }
    }
}
