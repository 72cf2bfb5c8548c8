package gongkai.check;

import gongkai.model.Status;
import gongkai.model.Update;
import java.util.List;

/** How a task's effective status follows from what its file says, its updates and its sub-items. */
public final class StatusRules {

    private StatusRules() {
    }

    /** The declared status wins; else the latest update's; else nothing is known. */
    public static Status own(Status declared, List<Update> updatesByDate) {
        if (declared != null) {
            return declared;
        }
        if (!updatesByDate.isEmpty()) {
            return updatesByDate.get(updatesByDate.size() - 1).status();
        }
        return Status.NOT_REPORTED;
    }

    /**
     * A task with sub-items and no report of its own takes its status from them: the shared status when
     * they agree, completed when every one is completed or cancelled, ongoing when the rest is
     * continuous work, not reported when none has been reported, not started when those reported have not
     * started, else in progress.
     */
    public static Status rollUp(List<Status> children) {
        if (children.isEmpty()) {
            return Status.NOT_REPORTED;
        }
        if (children.stream().distinct().count() == 1) {
            return children.get(0);
        }
        if (children.stream().allMatch(s -> s == Status.COMPLETED || s == Status.CANCELLED)) {
            return Status.COMPLETED;
        }
        if (children.stream().allMatch(Status::closesDeadline)) {
            return Status.ONGOING;
        }
        if (children.stream().allMatch(s -> s == Status.NOT_REPORTED)) {
            return Status.NOT_REPORTED;
        }
        if (children.stream().allMatch(s -> s == Status.NOT_REPORTED || s == Status.NOT_STARTED)) {
            return Status.NOT_STARTED;
        }
        return Status.IN_PROGRESS;
    }
}
