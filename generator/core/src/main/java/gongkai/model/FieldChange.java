package gongkai.model;

import java.time.LocalDate;
import java.util.List;

/** What one change did to one field of a task, old value and new; the theme words it. */
public sealed interface FieldChange {

    /** The text fields, by their id in the messages (changes.field.&lt;id&gt;). */
    enum Field {
        NUMBER("number"), TITLE("title"), SECTION("section"), PARENT("parent"), UNITS_TEXT("units-text"),
        REMARKS("remarks"), REQUIREMENT("requirement");

        private final String id;

        Field(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /** A text field; "" for none. The requirement (the body) is shown as a difference of the two texts. */
    record TextChanged(Field field, String before, String after) implements FieldChange {
    }

    /** Units of a role named or no longer named: unit ids, or "?" and the name for one the registry does not know. */
    record UnitsChanged(Role role, List<String> added, List<String> removed) implements FieldChange {

        public UnitsChanged {
            added = List.copyOf(added);
            removed = List.copyOf(removed);
        }
    }

    /** The deadline moved; postponed when a date moved later or was taken away. */
    record DeadlineChanged(Deadline before, Deadline after, boolean postponed) implements FieldChange {
    }

    /** The task's own status (declared, or its latest report's); null where the file gives none. */
    record StatusChanged(Status before, Status after) implements FieldChange {
    }

    /** A progress report added, removed or edited, named by its date and place among that day's. */
    record UpdateChanged(Kind kind, LocalDate date, int ordinal, Status status) implements FieldChange {

        public enum Kind { ADDED, REMOVED, EDITED }
    }
}
