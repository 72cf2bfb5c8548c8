package gongkai.model;

import java.time.LocalDate;
import java.util.List;

/** A plan (工作要点 / 任务分解表) with its metadata and section tree. A draft stays out of the public build. */
public record Plan(
        String id,
        String title,
        String issuerId,
        String jurisdictionId,
        int year,
        String docNumber,
        LocalDate issued,
        String source,
        List<String> columns,
        String intro,
        List<Section> sections,
        SourceRef sourceRef,
        boolean draft) {

    public Plan {
        columns = List.copyOf(columns);
        sections = List.copyOf(sections);
    }
}
