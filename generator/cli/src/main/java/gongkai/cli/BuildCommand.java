package gongkai.cli;

import gongkai.build.Build;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "读取 site-config.yml、content/ 和 templates/，生成网站到 _site/。")
final class BuildCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    ProjectOptions project;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Build.Options options = project.options();
        long start = System.nanoTime();
        int code = project.report(Build.run(options), out, spec.commandLine().getErr());
        if (code == 0) {
            out.printf(Locale.ROOT, "用时 %.2f 秒。网站已写入 %s/%n", (System.nanoTime() - start) / 1e9, options.output());
        }
        return code;
    }
}
