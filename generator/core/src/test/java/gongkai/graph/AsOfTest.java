package gongkai.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.model.Content;
import gongkai.model.Deadline;
import gongkai.model.Plan;
import gongkai.model.SourceRef;
import gongkai.model.Status;
import gongkai.model.Task;
import gongkai.model.Update;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class AsOfTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static Task task(Deadline deadline, Status status, List<Update> updates) {
        return new Task("p", "1", "1", "t", "", null, List.of(), "", deadline, "", status, updates, "",
                new SourceRef("f", 1), false, null);
    }

    private static Plan plan(int year, LocalDate issued) {
        return new Plan("p", "t", null, null, year, "", issued, "", List.of(), "", List.of(), new SourceRef("f", 1), false);
    }

    private static Deadline on(String date) {
        return new Deadline(LocalDate.parse(date), false, "");
    }

    @Test
    void configurationWinsThenSourceDateEpochThenTheLatestUpdate() {
        Update u = new Update(LocalDate.parse("2018-11-30"), Status.COMPLETED, List.of(), "", List.of(), 1);
        Content c = new Content(List.of(), List.of(plan(2018, null)), List.of(task(Deadline.NONE, Status.COMPLETED, List.of(u))));
        assertEquals(new AsOf.Decision(LocalDate.parse("2019-12-31"), AsOf.Source.CONFIG),
                AsOf.decide(LocalDate.parse("2019-12-31"), "1", c, SHANGHAI));
        // 2019-01-01T00:00:00+08:00 is 1546272000 (2018-12-31T16:00Z): the site's time zone decides the day.
        assertEquals(new AsOf.Decision(LocalDate.parse("2019-01-01"), AsOf.Source.SOURCE_DATE_EPOCH),
                AsOf.decide(null, "1546272000", c, SHANGHAI));
        assertEquals(new AsOf.Decision(LocalDate.parse("2018-11-30"), AsOf.Source.LATEST_UPDATE),
                AsOf.decide(null, null, c, SHANGHAI));
        assertEquals(AsOf.Source.LATEST_UPDATE, AsOf.decide(null, "not-a-number", c, SHANGHAI).source());
    }

    @Test
    void withNothingReportedThePlanDatesDecide() {
        Content c = new Content(List.of(), List.of(plan(2019, null)), List.of());
        assertEquals(LocalDate.parse("2019-01-01"), AsOf.decide(null, null, c, SHANGHAI).date());
        Content issued = new Content(List.of(), List.of(plan(2018, LocalDate.parse("2018-09-13"))), List.of());
        assertEquals(LocalDate.parse("2018-09-13"), AsOf.decide(null, null, issued, SHANGHAI).date());
    }

    @Test
    void overdueMeansADeadlineBeforeTheAsOfDateAndNotDone() {
        LocalDate asOf = LocalDate.parse("2019-12-01");
        assertTrue(AsOf.isOverdue(task(on("2019-11-30"), Status.NOT_REPORTED, List.of()), asOf));
        assertTrue(AsOf.isOverdue(task(on("2019-11-30"), Status.IN_PROGRESS, List.of()), asOf));
        assertFalse(AsOf.isOverdue(task(on("2019-12-01"), Status.NOT_REPORTED, List.of()), asOf));
        assertFalse(AsOf.isOverdue(task(on("2019-11-30"), Status.COMPLETED, List.of()), asOf));
        assertFalse(AsOf.isOverdue(task(on("2019-11-30"), Status.CANCELLED, List.of()), asOf));
        assertFalse(AsOf.isOverdue(task(new Deadline(null, true, "持续推进"), Status.NOT_REPORTED, List.of()), asOf));
        assertFalse(AsOf.isOverdue(task(Deadline.NONE, Status.NOT_REPORTED, List.of()), asOf));
    }
}
