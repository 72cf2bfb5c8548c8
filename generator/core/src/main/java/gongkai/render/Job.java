package gongkai.render;

/**
 * One output file to produce: its path in the site, how to make its bytes, and what of the content it shows
 * (for serve, which re-renders only the files an edit reaches). modelled: for a page of figures (Pages.figuresPage),
 * its model and the model's digest first, so a rebuild keeps the page when its model is the one the last build
 * digested; null for any other file.
 */
public record Job(String path, Producer producer, Shows shows, Modelled modelled) {

    /** A file that may show anything: any change to the content makes it again. */
    public Job(String path, Producer producer) {
        this(path, producer, Shows.EVERYTHING);
    }

    /** A file made by its producer alone. */
    public Job(String path, Producer producer, Shows shows) {
        this(path, producer, shows, null);
    }

    @FunctionalInterface
    public interface Producer {
        byte[] produce() throws Templates.TemplateError;
    }

    /** Makes a page's model, ready to render. */
    @FunctionalInterface
    public interface Modelled {
        Model model();
    }

    /**
     * A page's model as its template will see it: digest, of the template's name and the model (everything else a
     * template sees reaches every page, see LastBuild.siteDigest); bytes, the page rendered from it.
     */
    public record Model(String digest, Producer bytes) {
    }
}
