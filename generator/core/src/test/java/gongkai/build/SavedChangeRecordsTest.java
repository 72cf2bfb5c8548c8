package gongkai.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.check.ChangeRecordCache;
import gongkai.model.Change;
import gongkai.model.Deadline;
import gongkai.model.FieldChange;
import gongkai.model.Role;
import gongkai.model.Status;
import gongkai.model.TaskHistory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The change records a build keeps on disk: read back as they were written, or not at all. */
class SavedChangeRecordsTest {

    @TempDir
    Path root;

    /** Every kind of change and field change, values absent where the model allows, and a text beyond 64 KB. */
    private static Map<String, ChangeRecordCache.Entry> entries() {
        LocalDate day = LocalDate.of(2020, 3, 1);
        List<FieldChange> fields = List.of(
                new FieldChange.TextChanged(FieldChange.Field.TITLE, "旧标题 \uD83D\uDE00", "新标题"),
                new FieldChange.TextChanged(FieldChange.Field.REQUIREMENT, "", "长".repeat(30_000)),
                new FieldChange.UnitsChanged(Role.LEAD, List.of("city-czj", "?区档案馆"), List.of()),
                new FieldChange.UnitsChanged(Role.SUPPORT, List.of(), List.of("city-a")),
                new FieldChange.DeadlineChanged(new Deadline(day, false, "3月1日前"), new Deadline(null, true, "长期"),
                        true),
                new FieldChange.DeadlineChanged(Deadline.NONE, new Deadline(day.plusDays(9), false, ""), false),
                new FieldChange.StatusChanged(null, Status.IN_PROGRESS),
                new FieldChange.StatusChanged(Status.COMPLETED, null),
                new FieldChange.UpdateChanged(FieldChange.UpdateChanged.Kind.ADDED, day, 2, Status.COMPLETED),
                new FieldChange.UpdateChanged(FieldChange.UpdateChanged.Kind.REMOVED, day, 1, null));
        TaskHistory full = new TaskHistory("demo-2020", "3-1", "（1）", "做好解读", "3", List.of(
                new Change(0, "a".repeat(40), day, "", Change.Kind.FIRST, List.of(), false),
                new Change(4, "b".repeat(40), day.plusDays(1), "调整时限", Change.Kind.EDITED, fields, false),
                new Change(5, "c".repeat(40), day.plusDays(2), "", Change.Kind.REMOVED, List.of(), false),
                new Change(7, "d".repeat(40), day.plusDays(3), "恢复", Change.Kind.RESTORED, fields.subList(0, 1),
                        false),
                new Change(9, "e".repeat(40), day.plusDays(4), "", Change.Kind.FIRST, List.of(), true)));
        TaskHistory bare = new TaskHistory("p", "1", "", null, null, List.of());
        Map<String, ChangeRecordCache.Entry> entries = new TreeMap<>();
        entries.put("content/plans/demo-2020/3-1.md", new ChangeRecordCache.Entry("0123abcd", full));
        entries.put("content/plans/p/1.md", new ChangeRecordCache.Entry("4567", bare));
        entries.put("content/plans/p/2.md", new ChangeRecordCache.Entry("89ef", null));
        return entries;
    }

    @Test
    void recordsAreReadBackAsTheyWereWritten() throws Exception {
        Path file = root.resolve("change-records");
        SavedChangeRecords.write(file, "key", entries());
        assertEquals(entries(), SavedChangeRecords.read(file, "key"));
        assertTrue(Files.notExists(root.resolve("change-records.tmp")), "written through a temporary file, then renamed");
    }

    @Test
    void aFileForAnotherKeyCutShortOrLongerReadsAsNone() throws Exception {
        Path file = root.resolve("change-records");
        SavedChangeRecords.write(file, "key", entries());
        byte[] bytes = Files.readAllBytes(file);
        assertEquals(Map.of(), SavedChangeRecords.read(file, "another key"), "another program, project or plans folder");
        assertEquals(Map.of(), SavedChangeRecords.read(root.resolve("none"), "key"));
        for (int cut : new int[] {0, 1, 10, bytes.length / 2, bytes.length - 5, bytes.length - 1}) {
            Files.write(file, Arrays.copyOf(bytes, cut));
            assertEquals(Map.of(), SavedChangeRecords.read(file, "key"), "cut to " + cut + " of " + bytes.length);
        }
        Files.write(file, Arrays.copyOf(bytes, bytes.length + 3));
        assertEquals(Map.of(), SavedChangeRecords.read(file, "key"), "with bytes after its end");
        Files.writeString(file, "gongkai-change-records/0");
        assertEquals(Map.of(), SavedChangeRecords.read(file, "key"), "not a file of records at all");
    }
}
