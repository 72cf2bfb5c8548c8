import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;

/**
 * Turns a project written by SyntheticSite into a git repository with a history: the project as the first commit,
 * then COMMITS commits of FILES task files each, every file edited as editors edit them (a deadline moved later, a
 * progress report added, a status set, the requirement or the title reworded, a supporting unit added), a day apart.
 * The same seed gives the same repository.
 *
 * Usage: java -cp generator/target/gongkai.jar bench/HistoryRepo.java PROJECT_DIR [COMMITS [FILES [SEED]]]
 */
public final class HistoryRepo {

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]).toAbsolutePath();
        int commits = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        int files = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        SplittableRandom random = new SplittableRandom(args.length > 3 ? Long.parseLong(args[3]) : 20191231L);
        if (Files.exists(root.resolve(".git"))) {
            System.err.println(root + " is already a git repository");
            System.exit(2);
        }
        List<Path> tasks;
        try (Stream<Path> s = Files.walk(root.resolve("content/plans"))) {
            tasks = s.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().equals("plan.md")).sorted().toList();
        }
        Files.writeString(root.resolve(".gitignore"), "_site*/\n._site*/\n_serve/\n._serve.gongkai/\n");
        long t0 = System.nanoTime();
        try (Git git = Git.init().setDirectory(root.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            commit(git, "发布全部计划", 0);
            for (int c = 1; c <= commits; c++) {
                List<Path> chosen = new ArrayList<>();
                while (chosen.size() < files) {
                    Path p = tasks.get(random.nextInt(tasks.size()));
                    if (!chosen.contains(p)) {
                        chosen.add(p);
                    }
                }
                for (Path p : chosen) {
                    Files.writeString(p, edit(Files.readString(p, StandardCharsets.UTF_8), c, random), StandardCharsets.UTF_8);
                    git.add().addFilepattern(root.relativize(p).toString().replace('\\', '/')).call();
                }
                commit(git, "第" + c + "批修改：调整完成时限，补充落实情况", c);
            }
        }
        System.out.printf("%d commits of %d files in %d s%n", commits, files, (System.nanoTime() - t0) / 1_000_000_000);
    }

    private static void commit(Git git, String message, int day) throws Exception {
        PersonIdent who = new PersonIdent("编辑", "editor@example.gov.cn",
                java.util.Date.from(Instant.parse("2020-01-02T02:00:00Z").plusSeconds(86_400L * day)), TimeZone.getTimeZone("UTC"));
        git.commit().setMessage(message).setSign(false).setAuthor(who).setCommitter(who).call();
    }

    /** One editor's edit of a task file. */
    static String edit(String text, int c, SplittableRandom random) {
        int close = text.indexOf("\n---\n", 4);
        String front = text.substring(0, close + 1);
        String body = text.substring(close + 5);
        switch (random.nextInt(6)) {
            case 0 -> {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^deadline: (\\d{4}-\\d{2}-\\d{2})$").matcher(front);
                if (m.find()) {
                    LocalDate later = LocalDate.parse(m.group(1)).plusMonths(1 + random.nextInt(3));
                    later = later.withDayOfMonth(later.lengthOfMonth());
                    front = front.substring(0, m.start()) + "deadline: " + later + front.substring(m.end());
                    front = front.replaceFirst("(?m)^deadline_text: .*$", "deadline_text: " + later.getMonthValue() + "月底前");
                    break;
                }
                String remark = "remarks: 第" + c + "批修改时补充的备注。";
                front = front.contains("\nremarks: ") ? front.replaceFirst("(?m)^remarks: .*$", remark) : front + remark + "\n";
            }
            case 1 -> {
                LocalDate date = LocalDate.of(2020, 1, 1).plusDays(c);
                String update = "  - date: " + date + "\n    status: " + (random.nextBoolean() ? "in-progress" : "completed")
                        + "\n    text: 第" + c + "批报送：已按要求推进，相关信息已在门户网站公开。\n";
                int list = front.indexOf("\nupdates:\n");
                if (list < 0) {
                    front = front + "updates:\n" + update;
                } else {
                    // After the last line of the list: the lines indented under updates:.
                    int end = list + "\nupdates:\n".length();
                    while (end < front.length() && front.startsWith("  ", end)) {
                        end = front.indexOf('\n', end) + 1;
                    }
                    front = front.substring(0, end) + update + front.substring(end);
                }
            }
            case 2 -> {
                String status = new String[] {"in-progress", "completed", "ongoing", "not-started"}[random.nextInt(4)];
                front = front.matches("(?s).*\\nstatus: [a-z-]+\\n.*") ? front.replaceFirst("(?m)^status: [a-z-]+$", "status: " + status)
                        : front.replaceFirst("(?m)^(number: .*)$", "$1\nstatus: " + status);
            }
            case 3 -> body = body.strip() + "按季度更新公开内容，接受社会监督（第" + c + "批修改）。\n";
            case 4 -> {
                if (front.contains("\ntitle: ")) {
                    front = front.replaceFirst("(?m)^title: (.*?)(（第\\d+次修订）)?$", "title: $1（第" + c + "次修订）");
                } else {
                    body = body.strip() + "（第" + c + "批修改）\n";
                }
            }
            default -> {
                java.util.regex.Matcher lead = java.util.regex.Pattern.compile("(?m)^lead: \\[(.*)\\]$").matcher(front);
                if (lead.find() && !front.contains("\nsupport: ")) {
                    front = front + "support: [" + lead.group(1) + "]\n";
                } else {
                    body = body.strip() + "（第" + c + "批修改）\n";
                }
            }
        }
        return front + "---\n" + body;
    }
}
