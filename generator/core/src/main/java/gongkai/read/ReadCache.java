package gongkai.read;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Parsed files kept between serve's rebuilds, so an edit re-reads only the files that changed. Only files
 * that parsed cleanly are kept; a broken file is read again, and reports again, until it is fixed.
 * Folder listings are kept too: listing 10,000 task files took longer than re-reading the one edited.
 */
public final class ReadCache {

    private final Map<String, RawDocument> docs = new ConcurrentHashMap<>();
    /** Listings by folder (relative path), then by what was listed in it. */
    private final Map<String, Map<String, List<Path>>> listings = new ConcurrentHashMap<>();

    /**
     * Forgets files (paths relative to the project root, '/' separators), and the listing of the folder
     * each is in, as a file that changed may be one that was added or removed.
     */
    public void invalidate(Collection<String> files) {
        for (String f : files) {
            docs.remove(f);
            int slash = f.lastIndexOf('/');
            listings.remove(slash < 0 ? "" : f.substring(0, slash));
            listings.keySet().removeIf(dir -> dir.equals(f) || dir.startsWith(f + "/"));
        }
    }

    public void clear() {
        docs.clear();
        listings.clear();
    }

    Optional<List<Path>> listing(String dir, String what) {
        return Optional.ofNullable(listings.getOrDefault(dir, Map.of()).get(what));
    }

    void putListing(String dir, String what, List<Path> paths) {
        listings.computeIfAbsent(dir, k -> new ConcurrentHashMap<>()).put(what, List.copyOf(paths));
    }

    Optional<RawDocument> get(String file) {
        return Optional.ofNullable(docs.get(file));
    }

    void put(RawDocument doc) {
        docs.put(doc.file(), doc);
    }
}
