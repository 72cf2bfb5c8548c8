package gongkai.importer;

import gongkai.model.Deadline;
import gongkai.model.Status;
import java.time.LocalDate;
import java.util.List;

/** A task ready to be written: units by role in the form the file writes them, the deadline read, its updates. */
public record ImportedTask(String id, String number, String title, String sectionId, String parentId, List<String> lead,
        List<String> responsible, List<String> support, String unitsText, Deadline deadline, String remarks,
        List<ImportedUpdate> updates, String body) {

    public ImportedTask {
        lead = List.copyOf(lead);
        responsible = List.copyOf(responsible);
        support = List.copyOf(support);
        updates = List.copyOf(updates);
    }

    /** A 落实情况 as an update: its date, status, reporting units and text. */
    public record ImportedUpdate(LocalDate date, Status status, List<String> by, String text) {
        public ImportedUpdate {
            by = List.copyOf(by);
        }
    }
}
