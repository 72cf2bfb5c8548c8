package gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import gongkai.read.ForbiddenChars;
import org.junit.jupiter.api.Test;

/** What office files put in cells besides text never reaches a content file, where check would refuse it. */
class CellTextTest {

    @Test
    void wordsBreaksBecomeLineBreaksAndOtherControlsGo() {
        assertEquals("第一行\n第二行\n第三行", new Cell("第一行\u000B第二行\u000C第三行", false).text());
        assertEquals("单元格", new Cell("单元格\u0007", false).text(), "Word's end-of-cell mark");
        assertEquals("a\nb\nc", new Cell("a\r\nb\rc", false).text());
        assertEquals("ab𝄞c", new Cell("a\u0001b\u001b\u007f\u0085𝄞\uFFFE\uD800c\uFDD0", false).text());
        assertEquals("正文", new Block.Paragraph("正\u0000文", 3).text());
    }

    @Test
    void everyForbiddenCharacterIsCleanedAndPlainTextIsKeptAsItIs() {
        StringBuilder all = new StringBuilder();
        for (int c = 0; c < 0x10000; c++) {
            all.append((char) c);
        }
        String cleaned = CellText.clean(all.toString());
        assertEquals(-1, ForbiddenChars.find(cleaned, 0));
        String plain = "市财政局负责，11月底前完成。";
        assertSame(plain, CellText.clean(plain));
    }
}
