package gongkai.diagnostics;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/** What went wrong with a file, said in the site's language: Java's exceptions name a path and little else. */
public final class IoErrors {

    private IoErrors() {
    }

    public static String describe(IOException e) {
        if (e instanceof AccessDeniedException a) {
            return "没有权限（" + a.getFile() + "）";
        }
        if (e instanceof NoSuchFileException n) {
            return "找不到 " + n.getFile();
        }
        if (e instanceof FileAlreadyExistsException f) {
            return "已存在 " + f.getFile();
        }
        if (e instanceof NotDirectoryException d) {
            return "不是目录：" + d.getFile();
        }
        if (e instanceof DirectoryNotEmptyException d) {
            return "目录不是空的：" + d.getFile();
        }
        if (e instanceof FileSystemLoopException l) {
            return "符号链接成环：" + l.getFile();
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            String reason = fs.getReason().toLowerCase(Locale.ROOT);
            String where = fs.getFile() == null ? "" : "（" + fs.getFile() + "）";
            if (reason.contains("no space left")) {
                return "磁盘空间不足" + where;
            }
            if (reason.contains("read-only file system")) {
                return "文件系统是只读的" + where;
            }
            if (reason.contains("operation not permitted")) {
                return "操作不被允许" + where;
            }
            if (reason.contains("is a directory")) {
                return "这是一个目录" + where;
            }
            return fs.getReason() + where;
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
