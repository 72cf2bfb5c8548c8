package gongkai.model;

import java.util.Optional;

/** What is known about a task's progress. NOT_REPORTED is not NOT_STARTED: the site never claims more than it knows. */
public enum Status {
    NOT_REPORTED("not-reported"),
    NOT_STARTED("not-started"),
    IN_PROGRESS("in-progress"),
    COMPLETED("completed"),
    ONGOING("ongoing"),
    CANCELLED("cancelled");

    private final String id;

    Status(String id) {
        this.id = id;
    }

    /** The id used in content files and in URLs (/status/&lt;id&gt;/). */
    public String id() {
        return id;
    }

    public static Optional<Status> fromId(String id) {
        for (Status s : values()) {
            if (s.id.equals(id)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** A task in this status can no longer fall behind its deadline. */
    public boolean closesDeadline() {
        return this == COMPLETED || this == CANCELLED || this == ONGOING;
    }

    public static String allIds() {
        StringBuilder sb = new StringBuilder();
        for (Status s : values()) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(s.id);
        }
        return sb.toString();
    }
}
