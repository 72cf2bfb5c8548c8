package gongkai.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A line on the terminal saying what a long command is doing ("正在读取文件… 3 秒"), shown once it has run for
 * a second and taken away before its report; nothing when the output is not a terminal.
 */
final class StageLine implements AutoCloseable {

    private final PrintWriter out;
    private final long start = System.nanoTime();
    private final ScheduledExecutorService timer;
    private volatile String stage = "";
    private boolean shown;

    StageLine(PrintWriter out, boolean terminal) {
        this.out = out;
        if (terminal) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "gongkai-progress");
                t.setDaemon(true);
                return t;
            });
            timer.scheduleAtFixedRate(this::show, 1000, 500, TimeUnit.MILLISECONDS);
        } else {
            timer = null;
        }
    }

    void stage(String what) {
        stage = what;
    }

    private synchronized void show() {
        shown = true;
        out.printf(Locale.ROOT, "\r%s %d 秒   ", stage, (System.nanoTime() - start) / 1_000_000_000L);
        out.flush();
    }

    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
        if (shown) {
            out.print("\r" + " ".repeat(40) + "\r");
            out.flush();
        }
    }
}
