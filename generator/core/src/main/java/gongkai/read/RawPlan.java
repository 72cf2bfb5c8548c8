package gongkai.read;

import java.util.List;

/**
 * A plan folder: its id (the folder name), plan.md, its task files in name order, and its git history (null
 * without one).
 */
public record RawPlan(String id, String folder, RawDocument plan, List<RawDocument> tasks, GitHistory.PlanHistory history) {

    public RawPlan {
        tasks = List.copyOf(tasks);
    }

    public RawPlan(String id, String folder, RawDocument plan, List<RawDocument> tasks) {
        this(id, folder, plan, tasks, null);
    }
}
