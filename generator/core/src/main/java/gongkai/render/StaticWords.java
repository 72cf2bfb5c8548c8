package gongkai.render;

import gongkai.model.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The theme's scripts and style sheets, with their words filled in: in a .js or .css file of static/, {{msg:key}}
 * inside a quoted string becomes that message of the site's language, escaped for the string. A script formats
 * a message's {placeholders} itself when it runs. So pages carry no inline script and no words for the scripts,
 * and the files stay the same from build to build of one site.
 */
public final class StaticWords {

    private static final Pattern TOKEN = Pattern.compile("\\{\\{msg:([^}]*)\\}\\}");

    private StaticWords() {
    }

    /** Whether a static file is rendered with its words (scripts and style sheets) rather than copied. */
    public static boolean hasWords(String path) {
        return path.endsWith(".js") || path.endsWith(".css");
    }

    /**
     * One job per script and style sheet of the theme: the built-in theme's, unless the site has its own of the
     * same name, and the site's own.
     */
    public static List<Job> jobs(Templates templates, Messages messages) {
        List<Job> jobs = new ArrayList<>();
        Map<String, Path> own = templates.ownStatic();
        for (String builtIn : Theme.files("static/")) {
            String rel = builtIn.substring("static/".length());
            if (hasWords(rel) && !own.containsKey(rel)) {
                String shown = "（gongkai 内置主题）" + builtIn;
                jobs.add(new Job("assets/" + rel, () -> fill(shown, rel, read(shown, () -> Theme.read(builtIn)), messages),
                        Shows.NOTHING));
            }
        }
        own.forEach((rel, file) -> {
            if (hasWords(rel)) {
                String shown = templates.shownName("static/" + rel);
                jobs.add(new Job("assets/" + rel, () -> fill(shown, rel, read(shown, () -> Files.readAllBytes(file)), messages),
                        Shows.NOTHING));
            }
        });
        return jobs;
    }

    private interface Reader {
        byte[] read() throws IOException;
    }

    private static byte[] read(String shown, Reader reader) throws Templates.TemplateError {
        try {
            return reader.read();
        } catch (IOException e) {
            throw new Templates.TemplateError(shown, 0, "无法读取静态文件：" + e.getMessage());
        }
    }

    /** The file with each {{msg:key}} replaced; an unknown key is an error naming the file and line. */
    static byte[] fill(String shown, String path, byte[] bytes, Messages messages) throws Templates.TemplateError {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf("{{msg:") < 0) {
            return bytes;
        }
        boolean css = path.endsWith(".css");
        Matcher m = TOKEN.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 256);
        int from = 0;
        while (m.find()) {
            String key = m.group(1);
            if (!messages.has(key)) {
                int line = 1 + (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count();
                throw new Templates.TemplateError(shown, line, "没有文字“" + key + "”：内置主题和 templates/messages/"
                        + messages.language() + ".yml 中都没有这个键。");
            }
            out.append(text, from, m.start()).append(css ? cssString(messages.text(key)) : jsString(messages.text(key)));
            from = m.end();
        }
        out.append(text, from, text.length());
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Text as the inside of a JavaScript string in either quotes. */
    static String jsString(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '"' -> sb.append("\\\"");
                case '\'' -> sb.append("\\'");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '<' -> sb.append("\\u003c");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    /** Text as the inside of a CSS string in either quotes. */
    static String cssString(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (c == '\\' || c == '"' || c == '\'') {
                sb.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7f) {
                sb.append('\\').append(Integer.toHexString(c)).append(' ');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
