package gongkai.importer;

import java.util.List;

/**
 * The text of plan.md and of each task file, in the project's content format and in the layout the
 * hand-written content uses: fields in a fixed order, empty fields left out, so a re-import gives the same
 * bytes and a diff shows only what changed.
 */
public final class ContentText {

    private ContentText() {
    }

    public static String plan(ImportedPlan p) {
        StringBuilder sb = new StringBuilder("---\n");
        field(sb, "title", p.title());
        field(sb, "issuer", p.issuer());
        field(sb, "jurisdiction", p.jurisdictionId());
        sb.append("year: ").append(p.year()).append('\n');
        field(sb, "doc_number", p.docNumber());
        if (p.issued() != null) {
            sb.append("issued: ").append(p.issued()).append('\n');
        }
        if (!p.columns().isEmpty()) {
            sb.append("columns: ").append(YamlText.list(p.columns())).append('\n');
        }
        if (!p.sections().isEmpty()) {
            sb.append("sections:\n");
            sections(sb, p.sections(), 2);
        }
        sb.append("---\n");
        if (!p.intro().isBlank()) {
            sb.append(p.intro().strip()).append('\n');
        }
        return sb.toString();
    }

    private static void sections(StringBuilder sb, List<DraftSection> sections, int indent) {
        String pad = " ".repeat(indent);
        for (DraftSection s : sections) {
            sb.append(pad).append("- id: ").append(YamlText.scalar(s.id())).append('\n');
            sb.append(pad).append("  title: ").append(YamlText.scalar(s.title())).append('\n');
            if (!s.children().isEmpty()) {
                sb.append(pad).append("  sections:\n");
                sections(sb, s.children(), indent + 4);
            }
        }
    }

    public static String task(ImportedTask t) {
        StringBuilder sb = new StringBuilder("---\n");
        quoted(sb, "number", t.number());
        field(sb, "title", t.title());
        quoted(sb, "parent", t.parentId());
        field(sb, "section", t.sectionId());
        list(sb, "lead", t.lead());
        list(sb, "responsible", t.responsible());
        list(sb, "support", t.support());
        field(sb, "units_text", t.unitsText());
        if (t.deadline().ongoing()) {
            sb.append("deadline: ongoing\n");
        } else if (t.deadline().date() != null) {
            sb.append("deadline: ").append(t.deadline().date()).append('\n');
        }
        field(sb, "deadline_text", t.deadline().text());
        field(sb, "remarks", t.remarks());
        if (!t.updates().isEmpty()) {
            sb.append("updates:\n");
            for (ImportedTask.ImportedUpdate u : t.updates()) {
                sb.append(update(u, 2));
            }
        }
        sb.append("---\n");
        if (!t.body().isBlank()) {
            sb.append(t.body().strip()).append('\n');
        }
        return sb.toString();
    }

    /** One item of an updates list, indented as the list's dashes are. */
    public static String update(ImportedTask.ImportedUpdate u, int indent) {
        String pad = " ".repeat(indent);
        StringBuilder sb = new StringBuilder();
        sb.append(pad).append("- date: ").append(u.date()).append('\n');
        sb.append(pad).append("  status: ").append(u.status().id()).append('\n');
        if (u.by().size() == 1) {
            sb.append(pad).append("  by: ").append(YamlText.scalar(u.by().get(0))).append('\n');
        } else if (!u.by().isEmpty()) {
            sb.append(pad).append("  by: ").append(YamlText.list(u.by())).append('\n');
        }
        sb.append(pad).append("  text: ").append(YamlText.block(u.text(), indent + 4)).append('\n');
        return sb.toString();
    }

    private static void field(StringBuilder sb, String key, String value) {
        if (value != null && !value.isBlank()) {
            sb.append(key).append(": ").append(YamlText.scalar(value.strip())).append('\n');
        }
    }

    /** number and parent are always quoted, as the hand-written content does, so "3" stays text to every reader. */
    private static void quoted(StringBuilder sb, String key, String value) {
        if (value != null && !value.isBlank()) {
            sb.append(key).append(": ").append(YamlText.quoted(value.strip())).append('\n');
        }
    }

    private static void list(StringBuilder sb, String key, List<String> values) {
        if (!values.isEmpty()) {
            sb.append(key).append(": ").append(YamlText.list(values)).append('\n');
        }
    }
}
