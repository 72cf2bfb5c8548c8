package gongkai.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The characters refused are exactly the controls, non-characters and lone surrogates, at every edge. */
class ForbiddenCharsTest {

    private static boolean refused(int codePoint) {
        char[] text = {'甲', 0, 0, '乙'};
        int n = Character.toChars(codePoint, text, 1);
        text[1 + n] = '乙';
        return ForbiddenChars.find(new String(text, 0, 2 + n), 0) == 1;
    }

    @Test
    void eachRangeAndItsEdges() {
        for (int cp = 0; cp <= 0x10FFFF; cp++) {
            boolean control = (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || (cp >= 0x7F && cp <= 0x9F);
            boolean nonCharacter = (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
            boolean surrogate = cp >= 0xD800 && cp <= 0xDFFF;
            assertEquals(control || nonCharacter || surrogate, refused(cp), String.format("U+%04X", cp));
        }
    }

    @Test
    void aLoneSurrogateIsFoundWhereverItIs() {
        assertEquals(0, ForbiddenChars.find("\uD800", 0));
        assertEquals(1, ForbiddenChars.find("a\uDC00\uD800", 0));
        assertEquals(2, ForbiddenChars.find("\uD83D\uDE00\uD83D", 0)); // a pair, then a high one at the end
        assertEquals(-1, ForbiddenChars.find("\uD83D\uDE00\u00A0\u3000\uFFFD", 0));
    }
}
