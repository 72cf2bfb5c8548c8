package gongkai.model;

import java.util.List;

/** Everything read and resolved from content/: the input of the site graph. Lists are in display order. */
public record Content(List<Unit> units, List<Plan> plans, List<Task> tasks) {

    public Content {
        units = List.copyOf(units);
        plans = List.copyOf(plans);
        tasks = List.copyOf(tasks);
    }
}
