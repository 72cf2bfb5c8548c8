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
     * page of every unit it names. subitem: the task is a sub-item of another (a milestone of a commitment);
     * latest: its latest progress report (null without one); postponed: how often its deadline was moved later.
     */
    public record TaskRow(String id, String url, String number, String title, Ref plan, List<Ref> lead,
            List<Ref> responsible, List<Ref> support, String deadline, StatusView status, boolean overdue,
            int children, int childrenDone, Ref via, RowUnits leadInRow, RowUnits responsibleInRow,
            RowUnits supportInRow, boolean subitem, Latest latest, int postponed) {
    }

    /**
     * A task's latest progress report as a row shows it: its date, the first line of its text, and where it is on
     * its task's page (url, from the site root). The report may be a sub-item's, for a task without its own.
     */
    public record Latest(String dateIso, String date, String text, String url) {
    }

    /** A role's units in a row: those shown, and the rest, which the row only counts and links to. */
    public record RowUnits(List<Ref> shown, List<Ref> rest) {

        public int total() {
            return shown.size() + rest.size();
        }
    }

    /** summary: the progress of the section's tasks and its subsections' (null when it has none). */
    public record SectionView(String label, String title, String anchor, int depth, List<TaskRow> rows,
            List<SectionView> children, SummaryView summary) {
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

    /**
     * The archive of changes (ChangePages) as a page of the list of changes sees it. On the list's own page: page 0,
     * pages and total (all changes), older the archive page holding the newest change not shown, first page 1. On
     * archive page n: page n, the changes on it by number from the oldest (from, to; pages and total 0, as they grow
     * with every commit and this page does not change), older and newer the pages beside it (null at either end).
     */
    public record ChangeArchive(int page, int pages, int total, int from, int to, String older, String newer,
            String first) {
    }

    public record UnitNode(Ref unit, String kind, int count, List<UnitNode> children) {
    }

    /**
     * One commit's change to one task. kind: first, edited, removed or restored; afterPlan: a first publication
     * that came after the plan's own (a task added to a published plan); message: the commit's, where it says
     * something.
     */
    public record ChangeView(String anchor, String dateIso, String date, String message, String kind,
            boolean afterPlan, List<FieldView> fields) {
    }

    /**
     * What a change did to one field; kind says which values are set: text (before, after), diff (parts), units
     * (added, removed; a unit the registry no longer knows has no url), deadline (before, after, postponed),
     * status (statusBefore, statusAfter; null where the file gave none), update (update: added, removed or
     * edited, with date, statusAfter and url when the report is still on the task's page).
     */
    public record FieldView(String kind, String field, String before, String after, List<DiffPart> parts,
            List<Ref> added, List<Ref> removed, boolean postponed, StatusView statusBefore, StatusView statusAfter,
            String update, String dateIso, String date, String url) {
    }

    /** A run of a text difference: same, removed or added; elided: kept text shortened to its ends. */
    public record DiffPart(String kind, String text, boolean elided) {
    }

    /**
     * An item of the site's list of changes: the change, the task as it is named (number, title; subitem), its page
     * (null when it is no longer on the site) and its plan.
     */
    public record ChangeItem(String anchor, ChangeView change, String number, String title, boolean subitem,
            String url, Ref plan) {
    }

    /**
     * Progress figures of a row of an overview table: a unit (with its kind and depth below the place) or a plan
     * (with its year), and the tasks by role and by status. A year's total row has ref null.
     */
    public record Figures(Ref ref, String kind, int depth, int year, int lead, int responsible, int support, int total,
            int completed, int inProgress, int overdue, int notReported) {
    }

    /** A year's plans in a table of progress by year and plan: the year's total, then each plan. */
    public record YearFigures(int year, Figures total, List<Figures> plans) {
    }

    /** A unit's tasks of one year on a page of its tasks, plan by plan. */
    public record YearTasks(int year, List<PlanTasks> plans) {
    }

    /** A unit's tasks of one plan on its page, by role; continued: the plan's list began on an earlier page. */
    public record PlanTasks(Ref plan, int year, String anchor, List<RoleGroup> roles, boolean continued) {
    }

    /** A way to sort an overview's table of units: id ("" for the registry's order), its page, whether current. */
    public record Sort(String id, String url, boolean current) {
    }
}
