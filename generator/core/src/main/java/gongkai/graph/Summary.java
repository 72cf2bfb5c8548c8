package gongkai.graph;

import gongkai.model.Status;
import gongkai.model.Task;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Counts by status for a list of tasks: the figures behind every completion bar. */
public record Summary(int total, Map<Status, Integer> counts, int overdue) {

    public Summary {
        counts = Map.copyOf(counts);
    }

    public static Summary of(List<Task> tasks, LocalDate asOf) {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            counts.put(s, 0);
        }
        int overdue = 0;
        for (Task t : tasks) {
            counts.merge(t.status(), 1, Integer::sum);
            if (AsOf.isOverdue(t, asOf)) {
                overdue++;
            }
        }
        return new Summary(tasks.size(), counts, overdue);
    }

    public int count(Status s) {
        return counts.getOrDefault(s, 0);
    }

    public int completed() {
        return count(Status.COMPLETED);
    }

    /** Whole percent completed, rounded down so the site never claims more than is done. */
    public int completedPercent() {
        return total == 0 ? 0 : completed() * 100 / total;
    }
}
