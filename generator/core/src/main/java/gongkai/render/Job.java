package gongkai.render;

/**
 * One output file to produce: its path in the site, how to make its bytes, and what of the content it shows
 * (for serve, which re-renders only the files an edit reaches).
 */
public record Job(String path, Producer producer, Shows shows) {

    /** A file that may show anything: any change to the content makes it again. */
    public Job(String path, Producer producer) {
        this(path, producer, Shows.EVERYTHING);
    }

    @FunctionalInterface
    public interface Producer {
        byte[] produce() throws Templates.TemplateError;
    }
}
