package gongkai.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import gongkai.model.Unit;
import gongkai.model.UnitKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnitDirectoryTest {

    private static Unit unit(String id, String name, String shortName, String parent, String... aliases) {
        return new Unit(id, name, shortName, List.of(aliases), parent == null ? UnitKind.JURISDICTION : UnitKind.BODY,
                parent, List.of(), List.of(), null);
    }

    private final UnitDirectory dir = new UnitDirectory(List.of(
            unit("xm", "厦门市", "", null),
            unit("xm-czj", "厦门市财政局", "市财政局", "xm"),
            unit("xm-fgw", "厦门市发展和改革委员会", "市发改委", "xm", "市发展改革委"),
            unit("xm-fgw-bgs", "办公室", "", "xm-fgw"),
            unit("kp", "开平市", "", null),
            unit("kp-czj", "开平市财政局", "市财政局", "kp"),
            unit("kp-bgs", "办公室", "", "kp")));

    @Test
    void aNameResolvesWithinThePlansJurisdictionFirst() {
        assertEquals("kp-czj", dir.resolve("市财政局", "kp").unit().id());
        assertEquals("xm-czj", dir.resolve("市财政局", "xm").unit().id());
        assertEquals("xm-fgw-bgs", dir.resolve("办公室", "xm-fgw").unit().id());
    }

    @Test
    void enclosingUnitsAreSearchedNext() {
        // From inside the 发改委, 市财政局 is found one level up, in 厦门市.
        assertEquals("xm-czj", dir.resolve("市财政局", "xm-fgw").unit().id());
    }

    @Test
    void aliasesFullNamesAndIdsResolve() {
        assertEquals("xm-fgw", dir.resolve("市发展改革委", "xm").unit().id());
        assertEquals("xm-fgw", dir.resolve("厦门市发展和改革委员会", null).unit().id());
        assertEquals("kp-czj", dir.resolve("kp-czj", "xm").unit().id());
    }

    @Test
    void withoutScopeAnAmbiguousNameListsItsCandidates() {
        UnitDirectory.Lookup l = dir.resolve("市财政局", null);
        assertFalse(l.found());
        assertEquals(List.of("xm-czj", "kp-czj"), l.candidates().stream().map(Unit::id).toList());
    }

    @Test
    void suggestsTheClosestNamesForATypo() {
        assertEquals(List.of("市财政局"), dir.suggest("市财政局局", "xm", 3).subList(0, 1));
        assertEquals("市发改委", dir.suggest("市发改局", "xm", 3).get(0));
    }
}
