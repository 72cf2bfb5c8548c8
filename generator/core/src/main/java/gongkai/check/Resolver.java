package gongkai.check;

import gongkai.diagnostics.Problems;
import gongkai.model.Content;
import gongkai.model.History;
import gongkai.model.TaskHistory;
import gongkai.read.GitHistory;
import gongkai.model.Plan;
import gongkai.model.SiteConfig;
import gongkai.model.Task;
import gongkai.model.Unit;
import gongkai.read.RawContent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The resolve-and-check stage: raw files in, a consistent model out, or every problem found. */
public final class Resolver {

    private Resolver() {
    }

    /** The checked configuration and content. */
    public record Resolved(SiteConfig config, Content content) {
    }

    public static Optional<Resolved> resolve(RawContent raw, String baseUrlOverride, boolean includeDrafts,
            Problems problems) {
        return resolve(raw, baseUrlOverride, includeDrafts, problems, null);
    }

    /** With a cache, plans whose files, units and configuration are unchanged are not resolved again. */
    public static Optional<Resolved> resolve(RawContent raw, String baseUrlOverride, boolean includeDrafts,
            Problems problems, ResolveCache cache) {
        return resolve(raw, baseUrlOverride, includeDrafts, problems, cache, null);
    }

    /** records: change records derived before, used where their inputs are the same (null: derive every one). */
    public static Optional<Resolved> resolve(RawContent raw, String baseUrlOverride, boolean includeDrafts,
            Problems problems, ResolveCache cache, ChangeRecordCache records) {
        java.util.Map<String, gongkai.model.Messages> bundles = MessagesResolver.resolve(raw.builtInMessages(),
                raw.siteMessages(), problems);
        SiteConfig config = raw.config() == null ? null
                : ConfigResolver.resolve(raw.config(), baseUrlOverride, bundles, problems);
        List<Unit> units = UnitResolver.resolve(raw.unitFiles(), problems);
        UnitDirectory directory = new UnitDirectory(units);
        java.time.ZoneId zone = config == null ? java.time.ZoneId.of("Asia/Shanghai") : config.timeZone();
        String recordContext = records == null || raw.history() == null ? null
                : ChangeRecordCache.context(units, zone);
        GitHistory.Texts texts = raw.history() == null ? null : raw.history().texts();
        List<Object> context = new ArrayList<>();
        context.add(raw.config());
        context.addAll(raw.unitFiles());
        List<PlanResolver.Resolved> resolved = raw.plans().parallelStream()
                .map(p -> {
                    Optional<PlanResolver.Resolved> known = cache == null ? Optional.empty() : cache.get(p, context);
                    if (known.isPresent()) {
                        return known;
                    }
                    Problems own = new Problems();
                    Optional<PlanResolver.Resolved> r = new PlanResolver(directory, own, zone, includeDrafts)
                            .resolve(p, texts, records, recordContext);
                    if (cache != null && own.isEmpty() && r.isPresent()) {
                        cache.put(p, context, r.get());
                    }
                    problems.addAll(own);
                    return r;
                })
                .flatMap(Optional::stream).toList();
        if (config == null || !problems.isEmpty()) {
            return Optional.empty();
        }
        List<PlanResolver.Resolved> ordered = new ArrayList<>(resolved);
        // Newest plans first, as citizens look for this year's promises.
        ordered.sort(Comparator.comparingInt((PlanResolver.Resolved r) -> -r.plan().year())
                .thenComparing(r -> r.plan().id()));
        List<Plan> planList = ordered.stream().map(PlanResolver.Resolved::plan).toList();
        List<Task> tasks = ordered.stream().flatMap(r -> r.tasks().stream()).toList();
        return Optional.of(new Resolved(config, new Content(units, planList, tasks, history(raw.history(), ordered))));
    }

    /** The change records of all plans, and whether (and why not) the history was read. */
    private static History history(GitHistory.Log log, List<PlanResolver.Resolved> plans) {
        if (log == null) {
            return History.NONE;
        }
        History.Source source = History.Source.valueOf(log.state().name());
        if (!log.available()) {
            return new History(source, null, List.of());
        }
        List<TaskHistory> all = new ArrayList<>();
        for (PlanResolver.Resolved r : plans) {
            r.histories().values().stream().sorted(Comparator.comparing(TaskHistory::taskId, NaturalOrder.INSTANCE))
                    .forEach(all::add);
        }
        return new History(source, log.head(), all);
    }
}
