package gongkai.importer;

import java.util.Locale;
import java.util.Optional;

/** The readers, by the name --format takes. */
public enum SourceFormat {
    DOCX("docx"),
    XLSX("xlsx"),
    /** Word 97–2003 (.doc), and WPS text files (.wps) saved in the same OLE2 format. */
    DOC("doc"),
    /** Excel 97–2003 (.xls), and WPS sheets (.et) saved in the same OLE2 format. */
    XLS("xls"),
    /** A saved web page (.html, .htm, or a simple .mht): its tables, and the text around them. */
    HTML("html"),
    /** A PDF with a text layer: ruled tables into rows and cells, the rest as paragraphs. */
    PDF("pdf"),
    CSV("csv"),
    /** Any text: the layout (tabs, "|" rows, "|" cells, a cell per paragraph) is detected. */
    TEXT("text"),
    /** Text exported from a Word table: a cell per line after a tab, or a row per line with tabs. */
    TABS("tabs"),
    /** Text copied from a web page, a row per line with "|" between cells. */
    PIPE_ROWS("pipe-rows"),
    /** Text copied from a web page, a cell per line ending in "|". */
    PIPE_CELLS("pipe-cells"),
    /** Text copied from a web page, a cell per paragraph: the header's cells say how many make a row. */
    PARAGRAPHS("paragraphs"),
    /** Text whose table cells run together with no separator: the header words give the columns, numbers the rows. */
    RUN_TOGETHER("run-together"),
    /** A tracker kept as YAML: its largest mapping of records is the table. */
    YAML("yaml"),
    /** Running text: a notice whose items are paragraphs (一、 （一） … 责任单位：…). */
    PROSE("prose");

    private final String id;

    SourceFormat(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** An OLE2 file without a telling name: a Word document holds a "WordDocument" stream, a workbook a "Workbook". */
    private static SourceFormat oleKind(byte[] bytes) {
        String all = new String(bytes, 0, Math.min(bytes.length, 1 << 20), java.nio.charset.StandardCharsets.UTF_16LE);
        return all.contains("Workbook") || all.contains("Book") ? XLS : DOC;
    }

    boolean isText() {
        return this != DOCX && this != XLSX && this != DOC && this != XLS && this != PDF;
    }

    /** Every id, for messages. */
    public static String ids() {
        StringBuilder sb = new StringBuilder();
        for (SourceFormat f : values()) {
            sb.append(sb.length() > 0 ? "、" : "").append(f.id);
        }
        return sb.toString();
    }

    public static Optional<SourceFormat> fromId(String id) {
        for (SourceFormat f : values()) {
            if (f.id.equals(id.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** Chosen from the file: its name's ending first, else its first bytes. */
    static SourceFormat detect(String name, byte[] bytes) {
        String n = name.toLowerCase(Locale.ROOT);
        boolean ole2 = bytes.length >= 8 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF && (bytes[2] & 0xFF) == 0x11
                && (bytes[3] & 0xFF) == 0xE0;
        boolean zip = bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
        if (n.endsWith(".docx")) {
            return DOCX;
        }
        if (n.endsWith(".xlsx")) {
            return XLSX;
        }
        // An old-format name on a file saved as OOXML (WPS does this), or the other way round: the bytes decide.
        if (n.endsWith(".doc") || n.endsWith(".wps")) {
            return zip ? DOCX : DOC;
        }
        if (n.endsWith(".xls") || n.endsWith(".et")) {
            return zip ? XLSX : XLS;
        }
        if (n.endsWith(".pdf") || bytes.length >= 5 && new String(bytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            return PDF;
        }
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".mht") || n.endsWith(".mhtml") || n.endsWith(".xhtml")) {
            return HTML;
        }
        if (n.endsWith(".csv")) {
            return CSV;
        }
        if (n.endsWith(".yaml") || n.endsWith(".yml")) {
            return YAML;
        }
        if (zip) {
            String head = new String(bytes, 0, Math.min(bytes.length, 64 * 1024), java.nio.charset.StandardCharsets.ISO_8859_1);
            return head.contains("xl/") ? XLSX : DOCX;
        }
        if (ole2) {
            return oleKind(bytes);
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), java.nio.charset.StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        if (head.contains("<html") || head.contains("<!doctype html") || head.contains("<table")
                || head.split("<p[ >]", -1).length > 4 && head.contains("</p>")) {
            return HTML;
        }
        return TEXT;
    }
}
