package gongkai.read;

import gongkai.diagnostics.Problems;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads untrusted YAML into {@link YamlNode}s. It only composes the node graph, never constructs
 * objects, so no type named in the file is ever instantiated; non-standard tags, anchors and aliases, duplicate
 * keys, forbidden characters and oversized files are refused.
 */
public final class YamlReader {

    static final int MAX_CHARS = 4 * 1024 * 1024;
    // Anchors are refused (see Anchor); this limit only bounds what SnakeYAML composes before convert sees one.
    private static final int MAX_ALIASES = 20;
    private static final int MAX_DEPTH = 40;
    private static final List<Tag> STANDARD_TAGS = List.of(
            Tag.STR, Tag.INT, Tag.BOOL, Tag.FLOAT, Tag.NULL, Tag.TIMESTAMP, Tag.MAP, Tag.SEQ);

    // A Yaml instance is costly to set up and not thread-safe: one per reading thread.
    private static final ThreadLocal<Yaml> YAML = ThreadLocal.withInitial(() -> {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_CHARS);
        options.setAllowRecursiveKeys(false);
        options.setProcessComments(false);
        return new Yaml(options);
    });

    private YamlReader() {
    }

    /**
     * Parses text that starts at firstLine of file (front matter starts on line 2). Problems go to
     * problems; the result is empty when the text could not be read at all.
     */
    public static Optional<YamlNode> read(String file, String text, int firstLine, Problems problems) {
        if (text.length() > MAX_CHARS) {
            problems.add(file, firstLine, 0, "文件过大（超过 " + (MAX_CHARS / 1024 / 1024)
                    + "M 个字符），请拆分为多个文件。");
            return Optional.empty();
        }
        // Most content is plain enough for the quick reader; what it declines, SnakeYAML reads and reports on.
        Optional<YamlNode> fast = FastYaml.read(text, firstLine);
        return fast.isPresent() ? fast : snakeYaml(file, text, firstLine, problems);
    }

    /** The SnakeYAML path alone, for text within the size limit; tests compare FastYaml with it. */
    static Optional<YamlNode> snakeYaml(String file, String text, int firstLine, Problems problems) {
        try {
            Node root = YAML.get().compose(new StringReader(text));
            if (root == null) {
                return Optional.of(new YamlNode.Null(firstLine, 1));
            }
            return Optional.of(convert(file, root, firstLine - 1, problems, 0));
        } catch (Anchor e) {
            return Optional.empty();
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? firstLine : mark.getLine() + firstLine;
            int column = mark == null ? 0 : mark.getColumn() + 1;
            String problem = e.getProblem() == null ? "" : e.getProblem();
            if (problem.startsWith(GLOBAL_TAG)) {
                problems.add(file, line, column, unsupportedTag(problem.substring(GLOBAL_TAG.length()).strip()));
            } else {
                problems.add(file, line, column, "YAML 格式错误：" + describe(e)
                        + "。请检查缩进、冒号后的空格和引号是否成对。");
            }
            return Optional.empty();
        } catch (YAMLException e) {
            problems.add(file, firstLine, 0, "YAML 无法读取：" + firstLine(e.getMessage()) + "。");
            return Optional.empty();
        }
    }

    private static final String GLOBAL_TAG = "Global tag is not allowed:";

    private static String unsupportedTag(String tag) {
        return "不支持的 YAML 标签 " + tag + "：内容文件只能使用文本、数字、日期、列表和映射。请删除该标签。";
    }

    private static String describe(MarkedYAMLException e) {
        String problem = e.getProblem() == null ? firstLine(e.getMessage()) : e.getProblem();
        if (e.getContext() != null) {
            return e.getContext() + ", " + problem;
        }
        return problem;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "未知错误";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    /** The read stage refused such characters written as they are; in a scalar only an escape can have made one. */
    private static void forbidden(String file, String value, int line, int column, Problems problems) {
        int at = ForbiddenChars.find(value, 0);
        if (at >= 0) {
            problems.add(file, line, column, ForbiddenChars.inScalar(value, at));
        }
    }

    /**
     * Thrown at the first anchor, which ends the file's reading. Content never needs anchors, and SnakeYAML's alias
     * limit counts only aliases of lists and mappings: 14,000 aliases of one long scalar (a 104 KB task file) each
     * went through the checks as a unit name of its own, and check ran for minutes. Carries no stack trace.
     */
    private static final class Anchor extends RuntimeException {
        Anchor() {
            super(null, null, false, false);
        }
    }

    /** An alias is its anchor's node again, so the anchor is the one place to name; no anchor, no alias. */
    private static void refuseAnchor(String file, Node node, int lineOffset, Problems problems) {
        if (node.getAnchor() != null) {
            problems.add(file, node.getStartMark().getLine() + 1 + lineOffset, node.getStartMark().getColumn() + 1,
                    "内容文件不支持 YAML 锚点和引用（&" + node.getAnchor() + " 和 *" + node.getAnchor()
                    + "）：请删除锚点，在引用之处把内容直接写出来。如果 & 或 * 本是文字的一部分，请给整个值加上英文双引号。");
            throw new Anchor();
        }
    }

    private static YamlNode convert(String file, Node node, int lineOffset, Problems problems, int depth) {
        refuseAnchor(file, node, lineOffset, problems);
        int line = node.getStartMark().getLine() + 1 + lineOffset;
        int column = node.getStartMark().getColumn() + 1;
        if (!STANDARD_TAGS.contains(node.getTag())) {
            problems.add(file, line, column, unsupportedTag(node.getTag().getValue()));
            return new YamlNode.Null(line, column);
        }
        if (node instanceof ScalarNode scalar) {
            if (node.getTag().equals(Tag.NULL)) {
                return new YamlNode.Null(line, column);
            }
            boolean plain = scalar.getScalarStyle() == org.yaml.snakeyaml.DumperOptions.ScalarStyle.PLAIN;
            forbidden(file, scalar.getValue(), line, column, problems);
            return new YamlNode.Scalar(scalar.getValue(), plain, line, column);
        }
        if (node instanceof SequenceNode seq) {
            List<YamlNode> items = new ArrayList<>(seq.getValue().size());
            for (Node item : seq.getValue()) {
                items.add(convert(file, item, lineOffset, problems, depth + 1));
            }
            return new YamlNode.Sequence(List.copyOf(items), line, column);
        }
        MappingNode map = (MappingNode) node;
        Map<String, YamlNode> entries = new LinkedHashMap<>();
        Map<String, Integer> keyLines = new LinkedHashMap<>();
        Map<String, Integer> keyColumns = new LinkedHashMap<>();
        for (NodeTuple tuple : map.getValue()) {
            Node keyNode = tuple.getKeyNode();
            refuseAnchor(file, keyNode, lineOffset, problems);
            int keyLine = keyNode.getStartMark().getLine() + 1 + lineOffset;
            if (!(keyNode instanceof ScalarNode key)) {
                problems.add(file, keyLine, keyNode.getStartMark().getColumn() + 1,
                        "映射的键必须是简单文本。");
                continue;
            }
            forbidden(file, key.getValue(), keyLine, keyNode.getStartMark().getColumn() + 1, problems);
            Integer earlier = keyLines.get(key.getValue());
            if (earlier != null) {
                problems.add(file, keyLine, keyNode.getStartMark().getColumn() + 1, "字段“" + key.getValue()
                        + "”重复出现（第 " + earlier + " 行已写过）。请删除其中一个。");
                continue;
            }
            entries.put(key.getValue(), convert(file, tuple.getValueNode(), lineOffset, problems, depth + 1));
            keyLines.put(key.getValue(), keyLine);
            keyColumns.put(key.getValue(), keyNode.getStartMark().getColumn() + 1);
        }
        return new YamlNode.Mapping(entries, keyLines, keyColumns, line, column);
    }
}
