package gongkai.check;

import gongkai.diagnostics.Problems;
import gongkai.markup.Nesting;
import gongkai.read.YamlNode;
import java.util.Optional;

/**
 * Reports Markdown that nests beyond {@link Nesting#LIMIT} at its line and column in the file, so that check
 * refuses what build could not render: every field rendered as Markdown (a plan's intro, a task's requirement,
 * an update's text) comes through here.
 */
final class DeepMarkdown {

    private DeepMarkdown() {
    }

    /** A Markdown body starting on bodyLine of file; the model keeps it stripped, and so it is measured. */
    static void body(String file, String body, int bodyLine, Problems problems) {
        String text = body.strip();
        Optional<Nesting.Deep> deep = Nesting.tooDeep(text);
        if (deep.isEmpty()) {
            return;
        }
        int start = body.length() - body.stripLeading().length();
        int linesBefore = 0;
        int lineStart = 0;
        for (int i = 0; i < start; i++) {
            if (body.charAt(i) == '\n') {
                linesBefore++;
                lineStart = i + 1;
            }
        }
        Nesting.Deep d = deep.get();
        int column = d.line() == 1 ? d.column() + body.codePointCount(lineStart, start) : d.column();
        problems.add(file, bodyLine + linesBefore + d.line() - 1, column, message(d, ""));
    }

    /** An update's text, reported where the YAML value starts, with the line within it when it has several. */
    static void text(String file, YamlNode node, String text, Problems problems) {
        Nesting.tooDeep(text).ifPresent(d -> problems.add(file, node.line(), node.column(),
                message(d, text.indexOf('\n') < 0 ? "" : "进展内容第 " + d.line() + " 行：")));
    }

    private static String message(Nesting.Deep d, String where) {
        if (d.lineStart() > 0) {
            return where + "这一行开头有 " + d.lineStart() + " 个缩进或 >、-、*、数字等标记，超过了 " + Nesting.MAX_LINE_START
                    + " 个的上限，无法判断它嵌套了多少层（引用和列表最多嵌套 " + Nesting.LIMIT + " 层）。请删去多余的缩进和标记。";
        }
        if (d.markers() > 0) {
            return where + "这一段（或表格的一格）中有 " + d.markers() + " 个 *、_ 或 [ 标记，超过了一段 " + Nesting.MAX_MARKERS
                    + " 个的上限，无法判断它们嵌套了多少层（最多 " + Nesting.LIMIT + " 层）。请把这一段拆开，或删去多余的标记；"
                    + "要原样显示这些符号时，在前面加反斜杠，如 \\*。";
        }
        return where + "引用（>）、列表、加粗或斜体、链接、图片和 HTML 标签在这里嵌套到了第 " + d.depth() + " 层（全文最深 "
                + d.deepest() + " 层），超过了 " + Nesting.LIMIT + " 层的上限。实际的工作要求很少超过三四层：请减少嵌套，"
                + "或改写成几段普通文字；HTML 标签请记得关闭。";
    }
}
