package gongkai.render;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The search index as bytes, kept with the record of the last build so that a rebuild changes only what an edit
 * changed in it (SearchIndex.afterSaved): the documents in id order with what each is the document of, their
 * statuses, where each plan's tasks start, the postings and each term shard's lists. Not the texts the keys came
 * from: a site's whole text would double the record.
 */
final class SavedIndex {

    private static final String FORMAT = "gongkai-search-index/1";

    private SavedIndex() {
    }

    static void write(SearchIndex.Built b, DataOutputStream out) throws IOException {
        out.writeUTF(FORMAT);
        out.writeInt(b.entries().size());
        for (SearchIndex.Entry e : b.entries()) {
            SearchIndex.Doc d = e.doc();
            text(out, e.key());
            text(out, d.kind());
            text(out, d.url());
            text(out, d.title());
            text(out, d.context());
            text(out, d.status());
            out.writeBoolean(d.overdue());
            text(out, d.names());
        }
        text(out, b.statusLetters());
        out.writeInt(b.plansStart());
        ints(out, b.planFirst());
        out.writeInt(b.shardLists().length);
        for (int[] lists : b.shardLists()) {
            ints(out, lists);
        }
        b.postings().write(out);
        out.writeUTF("end");
    }

    /** The index saved in bytes from offset from on, or null when they are not one whole (cut short, another version). */
    static SearchIndex.Built read(byte[] saved, int from) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(saved, from, saved.length - from));
            if (!FORMAT.equals(in.readUTF())) {
                return null;
            }
            int count = length(in, 1);
            List<String> keys = new ArrayList<>(count);
            List<SearchIndex.Doc> docs = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                keys.add(text(in));
                docs.add(new SearchIndex.Doc(text(in), text(in), text(in), text(in), text(in), in.readBoolean(), text(in)));
            }
            String letters = text(in);
            if (letters.length() != count) {
                return null;
            }
            List<SearchIndex.Entry> entries = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                entries.add(new SearchIndex.Entry(keys.get(i), docs.get(i), null, letters.charAt(i)));
            }
            int plansStart = in.readInt();
            int[] planFirst = ints(in);
            int[][] shardLists = new int[length(in, 4)][];
            for (int s = 0; s < shardLists.length; s++) {
                shardLists[s] = ints(in);
            }
            SearchIndex.Postings postings = SearchIndex.Postings.read(in);
            if (!"end".equals(in.readUTF())) {
                return null;
            }
            return new SearchIndex.Built(entries, List.copyOf(docs), postings, shardLists, plansStart, planFirst, letters,
                    null);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** A text of any length (writeUTF stops at 64 KB). */
    private static void text(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String text(DataInputStream in) throws IOException {
        byte[] b = new byte[length(in, 1)];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    /** A count of items of this many bytes each, which the bytes left must hold. */
    static int length(DataInputStream in, int each) throws IOException {
        int n = in.readInt();
        if (n < 0 || (long) n * each > in.available()) {
            throw new IOException("cut short");
        }
        return n;
    }

    private static void ints(DataOutputStream out, int[] values) throws IOException {
        out.writeInt(values.length);
        for (int v : values) {
            out.writeInt(v);
        }
    }

    private static int[] ints(DataInputStream in) throws IOException {
        int[] values = new int[length(in, 4)];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.readInt();
        }
        return values;
    }
}
