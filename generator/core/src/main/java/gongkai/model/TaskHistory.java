package gongkai.model;

import java.util.List;

/**
 * One task file's change record, oldest change first. number, title and parentId are those of its last published
 * version, which name it where it is no longer on the site (removed, or a draft again).
 */
public record TaskHistory(String planId, String taskId, String number, String title, String parentId,
        List<Change> changes) {

    public TaskHistory {
        changes = List.copyOf(changes);
    }

    public String key() {
        return planId + "/" + taskId;
    }

    /** How many times its deadline was moved later, or taken away (长期, or no date at all). */
    public int postponements() {
        int n = 0;
        for (Change c : changes) {
            for (FieldChange f : c.fields()) {
                if (f instanceof FieldChange.DeadlineChanged d && d.postponed()) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Whether its latest change took it off the site. */
    public boolean withdrawn() {
        return !changes.isEmpty() && changes.get(changes.size() - 1).kind() == Change.Kind.REMOVED;
    }
}
