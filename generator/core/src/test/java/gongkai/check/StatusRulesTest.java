package gongkai.check;

import static gongkai.model.Status.CANCELLED;
import static gongkai.model.Status.COMPLETED;
import static gongkai.model.Status.IN_PROGRESS;
import static gongkai.model.Status.NOT_REPORTED;
import static gongkai.model.Status.NOT_STARTED;
import static gongkai.model.Status.ONGOING;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gongkai.model.Update;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatusRulesTest {

    private static Update update(String date, gongkai.model.Status s) {
        return new Update(LocalDate.parse(date), s, List.of(), "", List.of(), 1);
    }

    @Test
    void nothingReportedIsNotReportedNeverNotStarted() {
        assertEquals(NOT_REPORTED, StatusRules.own(null, List.of()));
    }

    @Test
    void theLatestUpdateDecidesUnlessTheFileDeclares() {
        List<Update> updates = List.of(update("2018-05-01", IN_PROGRESS), update("2018-11-30", COMPLETED));
        assertEquals(COMPLETED, StatusRules.own(null, updates));
        assertEquals(CANCELLED, StatusRules.own(CANCELLED, updates));
    }

    @Test
    void subItemsRollUp() {
        assertEquals(COMPLETED, StatusRules.rollUp(List.of(COMPLETED, COMPLETED)));
        assertEquals(COMPLETED, StatusRules.rollUp(List.of(COMPLETED, CANCELLED)));
        assertEquals(ONGOING, StatusRules.rollUp(List.of(COMPLETED, ONGOING)));
        assertEquals(IN_PROGRESS, StatusRules.rollUp(List.of(COMPLETED, NOT_REPORTED)));
        assertEquals(NOT_REPORTED, StatusRules.rollUp(List.of(NOT_REPORTED, NOT_REPORTED)));
        assertEquals(NOT_STARTED, StatusRules.rollUp(List.of(NOT_STARTED, NOT_REPORTED)));
        assertEquals(IN_PROGRESS, StatusRules.rollUp(List.of(IN_PROGRESS, NOT_STARTED)));
    }
}
