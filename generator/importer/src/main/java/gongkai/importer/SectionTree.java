package gongkai.importer;

import gongkai.check.Suggest;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a plan's sections while rows are read. Numbered rows (一、 （一）) keep their numbers as ids; headings
 * without numbers (a merged 工作任务 column) are numbered in order, the second level straight through the
 * plan as the site numbers it, and a heading met again (or with one character different, as
 * 工作实际 / 工作实效) is the same section.
 */
final class SectionTree {

    private static final class Node {
        final String id;
        final String title;
        final List<Node> children = new ArrayList<>();
        /** Every wording met for this section, in order; the most frequent one is its title. */
        final List<String> seen = new ArrayList<>();

        Node(String id, String title) {
            this.id = id;
            this.title = title;
            seen.add(title);
        }

        String bestTitle() {
            String best = title;
            long most = 0;
            for (String t : seen) {
                long n = seen.stream().filter(t::equals).count();
                if (n > most) {
                    most = n;
                    best = t;
                }
            }
            return best;
        }
    }

    private final List<Node> tops = new ArrayList<>();
    private final List<Node> all = new ArrayList<>();
    private Node top;
    private Node sub;
    private int subCount;

    /** A section row "一、title". */
    String numberedTop(String number, String title) {
        top = new Node(unique(number), clean(title));
        tops.add(top);
        all.add(top);
        sub = null;
        return top.id;
    }

    /** A subsection row "（一）title"; without an enclosing section it stands at the first level. */
    String numberedSub(String number, String title) {
        Node node = new Node(unique(number), clean(title));
        all.add(node);
        subCount++;
        if (top == null) {
            tops.add(node);
            top = node;
            sub = null;
        } else {
            top.children.add(node);
            sub = node;
        }
        return node.id;
    }

    /** A first-level heading without a number: an earlier one with the same title, else a new one. */
    String headingTop(String title, int line, List<Note> notes) {
        Node same = find(tops, title, line, notes);
        if (same == null) {
            same = new Node(unique(Markers.chineseNumber(tops.size() + 1)), clean(title));
            tops.add(same);
            all.add(same);
        }
        top = same;
        sub = null;
        return same.id;
    }

    /** A second-level heading without a number, within the current first-level section. */
    String headingSub(String title, int line, List<Note> notes) {
        if (top == null) {
            return headingTop(title, line, notes);
        }
        Node same = find(top.children, title, line, notes);
        if (same == null) {
            subCount++;
            same = new Node(unique("（" + Markers.chineseNumber(subCount) + "）"), clean(title));
            top.children.add(same);
            all.add(same);
        }
        sub = same;
        return same.id;
    }

    /** The section tasks read now belong to: the current subsection, else section, else none (""). */
    String current() {
        return sub != null ? sub.id : top != null ? top.id : "";
    }

    /** The title of the current (sub)section, for a task that has no text of its own. */
    String currentTitle() {
        return sub != null ? sub.title : top != null ? top.title : "";
    }

    List<DraftSection> build() {
        return tops.stream().map(SectionTree::freeze).toList();
    }

    private static DraftSection freeze(Node n) {
        return new DraftSection(n.id, n.bestTitle(), n.children.stream().map(SectionTree::freeze).toList());
    }

    private static Node find(List<Node> nodes, String title, int line, List<Note> notes) {
        String t = clean(title);
        for (Node n : nodes) {
            if (n.seen.contains(t)) {
                n.seen.add(t);
                return n;
            }
        }
        for (Node n : nodes) {
            if (t.length() >= 6 && Suggest.distance(n.title, t) == 1) {
                notes.add(new Note(line, "标题“" + t + "”与前面的“" + n.title + "”只差一个字，已视为同一章节（标题取出现次数多的写法）。如不是，请在 plan.md 中分开。"));
                n.seen.add(t);
                return n;
            }
        }
        return null;
    }

    private String unique(String id) {
        String out = id;
        for (int i = 2; taken(out); i++) {
            out = id + "-" + i;
        }
        return out;
    }

    private boolean taken(String id) {
        return all.stream().anyMatch(n -> n.id.equals(id));
    }

    static String clean(String title) {
        return title.strip().replaceAll("\\s*\\n\\s*", "").replaceAll("[。．.，,；;：:\\s]+$", "");
    }
}
