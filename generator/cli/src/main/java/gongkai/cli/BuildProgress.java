package gongkai.cli;

import gongkai.build.Progress;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * What the command line shows while a build runs: on a terminal, a line counting the files once the build
 * has taken a second; with --verbose, each stage and its time. Nothing when the output goes to a file or a CI
 * log, where a line rewritten in place is only noise.
 */
final class BuildProgress implements Progress {

    private static final long SHOW_AFTER = 1_000_000_000L;
    private static final long EVERY = 100_000_000L;

    private final PrintWriter out;
    private final boolean terminal;
    private final boolean verbose;
    private final long start = System.nanoTime();
    private long lastLine;
    private boolean lineShown;

    BuildProgress(PrintWriter out, boolean terminal, boolean verbose) {
        this.out = out;
        this.terminal = terminal;
        this.verbose = verbose;
    }

    /** Whether this process writes to a person's terminal. */
    static boolean onTerminal() {
        return System.console() != null;
    }

    @Override
    public synchronized void stageDone(Stage stage, long nanos) {
        if (verbose) {
            clearLine();
            out.printf(Locale.ROOT, "  %s：%d 毫秒%n", name(stage), nanos / 1_000_000);
            out.flush();
        }
    }

    @Override
    public void rendered(int done, int total) {
        if (!terminal) {
            return;
        }
        long now = System.nanoTime();
        if (now - start < SHOW_AFTER || now - lastLine < EVERY) {
            return;
        }
        synchronized (this) {
            if (now - lastLine < EVERY) {
                return;
            }
            lastLine = now;
            lineShown = true;
            out.printf(Locale.ROOT, "\r正在生成：%d / %d 个文件", done, total);
            out.flush();
        }
    }

    /** Takes the progress line away before the summary is printed. */
    synchronized void finish() {
        clearLine();
    }

    private void clearLine() {
        if (lineShown) {
            out.print("\r" + " ".repeat(40) + "\r");
            out.flush();
            lineShown = false;
        }
    }

    private static String name(Stage stage) {
        return switch (stage) {
            case READ -> "读取内容";
            case CHECK -> "检查";
            case GRAPH -> "建立索引";
            case RENDER -> "生成页面";
            case PUBLISH -> "发布";
        };
    }
}
