package gongkai.importer;

import java.nio.file.Path;

/**
 * One file an import would write: its path, its path as shown to the editor, the new text, the current text
 * (null when absent) and what writing it means.
 */
public record FileChange(Path path, String shown, String text, String before, Kind kind) {

    public enum Kind {
        /** A new file. */
        CREATE,
        /** A file the last import wrote and nobody edited since. */
        UPDATE,
        /** Already exactly this. */
        UNCHANGED,
        /** A file someone edited (or that no import wrote): replaced only with --force. */
        CONFLICT
    }
}
