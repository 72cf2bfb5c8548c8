package gongkai.model;

import java.util.Optional;

public enum UnitKind {
    JURISDICTION("jurisdiction"),
    BODY("body"),
    OFFICE("office"),
    GROUP("group");

    private final String id;

    UnitKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<UnitKind> fromId(String id) {
        for (UnitKind k : values()) {
            if (k.id.equals(id)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
