package gongkai.importer;

import java.time.LocalDate;
import java.util.List;

/** A plan as understood from a source file: metadata found in its text, sections, tasks in order, notes. */
public record PlanDraft(Preamble preamble, List<String> columns, List<DraftSection> sections, List<DraftTask> tasks,
        List<Note> notes, List<String> mapping, List<String> kept) {

    public PlanDraft {
        columns = List.copyOf(columns);
        sections = List.copyOf(sections);
        tasks = List.copyOf(tasks);
        notes = List.copyOf(notes);
        mapping = List.copyOf(mapping);
        kept = List.copyOf(kept);
    }

    /** A plan read from prose: no columns to map or keep. */
    public PlanDraft(Preamble preamble, List<String> columns, List<DraftSection> sections, List<DraftTask> tasks, List<Note> notes) {
        this(preamble, columns, sections, tasks, notes, List.of(), List.of());
    }

    /** What the text around the table (or before the first section) says about the plan; fields may be null or empty. */
    public record Preamble(String title, String docNumber, LocalDate issued, String issuer, Integer year, List<String> intro,
            boolean attachment) {
        public Preamble {
            intro = List.copyOf(intro);
        }
    }
}
