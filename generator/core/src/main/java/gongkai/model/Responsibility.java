package gongkai.model;

/** One unit's role in one task. */
public record Responsibility(Role role, String unitId) {
}
