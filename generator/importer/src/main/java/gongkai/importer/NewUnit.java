package gongkai.importer;

import gongkai.model.UnitKind;
import java.util.List;

/**
 * A unit the import adds to the registry because no registered name matched: written is the form the
 * tasks use; name and shortName are what the registry gets; seenAt is the first line naming it.
 * likelyDuplicates are registered or new names that may mean the same body.
 */
public record NewUnit(String id, String name, String shortName, String written, UnitKind kind, String parentId,
        int seenAt, List<String> likelyDuplicates) {

    public NewUnit {
        likelyDuplicates = List.copyOf(likelyDuplicates);
    }

    public NewUnit withDuplicates(List<String> duplicates) {
        return new NewUnit(id, name, shortName, written, kind, parentId, seenAt, duplicates);
    }
}
