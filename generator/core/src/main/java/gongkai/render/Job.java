package gongkai.render;

/** One output file to produce: its path in the site and how to make its bytes. */
public record Job(String path, Producer producer) {

    @FunctionalInterface
    public interface Producer {
        byte[] produce() throws Templates.TemplateError;
    }
}
