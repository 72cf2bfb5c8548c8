package gongkai.read;

import gongkai.diagnostics.Problems;
import java.util.Optional;

/** Splits a Markdown file into its YAML front matter (between two "---" lines) and its body. */
public final class FrontMatter {

    private FrontMatter() {
    }

    /** The parsed document, or empty when the file has no well-formed front matter (then reported). */
    public static Optional<RawDocument> parse(String file, String text, Problems problems) {
        int firstBreak = text.indexOf('\n');
        String opening = firstBreak < 0 ? text : text.substring(0, firstBreak);
        if (!opening.stripTrailing().equals("---")) {
            problems.add(file, 1, 1, "文件应以一行“---”开头，接着是 YAML 字段，再以一行“---”结束，然后才是正文。");
            return Optional.empty();
        }
        int yamlStart = text.indexOf('\n') + 1;
        int pos = yamlStart;
        int line = 2;
        while (pos < text.length()) {
            int end = text.indexOf('\n', pos);
            String current = (end < 0 ? text.substring(pos) : text.substring(pos, end)).stripTrailing();
            if (current.equals("---")) {
                String body = end < 0 ? "" : text.substring(end + 1);
                int bodyLine = line + 1;
                return YamlReader.read(file, text.substring(yamlStart, pos), 2, problems)
                        .map(node -> new RawDocument(file, node, body, bodyLine, null));
            }
            if (end < 0) {
                break;
            }
            pos = end + 1;
            line++;
        }
        problems.add(file, 1, 1, "YAML 字段没有结束：请在字段之后、正文之前加一行“---”。");
        return Optional.empty();
    }
}
