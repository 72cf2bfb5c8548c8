package gongkai.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * What every reader's output goes through before it is understood: the pinyin readings a mirror site inserts
 * ("區(qū)") are removed when a file holds several of them (one could be a plan's own text), and the summary says so.
 */
final class Cleaning {

    private static final int MIN_READINGS = 3;

    private Cleaning() {
    }

    static SourceDocument apply(SourceDocument doc) {
        int readings = 0;
        for (Block b : doc.blocks()) {
            if (b instanceof Block.Paragraph p) {
                readings += Pinyin.count(p.text());
            } else if (b instanceof Block.Table t) {
                for (Row r : t.rows()) {
                    for (Cell c : r.cells()) {
                        readings += Pinyin.count(c.text());
                    }
                }
            }
        }
        if (readings < MIN_READINGS) {
            return doc;
        }
        List<Block> blocks = new ArrayList<>();
        for (Block b : doc.blocks()) {
            if (b instanceof Block.Paragraph p) {
                blocks.add(new Block.Paragraph(Pinyin.strip(p.text()), p.line(), p.heading()));
            } else {
                Block.Table t = (Block.Table) b;
                List<Row> rows = new ArrayList<>();
                for (Row r : t.rows()) {
                    rows.add(new Row(r.line(), r.cells().stream().map(c -> new Cell(Pinyin.strip(c.text()), c.merged())).toList(), r.unplaced()));
                }
                blocks.add(new Block.Table(rows, t.mergesKnown(), t.padded()));
            }
        }
        return new SourceDocument(doc.file(), doc.readAs() + "；已去掉网页转载时插入的拼音注音 " + readings + " 处（如“區(qū)”）",
                blocks, doc.notes());
    }
}
