package gongkai.importer;

import java.time.LocalDate;
import java.util.List;

/** plan.md ready to be written. issuer is written as the file should (a name, or an id when names repeat). */
public record ImportedPlan(String id, String title, String issuer, String jurisdictionId, int year, String docNumber,
        LocalDate issued, List<String> columns, List<DraftSection> sections, String intro) {

    public ImportedPlan {
        columns = List.copyOf(columns);
        sections = List.copyOf(sections);
    }
}
