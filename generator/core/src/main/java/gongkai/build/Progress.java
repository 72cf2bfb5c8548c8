package gongkai.build;

/**
 * What a running build tells whoever started it: each stage as it ends, and rendered files as they are
 * written, so a person at a terminal can see a long build moving. Called from rendering threads.
 */
public interface Progress {

    /** The named stages of a build, in their order; HISTORY, the git log, runs beside READ. */
    enum Stage { HISTORY, READ, CHECK, GRAPH, COMPARE, RENDER, PUBLISH, RECORD }

    Progress NONE = new Progress() {
    };

    /** A stage has ended after nanos. */
    default void stageDone(Stage stage, long nanos) {
    }

    /** done of total output files are rendered and written. */
    default void rendered(int done, int total) {
    }

    /** The file at path (a path in the site) took nanos to make, on one thread, before it was written. */
    default void produced(String path, long nanos) {
    }
}
