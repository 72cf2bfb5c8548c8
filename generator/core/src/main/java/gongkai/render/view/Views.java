package gongkai.render.view;

import java.util.List;

/**
 * What templates see: small records of ready-to-print values (labels, formatted dates, relative URLs),
 * so templates hold no logic beyond layout. URLs are relative to the site root; templates prefix them
 * with the page's own path back to the root.
 */
public final class Views {

    private Views() {
    }

    public record Ref(String id, String name, String url) {
    }

    public record StatusView(String id, String label) {
    }

    /** One status's part of a completion bar; offset and width are percentages of the bar, as printed. */
    public record Segment(String id, String label, int count, String offset, String width) {
    }

    /** The figures of a completion summary; the theme's messages make the sentence. */
    public record SummaryView(int total, int completed, int percent, int overdue, List<Segment> segments) {
    }

    public record Crumb(String title, String url) {
    }

    public record LinkView(String title, String url) {
    }

    public record UpdateView(String anchor, String dateIso, String date, StatusView status, List<Ref> by,
            String html, List<LinkView> links) {
    }

    /**
     * A task as a table row. lead, responsible and support are complete, for the task page; a row prints the
     * InRow ones, which name the first few units of a role and count the rest, as a row is repeated on the
     * page of every unit it names. subitem: the task is a sub-item of another (a milestone of a commitment).
     */
    public record TaskRow(String id, String url, String number, String title, Ref plan, List<Ref> lead,
            List<Ref> responsible, List<Ref> support, String deadline, StatusView status, boolean overdue,
            int children, int childrenDone, Ref via, RowUnits leadInRow, RowUnits responsibleInRow,
            RowUnits supportInRow, boolean subitem) {
    }

    /** A role's units in a row: those shown, and the rest, which the row only counts and links to. */
    public record RowUnits(List<Ref> shown, List<Ref> rest) {

        public int total() {
            return shown.size() + rest.size();
        }
    }

    public record SectionView(String label, String title, String anchor, int depth, List<TaskRow> rows,
            List<SectionView> children) {
    }

    public record PlanCard(Ref plan, int year, Ref issuer, SummaryView summary) {
    }

    public record UpdateItem(String taskUrl, String taskTitle, String taskNumber, boolean subitem, Ref plan,
            UpdateView update) {
    }

    public record RoleGroup(String role, List<TaskRow> rows) {
    }

    /** Where a page sits in a paginated list; urls relative to the site root. */
    public record Pager(int page, int pages, int total, int from, int to, String prev, String next, List<Crumb> links) {
    }

    public record UnitNode(Ref unit, String kind, int count, List<UnitNode> children) {
    }
}
