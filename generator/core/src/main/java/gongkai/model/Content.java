package gongkai.model;

import java.util.List;

/**
 * Everything read and resolved from content/: the input of the site graph. Lists are in display order; history is
 * the change record of the tasks (History.NONE without git history).
 */
public record Content(List<Unit> units, List<Plan> plans, List<Task> tasks, History history) {

    public Content {
        units = List.copyOf(units);
        plans = List.copyOf(plans);
        tasks = List.copyOf(tasks);
    }

    public Content(List<Unit> units, List<Plan> plans, List<Task> tasks) {
        this(units, plans, tasks, History.NONE);
    }
}
