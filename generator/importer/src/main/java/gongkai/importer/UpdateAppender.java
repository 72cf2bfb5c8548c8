package gongkai.importer;

import gongkai.diagnostics.Problems;
import gongkai.read.YamlNode;
import gongkai.read.YamlReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Appends progress updates to a task file as text: after the last item of its updates list (which the
 * content format asks for, so published update links keep their numbers), or as a new updates list before
 * the closing "---". Every other line of the file stays as the editor wrote it.
 */
public final class UpdateAppender {

    private UpdateAppender() {
    }

    /** The new text, or empty when the file's front matter cannot be read (then problems say why). */
    public static Optional<String> append(String file, String text, List<ImportedTask.ImportedUpdate> updates,
            Problems problems) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            problems.add(file, 1, 0, "任务文件应以一行“---”开头，无法追加进展。");
            return Optional.empty();
        }
        int close = -1;
        for (int i = 1; i < lines.size() && close < 0; i++) {
            if (lines.get(i).stripTrailing().equals("---")) {
                close = i;
            }
        }
        if (close < 0) {
            problems.add(file, 1, 0, "任务文件的 YAML 字段没有以“---”结束，无法追加进展。");
            return Optional.empty();
        }
        Optional<YamlNode> node = YamlReader.read(file, String.join("\n", lines.subList(1, close)), 2, problems);
        if (node.isEmpty() || !(node.get() instanceof YamlNode.Mapping map)) {
            problems.add(file, 2, 0, "任务文件的 YAML 字段无法读取，无法追加进展。");
            return Optional.empty();
        }
        YamlNode existing = map.get("updates");
        int indent = 2;
        int insertAt;
        if (existing == null) {
            lines.add(close, "updates:");
            insertAt = close + 1;
        } else {
            int keyLine = map.keyLine("updates");
            int next = close + 1;
            for (String key : map.entries().keySet()) {
                int l = map.keyLine(key);
                if (l > keyLine && l < next) {
                    next = l;
                }
            }
            if (existing instanceof YamlNode.Sequence seq && !seq.items().isEmpty()) {
                if (seq.line() == keyLine) {
                    problems.add(file, keyLine, 0, "updates 写成了一行（方括号）形式，无法自动追加。请改为每项以“- ”开头的分行写法。");
                    return Optional.empty();
                }
                indent = Math.max(0, seq.items().get(0).column() - 3);
            } else if (existing instanceof YamlNode.Sequence || existing instanceof YamlNode.Null) {
                lines.set(keyLine - 1, "updates:");
            } else {
                problems.add(file, keyLine, 0, "updates 应为进展列表，无法追加。");
                return Optional.empty();
            }
            insertAt = next - 1;
            while (insertAt - 1 > keyLine - 1 && lines.get(insertAt - 1).isBlank()) {
                insertAt--;
            }
        }
        StringBuilder block = new StringBuilder();
        for (ImportedTask.ImportedUpdate u : updates) {
            block.append(ContentText.update(u, indent));
        }
        String b = block.toString();
        lines.add(insertAt, b.substring(0, b.length() - 1));
        return Optional.of(String.join("\n", lines));
    }
}
