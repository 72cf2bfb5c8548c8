package gongkai.render;

import gongkai.model.Messages;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as the site's language writes them (the date.pattern message): 2018年11月30日, 30 November 2018. */
public final class Dates {

    private final DateTimeFormatter format;

    public Dates(Messages messages) {
        this.format = DateTimeFormatter.ofPattern(messages.text("date.pattern"), Locale.forLanguageTag(messages.language()));
    }

    public String format(LocalDate d) {
        return d == null ? "" : format.format(d);
    }

    public static String iso(LocalDate d) {
        return d == null ? "" : d.toString();
    }
}
