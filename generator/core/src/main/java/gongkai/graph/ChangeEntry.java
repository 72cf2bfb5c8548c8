package gongkai.graph;

import gongkai.model.Change;
import gongkai.model.TaskHistory;

/** A change together with the task record it belongs to: one item of the site's list of changes and its feed. */
public record ChangeEntry(TaskHistory task, Change change) {
}
