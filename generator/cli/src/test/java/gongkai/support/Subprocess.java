package gongkai.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** gongkai's command line in a JVM of its own, for what only another process can show: kill -9, two at once. */
public final class Subprocess {

    private Subprocess() {
    }

    /** Starts gongkai with these arguments in dir; its output goes to files beside dir's logs. */
    public static Process start(Path dir, Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Xshare:auto");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("gongkai.cli.Main");
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        File out = log.toFile();
        pb.redirectErrorStream(true).redirectOutput(out);
        return pb.start();
    }
}
