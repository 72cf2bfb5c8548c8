package gongkai.importer;

import java.util.Locale;
import java.util.Optional;

/** The readers, by the name --format takes. */
public enum SourceFormat {
    DOCX("docx"),
    XLSX("xlsx"),
    CSV("csv"),
    /** Text exported from a Word table: a cell per line after a tab, or a row per line with tabs. */
    TEXT("text"),
    /** Running text: a notice whose items are paragraphs (一、 （一） … 责任单位：…). */
    PROSE("prose");

    private final String id;

    SourceFormat(String id) {
        this.id = id;
    }

    public String id() {
        return id;
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
        if (n.endsWith(".docx") || n.endsWith(".doc")) {
            return DOCX;
        }
        if (n.endsWith(".xlsx") || n.endsWith(".xls")) {
            return XLSX;
        }
        if (n.endsWith(".csv")) {
            return CSV;
        }
        if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            String head = new String(bytes, 0, Math.min(bytes.length, 64 * 1024), java.nio.charset.StandardCharsets.ISO_8859_1);
            return head.contains("xl/") ? XLSX : DOCX;
        }
        return TEXT;
    }
}
