package gongkai.diagnostics;

/** One thing wrong with the input: where it is (line and column 1-based, 0 when unknown) and what to do. */
public record Problem(String file, int line, int column, String message) implements Comparable<Problem> {

    /** file:line:column: message, the form editors and editors' tools understand. */
    public String format() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        return sb.append(": ").append(message).toString();
    }

    @Override
    public int compareTo(Problem o) {
        int c = file.compareTo(o.file);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(line, o.line);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(column, o.column);
        return c != 0 ? c : message.compareTo(o.message);
    }
}
