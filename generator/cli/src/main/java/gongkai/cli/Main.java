package gongkai.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * gongkai's command line: a thin layer over the build pipeline. Exit 0 ok, 1 content problems or output not
 * written, 2 a mistyped command or a refusal, 3 an internal error.
 */
@Command(name = "gongkai", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "把政务公开任务分解表（content/ 中的 YAML 与 Markdown 文件）生成为可访问的静态网站。")
public final class Main implements Runnable {

    /**
     * The commands, by the names their @Command gives them (written out: reading the annotations is what this list
     * saves), in the order usage lists them.
     */
    static final java.util.Map<String, Class<?>> COMMANDS;

    static {
        java.util.Map<String, Class<?>> byName = new java.util.LinkedHashMap<>();
        byName.put("build", BuildCommand.class);
        byName.put("serve", ServeCommand.class);
        byName.put("check", CheckCommand.class);
        byName.put("new", NewCommand.class);
        byName.put("import", ImportCommand.class);
        byName.put("export", ExportCommand.class);
        byName.put("init", InitCommand.class);
        byName.put("theme", ThemeCommand.class);
        byName.put("completion", CompletionCommand.class);
        byName.put("help", HelpCommand.class);
        COMMANDS = java.util.Collections.unmodifiableMap(byName);
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // A terminal reads what it is set to (GBK in a Chinese Windows console); files and CI logs get UTF-8.
        java.nio.charset.Charset charset = System.console() != null ? System.console().charset() : StandardCharsets.UTF_8;
        System.exit(run(args, new PrintWriter(System.out, true, charset), new PrintWriter(System.err, true, charset)));
    }

    /** Runs a command with the given streams and returns its exit code; used by tests too. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        // picocli reads every command's annotations when it is added: a build began 12 ms later with all of them.
        // A run that names its command first needs only that one; usage, help, completion and a command mistyped
        // need them all.
        Class<?> named = args.length > 0 ? COMMANDS.get(args[0]) : null;
        boolean all = named == null || named == HelpCommand.class || named == CompletionCommand.class;
        COMMANDS.forEach((name, command) -> {
            if (all || named == command) {
                cli.addSubcommand(name, command);
            }
        });
        cli.setResourceBundle(ResourceBundle.getBundle("gongkai.cli.Usage", Locale.ROOT));
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler(new UsageErrors());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("gongkai：内部错误：" + e + "。这是 gongkai 的缺陷，不是内容的问题。"
                    + "请把这条消息和所用的命令报告给维护者。");
            return 3;
        });
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            err.println("gongkai：内存不足。请给 Java 更多内存后重试，例如 JAVA_OPTS=-Xmx4g bin/gongkai build"
                    + "（Windows 上先 set JAVA_OPTS=-Xmx4g，再运行 bin\\gongkai.cmd build）。");
            err.flush();
            return 3;
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** This gongkai's version, from the build. */
    static String version() {
        Properties p = new Properties();
        try (InputStream in = Main.class.getResourceAsStream("/gongkai/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // Then "dev", as in a build that did not go through Maven.
        }
        return p.getProperty("version", "dev");
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"gongkai " + version()};
        }
    }
}
