package gongkai.model;

import java.time.LocalDate;

/**
 * 完成时限. Either a date, or ongoing work with no end date; text keeps the source wording ("11月底前").
 * date is null when ongoing or when no deadline was given.
 */
public record Deadline(LocalDate date, boolean ongoing, String text) {

    public static final Deadline NONE = new Deadline(null, false, "");

    public boolean isSet() {
        return date != null || ongoing || !text.isEmpty();
    }
}
