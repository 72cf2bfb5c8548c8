package gongkai.read;

import java.time.Instant;

/**
 * One content file as read: its path relative to the project root, its YAML (the whole file for .yml, the
 * front matter for .md) and, for Markdown, the body and the line it starts on. changed is the time of the
 * last commit that touched the file, or null outside a git checkout.
 */
public record RawDocument(String file, YamlNode data, String body, int bodyLine, Instant changed) {

    /** The same document with the time its file was last committed. */
    public RawDocument withChanged(Instant when) {
        return java.util.Objects.equals(changed, when) ? this : new RawDocument(file, data, body, bodyLine, when);
    }
}
