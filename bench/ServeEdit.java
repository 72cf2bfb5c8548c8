import gongkai.build.Build;
import gongkai.serve.DevSite;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * serve's edit loop on a built project: change one task's title, let serve bring the site up to date,
 * and time it. Usage: java -cp generator/target/gongkai.jar bench/ServeEdit.java PROJECT_DIR [EDITS [TASK_FILE]]
 */
public final class ServeEdit {

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]).toAbsolutePath();
        int edits = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        try (DevSite site = DevSite.open(Build.Options.forProject(root).withOutput(root.resolve("_serve")))) {
            run(site, root, args, edits);
        }
    }

    private static void run(DevSite site, Path root, String[] args, int edits) throws Exception {
        long t0 = System.nanoTime();
        DevSite.Outcome first = site.buildAll();
        System.out.printf("first build: %d files in %d ms%n", first.written().size(), (System.nanoTime() - t0) / 1_000_000);
        Path task = root.resolve(args.length > 2 ? args[2] : "content/plans/plan-7/3.md");
        String original = Files.readString(task, StandardCharsets.UTF_8);
        List<Long> millis = new ArrayList<>();
        List<Long> others = new ArrayList<>();
        try {
            for (int i = 0; i < edits; i++) {
                Files.writeString(task, original.replaceFirst("title: (.*)", "title: $1（第" + i + "次修改）"), StandardCharsets.UTF_8);
                long start = System.nanoTime();
                long[] pages = {0, 0};
                DevSite.Outcome out = site.update(Set.of(task), (paths, whole) -> {
                    pages[pages[0] == 0 ? 0 : 1] = (System.nanoTime() - start) / 1_000_000;
                });
                long ms = (System.nanoTime() - start) / 1_000_000;
                millis.add(pages[0]);
                others.add(pages[1]);
                System.out.printf("edit %d: %d files re-rendered; the task's page and search shards written after %d ms,"
                        + " the other pages after %d ms, site-wide data after %d ms%n", i, out.written().size(), pages[0],
                        pages[1], ms);
            }
        } finally {
            Files.writeString(task, original, StandardCharsets.UTF_8);
        }
        System.out.printf("median after warm-up: the edited task's page (and its search shards, its change record) written,"
                + " and reloaded in the browser, after %d ms; the other pages the edit reaches after %d ms%n",
                median(millis), median(others));
    }

    private static long median(List<Long> millis) {
        List<Long> sorted = new ArrayList<>(millis.subList(Math.min(2, millis.size() - 1), millis.size()));
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
