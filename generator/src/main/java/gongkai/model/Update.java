package gongkai.model;

import java.time.LocalDate;
import java.util.List;

/** A dated progress report (落实情况). textHtml is sanitised HTML rendered from Markdown. */
public record Update(
        LocalDate date,
        Status status,
        List<String> byUnitIds,
        String text,
        String textHtml,
        List<Link> links,
        int ordinal) {

    public Update {
        byUnitIds = List.copyOf(byUnitIds);
        links = List.copyOf(links);
    }
}
