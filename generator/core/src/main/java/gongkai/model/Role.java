package gongkai.model;

/** The part a unit plays in a task, in the order tables list them. */
public enum Role {
    LEAD("lead"),
    RESPONSIBLE("responsible"),
    SUPPORT("support");

    private final String id;

    Role(String id) {
        this.id = id;
    }

    /** The front-matter key and the id used in data files. */
    public String id() {
        return id;
    }
}
