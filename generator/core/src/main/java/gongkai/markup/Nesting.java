package gongkai.markup;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.internal.InlineParserImpl;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.Parser;

/**
 * How deeply Markdown nests block quotes, list items, emphasis, links, images and raw HTML elements, and where it
 * goes beyond {@link #LIMIT}. commonmark-java renders such nesting recursively (2,000 '>' on one line overflowed
 * the stack) and jsoup takes quadratic time over deep raw HTML, so the check stage refuses deeper text and
 * Markdown never renders it.
 */
public final class Nesting {

    /**
     * Levels allowed. Real requirements and reports nest three or four at most (a list in a list in a quote, a
     * bold word in it), so 16 leaves room for any of them and is still a hundred times below what overflowed.
     */
    public static final int LIMIT = 16;

    /**
     * The *, _ and [ one paragraph or table cell may hold. Each can open a level, and commonmark's inline parser
     * recurses once per level while tidying up (10,000 nested '*' overflowed it), so a paragraph holding more
     * is refused unmeasured. Real paragraphs hold a few dozen.
     */
    public static final int MAX_MARKERS = 1000;

    /**
     * The characters of indentation and container markers (>, -, 1.) one line may start with. commonmark's
     * block parser takes time that grows with the square of the levels one line opens (100,000 "- " on one
     * line took eight seconds), so a line starting with more is refused unmeasured. Real lines start with a
     * few; 2,000 '>' or 1,500 list items each indented two spaces more are still measured.
     */
    public static final int MAX_LINE_START = 4000;

    /**
     * Where the text first goes deeper than the limit (line and column from 1, in the text), how deep it is
     * there and the deepest the text goes; or, when markers is above 0, a paragraph holding that many markers
     * (more than MAX_MARKERS), or when lineStart is above 0, a line starting with that many (more than
     * MAX_LINE_START).
     */
    public record Deep(int line, int column, int depth, int deepest, int markers, int lineStart) {
    }

    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .inlineParserFactory(context -> {
                // commonmark's own inline parser, the one Markdown renders with (a factory can only reach it by its
                // internal name), used for every paragraph that is not crowded.
                InlineParser parser = new InlineParserImpl(context);
                return (lines, block) -> {
                    int markers = markers(lines.getContent());
                    if (markers > MAX_MARKERS) {
                        block.appendChild(new Crowded(markers, lines.getSourceSpans()));
                    } else {
                        parser.parse(lines, block);
                    }
                };
            })
            .build();

    /** Stands in for a crowded paragraph's inline content, which is not parsed. */
    private static final class Crowded extends CustomNode {
        final int markers;

        Crowded(int markers, List<SourceSpan> spans) {
            this.markers = markers;
            setSourceSpans(spans);
        }
    }

    private Nesting() {
    }

    /** Where markdown nests too deeply, or empty when it stays within the limit (as nearly all text does). */
    public static Optional<Deep> tooDeep(String markdown) {
        if (markdown == null || bound(markdown) <= LIMIT) {
            return Optional.empty();
        }
        Optional<Deep> crowded = crowdedLineStart(markdown);
        return crowded.isPresent() ? crowded : measure(markdown);
    }

    /** The first line that starts with more indentation and container markers than MAX_LINE_START. */
    private static Optional<Deep> crowdedLineStart(String s) {
        int line = 1;
        for (int i = 0; i < s.length(); line++) {
            int width = 0;
            for (; i < s.length() && isLineStart(s.charAt(i)); i++) {
                width += s.charAt(i) == '\t' ? 4 : 1;
            }
            if (width > MAX_LINE_START) {
                return Optional.of(new Deep(line, 1, 0, 0, 0, width));
            }
            while (i < s.length() && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
                i++;
            }
            i += i + 1 < s.length() && s.charAt(i) == '\r' && s.charAt(i + 1) == '\n' ? 2 : 1;
        }
        return Optional.empty();
    }

    /** What may stand before a line's text: indentation, quote and list markers, an ordered item's number. */
    private static boolean isLineStart(char c) {
        return c == ' ' || c == '\t' || c == '>' || c == '-' || c == '+' || c == '*' || c == '.' || c == ')'
                || (c >= '0' && c <= '9');
    }

    /**
     * A depth the text cannot exceed, in one pass over its characters: the widest run of indentation and
     * container markers at a line's start (every quote or list level takes at least one of those characters),
     * plus the most *, _ and [ in any stretch between blank lines (a level of emphasis takes two, a link or
     * image one [), plus every '<' in the text (raw HTML left open carries on into the next paragraph).
     */
    static int bound(String s) {
        int n = s.length();
        int widest = 0;
        int inlineMost = 0;
        int angles = 0;
        int emphasis = 0;
        int brackets = 0;
        for (int i = 0; i < n; i++) {
            int width = 0;
            boolean spaces = true;
            for (; i < n; i++) {
                char c = s.charAt(i);
                if (c == ' ' || c == '\t') {
                    width += c == ' ' ? 1 : 4;
                } else if (isLineStart(c)) {
                    width++;
                    emphasis += c == '*' ? 1 : 0;
                    spaces = false;
                } else {
                    break;
                }
            }
            widest = Math.max(widest, width);
            int text = i;
            for (; i < n; i++) {
                char c = s.charAt(i);
                if (c >= 0x80) {
                    continue; // CJK text, most of every file: nothing to count
                }
                if (c == '\n' || c == '\r') {
                    break;
                }
                if (c == '*' || c == '_') {
                    emphasis++;
                } else if (c == '[') {
                    brackets++;
                } else if (c == '<') {
                    angles++;
                }
            }
            boolean blank = spaces && text == i;
            if (i + 1 < n && s.charAt(i) == '\r' && s.charAt(i + 1) == '\n') {
                i++;
            }
            if (blank) { // inline content never runs across a blank line
                inlineMost = Math.max(inlineMost, emphasis / 2 + brackets);
                emphasis = 0;
                brackets = 0;
            }
        }
        return widest + Math.max(inlineMost, emphasis / 2 + brackets) + angles;
    }

    /** The *, _ and [ of a paragraph's text; one escaped by a backslash opens nothing. */
    private static int markers(String s) {
        int count = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '*' || c == '_' || c == '[') {
                count++;
            }
        }
        return count;
    }

    private static Optional<Deep> measure(String markdown) {
        int[] found = walk(markdown);
        if (found[2] == 0 && found[4] == 0) {
            return Optional.empty();
        }
        return Optional.of(new Deep(found[0], found[1], found[2], found[3], found[4], 0));
    }

    /** The deepest level of a text, measured exactly whatever its bound: for tests of the bound. */
    static int deepest(String markdown) {
        return walk(markdown)[3];
    }

    /**
     * The exact measure, on the tree commonmark builds, walked without recursion: the first place beyond the
     * limit (line, column, depth), the deepest level, and a crowded paragraph's markers.
     */
    private static int[] walk(String markdown) {
        Node document = PARSER.parse(markdown);
        Lines lines = new Lines(markdown);
        RawTags raw = new RawTags();
        Deque<Node> nodes = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        nodes.push(document);
        depths.push(0);
        int[] found = {0, 0, 0, 0, 0}; // line, column, depth, deepest, markers
        while (!nodes.isEmpty()) {
            Node node = nodes.pop();
            int outer = depths.pop();
            int depth = outer + (opensLevel(node) ? 1 : 0);
            if (node instanceof Crowded c && found[2] == 0 && found[4] == 0) {
                SourceSpan at = first(c);
                found[0] = at.getLineIndex() + 1;
                found[1] = lines.column(at.getLineIndex(), at.getColumnIndex());
                found[4] = c.markers;
            }
            if (depth > outer) {
                SourceSpan at = first(node);
                note(found, depth + raw.depth(), at.getLineIndex(), at.getColumnIndex(), lines);
            }
            if (node instanceof HtmlInline || node instanceof HtmlBlock) {
                String html = node instanceof HtmlInline h ? h.getLiteral() : ((HtmlBlock) node).getLiteral();
                List<SourceSpan> spans = node.getSourceSpans();
                // Lines counted so far, where the last starts, where the next ends: tags come in order.
                int[] at = {0, 0, html.indexOf('\n')};
                raw.scan(html, (index, level) -> {
                    while (at[2] >= 0 && at[2] < index) {
                        at[0]++;
                        at[1] = at[2] + 1;
                        at[2] = html.indexOf('\n', at[1]);
                    }
                    SourceSpan span = spans.isEmpty() ? SourceSpan.of(0, 0, 0, 0)
                            : spans.get(Math.min(at[0], spans.size() - 1));
                    note(found, depth + level, span.getLineIndex(), span.getColumnIndex() + index - at[1], lines);
                });
            }
            for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
                nodes.push(child);
                depths.push(depth);
            }
        }
        return found;
    }

    private static SourceSpan first(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? SourceSpan.of(0, 0, 0, 0) : spans.get(0);
    }

    private static boolean opensLevel(Node node) {
        return node instanceof BlockQuote || node instanceof ListItem || node instanceof Emphasis
                || node instanceof StrongEmphasis || node instanceof Link || node instanceof Image;
    }

    /** Keeps the deepest level and the first place beyond the limit. */
    private static void note(int[] found, int depth, int lineIndex, int columnIndex, Lines lines) {
        found[3] = Math.max(found[3], depth);
        if (depth > LIMIT && found[2] == 0 && found[4] == 0) {
            found[0] = lineIndex + 1;
            found[1] = lines.column(lineIndex, columnIndex);
            found[2] = depth;
        }
    }

    /** The text's lines as commonmark counts them (\n, \r\n or \r ends one), for columns in characters. */
    private static final class Lines {
        private final String text;
        private final List<Integer> starts = new java.util.ArrayList<>();

        Lines(String text) {
            this.text = text;
            starts.add(0);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                    starts.add(i + 1);
                }
            }
        }

        /** A column from 1 in characters (a pair of surrogates is one), from commonmark's index in the line. */
        int column(int lineIndex, int columnIndex) {
            int start = starts.get(Math.min(lineIndex, starts.size() - 1));
            int end = Math.min(text.length(), start + columnIndex);
            return text.codePointCount(start, end) + 1;
        }
    }
}
