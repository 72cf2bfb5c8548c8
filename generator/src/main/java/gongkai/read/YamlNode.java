package gongkai.read;

import java.util.List;
import java.util.Map;

/** A YAML value with the 1-based line and column it starts at, so every problem can name its place. */
public sealed interface YamlNode {

    int line();

    int column();

    /** A short word for messages: "a mapping", "a list", "text". */
    String kind();

    record Scalar(String value, boolean plain, int line, int column) implements YamlNode {
        public String kind() {
            return "text";
        }
    }

    record Sequence(List<YamlNode> items, int line, int column) implements YamlNode {
        public String kind() {
            return "a list";
        }
    }

    /** Keys keep their own position so unknown keys can be reported where they are. */
    record Mapping(Map<String, YamlNode> entries, Map<String, Integer> keyLines, int line, int column)
            implements YamlNode {
        public String kind() {
            return "a mapping";
        }

        public YamlNode get(String key) {
            return entries.get(key);
        }

        public int keyLine(String key) {
            Integer l = keyLines.get(key);
            return l == null ? line : l;
        }
    }

    record Null(int line, int column) implements YamlNode {
        public String kind() {
            return "empty";
        }
    }
}
