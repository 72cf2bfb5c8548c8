package gongkai.model;

/** Where a value came from: a file relative to the project root, and a 1-based line (0 when unknown). */
public record SourceRef(String file, int line) {
}
