package gongkai.serve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watcher outlives whatever one change does to the code it calls. */
class WatcherTest {

    @TempDir
    Path project;

    @Test
    void aChangeThatBreaksTheRebuildDoesNotStopTheWatching() throws Exception {
        Path config = project.resolve("site-config.yml");
        Path content = project.resolve("content");
        Files.createDirectories(content);
        Files.writeString(config, "title: x\n");
        LinkedBlockingQueue<Set<Path>> seen = new LinkedBlockingQueue<>();
        AtomicInteger calls = new AtomicInteger();
        try (Watcher watcher = new Watcher(config, List.of(content), changed -> {
            seen.add(changed);
            if (calls.incrementAndGet() == 1) {
                throw new StackOverflowError("as a deeply nested file once made the renderer do");
            }
        }).start()) {
            Files.writeString(content.resolve("a.md"), "first");
            Set<Path> first = seen.poll(20, TimeUnit.SECONDS);
            assertTrue(first != null && first.contains(content.resolve("a.md")), String.valueOf(first));
            Files.writeString(content.resolve("b.md"), "second");
            long deadline = System.nanoTime() + 20_000_000_000L;
            Set<Path> later;
            do {
                // The first file's own events may still arrive apart; the second file's must come after them.
                later = seen.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } while (later != null && !later.contains(content.resolve("b.md")));
            assertTrue(later != null, "the watcher stopped after the first change failed");
        }
    }
}
