package gongkai.cli;

import gongkai.check.Fields;
import gongkai.diagnostics.IoErrors;
import gongkai.scaffold.Scaffold;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Year;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

@Command(name = "new", mixinStandardHelpOptions = true,
        description = "新建内容文件（计划、任务或单位），带好要填的字段和中文说明；已有文件不会被覆盖。",
        subcommands = {NewCommand.Task.class, NewCommand.Plan.class, NewCommand.Unit.class})
final class NewCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static int write(CommandLine.Model.CommandSpec spec, Path root, Scaffold.NewFile file) throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String shown = root.relativize(file.path()).toString().replace('\\', '/');
        try {
            Files.createDirectories(file.path().getParent());
            Files.writeString(file.path(), file.text(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            err.println(shown + ": 文件已存在，未做任何改动。请换一个 id，或直接编辑该文件。");
            return 2;
        } catch (IOException e) {
            err.println(shown + ": 无法新建文件：" + IoErrors.describe(e) + "。");
            return 1;
        }
        out.println("已新建 " + shown + "，请打开填写。");
        return 0;
    }

    static boolean badId(CommandLine.Model.CommandSpec spec, String id) {
        if (Fields.isValidId(id)) {
            return false;
        }
        spec.commandLine().getErr().println("id“" + id + "”不能用作网址：" + Fields.idRule() + "。");
        return true;
    }

    @Command(name = "task", mixinStandardHelpOptions = true, description = "在计划中新建下一项任务（或 --parent 指定任务的下一个子项）。")
    static final class Task implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Mixin
        ConfigOption project;

        @Parameters(paramLabel = "PLAN", description = "计划 id（content/plans/ 下的目录名）。")
        String plan;

        @Option(names = "--parent", paramLabel = "TASK", description = "上级任务 id：新建它的下一个子项。")
        String parent;

        @Override
        public Integer call() throws IOException {
            Path planDir = project.root().resolve("content/plans").resolve(plan);
            if (badId(spec, plan)) {
                return 2;
            }
            if (!Files.isRegularFile(planDir.resolve("plan.md"))) {
                spec.commandLine().getErr().println("找不到计划“" + plan + "”：content/plans/" + plan
                        + "/plan.md 不存在。可以先运行 gongkai new plan " + plan + "。");
                return 2;
            }
            if (parent != null && (badId(spec, parent) || !Files.isRegularFile(planDir.resolve(parent + ".md")))) {
                spec.commandLine().getErr().println("找不到上级任务“" + parent + "”：content/plans/" + plan + "/"
                        + parent + ".md 不存在。");
                return 2;
            }
            return write(spec, project.root(), Scaffold.task(planDir, parent));
        }
    }

    @Command(name = "plan", mixinStandardHelpOptions = true, description = "新建一个计划目录和它的 plan.md。")
    static final class Plan implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Mixin
        ConfigOption project;

        @Parameters(paramLabel = "ID", description = "计划 id，用作网址，例如 xiamen-2020。")
        String id;

        @Option(names = "--year", paramLabel = "YEAR", description = "计划年度（默认今年）。")
        Integer year;

        @Override
        public Integer call() throws IOException {
            if (badId(spec, id)) {
                return 2;
            }
            int y = year != null ? year : Year.now(ZoneId.of("Asia/Shanghai")).getValue();
            return write(spec, project.root(), Scaffold.plan(project.root().resolve("content/plans"), id, y));
        }
    }

    @Command(name = "unit", mixinStandardHelpOptions = true, description = "新建一个单位登记文件。")
    static final class Unit implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Mixin
        ConfigOption project;

        @Parameters(paramLabel = "ID", description = "单位 id，用作网址，例如 xiamen-czj。")
        String id;

        @Option(names = "--name", required = true, paramLabel = "NAME", description = "单位全称，例如 厦门市财政局。")
        String name;

        @Option(names = "--parent", paramLabel = "ID", description = "上级单位的 id，例如 xiamen。")
        String parent;

        @Override
        public Integer call() throws IOException {
            if (badId(spec, id)) {
                return 2;
            }
            return write(spec, project.root(), Scaffold.unit(project.root().resolve("content/units"), id, name, parent));
        }
    }
}
