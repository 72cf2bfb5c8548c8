package gongkai.importer;

import java.util.List;

/** What a reader finds in a file, in order: paragraphs of running text and tables. */
public sealed interface Block {

    /** A paragraph (or a line of a text file) with the line it starts on. */
    record Paragraph(String text, int line) implements Block {
        public Paragraph {
            text = CellText.clean(text);
        }
    }

    /** A table; mergesKnown is true when the file says which cells are merged (DOCX, XLSX). */
    record Table(List<Row> rows, boolean mergesKnown) implements Block {
        public Table {
            rows = List.copyOf(rows);
        }
    }
}
