package gongkai.importer;

/** A title for a task whose table gives none: the first clause of its requirement, at most 40 characters. */
public final class TaskTitles {

    static final int MAX = 40;
    private static final int MIN = 6;

    private TaskTitles() {
    }

    public static String fromRequirement(String requirement) {
        String text = requirement.strip().replaceAll("\\s+", " ");
        int end = -1;
        for (int i = 0; i < text.length(); i++) {
            if ("，。；：,;:".indexOf(text.charAt(i)) >= 0 && i >= MIN) {
                end = i;
                break;
            }
        }
        String first = end < 0 ? text : text.substring(0, end);
        return first.length() > MAX ? first.substring(0, MAX) + "…" : first;
    }
}
