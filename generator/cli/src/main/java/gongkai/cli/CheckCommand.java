package gongkai.cli;

import gongkai.build.Build;
import gongkai.diagnostics.Problem;
import gongkai.diagnostics.Problems;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "只检查内容，不生成网站：适合 git 提交前检查和持续集成。没有问题时退出码为 0，有问题时为 1。")
final class CheckCommand implements Callable<Integer> {

    enum Format { human, json }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    ProjectOptions project;

    @Option(names = "--format", paramLabel = "FORMAT", description = "输出格式：human（默认）或 json（每个问题一个对象）。")
    Format format = Format.human;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Problems problems = new Problems();
        // Drafts are checked too: a mistake should surface before the draft is published.
        Build.Options options = project.options().withDrafts(true).withoutHistory();
        int tasks = Build.load(options, problems).map(l -> l.graph().content().tasks().size()).orElse(0);
        List<Problem> found = problems.sorted();
        if (format == Format.json) {
            out.print(ProblemsJson.write(found));
        } else if (found.isEmpty()) {
            if (!project.quiet) {
                out.printf("检查通过：%d 项任务，没有发现问题。%n", tasks);
            }
        } else {
            found.forEach(p -> out.println(p.format()));
            out.printf("发现 %d 个问题。%n", found.size());
        }
        out.flush();
        return found.isEmpty() ? 0 : 1;
    }
}
