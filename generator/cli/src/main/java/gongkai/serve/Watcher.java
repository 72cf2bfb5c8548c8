package gongkai.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches the project's inputs (site-config.yml, content/, templates/) and reports each burst of changes
 * once, after the editor's save has settled.
 */
public final class Watcher implements AutoCloseable {

    private static final long SETTLE_MILLIS = 30;

    private final WatchService service;
    private final Map<WatchKey, Path> dirs = new HashMap<>();
    private final Path config;
    private final Thread thread;

    public Watcher(Path config, List<Path> trees, Consumer<Set<Path>> onChange) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.config = config.toAbsolutePath().normalize();
        register(this.config.getParent(), false);
        for (Path tree : trees) {
            registerTree(tree.toAbsolutePath().normalize());
        }
        thread = new Thread(() -> loop(onChange), "gongkai-watch");
        thread.setDaemon(true);
    }

    public Watcher start() {
        thread.start();
        return this;
    }

    private void registerTree(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path dir : s.filter(Files::isDirectory).toList()) {
                register(dir, true);
            }
        }
    }

    private void register(Path dir, boolean tree) throws IOException {
        WatchKey key = dir.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
        dirs.put(key, tree ? dir : null);
    }

    private void loop(Consumer<Set<Path>> onChange) {
        try {
            while (true) {
                Set<Path> changed = new LinkedHashSet<>();
                collect(service.take(), changed);
                // Editors save in several steps (truncate, write, rename): wait until they are done.
                for (WatchKey more; (more = service.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null; ) {
                    collect(more, changed);
                }
                if (!changed.isEmpty()) {
                    try {
                        onChange.accept(changed);
                    } catch (RuntimeException | StackOverflowError e) {
                        // The watcher must outlive whatever one change does; the consumer reports its own failures.
                        System.err.println("gongkai：处理修改时出错：" + e);
                    }
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void collect(WatchKey key, Set<Path> changed) {
        Path dir = dirs.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                changed.add(config);
                continue;
            }
            Path name = (Path) event.context();
            if (dir == null) {
                // The project folder itself: only site-config.yml matters there.
                if (config.getFileName().equals(name)) {
                    changed.add(config);
                }
                continue;
            }
            Path path = dir.resolve(name);
            if (name.toString().startsWith(".") || name.toString().endsWith("~")) {
                continue;
            }
            changed.add(path);
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(path)) {
                try {
                    registerTree(path);
                } catch (IOException e) {
                    // The folder vanished again before it could be watched.
                }
            }
        }
        key.reset();
    }

    @Override
    public void close() throws IOException {
        service.close();
        thread.interrupt();
    }
}
