package gongkai.cli;

import gongkai.build.Build;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "读取 site-config.yml、content/ 和 templates/，生成网站到 _site/。")
final class BuildCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    ProjectOptions project;

    @Option(names = "--drafts", description = "同时生成 draft: true 的计划和任务（只用于预览；不给 --output 时写到 _preview/，不碰 _site/）。")
    boolean drafts;

    @Option(names = "--full", description = "重新生成所有文件。默认只重新生成自上次构建以来的修改涉及的文件"
            + "（程序、配置、单位、模板或 git 提交变了，或输出目录被改动过时，也会全部重新生成）。")
    boolean full;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Build.Options options = project.options().withDrafts(drafts).withFull(full);
        if (drafts && project.output == null) {
            // A build with drafts must never land where the public site is published from.
            options = options.withOutput(options.root().resolve("_preview"));
        }
        long start = System.nanoTime();
        BuildProgress progress = project.progress(out);
        Build.Result result = Build.run(options, progress);
        progress.finish();
        int code = project.report(result, out, spec.commandLine().getErr());
        if (code == 0 && !project.quiet) {
            out.printf(Locale.ROOT, "用时 %.2f 秒。网站已写入 %s/%n", (System.nanoTime() - start) / 1e9, options.output());
        }
        return code;
    }
}
