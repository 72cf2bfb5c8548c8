package gongkai.cli;

import gongkai.build.Build;
import gongkai.serve.StaticServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "构建网站并在本机预览：http://localhost:8080/（按 Ctrl+C 停止）。")
final class ServeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    ProjectOptions project;

    @Option(names = "--port", paramLabel = "PORT", description = "端口（默认 8080）。")
    int port = 8080;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        Build.Options options = project.options();
        int code = project.report(Build.run(options), out, spec.commandLine().getErr());
        if (code != 0) {
            return code;
        }
        try (StaticServer server = new StaticServer(options.output(), port).start()) {
            out.println("预览地址：http://localhost:" + server.port() + "/（按 Ctrl+C 停止）");
            new CountDownLatch(1).await();
        }
        return 0;
    }
}
