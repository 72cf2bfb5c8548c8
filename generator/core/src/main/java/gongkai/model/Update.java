package gongkai.model;

import java.time.LocalDate;
import java.util.List;

/** A dated progress report (落实情况); text is Markdown. ordinal counts the updates of the same date, from 1. */
public record Update(
        LocalDate date,
        Status status,
        List<String> byUnitIds,
        String text,
        List<Link> links,
        int ordinal) {

    public Update {
        byUnitIds = List.copyOf(byUnitIds);
        links = List.copyOf(links);
    }
}
