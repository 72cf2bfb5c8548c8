package gongkai.importer;

import gongkai.model.UnitKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Adds new units to the registry as text, so every comment and line the editors wrote stays as it was: the
 * units go at the end of the jurisdiction's subtree in its file (under its children, created if missing),
 * or into a new file for a new jurisdiction, after a comment saying where they came from.
 */
public final class RegistryEditor {

    private RegistryEditor() {
    }

    /** A new registry file holding a new jurisdiction and its units. */
    public static String newFile(String id, String name, String source, List<NewUnit> units) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(name).append(" 单位登记。由 gongkai import 从 ").append(source)
                .append(" 新建：名称、简称和类型请核对；同一单位的不同写法请合并为 aliases。\n");
        sb.append("- id: ").append(id).append('\n');
        sb.append("  name: ").append(YamlText.scalar(name)).append('\n');
        sb.append("  kind: jurisdiction\n");
        if (!units.isEmpty()) {
            sb.append("  children:\n");
            units(sb, units, 4);
        }
        return sb.toString();
    }

    /**
     * The file's text with units added as children of the unit whose "- id:" entry starts on idLine (1-based).
     * The units go after the last line of that unit's subtree.
     */
    public static String insert(String text, int idLine, String source, List<NewUnit> units) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int at = idLine - 1;
        String idText = lines.get(at);
        int dash = idText.indexOf("- ");
        int keyIndent = dash >= 0 && idText.strip().startsWith("- ") ? dash + 2 : indent(idText);
        int end = at;
        int childIndent = -1;
        for (int i = at + 1; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.isBlank()) {
                continue;
            }
            int ind = indent(l);
            if (ind < keyIndent) {
                break;
            }
            if (!l.strip().startsWith("#")) {
                end = i;
            }
            if (ind == keyIndent && l.strip().equals("children:")) {
                for (int j = i + 1; j < lines.size() && childIndent < 0; j++) {
                    String c = lines.get(j);
                    if (c.strip().startsWith("- ")) {
                        childIndent = indent(c);
                    }
                }
            }
        }
        StringBuilder add = new StringBuilder();
        if (childIndent < 0) {
            add.append(" ".repeat(keyIndent)).append("children:\n");
            childIndent = keyIndent + 2;
        }
        add.append(" ".repeat(childIndent)).append("# 由 gongkai import 从 ").append(source)
                .append(" 新增：名称、简称和类型请核对；同一单位的不同写法请合并为 aliases。\n");
        units(add, units, childIndent);
        String block = add.toString();
        lines.add(end + 1, block.substring(0, block.length() - 1));
        return String.join("\n", lines);
    }

    private static void units(StringBuilder sb, List<NewUnit> units, int indent) {
        String pad = " ".repeat(indent);
        for (NewUnit u : units) {
            sb.append(pad).append("- id: ").append(u.id()).append('\n');
            sb.append(pad).append("  name: ").append(YamlText.scalar(u.name())).append('\n');
            if (!u.shortName().isEmpty()) {
                sb.append(pad).append("  short: ").append(YamlText.scalar(u.shortName())).append('\n');
            }
            sb.append(pad).append("  kind: ").append(u.kind().id()).append('\n');
            if (u.kind() == UnitKind.GROUP) {
                sb.append(pad).append("  # 统称：知道成员时请在 members 中列出。\n");
            }
        }
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
