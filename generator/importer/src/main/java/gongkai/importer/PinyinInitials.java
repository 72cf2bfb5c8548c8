package gongkai.importer;

import java.nio.charset.Charset;

/**
 * The first letters of a name's pinyin, for readable unit ids (市财政局 → czj, as the shipped registries
 * write them). The common characters (GB2312 level 1) are stored in pinyin order, so their initial follows
 * from their code; other characters are left out, ASCII letters and digits are kept.
 */
public final class PinyinInitials {

    private static final Charset GB2312 = Charset.forName("GB2312");
    private static final int[] STARTS = {0xB0A1, 0xB0C5, 0xB2C1, 0xB4EE, 0xB6EA, 0xB7A2, 0xB8C1, 0xB9FE, 0xBBF7, 0xBFA6,
        0xC0AC, 0xC2E8, 0xC4C3, 0xC5B6, 0xC5BE, 0xC6DA, 0xC8BB, 0xC8F6, 0xCBFA, 0xCDDA, 0xCEF4, 0xD1B9, 0xD4D1, 0xD7FA};
    private static final String LETTERS = "abcdefghjklmnopqrstwxyz";

    private PinyinInitials() {
    }

    public static String of(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out.append(c);
            } else if (c >= 'A' && c <= 'Z') {
                out.append((char) (c - 'A' + 'a'));
            } else if (c >= 0x4E00 && c <= 0x9FFF) {
                byte[] b = String.valueOf(c).getBytes(GB2312);
                if (b.length == 2) {
                    int code = ((b[0] & 0xFF) << 8) | (b[1] & 0xFF);
                    for (int i = 0; i < LETTERS.length(); i++) {
                        if (code >= STARTS[i] && code < STARTS[i + 1]) {
                            out.append(LETTERS.charAt(i));
                            break;
                        }
                    }
                }
            }
        }
        return out.toString();
    }
}
