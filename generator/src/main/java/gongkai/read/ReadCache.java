package gongkai.read;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Parsed files kept between serve's rebuilds, so an edit re-reads only the files that changed. Only files
 * that parsed cleanly are kept; a broken file is read again, and reports again, until it is fixed.
 */
public final class ReadCache {

    private final Map<String, RawDocument> docs = new ConcurrentHashMap<>();

    /** Forgets files (paths relative to the project root, '/' separators). */
    public void invalidate(Collection<String> files) {
        files.forEach(docs::remove);
    }

    public void clear() {
        docs.clear();
    }

    Optional<RawDocument> get(String file) {
        return Optional.ofNullable(docs.get(file));
    }

    void put(RawDocument doc) {
        docs.put(doc.file(), doc);
    }
}
