package gongkai.render;

import gongkai.model.Messages;
import java.util.Map;

/**
 * The numbers plans print before their sections, as the site's language writes them (section.level1 to
 * section.level3): 一、 at the top, （一） below, （1） further down in Chinese; 1., (1), (a) in English.
 * A message may use {n} (1, 2, 3), {chinese} (一, 二, 三) and {letter} (a, b, c).
 */
final class SectionLabels {

    private static final String[] DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    /** The messages of the first, second, and third and deeper levels. */
    private static final String[] LEVELS = {"section.level1", "section.level2", "section.level3"};

    private SectionLabels() {
    }

    static String label(Messages messages, int depth, int number) {
        return messages.format(LEVELS[Math.min(depth, LEVELS.length - 1)], Map.of("n", number, "chinese", chinese(number), "letter", letter(number)));
    }

    /** 1 → 一, 10 → 十, 14 → 十四, 20 → 二十, 99 → 九十九; beyond that Arabic digits. */
    static String chinese(int n) {
        if (n <= 0 || n >= 100) {
            return Integer.toString(n);
        }
        if (n < 10) {
            return DIGITS[n];
        }
        int tens = n / 10;
        int ones = n % 10;
        return (tens == 1 ? "" : DIGITS[tens]) + "十" + (ones == 0 ? "" : DIGITS[ones]);
    }

    /** 1 → a, 26 → z; beyond that Arabic digits. */
    static String letter(int n) {
        return n >= 1 && n <= 26 ? String.valueOf((char) ('a' + n - 1)) : Integer.toString(n);
    }
}
