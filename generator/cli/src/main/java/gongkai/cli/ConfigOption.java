package gongkai.cli;

import gongkai.build.Build;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** --config, which every command has: the project root is the folder of site-config.yml. */
final class ConfigOption {

    @Option(names = {"-c", "--config"}, paramLabel = "FILE", description = "站点配置文件（默认 ./site-config.yml）；项目根目录是它所在的目录。")
    Path config = Path.of("site-config.yml");

    Path file() {
        return config.toAbsolutePath().normalize();
    }

    Path root() {
        return file().getParent();
    }

    /** The standard layout of the project, with SOURCE_DATE_EPOCH from the environment. */
    Build.Options buildOptions() {
        Build.Options d = Build.Options.forProject(root());
        return new Build.Options(d.root(), file(), d.content(), d.templates(), d.output(), null,
                System.getenv("SOURCE_DATE_EPOCH"), false, true, false);
    }
}
