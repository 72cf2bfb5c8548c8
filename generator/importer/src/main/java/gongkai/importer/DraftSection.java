package gongkai.importer;

import java.util.List;

/** A section of the plan as understood: its id (as written in plan.md), title and subsections. */
public record DraftSection(String id, String title, List<DraftSection> children) {

    public DraftSection {
        children = List.copyOf(children);
    }
}
