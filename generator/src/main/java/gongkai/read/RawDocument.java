package gongkai.read;

/**
 * One content file as read: its path relative to the project root, its YAML (the whole file for .yml, the
 * front matter for .md) and, for Markdown, the body and the line it starts on.
 */
public record RawDocument(String file, YamlNode data, String body, int bodyLine) {
}
