package gongkai.importer;

import java.util.List;

/** A file as read, before any understanding: its name for messages, how it was read, and its blocks. */
public record SourceDocument(String file, String readAs, List<Block> blocks, List<Note> notes) {

    public SourceDocument {
        blocks = List.copyOf(blocks);
        notes = List.copyOf(notes);
    }

    public SourceDocument(String file, String readAs, List<Block> blocks) {
        this(file, readAs, blocks, List.of());
    }

    public List<Block.Paragraph> paragraphs() {
        return blocks.stream().filter(b -> b instanceof Block.Paragraph).map(b -> (Block.Paragraph) b).toList();
    }

    public List<Block.Table> tables() {
        return blocks.stream().filter(b -> b instanceof Block.Table).map(b -> (Block.Table) b).toList();
    }
}
