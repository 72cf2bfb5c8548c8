package gongkai.importer;

import java.util.Locale;
import java.util.Optional;

/** A task file's id from the number the source gives it: "12" is 12; "C01.1.1" and "US0113.1" are c01-1-1 and us0113-1. */
final class TaskIds {

    private TaskIds() {
    }

    static Optional<String> of(String number) {
        String n = number.strip();
        if (n.matches("\\d+")) {
            return Optional.of(n);
        }
        if (n.matches("[A-Za-z]{0,4}\\d+([.\\-]\\d+)*[A-Za-z]?")) {
            return Optional.of(n.toLowerCase(Locale.ROOT).replace('.', '-'));
        }
        return Optional.empty();
    }
}
