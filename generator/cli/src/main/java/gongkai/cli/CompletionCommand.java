package gongkai.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "completion", mixinStandardHelpOptions = true,
        description = {"输出命令补全脚本（bash；zsh 先运行 autoload -U bashcompinit && bashcompinit）。",
            "用法：source <(gongkai completion)，或写进 ~/.bashrc。"})
final class CompletionCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine root = spec.root().commandLine();
        spec.commandLine().getOut().print(AutoComplete.bash("gongkai", root));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
