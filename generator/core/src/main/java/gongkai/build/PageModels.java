package gongkai.build;

import gongkai.render.Job;
import gongkai.render.Templates;
import gongkai.write.FileStamps.Stamp;
import gongkai.write.SiteWriter;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The digests of the pages' models (Job.Modelled): those the last build recorded, and those this build made. A page
 * an edit reaches is kept as the published site has it, unrendered, when its model digests as before: an edit that
 * reaches a page of figures (the home page, a unit's page) mostly leaves them as they were.
 */
final class PageModels {

    private final Map<String, String> before;
    private final Map<String, Stamp> live;
    private final Map<String, String> made = new ConcurrentHashMap<>();
    private final AtomicInteger same = new AtomicInteger();
    private final AtomicLong keptBytes = new AtomicLong();

    /** before: the digests the last build recorded (none for a whole build); live: its files' stamps. */
    PageModels(Map<String, String> before, Map<String, Stamp> live) {
        this.before = before;
        this.live = live;
    }

    /** The page's bytes, or null when the published page is kept: its model digests as the last build's did. */
    byte[] bytes(Job page, SiteWriter writer) throws Templates.TemplateError, IOException {
        Job.Model model = page.modelled().model();
        made.put(page.path(), model.digest());
        if (model.digest().equals(before.get(page.path())) && writer.holds(page.path())) {
            writer.keep(page.path());
            same.incrementAndGet();
            keptBytes.addAndGet(live.get(page.path()).size());
            return null;
        }
        return model.bytes().produce();
    }

    /** How many pages an edit reached were kept for their models. */
    int same() {
        return same.get();
    }

    long keptBytes() {
        return keptBytes.get();
    }

    /** The digest of each page's model, for the record of this build: made now, or as recorded for a page kept. */
    Map<String, String> recorded(List<Job> jobs) {
        Map<String, String> out = new HashMap<>();
        for (Job j : jobs) {
            if (j.modelled() != null) {
                String digest = made.getOrDefault(j.path(), before.get(j.path()));
                if (digest != null) {
                    out.put(j.path(), digest);
                }
            }
        }
        return out;
    }
}
