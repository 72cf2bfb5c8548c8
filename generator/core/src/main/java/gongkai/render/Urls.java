package gongkai.render;

/** The public URL scheme of DESIGN.md, as paths relative to the site root. URLs are a public interface. */
public final class Urls {

    private Urls() {
    }

    public static String plans() {
        return "plans/";
    }

    public static String plan(String planId) {
        return "plans/" + planId + "/";
    }

    public static String task(String planId, String taskId) {
        return "plans/" + planId + "/" + taskId + "/";
    }

    public static String units() {
        return "units/";
    }

    public static String unit(String unitId) {
        return "units/" + unitId + "/";
    }

    public static String statuses() {
        return "status/";
    }

    public static String status(String statusId) {
        return "status/" + statusId + "/";
    }

    /** The site's list of changes to its tasks (近期修改), and its feed beside it. */
    public static String changes() {
        return "changes/";
    }

    /**
     * Page n (from 1) of the archive of changes, numbered from the oldest (ChangePages): not the list's own page, so
     * page 1 is a page of its own.
     */
    public static String changesArchive(int n) {
        return changes() + "page/" + n + "/";
    }

    /** The table of the units below a unit, in the registry's order (sort "") or sorted by a figure. */
    public static String unitsBelow(String unitId, String sort) {
        return unit(unitId) + "units/" + (sort.isEmpty() ? "" : sort + "/");
    }

    public static String search() {
        return "search/";
    }

    public static final String OVERDUE = "overdue";

    /** Page n (from 1) of a paginated list whose first page is at url. */
    public static String paged(String url, int n) {
        return n <= 1 ? url : url + "page/" + n + "/";
    }

    /** The first page's file for any page of a paginated list; other files unchanged. */
    public static String firstPage(String file) {
        int at = file.lastIndexOf("page/");
        if (at < 0 || !file.endsWith("/index.html") || !file.substring(at + 5, file.length() - 11).matches("\\d+")) {
            return file;
        }
        return file.substring(0, at) + "index.html";
    }

    /** The file a directory-style URL is written to. */
    public static String file(String url) {
        return url.isEmpty() || url.endsWith("/") ? url + "index.html" : url;
    }

    /** "../" once per folder between the page and the site root. */
    public static String rootFrom(String filePath) {
        int depth = 0;
        for (int i = 0; i < filePath.length(); i++) {
            if (filePath.charAt(i) == '/') {
                depth++;
            }
        }
        return "../".repeat(depth);
    }
}
