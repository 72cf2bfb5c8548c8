package gongkai.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * The theme's FreeMarker templates, compiled once and shared by the rendering threads. Output is
 * HTML-escaped by default; ?new and ?api are closed so a theme cannot reach into Java.
 */
public final class Templates {

    private final Configuration cfg;
    private final String dirName;
    private final Path dir;
    private final Map<String, Path> ownStatic;

    /**
     * The templates of a site whose own templates/ is dir (it need not exist): each template is taken from
     * there when the site has it, from the built-in theme otherwise.
     */
    public Templates(Path dir) throws IOException {
        this(dir, Map.of());
    }

    /** ownStatic: the site's own files under templates/static/, by their path there, as the build found them. */
    public Templates(Path dir, Map<String, Path> ownStatic) throws IOException {
        this.dir = dir;
        this.ownStatic = Map.copyOf(ownStatic);
        this.dirName = dir.getFileName() == null ? "templates" : dir.getFileName().toString();
        cfg = new Configuration(Configuration.VERSION_2_3_34);
        TemplateLoader builtIn = new ClassTemplateLoader(Templates.class.getClassLoader(), Theme.ROOT);
        cfg.setTemplateLoader(Files.isDirectory(dir)
                ? new MultiTemplateLoader(new TemplateLoader[] {new FileTemplateLoader(dir.toFile()), builtIn})
                : builtIn);
        cfg.setObjectWrapper(new RecordWrapper());
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setAutoEscapingPolicy(Configuration.ENABLE_IF_SUPPORTED_AUTO_ESCAPING_POLICY);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setLocale(Locale.SIMPLIFIED_CHINESE);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setNumberFormat("computer");
        cfg.setBooleanFormat("c");
        cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
    }

    /** The site's own static files by their path under static/ (scripts, style sheets, images). */
    public Map<String, Path> ownStatic() {
        return ownStatic;
    }

    /** How problems name a file of the theme: the site's own when it has it, else the built-in theme's. */
    String shownName(String path) {
        return where(path);
    }

    /** A template error, named by the template file and line. */
    public static final class TemplateError extends Exception {
        private final String file;
        private final int line;

        public TemplateError(String file, int line, String message) {
            super(message);
            this.file = file;
            this.line = line;
        }

        public String file() {
            return file;
        }

        public int line() {
            return line;
        }
    }

    /** capacity: the expected output size, so small fragments do not each allocate a page-sized buffer. */
    public String render(String name, Map<String, Object> model, int capacity) throws TemplateError {
        StringWriter out = new StringWriter(capacity);
        process(name, model, out);
        return out.toString();
    }

    /** A whole page, encoded as UTF-8 while it is rendered. */
    public byte[] renderBytes(String name, Map<String, Object> model) throws TemplateError {
        Utf8Writer out = new Utf8Writer(16 * 1024);
        process(name, model, out);
        return out.toByteArray();
    }

    private void process(String name, Map<String, Object> model, Writer out) throws TemplateError {
        try {
            cfg.getTemplate(name).process(model, out);
        } catch (ParseException e) {
            throw new TemplateError(where(e.getTemplateName()), e.getLineNumber(), "模板语法错误："
                    + firstLine(e.getEditorMessage()));
        } catch (TemplateException e) {
            throw new TemplateError(where(e.getTemplateSourceName()), e.getLineNumber() == null ? 0 : e.getLineNumber(),
                    "模板执行出错：" + describe(e.getMessageWithoutStackTop()));
        } catch (IOException e) {
            throw new TemplateError(where(name), 0, "无法读取模板：" + e.getMessage());
        } catch (SecurityException e) {
            // FreeMarker's loader refuses a template whose real path leaves the theme folder (a symlink out).
            throw new TemplateError(where(name), 0, "模板是符号链接（或位于符号链接之下），指向模板目录之外：网站只能使用项目自己的模板。"
                    + "请把模板文件复制进 templates/，或删除这个链接。");
        }
    }

    /** The site's own file when it overrides the template, else the built-in theme's. */
    private String where(String source) {
        if (source == null) {
            return dirName + "/?";
        }
        return Files.exists(dir.resolve(source)) ? dirName + "/" + source : "（gongkai 内置主题）" + source;
    }

    /** FreeMarker's first line says what went wrong, its "==>" line names the expression; the rest is tips. */
    private static String describe(String message) {
        String[] lines = message == null ? new String[0] : message.strip().split("\n");
        StringBuilder sb = new StringBuilder(lines.length == 0 ? "" : lines[0].strip());
        for (String line : lines) {
            String t = line.strip();
            if (t.startsWith("==>")) {
                int in = t.indexOf("  [in template");
                sb.append(' ').append((in < 0 ? t : t.substring(0, in)).replace("==>", "").strip());
            }
        }
        return sb.toString();
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        String t = s.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl);
    }
}
