package gongkai.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** gongkai help [COMMAND], in the words of the rest of the command line (picocli's own is English). */
@Command(name = "help", helpCommand = true, description = "显示某个命令的用法，例如 gongkai help build。")
final class HelpCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "COMMAND", arity = "0..1", description = "要查看用法的命令。")
    String command;

    @Override
    public Integer call() {
        CommandLine parent = spec.parent().commandLine();
        if (command == null) {
            parent.usage(spec.commandLine().getOut());
            return 0;
        }
        CommandLine sub = parent.getSubcommands().get(command);
        if (sub == null) {
            spec.commandLine().getErr().println("gongkai：没有“" + command + "”这个命令。可用的命令："
                    + String.join("、", parent.getSubcommands().keySet()) + "。");
            return 2;
        }
        sub.usage(spec.commandLine().getOut());
        return 0;
    }
}
