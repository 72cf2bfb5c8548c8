package gongkai.importer;

import gongkai.diagnostics.Problem;
import java.util.List;

/**
 * A problem that stops an import or export before anything is written: the file (as the editor named
 * it), the line or row when known (else 0) and what to do, in Chinese.
 */
public final class ImportFailure extends RuntimeException {

    private final List<Problem> problems;

    public ImportFailure(String file, int line, String message) {
        this(List.of(new Problem(file, line, 0, message)));
    }

    public ImportFailure(List<Problem> problems) {
        super(problems.isEmpty() ? "" : problems.get(0).message(), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
