package gongkai.importer;

import java.util.List;

/** What a reader finds in a file, in order: paragraphs of running text and tables. */
public sealed interface Block {

    /** A paragraph (or a line of a text file) with the line it starts on; heading when the file marks it as one (HTML). */
    record Paragraph(String text, int line, boolean heading) implements Block {
        public Paragraph {
            text = CellText.clean(text);
        }

        public Paragraph(String text, int line) {
            this(text, line, false);
        }
    }

    /**
     * A table; mergesKnown is true when the file says which cells are merged (DOCX, XLSX, HTML). padded is true
     * for text copied from a web page, where a row leaves out the cells a span covers and pads its end instead:
     * its cells are put back in their columns by what they say.
     */
    record Table(List<Row> rows, boolean mergesKnown, boolean padded) implements Block {
        public Table {
            rows = List.copyOf(rows);
        }

        public Table(List<Row> rows, boolean mergesKnown) {
            this(rows, mergesKnown, false);
        }
    }
}
