package gongkai.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class RecordWrapperTest {

    @TempDir
    Path dir;

    public record Item(String title, boolean done, LocalDate date, List<String> tags, Item parent) {
        public String shout() {
            return title + "！";
        }

        public String label(String prefix) {
            return prefix + title;
        }
    }

    private String render(String template, Object item) throws Exception {
        Files.writeString(dir.resolve("t.ftlh"), template, StandardCharsets.UTF_8);
        Map<String, Object> model = new HashMap<>();
        model.put("item", item);
        return new String(new Templates(dir).renderBytes("t.ftlh", model), StandardCharsets.UTF_8);
    }

    @Test
    void componentsReadAsFieldsAndEscaped() throws Exception {
        Item parent = new Item("上级 <b>", false, null, List.of(), null);
        Item item = new Item("任务 & 要求", true, LocalDate.of(2019, 12, 31), List.of("甲", "乙"), parent);
        assertEquals("任务 &amp; 要求|true|2019-12-31|甲、乙|上级 &lt;b&gt;|无日期",
                render("${item.title}|${item.done?c}|${item.date}|${item.tags?join('、')}|${item.parent.title}"
                        + "|${(item.parent.date)!'无日期'}", item));
    }

    @Test
    void otherMethodsOfARecordStillWork() throws Exception {
        Item item = new Item("公开", false, null, List.of(), null);
        assertEquals("公开！|公开！|公开|第一项：公开|false|公开",
                render("${item.shout()}|${item.shout}|${item.title()}|${item.label('第一项：')}|${item.parent???c}"
                        + "|${item?string?keep_after('title=')?keep_before(',')}", item));
    }

    @Test
    void aMissingComponentIsAnErrorNamingTheTemplate() throws Exception {
        Item item = new Item("公开", false, null, List.of(), null);
        Templates.TemplateError e = org.junit.jupiter.api.Assertions.assertThrows(Templates.TemplateError.class,
                () -> render("${item.titel}", item));
        assertEquals(1, e.line());
    }
}
