package gongkai.check;

/** The numbers plans print before their sections: 一、 at the top, （一） below, （1） further down. */
final class SectionNumbers {

    private static final String[] DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    private SectionNumbers() {
    }

    static String label(int depth, int number) {
        return switch (depth) {
            case 0 -> chinese(number) + "、";
            case 1 -> "（" + chinese(number) + "）";
            default -> "（" + number + "）";
        };
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
}
