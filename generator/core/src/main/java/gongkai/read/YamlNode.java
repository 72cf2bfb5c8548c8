package gongkai.read;

import java.util.List;
import java.util.Map;

/** A YAML value with the 1-based line and column it starts at, so every problem can name its place. */
public sealed interface YamlNode {

    int line();

    int column();

    /** What the value is, in the words messages use: 文本, 列表, 映射, 空值. */
    String kind();

    record Scalar(String value, boolean plain, int line, int column) implements YamlNode {
        public String kind() {
            return "文本";
        }
    }

    record Sequence(List<YamlNode> items, int line, int column) implements YamlNode {
        public String kind() {
            return "列表";
        }
    }

    /** Keys keep their own position so unknown keys can be reported where they are. */
    record Mapping(Map<String, YamlNode> entries, Map<String, Integer> keyLines, Map<String, Integer> keyColumns,
            int line, int column) implements YamlNode {
        public String kind() {
            return "“字段: 值”形式的映射";
        }

        public YamlNode get(String key) {
            return entries.get(key);
        }

        public int keyLine(String key) {
            Integer l = keyLines.get(key);
            return l == null ? line : l;
        }

        public int keyColumn(String key) {
            Integer c = keyColumns.get(key);
            return c == null ? column : c;
        }
    }

    record Null(int line, int column) implements YamlNode {
        public String kind() {
            return "空值";
        }
    }
}
