package gongkai.build;

import gongkai.read.ContentReader;
import gongkai.read.GitHistory;
import gongkai.render.ValueDigest;
import gongkai.write.OutputFolder;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The project's git log, kept between reads: in memory for serve, which asks at every save, and on disk beside the
 * build's record (OutputFolder.historyRecord), so a build reads only the commits since the last one. Reading a long
 * history whole takes seconds (every commit's changes, every version's text); HEAD not moved costs one lookup, a new
 * commit the reading of that commit. A rewritten history is read whole again (GitHistory.extend).
 */
public final class KeptHistory implements ContentReader.History {

    private final Path root;
    private final String plans;
    private final Path file;
    private final String key;
    /** A whole build (--full) trusts nothing kept: it reads the log whole, and saves it for the next. */
    private final boolean whole;
    private GitHistory.Log known;
    /** The head of the log the file holds, so an unmoved HEAD does not write it again. */
    private String saved;

    public KeptHistory(Build.Options o, OutputFolder output) {
        this.root = o.root();
        this.plans = Build.plansFolder(o);
        this.file = output.historyRecord();
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
        known = known == null ? GitHistory.read(root, plans) : GitHistory.extend(known, root, plans);
        return known;
    }

    /**
     * Writes the log last read to disk, unless it is there already or there is none. A log that cannot be written is
     * read whole next time, so that is no failure of the build.
     */
    @Override
    public synchronized void keep() {
        if (known == null || !known.available() || known.head().equals(saved)) {
            return;
        }
        try {
            SavedHistory.write(file, key, known);
            saved = known.head();
        } catch (IOException e) {
            // Read whole next time.
        }
    }
}
