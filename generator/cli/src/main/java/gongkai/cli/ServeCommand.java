package gongkai.cli;

import gongkai.build.Build;
import gongkai.diagnostics.Problem;
import gongkai.serve.DevSite;
import gongkai.serve.StaticServer;
import gongkai.serve.Watcher;
import gongkai.write.OutputRefused;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "构建网站并在本机预览：http://localhost:8080/。修改内容或模板后自动重新生成并刷新浏览器；按 Ctrl+C 停止。")
final class ServeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    ProjectOptions project;

    @Option(names = {"-p", "--port"}, paramLabel = "PORT", description = "端口（默认 8080）。")
    int port = 8080;

    @Option(names = "--drafts", description = "同时显示 draft: true 的计划和任务（只用于预览）。")
    boolean drafts;

    @Option(names = "--bind", paramLabel = "ADDRESS", description = "监听的地址（默认 127.0.0.1，只有本机能访问）。"
            + "要在同一局域网的手机上预览，可用 0.0.0.0，再用本机的 IP 地址访问。")
    String bind = "127.0.0.1";

    @Option(names = "--open", description = "生成后用默认浏览器打开预览页面。")
    boolean open;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "端口 " + port + " 无效：端口是 1 到 65535 之间的整数（0 表示任选一个空闲端口），例如 --port 8081。");
        }
        Build.Options options = project.options().withDrafts(drafts);
        if (drafts && project.output == null) {
            // A preview with drafts must never land where the public site is published from.
            options = options.withOutput(options.root().resolve("_preview"));
        }
        DevSite site;
        try {
            site = DevSite.open(options);
        } catch (OutputRefused e) {
            err.println("gongkai：" + e.getMessage());
            return 2;
        }
        try (site) {
            return serve(site, options, out, err);
        }
    }

    private int serve(DevSite site, Build.Options options, PrintWriter out, PrintWriter err)
            throws IOException, InterruptedException {
        DevSite.Outcome first = site.buildAll();
        report(first, 0, 0, out, err);
        StaticServer started;
        try {
            started = new StaticServer(options.output(), bind, port, true).start();
        } catch (java.net.BindException e) {
            err.println("端口 " + port + " 已被占用：请关闭占用它的程序，或用 --port 换一个端口，例如 --port 8081。");
            return 2;
        }
        try (StaticServer server = started;
             Watcher watcher = new Watcher(options.config(), List.of(options.content(), options.templates()),
                     changed -> {
                         long start = System.nanoTime();
                         long[] pagesAt = {0};
                         DevSite.Outcome outcome = site.update(changed, (paths, whole) -> {
                             if (pagesAt[0] == 0) {
                                 pagesAt[0] = (System.nanoTime() - start) / 1_000_000;
                             }
                             server.written(paths, whole);
                         });
                         if (!outcome.ok()) {
                             server.reload(outcome.problems());
                         }
                         report(outcome, pagesAt[0], (System.nanoTime() - start) / 1_000_000, out, err);
                     }).start()) {
            server.setProblems(first.problems());
            String address = "http://" + (isLoopback(bind) || bind.equals("0.0.0.0") || bind.equals("::") ? "localhost" : bind)
                    + ":" + server.port() + "/";
            out.println("预览地址：" + address + (drafts ? "（含草稿）" : "") + "。修改后会自动刷新；按 Ctrl+C 停止。");
            out.flush();
            if (open && !Browser.open(address)) {
                err.println("无法自动打开浏览器：请手工打开 " + address);
                err.flush();
            }
            new CountDownLatch(1).await();
        }
        return 0;
    }

    private static boolean isLoopback(String address) {
        return address.equals("127.0.0.1") || address.equals("localhost") || address.equals("::1");
    }

    private static void report(DevSite.Outcome outcome, long pagesMillis, long millis, PrintWriter out,
            PrintWriter err) {
        if (!outcome.ok()) {
            for (Problem p : outcome.problems()) {
                err.println(p.format());
            }
            err.printf("发现 %d 个问题；浏览器中仍显示上次成功生成的页面。%n", outcome.problems().size());
            err.flush();
            return;
        }
        if (millis == 0) {
            out.printf(Locale.ROOT, "已全部生成：%d 个文件。%n", outcome.written().size());
        } else {
            out.printf(Locale.ROOT, "%s：%d 个文件；页面 %d 毫秒后刷新，全部完成用时 %d 毫秒。%n",
                    outcome.full() ? "已全部重新生成" : "已更新", outcome.written().size(), pagesMillis, millis);
        }
        out.flush();
    }
}
