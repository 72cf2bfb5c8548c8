package gongkai.cli;

import gongkai.check.Fields;
import gongkai.diagnostics.IoErrors;
import gongkai.scaffold.Scaffold;
import gongkai.scaffold.SiteScaffold;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "init", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"新建一个站点：配置、单位登记、示例计划、提交前检查和持续集成示例。",
            "site-config.yml 每项都有中文说明；另有 .gitignore、.githooks/pre-commit、.gitlab-ci.yml 和",
            ".github/workflows/gongkai.yml。网站模板用 gongkai 内置的主题，要改哪个再用 gongkai theme export 导出。"})
final class InitCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "新站点的目录：不存在，或是空目录。")
    Path dir;

    @Option(names = "--jurisdiction", required = true, paramLabel = "NAME", description = "行政区名称，例如 厦门市、思明区。")
    String jurisdiction;

    @Option(names = "--jurisdiction-id", required = true, paramLabel = "ID", description = "行政区的 id，用作网址，例如 xiamen。")
    String jurisdictionId;

    @Option(names = "--title", paramLabel = "TEXT", description = "网站名称（默认：行政区名称 + 政务公开工作任务落实情况）。")
    String title;

    @Option(names = "--base-url", paramLabel = "URL", description = "网站的正式地址（默认 https://www.example.gov.cn/，以后可在 site-config.yml 中改）。")
    String baseUrl = "https://www.example.gov.cn/";

    @Option(names = "--year", paramLabel = "YEAR", description = "示例计划的年度（默认今年）。")
    Integer year;

    @Option(names = "--empty", description = "不生成示例计划。")
    boolean empty;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path target = dir.toAbsolutePath().normalize();
        if (!Fields.isValidId(jurisdictionId)) {
            err.println("gongkai：id“" + jurisdictionId + "”不能用作网址：" + Fields.idRule() + "。");
            return 2;
        }
        if (jurisdiction.isBlank()) {
            err.println("gongkai：--jurisdiction 不能为空，例如 --jurisdiction 厦门市。");
            return 2;
        }
        try {
            if (Files.exists(target) && (!Files.isDirectory(target) || !isEmpty(target))) {
                err.println("gongkai：" + dir + " 已存在且不是空目录，未做任何改动。请指定一个新目录或空目录。");
                return 2;
            }
            int y = year != null ? year : Year.now(ZoneId.of("Asia/Shanghai")).getValue();
            String name = title != null ? title : jurisdiction + "政务公开工作任务落实情况";
            List<Scaffold.NewFile> files = SiteScaffold.files(target, new SiteScaffold.Spec(jurisdictionId, jurisdiction,
                    name, baseUrl.endsWith("/") ? baseUrl : baseUrl + "/", y, !empty, Main.version()));
            for (Scaffold.NewFile f : files) {
                Files.createDirectories(f.path().getParent());
                Files.writeString(f.path(), f.text(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
                if (f.path().getFileName().toString().equals("pre-commit")) {
                    executable(f.path());
                }
            }
            out.println("已新建站点 " + dir + "（" + files.size() + " 个文件）。接下来：");
            out.println("  cd " + dir);
            out.println("  gongkai serve      # 预览，保存后自动刷新");
            out.println("  git init && git config core.hooksPath .githooks   # 用 git 管理，提交前自动检查");
            out.flush();
            return 0;
        } catch (IOException e) {
            err.println("gongkai：无法新建站点：" + IoErrors.describe(e) + "。");
            return 1;
        }
    }

    private static boolean isEmpty(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.findAny().isEmpty();
        }
    }

    private static void executable(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (IOException | UnsupportedOperationException e) {
            // Windows has no such bit; git records the hook as it is given.
        }
    }
}
