package gongkai.graph;

import gongkai.model.Task;
import gongkai.model.Update;

/** An update together with the task it reports on: one item of a feed or of "latest updates". */
public record UpdateEntry(Task task, Update update) {
}
