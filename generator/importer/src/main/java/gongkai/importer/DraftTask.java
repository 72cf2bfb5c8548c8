package gongkai.importer;

import java.util.List;

/**
 * A task (or, with parentId, a sub-item) as understood from the source, before its units are resolved:
 * the texts of its unit cells, deadline, 落实情况 and status as written.
 */
public record DraftTask(String id, String number, String title, String sectionId, String parentId, List<UnitCell> units,
        String deadline, String progress, String status, List<String> remarks, String body, int line, String unitsWording) {

    public DraftTask {
        units = List.copyOf(units);
        remarks = List.copyOf(remarks);
    }

    /** unitsWording, when set, is the units as the source wrote them where the units read are only part of it. */
    public DraftTask(String id, String number, String title, String sectionId, String parentId, List<UnitCell> units,
            String deadline, String progress, String status, List<String> remarks, String body, int line) {
        this(id, number, title, sectionId, parentId, units, deadline, progress, status, remarks, body, line, null);
    }
}
