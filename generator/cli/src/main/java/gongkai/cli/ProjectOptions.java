package gongkai.cli;

import gongkai.build.Build;
import gongkai.diagnostics.Problem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options every command that builds shares, and how a build's outcome is reported. */
final class ProjectOptions {

    @Mixin
    ConfigOption config;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "输出目录（默认为项目根目录下的 _site/）。")
    Path output;

    @Option(names = {"-q", "--quiet"}, description = "只输出问题和错误，不输出摘要。")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "同时输出各阶段（读取、检查、生成、发布）的用时。")
    boolean verbose;

    @Option(names = "--base-url", paramLabel = "URL", description = "网站的正式地址，例如 https://www.example.gov.cn/gk/；覆盖配置中的 base_url。")
    String baseUrl;

    /** Whether to read the content's git history for the change record (修改记录). */
    enum History { full, none }

    @Option(names = "--history", paramLabel = "full|none", description = "修改记录：full（默认）从 git 历史读取每项任务的修改，"
            + "没有 git 仓库或是浅克隆时不读取并提示一次；none 不读取。")
    History history = History.full;

    Build.Options options() {
        Build.Options d = config.buildOptions();
        return new Build.Options(d.root(), d.config(), d.content(), d.templates(),
                output == null ? d.output() : output.toAbsolutePath().normalize(), baseUrl, d.sourceDateEpoch(),
                false, history == History.full, false);
    }

    /** What to show while a build runs, on out. */
    BuildProgress progress(PrintWriter out) {
        return new BuildProgress(out, !quiet && BuildProgress.onTerminal(), verbose && !quiet);
    }

    /** Prints the build's summary (unless --quiet) or its problems; returns the exit code. */
    int report(Build.Result result, PrintWriter out, PrintWriter err) {
        if (result.refusal() != null) {
            err.println("gongkai：" + result.refusal());
            return 2;
        }
        if (!result.ok()) {
            for (Problem p : result.problems()) {
                err.println(p.format());
            }
            err.printf("构建失败：发现 %d 个问题，输出目录未改动。%n", result.problems().size());
            return 1;
        }
        if (quiet) {
            return 0;
        }
        out.printf(Locale.ROOT, "已生成 %d 个文件（其中 %d 个页面），共 %.1f KB；%d 个文件有变化。%n",
                result.files(), result.pages(), result.bytes() / 1024.0, result.changed());
        if (verbose && result.remade() != null) {
            Build.Remade r = result.remade();
            out.println(r.whole() == null
                    ? String.format(Locale.ROOT, "增量构建：按上次构建的记录，只重新生成本次修改涉及的 %d 个文件，其余文件沿用。", r.files())
                            + (r.sameModel() == 0 ? "" : String.format(Locale.ROOT,
                                    "另有 %d 个页面虽涉及本次修改，但所显示的数据未变，也沿用。", r.sameModel()))
                    : "完整构建：" + r.whole() + "，所有文件都重新生成。");
        }
        out.printf("数据截至 %s（%s）。%n", result.asOf().date(), switch (result.asOf().source()) {
            case CONFIG -> "site-config.yml 的 as_of";
            case SOURCE_DATE_EPOCH -> "环境变量 SOURCE_DATE_EPOCH";
            case LATEST_UPDATE -> "内容中最新一次进展的日期";
            case PLAN_YEAR -> "尚无进展，取最新计划的印发日期或年初";
        });
        String history = historyNote(result);
        if (!history.isEmpty()) {
            out.println(history);
        }
        return 0;
    }

    /** One line on the change record: how many commits it was read from, or why it is not available. */
    static String historyNote(Build.Result result) {
        return switch (result.history()) {
            case READ -> String.format(Locale.ROOT, "修改记录：读取了 %d 次提交。", result.commits());
            case NOT_ASKED -> "";
            case NO_REPOSITORY -> "注意：项目不在 git 仓库中，修改记录不可用：任务页不显示修改记录，“近期修改”页说明了这一点。";
            case SHALLOW -> "注意：这是浅克隆（git clone --depth），历史不完整，因此修改记录不可用（无论克隆多深，结果都一样）。"
                    + "要显示修改记录，请先运行 git fetch --unshallow。";
            case NO_COMMITS -> "注意：git 仓库还没有提交，修改记录不可用。提交内容后再构建即可显示。";
            case UNREADABLE -> "注意：无法读取 git 历史，修改记录不可用；网站照常生成。";
        };
    }
}
