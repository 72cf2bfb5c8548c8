package gongkai.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What may be read as part of the project: its own files, and symlinks that stay inside it. A link that
 * leads out of the project would publish whatever it points at (a password file, another site's data).
 */
public final class ProjectBounds {

    private final Path realRoot;

    public ProjectBounds(Path root) {
        Path abs = root.toAbsolutePath().normalize();
        Path real;
        try {
            real = abs.toRealPath();
        } catch (IOException e) {
            real = abs;
        }
        this.realRoot = real;
    }

    /**
     * Why p may not be read, if it may not (said of p, which the caller names): it is a symlink, or lies below one, that leads out of the project.
     * Only p itself is looked at unless deep is set; callers check the folders they list from.
     */
    public Optional<String> refusal(Path p, boolean deep) {
        if (!deep && !Files.isSymbolicLink(p)) {
            return Optional.empty();
        }
        try {
            if (!Files.exists(p)) {
                return Files.isSymbolicLink(p) ? Optional.of("是指向不存在位置的符号链接（" + Files.readSymbolicLink(p)
                        + "）。请删除这个链接，或把它指向的文件放回项目中。") : Optional.empty();
            }
            Path real = p.toRealPath();
            if (real.startsWith(realRoot)) {
                return Optional.empty();
            }
            return Optional.of("是符号链接（或位于符号链接之下），指向项目之外的 " + real
                    + "：网站只能发布项目自己的文件。请把需要的文件复制进项目，或删除这个链接。");
        } catch (IOException e) {
            return Optional.of("无法解析这个路径（" + e.getMessage() + "）。请检查这个文件或链接。");
        }
    }
}
