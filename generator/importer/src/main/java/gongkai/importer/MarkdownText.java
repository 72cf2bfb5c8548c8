package gongkai.importer;

/**
 * Puts plain text from a table into Markdown unchanged in meaning: paragraphs stay paragraphs, and the few
 * characters Markdown would take as formatting (a leading #, >, -, + or "1.", and * _ ` \ and a < before a
 * letter anywhere) are escaped.
 */
public final class MarkdownText {

    private MarkdownText() {
    }

    public static String of(String text) {
        StringBuilder out = new StringBuilder();
        for (String paragraph : text.strip().split("\\s*\\n\\s*\\n\\s*|\\s*\\n\\s*")) {
            if (paragraph.isBlank()) {
                continue;
            }
            if (out.length() > 0) {
                out.append("\n\n");
            }
            out.append(escape(paragraph.strip()));
        }
        return out.toString();
    }

    private static String escape(String p) {
        String s = p.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("`", "\\`")
                .replaceAll("<(?=[A-Za-z/!?])", "\\\\<");
        if (s.matches("\\d{1,9}[.)]\\s.*")) {
            s = s.replaceFirst("(\\d{1,9})([.)])", "$1\\\\$2");
        } else if (s.matches("(#|>|[-+=]\\s).*") || s.startsWith("|")) {
            s = "\\" + s;
        }
        return s;
    }
}
