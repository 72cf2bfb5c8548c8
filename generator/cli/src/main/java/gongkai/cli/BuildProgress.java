package gongkai.cli;

import gongkai.build.Progress;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the command line shows while a build runs: on a terminal, a line counting the files once the build
 * has taken a second; with --verbose, each stage and its time. Nothing when the output goes to a file or a CI
 * log, where a line rewritten in place is only noise. With --verbose, also what rendering spent on each kind
 * of file (pages, search index, open data, feeds), which is how the index's share of a build is measured.
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
    private final LongAdder[] kinds = {new LongAdder(), new LongAdder(), new LongAdder(), new LongAdder(), new LongAdder()};

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
            if (stage == Stage.RENDER) {
                printKinds();
            }
            out.flush();
        }
    }

    @Override
    public void produced(String path, long nanos) {
        if (verbose) {
            kinds[kindOf(path)].add(nanos);
        }
    }

    // What the rendering threads spent on each kind of file, summed over threads, so the shares add up to 100 %.
    private void printKinds() {
        long all = 0;
        for (LongAdder k : kinds) {
            all += k.sum();
        }
        if (all == 0) {
            return;
        }
        StringBuilder line = new StringBuilder("    其中（各线程合计）：");
        for (int i = 0; i < KINDS.length; i++) {
            long n = kinds[i].sum();
            line.append(i == 0 ? "" : "，").append(String.format(Locale.ROOT, "%s %d 毫秒（%.0f%%）", KINDS[i],
                    n / 1_000_000, 100.0 * n / all));
        }
        out.println(line);
    }

    private static final String[] KINDS = {"页面", "搜索索引", "开放数据", "订阅和站点地图", "样式和脚本"};

    static int kindOf(String path) {
        if (path.startsWith("search/") && !path.endsWith(".html")) {
            return 1;
        }
        if (path.startsWith("data/")) {
            return 2;
        }
        if (path.endsWith(".xml")) {
            return 3;
        }
        return path.endsWith(".html") ? 0 : 4;
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
            case HISTORY -> "读取修改记录（与读取内容同时进行）";
            case READ -> "读取内容";
            case CHECK -> "检查";
            case GRAPH -> "建立索引";
            case COMPARE -> "对照上次构建的记录";
            case RENDER -> "生成页面";
            case PUBLISH -> "发布";
            case RECORD -> "记下本次构建";
        };
    }
}
