package gongkai.markup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextDiffTest {

    private static String side(List<TextDiff.Part> parts, TextDiff.Kind left) {
        StringBuilder sb = new StringBuilder();
        parts.stream().filter(p -> p.kind() == TextDiff.Kind.SAME || p.kind() == left).forEach(p -> sb.append(p.text()));
        return sb.toString();
    }

    private static String shown(List<TextDiff.Part> parts) {
        StringBuilder sb = new StringBuilder();
        for (TextDiff.Part p : parts) {
            sb.append(switch (p.kind()) {
                case SAME -> p.text();
                case REMOVED -> "[-" + p.text() + "]";
                case ADDED -> "[+" + p.text() + "]";
            });
        }
        return sb.toString();
    }

    @Test
    void aRewrittenPhraseReadsAsOnePhraseRemovedAndOneAdded() {
        List<TextDiff.Part> parts = TextDiff.of("每季度公开一次预算执行情况。", "每月公开一次预算执行情况，并在门户网站设立专栏。");
        assertEquals("每[-季度][+月]公开一次预算执行情况[+，并在门户网站设立专栏]。", shown(parts));
        // A kept character between two changes is folded into them, so no phrase is cut into single characters.
        assertEquals("[-甲乙丙][+丁乙戊]", shown(TextDiff.of("甲乙丙", "丁乙戊")));
    }

    @Test
    void bothTextsCanBeReadBackFromTheParts() {
        Random random = new Random(42);
        String alphabet = "政务公开的是一。，𠀋ab";
        for (int i = 0; i < 2000; i++) {
            String a = random(random, alphabet, random.nextInt(40));
            String b = random.nextInt(4) == 0 ? random(random, alphabet, random.nextInt(40)) : mutate(random, a, alphabet);
            List<TextDiff.Part> parts = TextDiff.of(a, b);
            assertEquals(a, side(parts, TextDiff.Kind.REMOVED), a + " → " + b);
            assertEquals(b, side(parts, TextDiff.Kind.ADDED), a + " → " + b);
            for (int j = 1; j < parts.size(); j++) {
                assertTrue(parts.get(j).kind() != parts.get(j - 1).kind(), "runs of one kind are joined: " + parts);
            }
        }
    }

    @Test
    void aWholeRewriteBeyondTheEditLimitIsShownAsTheOldMiddleRemovedAndTheNewAdded() {
        String a = "甲".repeat(3000);
        String b = "乙".repeat(3000);
        assertEquals(List.of(new TextDiff.Part(TextDiff.Kind.REMOVED, a, false), new TextDiff.Part(TextDiff.Kind.ADDED, b, false)),
                TextDiff.of("同" + a + "尾", "同" + b + "尾").subList(1, 3));
    }

    @Test
    void longUnchangedStretchesAreShortenedToTheirEnds() {
        List<TextDiff.Part> parts = TextDiff.shortened(TextDiff.of("一二三四五六七八九十甲十九八七六五四三二一", "一二三四五六七八九十乙十九八七六五四三二一"), 3);
        assertEquals("…八九十[-甲][+乙]十九八…", shown(parts));
    }

    private static String random(Random r, String alphabet, int n) {
        int[] cps = alphabet.codePoints().toArray();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.appendCodePoint(cps[r.nextInt(cps.length)]);
        }
        return sb.toString();
    }

    private static String mutate(Random r, String s, String alphabet) {
        StringBuilder sb = new StringBuilder(s);
        for (int i = 0; i < 1 + r.nextInt(4); i++) {
            int at = sb.length() == 0 ? 0 : r.nextInt(sb.length());
            if (r.nextBoolean() && sb.length() > 0 && !Character.isSurrogate(sb.charAt(at))) {
                sb.deleteCharAt(at);
            } else if (at == 0 || !Character.isHighSurrogate(sb.charAt(at - 1))) {
                sb.insert(at, random(r, alphabet, 1 + r.nextInt(3)));
            }
        }
        return sb.toString();
    }
}
