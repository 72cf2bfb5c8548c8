package gongkai.build;

import gongkai.check.ChangeRecordCache;
import gongkai.model.Change;
import gongkai.model.Deadline;
import gongkai.model.FieldChange;
import gongkai.model.Role;
import gongkai.model.Status;
import gongkai.model.TaskHistory;
import gongkai.write.SiteWriter;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Change records (ChangeRecordCache's entries) on disk, for the next build to reuse those whose inputs it finds the
 * same. Like SavedHistory, the file names what it was made for (key); one for anything else, from another version,
 * cut short or damaged reads as none, and every record is derived again.
 */
final class SavedChangeRecords {

    private static final String FORMAT = "gongkai-change-records/1";

    private SavedChangeRecords() {
    }

    /** The entries saved in file for key, by task file; empty when there are none to trust. */
    static Map<String, ChangeRecordCache.Entry> read(Path file, String key) {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(SiteWriter.readFile(file)));
            if (!FORMAT.equals(in.readUTF()) || !key.equals(in.readUTF())) {
                return Map.of();
            }
            int n = in.readInt();
            Map<String, ChangeRecordCache.Entry> out = new HashMap<>(Math.max(16, n * 2));
            for (int i = 0; i < n; i++) {
                String task = text(in);
                String inputs = in.readUTF();
                out.put(task, new ChangeRecordCache.Entry(inputs, in.readBoolean() ? record(in) : null));
            }
            if (!"end".equals(in.readUTF()) || in.available() != 0) {
                return Map.of();
            }
            return out;
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
    }

    /** Writes the entries whole or not at all. */
    static void write(Path file, String key, Map<String, ChangeRecordCache.Entry> entries) throws IOException {
        WholeFile.write(file, out -> {
            out.writeUTF(FORMAT);
            out.writeUTF(key);
            out.writeInt(entries.size());
            for (Map.Entry<String, ChangeRecordCache.Entry> e : entries.entrySet()) {
                text(out, e.getKey());
                out.writeUTF(e.getValue().inputs());
                TaskHistory r = e.getValue().record();
                out.writeBoolean(r != null);
                if (r != null) {
                    record(out, r);
                }
            }
            out.writeUTF("end");
        });
    }

    private static void record(DataOutputStream out, TaskHistory r) throws IOException {
        text(out, r.planId());
        text(out, r.taskId());
        orNull(out, r.number());
        orNull(out, r.title());
        orNull(out, r.parentId());
        out.writeInt(r.changes().size());
        for (Change c : r.changes()) {
            out.writeInt(c.order());
            text(out, c.commit());
            out.writeLong(c.date().toEpochDay());
            text(out, c.message());
            out.writeUTF(c.kind().name());
            out.writeBoolean(c.afterPlan());
            out.writeInt(c.fields().size());
            for (FieldChange f : c.fields()) {
                field(out, f);
            }
        }
    }

    private static TaskHistory record(DataInputStream in) throws IOException {
        String plan = text(in);
        String task = text(in);
        String number = orNull(in);
        String title = orNull(in);
        String parent = orNull(in);
        int n = count(in);
        List<Change> changes = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int order = in.readInt();
            String commit = text(in);
            LocalDate date = LocalDate.ofEpochDay(in.readLong());
            String message = text(in);
            Change.Kind kind = Change.Kind.valueOf(in.readUTF());
            boolean afterPlan = in.readBoolean();
            int m = count(in);
            List<FieldChange> fields = new ArrayList<>(m);
            for (int j = 0; j < m; j++) {
                fields.add(field(in));
            }
            changes.add(new Change(order, commit, date, message, kind, fields, afterPlan));
        }
        return new TaskHistory(plan, task, number, title, parent, changes);
    }

    private static void field(DataOutputStream out, FieldChange f) throws IOException {
        if (f instanceof FieldChange.TextChanged t) {
            out.writeByte('T');
            out.writeUTF(t.field().name());
            text(out, t.before());
            text(out, t.after());
        } else if (f instanceof FieldChange.UnitsChanged u) {
            out.writeByte('U');
            out.writeUTF(u.role().name());
            texts(out, u.added());
            texts(out, u.removed());
        } else if (f instanceof FieldChange.DeadlineChanged d) {
            out.writeByte('D');
            deadline(out, d.before());
            deadline(out, d.after());
            out.writeBoolean(d.postponed());
        } else if (f instanceof FieldChange.StatusChanged s) {
            out.writeByte('S');
            status(out, s.before());
            status(out, s.after());
        } else if (f instanceof FieldChange.UpdateChanged u) {
            out.writeByte('R');
            out.writeUTF(u.kind().name());
            out.writeLong(u.date().toEpochDay());
            out.writeInt(u.ordinal());
            status(out, u.status());
        } else {
            throw new IOException("a field change of no known kind: " + f.getClass().getName());
        }
    }

    private static FieldChange field(DataInputStream in) throws IOException {
        return switch (in.readByte()) {
            case 'T' -> new FieldChange.TextChanged(FieldChange.Field.valueOf(in.readUTF()), text(in), text(in));
            case 'U' -> new FieldChange.UnitsChanged(Role.valueOf(in.readUTF()), texts(in), texts(in));
            case 'D' -> new FieldChange.DeadlineChanged(deadline(in), deadline(in), in.readBoolean());
            case 'S' -> new FieldChange.StatusChanged(status(in), status(in));
            case 'R' -> new FieldChange.UpdateChanged(FieldChange.UpdateChanged.Kind.valueOf(in.readUTF()),
                    LocalDate.ofEpochDay(in.readLong()), in.readInt(), status(in));
            default -> throw new IOException("a field change of no known kind");
        };
    }

    private static void deadline(DataOutputStream out, Deadline d) throws IOException {
        out.writeBoolean(d.date() != null);
        if (d.date() != null) {
            out.writeLong(d.date().toEpochDay());
        }
        out.writeBoolean(d.ongoing());
        text(out, d.text());
    }

    private static Deadline deadline(DataInputStream in) throws IOException {
        LocalDate date = in.readBoolean() ? LocalDate.ofEpochDay(in.readLong()) : null;
        return new Deadline(date, in.readBoolean(), text(in));
    }

    private static void status(DataOutputStream out, Status s) throws IOException {
        out.writeUTF(s == null ? "" : s.name());
    }

    private static Status status(DataInputStream in) throws IOException {
        String name = in.readUTF();
        return name.isEmpty() ? null : Status.valueOf(name);
    }

    private static void texts(DataOutputStream out, List<String> texts) throws IOException {
        out.writeInt(texts.size());
        for (String t : texts) {
            text(out, t);
        }
    }

    private static List<String> texts(DataInputStream in) throws IOException {
        int n = count(in);
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(text(in));
        }
        return out;
    }

    private static void orNull(DataOutputStream out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            text(out, s);
        }
    }

    private static String orNull(DataInputStream in) throws IOException {
        return in.readBoolean() ? text(in) : null;
    }

    /** A text of any length (writeUTF stops at 65,535 bytes; a requirement's text may be longer). */
    private static void text(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String text(DataInputStream in) throws IOException {
        int n = count(in);
        return new String(in.readNBytes(n), StandardCharsets.UTF_8);
    }

    private static int count(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > in.available()) {
            throw new IOException("a length beyond the file's end");
        }
        return n;
    }
}
