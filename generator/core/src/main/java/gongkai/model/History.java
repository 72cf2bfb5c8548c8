package gongkai.model;

import java.util.List;

/**
 * The content's change record (修改记录): for each task file the git history knows, every dated change to it, in
 * the order of plans and tasks, including tasks no longer published. source says whether the history was read and, if
 * not, why; head is the commit it was read at (null without one). Immutable, and the same for the same commit.
 */
public record History(Source source, String head, List<TaskHistory> tasks) {

    /** Where the record came from: read from git, or why not. */
    public enum Source { READ, NOT_ASKED, NO_REPOSITORY, SHALLOW, NO_COMMITS, UNREADABLE }

    public static final History NONE = new History(Source.NOT_ASKED, null, List.of());

    public History {
        tasks = List.copyOf(tasks);
    }

    public boolean available() {
        return source == Source.READ;
    }
}
