package gongkai.cli;

import gongkai.diagnostics.Problem;
import gongkai.importer.ImportFailure;
import gongkai.importer.ProgressExport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"导出落实情况报送表（XLSX），填好后用 gongkai import 导回。",
            "表中是一个单位（或全部单位）承担的任务，留出“截至日期”“落实情况”“状态”三栏待填。"})
final class ExportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    ConfigOption project;

    @Option(names = "--unit", paramLabel = "UNIT", description = "单位的名称或 id：导出它承担的任务（含经由统称承担的）。")
    String unit;

    @Option(names = "--all", description = "导出全部任务（有子项的任务只导出子项）。")
    boolean all;

    @Option(names = "--plan", paramLabel = "ID", description = "只导出这个计划的任务。")
    String plan;

    @Option(names = "--output", paramLabel = "FILE", description = "输出文件，默认 落实情况-<单位 id 或 all>.xlsx。")
    Path output;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if ((unit == null) == !all) {
            throw new CommandLine.ParameterException(spec.commandLine(), "请用 --unit 指明单位，或用 --all 导出全部任务（二者选一）。");
        }
        try {
            Path file = output;
            if (file == null) {
                file = Path.of("落实情况-" + (all ? "all" : unit.strip()) + ".xlsx");
            }
            ProgressExport.Result r = ProgressExport.run(project.buildOptions(), all ? null : unit, plan, file);
            r.report().forEach(out::println);
            return 0;
        } catch (ImportFailure f) {
            for (Problem p : f.problems()) {
                err.println(p.format());
            }
            err.println("导出失败：没有写出文件。");
            return 1;
        }
    }
}
