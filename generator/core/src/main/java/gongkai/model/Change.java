package gongkai.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One commit's change to one task, as the site publishes it. order is the commit's place in the history (0 for
 * the oldest), commit its id; date is the commit's day in the site's time zone; message the commit message's first
 * line where it says something, else "". FIRST is the task's first publication (afterPlan: it came after its plan
 * was first published, a task added to a plan); EDITED lists the fields that changed; REMOVED says the file was
 * deleted or made a draft; RESTORED, that it came back, with the fields that differ from before.
 */
public record Change(int order, String commit, LocalDate date, String message, Kind kind, List<FieldChange> fields,
        boolean afterPlan) {

    public enum Kind { FIRST, EDITED, REMOVED, RESTORED }

    public Change {
        fields = List.copyOf(fields);
    }
}
