package gongkai.write;

/** The output folder cannot be used as asked: unsafe, not gongkai's, or in use. Nothing was written or deleted. */
public final class OutputRefused extends Exception {

    private static final long serialVersionUID = 1L;

    public OutputRefused(String message) {
        super(message, null, false, false);
    }
}
