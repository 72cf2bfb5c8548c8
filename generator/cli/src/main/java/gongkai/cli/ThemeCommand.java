package gongkai.cli;

import gongkai.diagnostics.IoErrors;
import gongkai.render.Theme;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "theme", mixinStandardHelpOptions = true,
        description = "网站主题（模板和静态文件）。",
        subcommands = {ThemeCommand.Export.class})
final class ThemeCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = {"把 gongkai 内置的主题导出到站点的 templates/，以便修改。",
                "只改一两个文件时，也可以只保留改过的文件：其余的仍用内置主题，随 gongkai 升级。",
                "不覆盖已有的文件：有内容不同的同名文件时，什么也不写。"})
    static final class Export implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Mixin
        ConfigOption project;

        @Option(names = "--to", paramLabel = "DIR", description = "导出到哪个目录（默认为项目的 templates/）。")
        Path to;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Path target = to != null ? to.toAbsolutePath().normalize() : project.root().resolve("templates");
            List<String> files = Theme.files("");
            List<String> differ = new ArrayList<>();
            List<String> write = new ArrayList<>();
            try {
                for (String f : files) {
                    Path p = target.resolve(f);
                    if (!Files.exists(p)) {
                        write.add(f);
                    } else if (!Files.isRegularFile(p) || !Arrays.equals(Files.readAllBytes(p), Theme.read(f))) {
                        differ.add(f);
                    }
                }
                if (!differ.isEmpty()) {
                    err.println("gongkai：" + target + " 中已有 " + differ.size() + " 个内容不同的同名文件，为免覆盖你的修改，什么也没有写：");
                    differ.forEach(f -> err.println("  " + f));
                    err.println("请用 --to 导出到另一个目录，再对照合并。");
                    return 2;
                }
                for (String f : write) {
                    Path p = target.resolve(f);
                    Files.createDirectories(p.getParent());
                    Files.write(p, Theme.read(f));
                }
            } catch (IOException e) {
                err.println("gongkai：无法导出主题：" + IoErrors.describe(e) + "。");
                return 1;
            }
            out.println("已导出 " + write.size() + " 个文件到 " + target + (files.size() > write.size()
                    ? "（另有 " + (files.size() - write.size()) + " 个已存在且相同）" : "") + "。");
            return 0;
        }
    }
}
