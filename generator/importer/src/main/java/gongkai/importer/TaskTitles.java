package gongkai.importer;

/** A title for a task whose table gives none: the first clause of its requirement, at most 40 characters. */
public final class TaskTitles {

    static final int MAX = 40;
    private static final int MIN = 6;

    private TaskTitles() {
    }

    /**
     * A title from the task column: as written when it is short; a long one (a whole requirement written there)
     * gives its first sentence, or first clause; English text may run to 120 characters, cut at a word.
     */
    public static String fromTask(String task) {
        String t = task.strip().replaceAll("\\s*\\n\\s*", "");
        boolean latin = t.chars().filter(c -> c < 0x2E80).count() * 2 > t.length();
        if (latin) {
            String l = task.strip().replaceAll("\\s+", " ").replaceAll("[.。]$", "");
            int sentence = l.indexOf(". ");
            if (sentence > 20 && sentence <= 120) {
                return l.substring(0, sentence);
            }
            if (l.length() <= 120) {
                return l;
            }
            int cut = l.lastIndexOf(' ', 117);
            return l.substring(0, cut > 40 ? cut : 117) + "…";
        }
        int stop = t.indexOf('。');
        if (t.length() <= MAX && (stop < 0 || stop == t.length() - 1)) {
            return t.replaceAll("。$", "");
        }
        if (stop > 0 && stop <= MAX) {
            return t.substring(0, stop);
        }
        return fromRequirement(t);
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
