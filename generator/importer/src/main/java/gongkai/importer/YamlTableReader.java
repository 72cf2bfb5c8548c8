package gongkai.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads a tracker kept as YAML (an open-government action plan's schema, such as Canada's NAP trackers): the
 * largest mapping whose entries are records with an id and a text is the table, a row per record; its fields are
 * columns (a {en, fr} text gives its English, a list its items). Smaller mappings whose ids begin the records' ids
 * (C01 and C01.1 for C01.1.1) are the levels above, written as heading columns. Each column is named by the
 * label of the field it belongs to, so the header words say what it holds. Read with SnakeYAML's safe constructor,
 * without aliases, within {@link ImportLimits}.
 */
final class YamlTableReader {

    private record Records(String label, Map<String, Map<?, ?>> byId, int depth) {
    }

    private YamlTableReader() {
    }

    /** True when the text reads as YAML with a mapping of records: its first lines are "key: value". */
    static boolean looksLike(String text) {
        int keys = 0;
        int lines = 0;
        for (String l : text.lines().limit(40).toList()) {
            if (l.isBlank() || l.strip().startsWith("#")) {
                continue;
            }
            lines++;
            if (l.matches("\\s*-?\\s*[A-Za-z_][A-Za-z0-9_]*:(\\s.*)?")) {
                keys++;
            }
        }
        return lines >= 5 && keys * 10 >= lines * 8;
    }

    static Optional<SourceDocument> read(String file, String text) {
        Object root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setMaxAliasesForCollections(0);
            options.setAllowDuplicateKeys(true);
            options.setCodePointLimit(ImportLimits.MAX_CHARS);
            root = new Yaml(new SafeConstructor(options)).load(text);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        List<Records> found = new ArrayList<>();
        collect(root, null, found, 0);
        Records table = found.stream().max(java.util.Comparator.comparingInt(r -> r.byId().size())).orElse(null);
        if (table == null || table.byId().size() < 2) {
            return Optional.empty();
        }
        // The levels above: mappings whose every id begins a record's id.
        List<Records> levels = new ArrayList<>();
        for (Records r : found) {
            if (r != table && r.byId().keySet().stream().allMatch(id -> table.byId().keySet().stream()
                    .anyMatch(t -> t.startsWith(id + ".")))) {
                levels.add(r);
            }
        }
        levels.sort(java.util.Comparator.comparingInt(r -> r.byId().keySet().iterator().next().length()));
        Set<String> fields = new LinkedHashSet<>();
        for (Map<?, ?> rec : table.byId().values()) {
            for (Object k : rec.keySet()) {
                String key = String.valueOf(k);
                if (!key.equals("en") && !key.equals("fr") && !key.equals("title") && !key.equals("text")) {
                    fields.add(key);
                }
            }
        }
        ReadBudget budget = new ReadBudget(file);
        List<Row> rows = new ArrayList<>();
        RowCells head = new RowCells(budget, 1);
        for (Records l : levels) {
            head.add(new Cell(l.label(), false));
        }
        head.add(new Cell("No.", false));
        head.add(new Cell(table.label(), false));
        for (String f : fields) {
            head.add(new Cell(f.replace('_', ' '), false));
        }
        rows.add(head.row());
        int line = 1;
        for (Map.Entry<String, Map<?, ?>> e : table.byId().entrySet()) {
            RowCells cells = new RowCells(budget, ++line);
            for (Records l : levels) {
                String parent = l.byId().keySet().stream().filter(id -> e.getKey().startsWith(id + ".")).findFirst().orElse("");
                cells.add(new Cell(parent.isEmpty() ? "" : parent + " " + text(l.byId().get(parent)), false));
            }
            cells.add(new Cell(e.getKey(), false));
            cells.add(new Cell(text(e.getValue()), false));
            for (String f : fields) {
                cells.add(new Cell(value(e.getValue().get(f)), false));
            }
            rows.add(cells.row());
        }
        return Optional.of(new SourceDocument(file, "YAML 追踪表（“" + table.label() + "” " + table.byId().size() + " 条"
                + (levels.isEmpty() ? "" : "，上级 " + levels.size() + " 层") + "）", List.of(new Block.Table(rows, true))));
    }

    /** Every mapping of three or more records (mappings holding an en or title text), with the label nearest above it. */
    private static void collect(Object node, String label, List<Records> out, int depth) {
        if (depth > 40) {
            return;
        }
        if (node instanceof Map<?, ?> map) {
            String here = label;
            Object l = map.get("label");
            if (l != null) {
                here = value(l);
            } else if (map.get("datastore_id") != null) {
                here = value(map.get("datastore_id"));
            }
            Map<String, Map<?, ?>> records = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (e.getValue() instanceof Map<?, ?> m && (m.get("en") instanceof String || m.get("title") instanceof String)) {
                    records.put(String.valueOf(e.getKey()), m);
                }
            }
            if (records.size() >= 3 && records.size() * 2 >= map.size()) {
                out.add(new Records(here == null ? "Task" : here, records, depth));
                return;
            }
            for (Object v : map.values()) {
                collect(v, here, out, depth + 1);
            }
        } else if (node instanceof List<?> list) {
            for (Object v : list) {
                collect(v, label, out, depth + 1);
            }
        }
    }

    private static String text(Map<?, ?> rec) {
        Object t = rec.get("en") != null ? rec.get("en") : rec.get("title") != null ? rec.get("title") : rec.get("text");
        return value(t);
    }

    /** A scalar as text; {en, fr} as its English; a list as its items. */
    private static String value(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Map<?, ?> m) {
            Object en = m.get("en");
            return en != null ? value(en) : m.values().stream().map(YamlTableReader::value).filter(s -> !s.isEmpty())
                    .findFirst().orElse("");
        }
        if (v instanceof List<?> l) {
            return String.join("、", l.stream().map(YamlTableReader::value).filter(s -> !s.isEmpty()).toList());
        }
        return String.valueOf(v).strip();
    }
}
