package gongkai.importer;

import java.util.ArrayList;
import java.util.List;

/** The role of each column of a table, from its header row (line) and any --column options. */
public record ColumnMapping(List<ColumnRole> roles, List<String> names, int line) {

    public ColumnMapping {
        roles = List.copyOf(roles);
        names = List.copyOf(names);
    }

    public int width() {
        return roles.size();
    }

    public ColumnRole role(int column) {
        return column < roles.size() ? roles.get(column) : ColumnRole.OTHER;
    }

    /** The first column with this role, or -1. */
    public int index(ColumnRole role) {
        return roles.indexOf(role);
    }

    public boolean has(ColumnRole role) {
        return roles.contains(role);
    }

    public List<Integer> unitColumns() {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < roles.size(); i++) {
            if (roles.get(i).isUnits()) {
                out.add(i);
            }
        }
        return out;
    }

    /** The header texts of the columns that have a name, as the plan's `columns` records them. */
    public List<String> namedColumns() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < roles.size(); i++) {
            if (roles.get(i) != ColumnRole.OTHER && !names.get(i).isEmpty()) {
                out.add(names.get(i));
            }
        }
        return out;
    }
}
