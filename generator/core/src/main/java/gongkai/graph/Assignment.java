package gongkai.graph;

import gongkai.model.Role;
import gongkai.model.Task;

/** A task a unit owes, in a role; viaGroupId is set when it is owed through a group the unit belongs to. */
public record Assignment(Task task, Role role, String viaGroupId) {
}
