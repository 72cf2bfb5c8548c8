package gongkai.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gongkai.model.Messages;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SectionLabelsTest {

    private static final Messages CHINESE = new Messages("zh-CN",
            Map.of("section.level1", "{chinese}、", "section.level2", "（{chinese}）", "section.level3", "（{n}）"));
    private static final Messages ENGLISH = new Messages("en",
            Map.of("section.level1", "{n}. ", "section.level2", "({n}) ", "section.level3", "({letter}) "));

    @Test
    void sectionsAreNumberedTheWayPlansPrintThem() {
        assertEquals("一、", SectionLabels.label(CHINESE, 0, 1));
        assertEquals("（十）", SectionLabels.label(CHINESE, 1, 10));
        assertEquals("（十四）", SectionLabels.label(CHINESE, 1, 14));
        assertEquals("（二十一）", SectionLabels.label(CHINESE, 1, 21));
        assertEquals("（3）", SectionLabels.label(CHINESE, 2, 3));
        assertEquals("（3）", SectionLabels.label(CHINESE, 5, 3));
        assertEquals("（100）", SectionLabels.label(CHINESE, 1, 100));
    }

    @Test
    void anEnglishSiteNumbersInFiguresAndLetters() {
        assertEquals("2. ", SectionLabels.label(ENGLISH, 0, 2));
        assertEquals("(5) ", SectionLabels.label(ENGLISH, 1, 5));
        assertEquals("(c) ", SectionLabels.label(ENGLISH, 2, 3));
        assertEquals("(27) ", SectionLabels.label(ENGLISH, 2, 27));
    }
}
