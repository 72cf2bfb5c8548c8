package gongkai.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds header rows by their words (序号, 工作任务, 工作要求, 牵头单位, 责任单位, 完成时限, 落实情况, 备注 …) and
 * applies the --column options, which either name a column by position or add a header word.
 */
public final class HeaderMatcher {

    private final List<ColumnOverride> overrides;

    public HeaderMatcher(List<ColumnOverride> overrides) {
        this.overrides = List.copyOf(overrides);
    }

    /** The mapping when row is a header row: at least two named columns, one of them the task, requirement or id. */
    public Optional<ColumnMapping> match(Row row) {
        List<ColumnRole> roles = new ArrayList<>();
        List<String> names = new ArrayList<>();
        int named = 0;
        for (Cell cell : row.cells()) {
            String name = ColumnRole.normalize(cell.text());
            ColumnRole role = byHeader(name).or(() -> ColumnRole.named(name)).orElse(ColumnRole.OTHER);
            // Several columns naming the task ("Commitment", "Milestone"): all but the last are the levels above it.
            if (role == ColumnRole.TASK && roles.contains(role)) {
                roles.set(roles.indexOf(ColumnRole.TASK), ColumnRole.SECTION);
            }
            // Another role named twice keeps its first column; the second is left for the content to decide.
            if (role != ColumnRole.OTHER && roles.contains(role)) {
                role = ColumnRole.OTHER;
            }
            roles.add(role);
            names.add(name);
            if (role != ColumnRole.OTHER) {
                named++;
            }
        }
        if (named < 2 || !(roles.contains(ColumnRole.TASK) || roles.contains(ColumnRole.REQUIREMENT)
                || roles.contains(ColumnRole.ID))) {
            return Optional.empty();
        }
        return Optional.of(byPosition(roles, names, row.line()));
    }

    /** A mapping from the positional --column options alone, for a table without a recognisable header. */
    public Optional<ColumnMapping> fromOptionsOnly() {
        int width = overrides.stream().mapToInt(ColumnOverride::column).max().orElse(-1) + 1;
        if (width == 0) {
            return Optional.empty();
        }
        List<ColumnRole> roles = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < width; i++) {
            roles.add(ColumnRole.OTHER);
            names.add("");
        }
        return Optional.of(byPosition(roles, names, 0));
    }

    private ColumnMapping byPosition(List<ColumnRole> roles, List<String> names, int line) {
        List<ColumnRole> out = new ArrayList<>(roles);
        List<String> outNames = new ArrayList<>(names);
        for (ColumnOverride o : overrides) {
            if (o.column() < 0) {
                continue;
            }
            while (out.size() <= o.column()) {
                out.add(ColumnRole.OTHER);
                outNames.add("");
            }
            int earlier = out.indexOf(o.role());
            if (earlier >= 0 && earlier != o.column()) {
                out.set(earlier, ColumnRole.OTHER);
            }
            out.set(o.column(), o.role());
        }
        return new ColumnMapping(out, outNames, line);
    }

    private Optional<ColumnRole> byHeader(String name) {
        return overrides.stream().filter(o -> o.header() != null && ColumnRole.normalize(o.header()).equals(name))
                .map(ColumnOverride::role).findFirst();
    }
}
