package gongkai.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * A mistyped command, said in Chinese (picocli's own messages are English), with what was probably meant and
 * where the usage is. Exit code 2: nothing was done.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("gongkai：" + describe(ex));
        if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
            err.println("是否想写：" + String.join("、", u.getSuggestions()) + "？");
        }
        String name = cmd.getCommandSpec().qualifiedName(" ");
        err.println("用 " + name + " --help 查看用法。");
        err.flush();
        return 2;
    }

    static String describe(ParameterException ex) {
        if (ex instanceof CommandLine.UnmatchedArgumentException u) {
            List<String> unmatched = u.getUnmatched();
            return (u.isUnknownOption() ? "未知选项：" : "未知的命令或多余的参数：") + String.join(" ", unmatched);
        }
        if (ex instanceof CommandLine.MissingParameterException m) {
            return "缺少必需的" + m.getMissing().stream().map(UsageErrors::name).collect(Collectors.joining("、")) + "。";
        }
        if (ex instanceof CommandLine.OverwrittenOptionException o) {
            return "选项 " + name(o.getOverwritten()) + " 只能给一次。";
        }
        if (ex.getArgSpec() != null && ex.getValue() != null) {
            return name(ex.getArgSpec()) + " 的值“" + ex.getValue() + "”无效"
                    + (ex.getArgSpec().type() == int.class || ex.getArgSpec().type() == Integer.class ? "：应是整数" : "")
                    + "。";
        }
        return ex.getMessage();
    }

    private static String name(ArgSpec arg) {
        if (arg instanceof OptionSpec o) {
            return "选项 " + o.longestName() + (o.arity().max() > 0 ? "=" + o.paramLabel() : "");
        }
        return "参数 " + arg.paramLabel();
    }
}
