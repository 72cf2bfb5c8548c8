package gongkai.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One task (or sub-item, when parentId is set) of a plan. changed is when its file last changed in the
 * content's git history, or null without history; a draft stays out of the public build. status is the effective status: the one the
 * file declares, else that of the latest update, else NOT_REPORTED.
 */
public record Task(
        String planId,
        String id,
        String number,
        String title,
        String sectionId,
        String parentId,
        List<Responsibility> responsibilities,
        String unitsText,
        Deadline deadline,
        String remarks,
        Status status,
        List<Update> updates,
        String body,
        SourceRef sourceRef,
        boolean draft,
        LocalDate changed) {

    public Task {
        responsibilities = List.copyOf(responsibilities);
        updates = List.copyOf(updates);
    }

    public Task withStatus(Status newStatus) {
        return new Task(planId, id, number, title, sectionId, parentId, responsibilities, unitsText, deadline, remarks,
                newStatus, updates, body, sourceRef, draft, changed);
    }

    public Task withPlacement(String newSectionId, Deadline newDeadline) {
        return new Task(planId, id, number, title, newSectionId, parentId, responsibilities, unitsText, newDeadline,
                remarks, status, updates, body, sourceRef, draft, changed);
    }

    public Task asDraft() {
        return new Task(planId, id, number, title, sectionId, parentId, responsibilities, unitsText, deadline,
                remarks, status, updates, body, sourceRef, true, changed);
    }

    /** The key that identifies a task across the site. */
    public String key() {
        return planId + "/" + id;
    }

    public List<String> unitIds(Role role) {
        return responsibilities.stream().filter(r -> r.role() == role).map(Responsibility::unitId).toList();
    }
}
