package gongkai.cli;

import gongkai.diagnostics.Problem;
import gongkai.importer.ColumnOverride;
import gongkai.importer.ImportFailure;
import gongkai.importer.PlanImport;
import gongkai.importer.ProgressImport;
import gongkai.importer.SourceDocument;
import gongkai.importer.SourceFile;
import gongkai.importer.SourceFormat;
import gongkai.importer.StatusWords;
import gongkai.model.Status;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"把任务分解表（DOCX、XLSX、旧版 DOC/XLS（含 WPS）、网页 HTML、有文字层的 PDF、CSV、文本表格，或分条写的通知）导入为 content/ 中的计划和任务文件；",
            "或把 gongkai export 导出、已填好“落实情况”的表格导回，给相应任务追加进展。"})
final class ImportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    ConfigOption project;

    @Parameters(paramLabel = "FILE", description = "要导入的文件。")
    String file;

    @Option(names = "--plan", paramLabel = "ID", description = "计划 id（目录名，也是网址的一部分）。默认为“辖区 id-年度”，如 kaiping-2018。")
    String plan;

    @Option(names = "--title", paramLabel = "TEXT", description = "计划标题。默认取表格上方的标题行。")
    String title;

    @Option(names = "--year", paramLabel = "YEAR", description = "计划年度。默认从标题或文号中读出。")
    Integer year;

    @Option(names = "--jurisdiction", paramLabel = "UNIT", description = "计划所属的行政区（名称或 id），任务中的单位在它之内查找、新增。")
    String jurisdiction;

    @Option(names = "--jurisdiction-id", paramLabel = "ID", description = "新建行政区时它的 id，如 kaiping。")
    String jurisdictionId;

    @Option(names = "--issuer", paramLabel = "UNIT", description = "发布单位（名称或 id）。默认取“××文件”一行。")
    String issuer;

    @Option(names = "--doc-number", paramLabel = "TEXT", description = "文号，如 开府办〔2018〕26号。默认从文件中读出。")
    String docNumber;

    @Option(names = "--issued", paramLabel = "DATE", description = "印发日期 YYYY-MM-DD。默认从“××年×月×日印发”读出。")
    String issued;

    @Option(names = "--report-date", paramLabel = "DATE", description = "“落实情况”截至的日期 YYYY-MM-DD：表中的落实情况记为这一天的进展。")
    String reportDate;

    @Option(names = "--report-status", paramLabel = "STATUS", description = "表中落实情况的状态（表中没有状态栏时），默认 in-progress。")
    String reportStatus;

    @Option(names = "--format", paramLabel = "FORMAT", description = "读取方式：docx、xlsx、doc、xls、html、pdf、csv；text（文本，自动识别版式）、"
            + "tabs（Word 导出的制表符文本）、pipe-rows（网页复制、每行一个表格行、格间用“|”）、pipe-cells（网页复制、每格一行以“|”结尾）、"
            + "paragraphs（每格一段）、run-together（各格连在一起）、yaml（追踪表）、prose（分条写的通知）。默认按文件判断。")
    String format;

    @Option(names = "--encoding", paramLabel = "NAME", description = "文本文件的编码：UTF-8、GB18030（含 GBK）等。默认自动识别。")
    String encoding;

    @Option(names = "--sheet", paramLabel = "NAME", description = "XLSX 中要读的工作表，默认第一个。")
    String sheet;

    @Option(names = "--column", paramLabel = "ROLE=COL", description = "指明某列的内容，表头用词不常见时使用：角色=第几列（1 起，或 A、B…）或 角色=表头文字。可重复。")
    List<String> columns = new ArrayList<>();

    @Option(names = "--force", description = "覆盖导入后被编辑过的文件。")
    boolean force;

    @Option(names = "--dry-run", description = "只显示读懂的结果（版式、各列读作什么、前几项任务、新增单位、未识别的列、提示）和会新增、更新哪些文件，不写入。")
    boolean dryRun;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SourceFormat fmt = format == null ? null : SourceFormat.fromId(format).orElseThrow(() -> usage(
                "--format 的值“" + format + "”无效，可用：" + SourceFormat.ids() + "。"));
        List<ColumnOverride> overrides = new ArrayList<>();
        for (String c : columns) {
            try {
                overrides.add(ColumnOverride.parse(c));
            } catch (IllegalArgumentException e) {
                throw usage(e.getMessage());
            }
        }
        LocalDate issuedDate = date("--issued", issued);
        LocalDate reportOn = date("--report-date", reportDate);
        Status status = reportStatus == null ? null : StatusWords.parse(reportStatus, Map.of()).orElseThrow(() -> usage(
                "--report-status 的值“" + reportStatus + "”无效，可用：" + Status.allIds() + "。"));
        StageLine line = new StageLine(out, BuildProgress.onTerminal());
        try (line) {
            line.stage("正在读取 " + file + "…");
            SourceDocument doc = SourceFile.read(Path.of(file), file, new SourceFile.Options(fmt, encoding, sheet));
            line.stage("正在理解表格并写入内容文件…");
            List<String> report;
            boolean failed;
            if (ProgressImport.isProgressSheet(doc)) {
                ProgressImport.Result r = ProgressImport.run(project.buildOptions(), doc, reportOn, dryRun);
                report = r.report();
                failed = false;
            } else {
                PlanImport.Result r = PlanImport.run(project.root(), project.root().resolve("content"), doc,
                        new PlanImport.Options(plan, title, year, jurisdiction, jurisdictionId, issuer, docNumber, issuedDate,
                                reportOn, status, overrides, fmt == SourceFormat.PROSE, force, dryRun));
                report = r.report();
                failed = r.conflicts() && !force;
            }
            line.close();
            report.forEach(failed ? err::println : out::println);
            return failed ? 1 : 0;
        } catch (ImportFailure f) {
            for (Problem p : f.problems()) {
                err.println(p.format());
            }
            err.println("导入失败：未写入任何文件。");
            return 1;
        }
    }

    private LocalDate date(String option, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw usage(option + " 的值“" + value + "”不是 YYYY-MM-DD 格式的日期，例如 2018-11-30。");
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
