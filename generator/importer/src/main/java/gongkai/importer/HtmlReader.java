package gongkai.importer;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Reads a saved web page with jsoup: its tables (rowspan and colspan resolved into a grid, a spanned cell
 * marked as continuing the one above or beside it) and the text around them as paragraphs, in order; a
 * heading, or a paragraph all in bold, is marked as a heading. A simple .mht (one HTML part, quoted-printable
 * or base64) is read for its HTML. Spans are cut at the table's own rows and at the column limit, so a
 * rowspan of a hundred million costs what the table costs, within {@link ImportLimits}.
 */
final class HtmlReader {

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt",
            "dd", "pre", "blockquote", "section", "article", "header", "footer", "main", "nav", "aside", "center", "form",
            "fieldset", "address", "figure", "figcaption", "hr", "body", "html", "caption", "thead", "tbody", "tfoot");
    private static final Pattern META_CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9_-]+)", Pattern.CASE_INSENSITIVE);

    private final String file;
    private final ReadBudget budget;
    private final List<Block> blocks = new ArrayList<>();
    private StringBuilder inline = new StringBuilder();
    private int inlineLine;
    private boolean inlineBold;
    private int tables;

    private HtmlReader(String file) {
        this.file = file;
        this.budget = new ReadBudget(file);
    }

    static SourceDocument read(String file, byte[] bytes, String encoding) {
        String html = decode(file, mhtHtml(bytes), encoding);
        Document doc = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        HtmlReader r = new HtmlReader(file);
        r.walk(doc.body() != null ? doc.body() : doc);
        r.flush();
        return new SourceDocument(file, "网页（HTML" + (r.tables > 0 ? "，表格 " + r.tables + " 个" : "") + "）", r.blocks);
    }

    /** The HTML part of an .mht file, else the bytes as they are. */
    private static byte[] mhtHtml(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        if (!head.toLowerCase(Locale.ROOT).contains("multipart/related")) {
            return bytes;
        }
        String all = new String(bytes, StandardCharsets.ISO_8859_1);
        Matcher m = Pattern.compile("(?is)content-type:\\s*text/html[^\\n]*\\n(.*?)\\r?\\n\\r?\\n(.*?)(\\r?\\n--|$)").matcher(all);
        if (!m.find()) {
            return bytes;
        }
        String headers = m.group(1).toLowerCase(Locale.ROOT);
        String body = m.group(2);
        if (headers.contains("base64")) {
            return Base64.getMimeDecoder().decode(body.replaceAll("\\s", ""));
        }
        if (headers.contains("quoted-printable")) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            String t = body.replaceAll("=\\r?\\n", "");
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (c == '=' && i + 2 < t.length() && t.substring(i + 1, i + 3).matches("[0-9A-Fa-f]{2}")) {
                    out.write(Integer.parseInt(t.substring(i + 1, i + 3), 16));
                    i += 2;
                } else {
                    out.write(c);
                }
            }
            return out.toByteArray();
        }
        return body.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** --encoding, else the page's own meta charset, else UTF-8 or GB18030 as for text. */
    private static String decode(String file, byte[] bytes, String encoding) {
        if (encoding == null) {
            Matcher m = META_CHARSET.matcher(new String(bytes, 0, Math.min(bytes.length, 8192), StandardCharsets.ISO_8859_1));
            if (m.find() && Charset.isSupported(m.group(1))) {
                String named = m.group(1).toUpperCase(Locale.ROOT);
                encoding = named.equals("GB2312") || named.equals("GBK") ? "GB18030" : named;
                try {
                    return TextDecoder.decode(file, bytes, encoding).text();
                } catch (ImportFailure f) {
                    encoding = null;
                }
            }
        }
        return TextDecoder.decode(file, bytes, encoding).text();
    }

    private static int line(Node n) {
        return Math.max(1, n.sourceRange().start().lineNumber());
    }

    private void walk(Element e) {
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                inline(t.text(), line(t), bold(t));
            } else if (child instanceof Element c) {
                String tag = c.normalName();
                if (tag.equals("script") || tag.equals("style") || tag.equals("head") || tag.equals("noscript")) {
                    continue;
                }
                if (tag.equals("br")) {
                    inline.append('\n');
                } else if (tag.equals("table")) {
                    flush();
                    table(c);
                } else if (BLOCKS.contains(tag)) {
                    flush();
                    boolean heading = tag.matches("h[1-6]");
                    walk(c);
                    if (heading && inline.length() > 0) {
                        inlineBold = true;
                    }
                    flush();
                } else {
                    walk(c);
                }
            }
        }
    }

    private static boolean bold(TextNode t) {
        for (Node p = t.parent(); p instanceof Element e; p = p.parent()) {
            String tag = e.normalName();
            if (tag.equals("strong") || tag.equals("b") || tag.matches("h[1-6]")) {
                return true;
            }
            if (BLOCKS.contains(tag)) {
                return false;
            }
        }
        return false;
    }

    private void inline(String text, int line, boolean bold) {
        if (text.isBlank()) {
            if (inline.length() > 0) {
                inline.append(' ');
            }
            return;
        }
        if (inline.toString().isBlank()) {
            inlineLine = line;
            inlineBold = bold;
        } else {
            inlineBold &= bold;
        }
        inline.append(text);
    }

    private void flush() {
        String text = inline.toString();
        inline = new StringBuilder();
        int n = 0;
        for (String l : text.split("\n")) {
            String t = l.replace('\u00A0', ' ').replace("\uFEFF", "").strip().replaceAll("[ \\t]+", " ");
            if (!t.isEmpty()) {
                budget.paragraph(inlineLine + n);
                budget.text(inlineLine + n, t.length());
                blocks.add(new Block.Paragraph(t, inlineLine + n, inlineBold));
            }
            n++;
        }
        inlineBold = false;
    }

    /** A table into a grid: spans resolved, cut at the table's rows and the column limit. */
    private void table(Element table) {
        List<Element> trs = new ArrayList<>();
        for (Element tr : table.select("tr")) {
            if (tr.closest("table") == table) {
                trs.add(tr);
            }
        }
        tables++;
        List<List<Cell>> grid = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        for (int r = 0; r < trs.size(); r++) {
            Element tr = trs.get(r);
            while (grid.size() <= r) {
                grid.add(new ArrayList<>());
            }
            List<Cell> row = grid.get(r);
            int c = 0;
            for (Element td : tr.children()) {
                if (!td.normalName().equals("td") && !td.normalName().equals("th")) {
                    continue;
                }
                while (c < row.size() && row.get(c) != null) {
                    c++;
                }
                long rowspan = span(td.attr("rowspan"), trs.size() - r);
                long colspan = span(td.attr("colspan"), ImportLimits.MAX_COLUMNS);
                String text = cellText(td);
                for (int dr = 0; dr < rowspan; dr++) {
                    while (grid.size() <= r + dr) {
                        grid.add(new ArrayList<>());
                    }
                    List<Cell> target = grid.get(r + dr);
                    for (int dc = 0; dc < colspan && c + dc < ImportLimits.MAX_COLUMNS; dc++) {
                        while (target.size() <= c + dc) {
                            target.add(null);
                        }
                        target.set(c + dc, dr == 0 && dc == 0 ? new Cell(text, false) : new Cell("", dr > 0));
                    }
                }
                if (!text.isEmpty()) {
                    budget.column(line(tr), c);
                }
                c += (int) Math.min(colspan, ImportLimits.MAX_COLUMNS);
            }
            lines.add(line(tr));
        }
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < grid.size(); r++) {
            int line = r < lines.size() ? lines.get(r) : lines.get(lines.size() - 1);
            RowCells cells = new RowCells(budget, line);
            for (Cell cell : grid.get(r)) {
                cells.add(cell == null ? Cell.EMPTY : cell);
            }
            if (!cells.isBlank()) {
                rows.add(cells.row());
            }
        }
        if (!rows.isEmpty()) {
            blocks.add(new Block.Table(rows, true));
        }
    }

    /** A span as the page declares it, at least 1 and at most max (what is left of the table, or the column limit). */
    private static long span(String value, long max) {
        try {
            long n = Long.parseLong(value.strip());
            return Math.max(1, Math.min(n, Math.max(1, max)));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** A cell's text with its line breaks (br, paragraphs, list items) kept. */
    private static String cellText(Element td) {
        StringBuilder sb = new StringBuilder();
        text(td, sb);
        List<String> lines = new ArrayList<>();
        for (String l : sb.toString().split("\n")) {
            String t = l.replace('\u00A0', ' ').strip().replaceAll("[ \\t]+", " ");
            if (!t.isEmpty()) {
                lines.add(t);
            }
        }
        return String.join("\n", lines);
    }

    private static void text(Element e, StringBuilder sb) {
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                sb.append(t.text());
            } else if (n instanceof Element c) {
                if (c.normalName().equals("br")) {
                    sb.append('\n');
                } else if (BLOCKS.contains(c.normalName()) || c.normalName().equals("tr")) {
                    sb.append('\n');
                    text(c, sb);
                    sb.append('\n');
                } else if (!c.normalName().equals("script") && !c.normalName().equals("style")) {
                    text(c, sb);
                }
            }
        }
    }

}
