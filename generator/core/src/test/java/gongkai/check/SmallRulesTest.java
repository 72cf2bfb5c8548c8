package gongkai.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmallRulesTest {

    @Test
    void idsSortAsPeopleNumberThem() {
        List<String> ids = new ArrayList<>(List.of("10", "2", "1-2", "1", "1-10", "36a", "36", "1-1", "37"));
        ids.sort(NaturalOrder.INSTANCE);
        assertEquals(List.of("1", "1-1", "1-2", "1-10", "2", "10", "36", "36a", "37"), ids);
    }

    @Test
    void idsThatCouldLeaveTheOutputFolderAreRefused() {
        assertTrue(Fields.isValidId("xiamen-cgj-2018"));
        assertFalse(Fields.isValidId("../etc"));
        assertFalse(Fields.isValidId("a/b"));
        assertFalse(Fields.isValidId("任务"));
        assertFalse(Fields.isValidId("-x"));
        assertFalse(Fields.isValidId("A1"));
    }

    @Test
    void aRefusedLinkIsShownWithItsHiddenCharactersSpelledOut() {
        assertEquals("链接“java\\tscript:\\u0001x\\u00a0”无效：只能是 http://、https://、mailto: 或 tel: 开头的地址，或站内的相对路径。",
                Links.rule("java\tscript:\u0001x\u00a0"));
        assertEquals("jav\\nascript:\\r附件", Links.visible("jav\nascript:\r附件"));
    }

    @Test
    void suggestionsPreferTheNearest() {
        assertEquals(List.of("responsible"), Suggest.closest("responsibe", List.of("lead", "responsible", "support"), 1));
        assertEquals(List.of(), Suggest.closest("zzzz", List.of("lead"), 1));
    }
}
