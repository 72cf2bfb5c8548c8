package gongkai.diagnostics;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem of a build so all of them are reported at once. Thread-safe for parallel readers. */
public final class Problems {

    private final List<Problem> list = new ArrayList<>();

    public synchronized void add(String file, int line, int column, String message) {
        list.add(new Problem(file, line, column, message));
    }

    public synchronized void addAll(Problems other) {
        list.addAll(other.sorted());
    }

    public synchronized boolean isEmpty() {
        return list.isEmpty();
    }

    /** In file, line, column order, duplicates removed, so output never depends on reading order. */
    public synchronized List<Problem> sorted() {
        return list.stream().distinct().sorted().toList();
    }
}
