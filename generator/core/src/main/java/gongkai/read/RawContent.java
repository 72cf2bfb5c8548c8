package gongkai.read;

import java.util.List;

/**
 * The output of the read stage: every file parsed, nothing resolved yet. The messages are the theme's words:
 * the bundles built into gongkai, and the site's own files in templates/messages/ laid over them. history is the
 * git log the plans' histories come from, or null when none was asked for.
 */
public record RawContent(RawDocument config, List<RawDocument> unitFiles, List<RawPlan> plans,
        List<RawDocument> builtInMessages, List<RawDocument> siteMessages, GitHistory.Log history) {

    public RawContent {
        unitFiles = List.copyOf(unitFiles);
        plans = List.copyOf(plans);
        builtInMessages = List.copyOf(builtInMessages);
        siteMessages = List.copyOf(siteMessages);
    }

    public RawContent(RawDocument config, List<RawDocument> unitFiles, List<RawPlan> plans) {
        this(config, unitFiles, plans, List.of(), List.of(), null);
    }

    /** The same content with the theme's messages. */
    public RawContent withMessages(List<RawDocument> builtIn, List<RawDocument> site) {
        return new RawContent(config, unitFiles, plans, builtIn, site, history);
    }

    /** The same content with the git log its plans' histories come from. */
    public RawContent withHistory(GitHistory.Log log) {
        return new RawContent(config, unitFiles, plans, builtInMessages, siteMessages, log);
    }
}
