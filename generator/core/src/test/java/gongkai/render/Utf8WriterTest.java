package gongkai.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8WriterTest {

    private static final char[] ALPHABET = {'a', '<', '\n', 'é', 'ß', '政', '务', '公', '开', '\uD842', '\uDF9F',
        '\uD83D', '\uDE00', '\uDC00', '\uDBFF', '\u0000', '\u07FF', '\u0800', '\uFFFF'};

    @Test
    void bytesAreWhatStringGetBytesGivesHoweverTheTextIsCut() {
        Random random = new Random(20261123);
        for (int round = 0; round < 2000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(3000);
            for (int i = 0; i < length; i++) {
                text.append(ALPHABET[random.nextInt(ALPHABET.length)]);
            }
            String s = text.toString();
            Utf8Writer out = new Utf8Writer(random.nextInt(64));
            int pos = 0;
            while (pos < s.length()) {
                int n = Math.min(s.length() - pos, 1 + random.nextInt(round % 2 == 0 ? 5 : 2500));
                switch (random.nextInt(3)) {
                    case 0 -> out.write(s, pos, n);
                    case 1 -> out.write(s.substring(pos, pos + n).toCharArray(), 0, n);
                    default -> {
                        for (int i = pos; i < pos + n; i++) {
                            out.write(s.charAt(i));
                        }
                    }
                }
                pos += n;
            }
            assertArrayEquals(s.getBytes(StandardCharsets.UTF_8), out.toByteArray(), () -> "text: " + escape(s));
        }
    }

    @Test
    void aHighSurrogateLeftAtTheEndBecomesAQuestionMark() {
        Utf8Writer out = new Utf8Writer(4);
        out.write("公\uD842", 0, 2);
        assertArrayEquals("公\uD842".getBytes(StandardCharsets.UTF_8), out.toByteArray());
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        s.chars().forEach(c -> sb.append(c < 128 && c >= 32 ? String.valueOf((char) c) : String.format("\\u%04X", c)));
        return sb.toString();
    }
}
