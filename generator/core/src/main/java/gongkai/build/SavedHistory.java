package gongkai.build;

import gongkai.read.GitHistory;
import gongkai.read.GitHistory.Commit;
import gongkai.read.GitHistory.PlanHistory;
import gongkai.read.GitHistory.Version;
import gongkai.write.SiteWriter;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.ObjectId;

/**
 * A git log (GitHistory.Log) on disk, for the next build to extend by the commits since instead of reading the whole
 * history again. The file names what it was read for (key: the program, the project, the plans folder); a file for
 * anything else, from another version, cut short or damaged reads as none, and the log is read whole.
 */
final class SavedHistory {

    private static final String FORMAT = "gongkai-history/1";

    private SavedHistory() {
    }

    /** The log saved in file for key, or null. */
    static GitHistory.Log read(Path file, String key) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return read(SiteWriter.readFile(file), key);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Writes a log that was read (log.available()) whole or not at all: a temporary file renamed over file. */
    static void write(Path file, String key, GitHistory.Log log) throws IOException {
        WholeFile.write(file, out -> write(out, key, log));
    }

    private static void write(DataOutputStream out, String key, GitHistory.Log log) throws IOException {
        List<String> texts = new ArrayList<>();
        out.writeUTF(FORMAT);
        out.writeUTF(key);
        out.writeUTF(log.head());
        out.writeInt(log.commits().size());
        for (Commit c : log.commits()) {
            out.writeUTF(c.id());
            out.writeLong(c.time().getEpochSecond());
            out.writeUTF(c.subject());
            out.writeBoolean(c.merge());
        }
        out.writeInt(log.plans().size());
        for (Map.Entry<String, PlanHistory> p : log.plans().entrySet()) {
            out.writeUTF(p.getKey());
            versions(out, p.getValue().plan(), texts);
            out.writeInt(p.getValue().tasks().size());
            for (Map.Entry<String, List<Version>> t : p.getValue().tasks().entrySet()) {
                out.writeUTF(t.getKey());
                versions(out, t.getValue(), texts);
            }
        }
        // The texts last, as UTF-16 in one piece: read back with one copy, where UTF-8 would be decoded character by
        // character (most of a Chinese log's bytes).
        long chars = 0;
        for (String t : texts) {
            chars += t.length();
        }
        out.writeLong(chars);
        // In pieces, each copied whole: a character at a time, 10 million characters took a fifth of a second.
        java.nio.ByteBuffer piece = java.nio.ByteBuffer.allocate(1 << 16);
        java.nio.CharBuffer asChars = piece.asCharBuffer();
        char[] chunk = new char[asChars.capacity()];
        for (String t : texts) {
            for (int from = 0; from < t.length(); ) {
                int to = Math.min(t.length(), from + asChars.remaining());
                t.getChars(from, to, chunk, 0);
                asChars.put(chunk, 0, to - from);
                from = to;
                if (!asChars.hasRemaining()) {
                    out.write(piece.array(), 0, asChars.position() * 2);
                    asChars.clear();
                }
            }
        }
        out.write(piece.array(), 0, asChars.position() * 2);
        out.writeUTF("end");
    }

    private static void versions(DataOutputStream out, List<Version> versions, List<String> texts) throws IOException {
        out.writeInt(versions.size());
        for (Version v : versions) {
            out.writeInt(v.commit().index());
            out.writeBoolean(v.deleted());
            out.writeUTF(v.blob() == null ? "" : v.blob().name());
            out.writeInt(v.text() == null ? -1 : v.text().length());
            if (v.text() != null) {
                texts.add(v.text());
            }
        }
    }

    /** A version as first read: its text's length, the text itself coming from the file's last piece. */
    private record Read(Commit commit, boolean deleted, ObjectId blob, int length) {
    }

    private static GitHistory.Log read(byte[] bytes, String key) throws IOException {
        ByteArrayInputStream stream = new ByteArrayInputStream(bytes);
        DataInputStream in = new DataInputStream(stream);
        if (!FORMAT.equals(in.readUTF()) || !key.equals(in.readUTF())) {
            return null;
        }
        String head = ObjectId.fromString(in.readUTF()).name();
        List<Commit> commits = new ArrayList<>();
        for (int n = in.readInt(), i = 0; i < n; i++) {
            String id = ObjectId.fromString(in.readUTF()).name();
            commits.add(new Commit(i, id, Instant.ofEpochSecond(in.readLong()), in.readUTF(), in.readBoolean()));
        }
        if (commits.isEmpty() || !commits.get(commits.size() - 1).id().equals(head)) {
            return null;
        }
        // Folder, then its plan's versions and each task's (by id), in the order written.
        Map<String, List<Read>> planVersions = new java.util.LinkedHashMap<>();
        Map<String, Map<String, List<Read>>> taskVersions = new java.util.LinkedHashMap<>();
        long chars = 0;
        for (int n = in.readInt(); n > 0; n--) {
            String folder = in.readUTF();
            List<Read> plan = versions(in, commits);
            Map<String, List<Read>> tasks = new java.util.LinkedHashMap<>();
            for (int t = in.readInt(); t > 0; t--) {
                tasks.put(in.readUTF(), versions(in, commits));
            }
            planVersions.put(folder, plan);
            taskVersions.put(folder, tasks);
            chars += length(plan);
            for (List<Read> v : tasks.values()) {
                chars += length(v);
            }
        }
        if (in.readLong() != chars || stream.available() < 2 * chars) {
            throw new IOException("cut short");
        }
        char[] text = new char[Math.toIntExact(chars)];
        int at = bytes.length - stream.available();
        java.nio.ByteBuffer.wrap(bytes, at, text.length * 2).asCharBuffer().get(text);
        in.skipNBytes(2L * text.length);
        if (!"end".equals(in.readUTF()) || stream.available() != 0) {
            return null;
        }
        int[] next = {0};
        Map<String, PlanHistory> plans = new HashMap<>();
        for (Map.Entry<String, List<Read>> p : planVersions.entrySet()) {
            Map<String, List<Version>> tasks = new HashMap<>();
            taskVersions.get(p.getKey()).forEach((id, v) -> tasks.put(id, versions(v, text, next)));
            plans.put(p.getKey(), new PlanHistory(versions(p.getValue(), text, next), tasks));
        }
        return new GitHistory.Log(GitHistory.State.READ, head, commits, plans);
    }

    private static List<Read> versions(DataInputStream in, List<Commit> commits) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > commits.size()) {
            throw new IOException("more versions than commits");
        }
        List<Read> versions = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Commit commit = commits.get(in.readInt());
            boolean deleted = in.readBoolean();
            String blob = in.readUTF();
            int length = in.readInt();
            if (length < -1) {
                throw new IOException("a negative length");
            }
            versions.add(new Read(commit, deleted, blob.isEmpty() ? null : ObjectId.fromString(blob), length));
        }
        return versions;
    }

    private static long length(List<Read> versions) {
        long sum = 0;
        for (Read r : versions) {
            sum += Math.max(0, r.length());
        }
        return sum;
    }

    /** The versions with their texts, taken in turn from text from next[0] on. */
    private static List<Version> versions(List<Read> read, char[] text, int[] next) {
        List<Version> out = new ArrayList<>(read.size());
        for (Read r : read) {
            String t = null;
            if (r.length() >= 0) {
                t = new String(text, next[0], r.length());
                next[0] += r.length();
            }
            out.add(new Version(r.commit(), r.deleted(), r.blob(), t));
        }
        return List.copyOf(out);
    }
}
