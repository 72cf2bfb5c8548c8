package gongkai.check;

import gongkai.diagnostics.Problems;
import gongkai.model.Messages;
import gongkai.read.RawDocument;
import gongkai.read.YamlNode;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The theme's words by language: each built-in bundle, with the site's own templates/messages/&lt;language&gt;.yml
 * laid over it key by key. A site's file may only change messages the theme has, with the arguments the theme
 * gives them; a language gongkai does not carry needs every message.
 */
public final class MessagesResolver {

    /** The language of a site whose configuration names none. */
    public static final String DEFAULT_LANGUAGE = "zh-CN";
    /** The one message that is not text with placeholders but a java.time date pattern. */
    public static final String DATE_PATTERN = "date.pattern";

    /**
     * Arguments the theme gives a message beyond those its built-in bundles use: a section's number comes as a
     * figure, in Chinese and as a letter (render/SectionLabels), whichever a language prints.
     */
    private static final Map<String, Set<String>> ALSO_GIVEN = Map.of(
            "section.level1", Set.of("n", "chinese", "letter"),
            "section.level2", Set.of("n", "chinese", "letter"),
            "section.level3", Set.of("n", "chinese", "letter"));

    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)*");
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

    private MessagesResolver() {
    }

    /** A message as written, where its text starts, and where its key is. */
    private record Located(String text, int line, int column, int keyLine, int keyColumn) {
    }

    /** The bundles by language tag, in the order: built-in languages (sorted), then the site's own. */
    public static Map<String, Messages> resolve(List<RawDocument> builtIn, List<RawDocument> site, Problems problems) {
        Map<String, Map<String, Located>> shipped = new TreeMap<>();
        for (RawDocument doc : builtIn) {
            Map<String, Located> messages = flatten(doc, problems);
            messages.forEach((key, m) -> checkText(doc.file(), key, m, null, problems));
            shipped.put(language(doc.file()), messages);
        }
        // What the theme knows: every key of any built-in bundle, with the arguments any of them uses.
        Map<String, Set<String>> known = new TreeMap<>();
        shipped.values().forEach(bundle -> bundle.forEach((key, m) -> known.computeIfAbsent(key, k -> new LinkedHashSet<>())
                .addAll(namesOf(key, m.text()))));
        known.forEach((key, names) -> names.addAll(alsoGiven(key)));
        Map<String, Messages> out = new LinkedHashMap<>();
        shipped.forEach((lang, bundle) -> out.put(lang, messages(lang, bundle)));
        for (RawDocument doc : site) {
            String lang = language(doc.file());
            if (!LANGUAGE.matcher(lang).matches()) {
                problems.add(doc.file(), 0, 0, "文字文件的名称应是语言代码加 .yml，如 zh-CN.yml、en.yml；“" + lang
                        + "”不是语言代码。");
                continue;
            }
            Map<String, Located> own = flatten(doc, problems);
            Map<String, Located> merged = new TreeMap<>(shipped.getOrDefault(lang, Map.of()));
            for (Map.Entry<String, Located> e : own.entrySet()) {
                String key = e.getKey();
                Located m = e.getValue();
                if (!known.containsKey(key)) {
                    List<String> near = Suggest.closest(key, known.keySet(), 1);
                    problems.add(doc.file(), m.keyLine(), m.keyColumn(), "未知的文字“" + key + "”：主题中没有这条文字。"
                            + (near.isEmpty() ? "" : "是否想写 " + near.get(0) + "？"));
                    continue;
                }
                if (checkText(doc.file(), key, m, known.get(key), problems)) {
                    merged.put(key, m);
                }
            }
            if (!shipped.containsKey(lang)) {
                List<String> missing = known.keySet().stream().filter(k -> !own.containsKey(k)).toList();
                if (!missing.isEmpty()) {
                    problems.add(doc.file(), 0, 0, "gongkai 没有内置“" + lang + "”的文字，所以这个文件要写全主题的每一条文字"
                            + "（可以复制内置的 en.yml 或 zh-CN.yml 再翻译）；还缺 " + missing.size() + " 条："
                            + String.join("、", missing.subList(0, Math.min(10, missing.size())))
                            + (missing.size() > 10 ? "……" : "") + "。");
                    continue;
                }
            }
            out.put(lang, messages(lang, merged));
        }
        return out;
    }

    /** The arguments a message is given though no built-in bundle uses them. */
    public static Set<String> alsoGiven(String key) {
        return ALSO_GIVEN.getOrDefault(key, Set.of());
    }

    private static Messages messages(String language, Map<String, Located> bundle) {
        Map<String, String> texts = new TreeMap<>();
        bundle.forEach((key, m) -> {
            try {
                Messages.Message.parse(m.text());
                texts.put(key, m.text());
            } catch (IllegalArgumentException e) {
                // Reported by checkText; the build stops there.
            }
        });
        return new Messages(language, texts);
    }

    /** "templates/messages/en.yml" → "en". */
    static String language(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        return name.endsWith(".yml") ? name.substring(0, name.length() - 4) : name;
    }

    private static Set<String> namesOf(String key, String text) {
        if (key.equals(DATE_PATTERN)) {
            return Set.of();
        }
        try {
            return Messages.Message.parse(text).names();
        } catch (IllegalArgumentException e) {
            return Set.of();
        }
    }

    /** False, with a problem, when the text does not parse or uses an argument the theme does not give. */
    private static boolean checkText(String file, String key, Located m, Set<String> allowed, Problems problems) {
        if (key.equals(DATE_PATTERN)) {
            try {
                DateTimeFormatter.ofPattern(m.text());
                return true;
            } catch (IllegalArgumentException e) {
                problems.add(file, m.line(), m.column(), "日期格式“" + m.text() + "”无效（" + e.getMessage()
                        + "）。应是 java.time 的日期格式，例如 uuuu年M月d日 或 d MMMM uuuu。");
                return false;
            }
        }
        Messages.Message parsed;
        try {
            parsed = Messages.Message.parse(m.text());
        } catch (Messages.Invalid e) {
            problems.add(file, m.line(), m.column(), "文字“" + key + "”中的占位符有误：" + e.getMessage()
                    + "（从第 " + (e.offset() + 1) + " 个字符起）。占位符写作 {名称} 或 {名称|单数|复数}。");
            return false;
        }
        if (allowed != null) {
            List<String> wrong = new ArrayList<>(parsed.names());
            wrong.removeAll(allowed);
            if (!wrong.isEmpty()) {
                problems.add(file, m.line(), m.column(), "文字“" + key + "”中的 {" + wrong.get(0) + "} 不是这条文字的参数。"
                        + (allowed.isEmpty() ? "这条文字没有参数。" : "可用的参数：{" + String.join("}、{", allowed) + "}。"));
                return false;
            }
        }
        return true;
    }

    private static Map<String, Located> flatten(RawDocument doc, Problems problems) {
        Map<String, Located> out = new TreeMap<>();
        if (doc.data() instanceof YamlNode.Null) {
            return out;
        }
        if (!(doc.data() instanceof YamlNode.Mapping map)) {
            problems.add(doc.file(), doc.data().line(), doc.data().column(),
                    "文字文件应为“键: 文字”形式的映射，例如 nav:（换行缩进）home: 首页。");
            return out;
        }
        flatten(doc.file(), map, "", out, problems);
        return out;
    }

    private static void flatten(String file, YamlNode.Mapping map, String prefix, Map<String, Located> out,
            Problems problems) {
        for (Map.Entry<String, YamlNode> e : map.entries().entrySet()) {
            String key = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
            int line = map.keyLine(e.getKey());
            int column = map.keyColumn(e.getKey());
            if (!KEY.matcher(e.getKey()).matches()) {
                problems.add(file, line, column, "文字的键“" + e.getKey() + "”只能由小写英文字母、数字和连字符组成，"
                        + "各级之间用英文句点或缩进分开，例如 nav.home。");
                continue;
            }
            YamlNode value = e.getValue();
            if (value instanceof YamlNode.Mapping inner) {
                flatten(file, inner, key, out, problems);
            } else if (value instanceof YamlNode.Scalar s) {
                Located before = out.putIfAbsent(key, new Located(s.value(), s.line(), s.column(), line, column));
                if (before != null) {
                    problems.add(file, line, column, "文字“" + key + "”写了两次，第 " + before.keyLine() + " 行已写过。");
                }
            } else if (value instanceof YamlNode.Null) {
                problems.add(file, line, column, "文字“" + key + "”没有写内容。要显示为空，请写 \"\"。");
            } else {
                problems.add(file, line, column, "文字“" + key + "”应是一段文字，不是" + value.kind() + "。");
            }
        }
    }
}
