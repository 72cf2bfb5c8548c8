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
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;

/**
 * A git log (GitHistory.Log) on disk, for the next build to extend by the commits since instead of reading the whole
 * history again: the commits, and each file's versions by their blobs. The texts stay in the repository, read when the
 * change record asks for them (GitHistory.Texts). The file names what it was read for (key: the program, the project, the plans folder); a file for
 * anything else, from another version, cut short or damaged reads as none, and the log is read whole.
 */
final class SavedHistory {

    private static final String FORMAT = "gongkai-history/2";

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
            versions(out, p.getValue().plan());
            out.writeInt(p.getValue().tasks().size());
            for (Map.Entry<String, List<Version>> t : p.getValue().tasks().entrySet()) {
                out.writeUTF(t.getKey());
                versions(out, t.getValue());
            }
        }
        out.writeUTF("end");
    }

    private static void versions(DataOutputStream out, List<Version> versions) throws IOException {
        out.writeInt(versions.size());
        for (Version v : versions) {
            out.writeInt(v.commit().index());
            out.writeBoolean(v.deleted());
            out.writeBoolean(v.read());
            if (!v.deleted()) {
                v.blob().copyRawTo(out);
            }
        }
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
        Map<String, PlanHistory> plans = new HashMap<>();
        for (int n = in.readInt(); n > 0; n--) {
            String folder = in.readUTF();
            List<Version> plan = versions(in, commits);
            Map<String, List<Version>> tasks = new HashMap<>();
            for (int t = in.readInt(); t > 0; t--) {
                tasks.put(in.readUTF(), versions(in, commits));
            }
            plans.put(folder, new PlanHistory(plan, tasks));
        }
        if (!"end".equals(in.readUTF()) || stream.available() != 0) {
            return null;
        }
        // Where the texts are read is known to the reader of the repository (GitHistory.extend), not to this file.
        return new GitHistory.Log(GitHistory.State.READ, head, commits, plans, null);
    }

    private static List<Version> versions(DataInputStream in, List<Commit> commits) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > commits.size()) {
            throw new IOException("more versions than commits");
        }
        Version[] versions = new Version[n];
        byte[] raw = new byte[Constants.OBJECT_ID_LENGTH];
        for (int i = 0; i < n; i++) {
            Commit commit = commits.get(in.readInt());
            boolean deleted = in.readBoolean();
            boolean read = in.readBoolean();
            ObjectId blob = null;
            if (!deleted) {
                in.readFully(raw);
                blob = ObjectId.fromRaw(raw);
            }
            versions[i] = new Version(commit, deleted, blob, read);
        }
        return List.of(versions);
    }
}
