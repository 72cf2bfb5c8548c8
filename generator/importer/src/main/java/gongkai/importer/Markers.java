package gongkai.importer;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The numbering plans use: 一、 for sections, （一） for subsections, 1. or 1、 for tasks, （1） for sub-items. */
public final class Markers {

    private static final String CN = "[一二三四五六七八九十百零〇]+";
    private static final Pattern SECTION = Pattern.compile("(" + CN + ")\\s*[、.．]\\s*(.*)", Pattern.DOTALL);
    private static final Pattern SUBSECTION = Pattern.compile("[（(]\\s*(" + CN + ")\\s*[）)]\\s*(.*)", Pattern.DOTALL);
    private static final Pattern TASK = Pattern.compile("(\\d{1,3})\\s*[.．、](?!\\d)\\s*(.*)", Pattern.DOTALL);
    private static final Pattern SUB_ITEM = Pattern.compile("[（(]\\s*(\\d{1,3})\\s*[）)]\\s*(.*)", Pattern.DOTALL);

    private Markers() {
    }

    /** A number and the text after it. number is as a person writes it: "一", "（一）", "3", "（2）". */
    public record Numbered(String number, int value, String rest) {
    }

    public static Optional<Numbered> section(String text) {
        Matcher m = SECTION.matcher(text.strip());
        return m.matches() ? Optional.of(new Numbered(m.group(1), chinese(m.group(1)), m.group(2).strip())) : Optional.empty();
    }

    public static Optional<Numbered> subsection(String text) {
        Matcher m = SUBSECTION.matcher(text.strip());
        return m.matches() ? Optional.of(new Numbered("（" + m.group(1) + "）", chinese(m.group(1)), m.group(2).strip()))
                : Optional.empty();
    }

    public static Optional<Numbered> task(String text) {
        Matcher m = TASK.matcher(text.strip());
        return m.matches() ? Optional.of(new Numbered(m.group(1), Integer.parseInt(m.group(1)), m.group(2).strip()))
                : Optional.empty();
    }

    public static Optional<Numbered> subItem(String text) {
        Matcher m = SUB_ITEM.matcher(text.strip());
        return m.matches() ? Optional.of(new Numbered("（" + m.group(1) + "）", Integer.parseInt(m.group(1)),
                m.group(2).strip())) : Optional.empty();
    }

    /** True when text starts with any of the four kinds of number. */
    public static boolean numbered(String text) {
        return section(text).isPresent() || subsection(text).isPresent() || task(text).isPresent()
                || subItem(text).isPresent();
    }

    /** 一 → 1, 十四 → 14, 二十 → 20; 0 when not a Chinese number. */
    public static int chinese(String s) {
        String digits = "零一二三四五六七八九";
        int total = 0;
        int current = 0;
        for (char c : s.toCharArray()) {
            int d = digits.indexOf(c == '〇' ? '零' : c);
            if (d >= 0) {
                current = d;
            } else if (c == '十') {
                total += (current == 0 ? 1 : current) * 10;
                current = 0;
            } else if (c == '百') {
                total += (current == 0 ? 1 : current) * 100;
                current = 0;
            } else {
                return 0;
            }
        }
        return total + current;
    }

    /** 1 → 一, 14 → 十四, 20 → 二十 (as section labels print them, up to 99). */
    public static String chineseNumber(int n) {
        String digits = "零一二三四五六七八九";
        if (n < 10) {
            return String.valueOf(digits.charAt(n));
        }
        if (n < 100) {
            return (n / 10 == 1 ? "" : String.valueOf(digits.charAt(n / 10))) + "十"
                    + (n % 10 == 0 ? "" : String.valueOf(digits.charAt(n % 10)));
        }
        return String.valueOf(n);
    }
}
