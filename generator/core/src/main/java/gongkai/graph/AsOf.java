package gongkai.graph;

import gongkai.model.Content;
import gongkai.model.Plan;
import gongkai.model.Task;
import gongkai.model.Update;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The date the site's data is as of (数据截至), on which "overdue" depends. Never the wall clock, so two
 * builds of one commit agree: configuration first, then SOURCE_DATE_EPOCH, then the content itself.
 */
public final class AsOf {

    private AsOf() {
    }

    /** Where the as-of date came from, for the build's summary line. */
    public enum Source { CONFIG, SOURCE_DATE_EPOCH, LATEST_UPDATE, PLAN_YEAR }

    public record Decision(LocalDate date, Source source) {
    }

    /** sourceDateEpoch is the environment variable's value, or null; it must be whole seconds. */
    public static Decision decide(LocalDate configured, String sourceDateEpoch, Content content, ZoneId zone) {
        if (configured != null) {
            return new Decision(configured, Source.CONFIG);
        }
        if (sourceDateEpoch != null && sourceDateEpoch.strip().matches("\\d{1,12}")) {
            LocalDate d = Instant.ofEpochSecond(Long.parseLong(sourceDateEpoch.strip())).atZone(zone).toLocalDate();
            return new Decision(d, Source.SOURCE_DATE_EPOCH);
        }
        LocalDate latest = content.tasks().stream()
                .flatMap(t -> t.updates().stream())
                .map(Update::date)
                .max(LocalDate::compareTo).orElse(null);
        if (latest != null) {
            return new Decision(latest, Source.LATEST_UPDATE);
        }
        // Nothing reported yet: the latest issue date of any plan, else the first day of the newest plan's
        // year, so nothing is claimed late before anyone could report.
        int year = content.plans().stream().mapToInt(Plan::year).max().orElse(1970);
        LocalDate issued = content.plans().stream().map(Plan::issued).filter(Objects::nonNull)
                .max(LocalDate::compareTo).orElse(LocalDate.of(year, 1, 1));
        return new Decision(issued, Source.PLAN_YEAR);
    }

    /** Used by Task-level checks that want the rule in one place. */
    public static boolean isOverdue(Task task, LocalDate asOf) {
        return task.deadline().date() != null && task.deadline().date().isBefore(asOf)
                && !task.status().closesDeadline();
    }
}
