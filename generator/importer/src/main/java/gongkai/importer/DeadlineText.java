package gongkai.importer;

import gongkai.model.Deadline;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a 完成时限 cell: "11月底前" is the last day of November of the plan's year, "2018年8月底前" names its
 * year, "年底前" is 31 December, "上半年" 30 June, "第三季度" 30 September, "12月15日前" that day; "持续推进",
 * "长期坚持", "常态化" are ongoing work without an end date. The wording is always kept.
 */
public final class DeadlineText {

    private static final Pattern YEAR = Pattern.compile("^(\\d{4})年?");
    private static final Pattern DAY = Pattern.compile("^(\\d{1,2})月(\\d{1,2})[日号]");
    private static final Pattern MONTH = Pattern.compile("^(\\d{1,2})月");
    private static final Pattern ISO = Pattern.compile("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
    private static final Pattern ONGOING = Pattern.compile("持续|长期|常态|常年|经常性|每年|每季度|每月");

    private DeadlineText() {
    }

    /** The deadline, and whether its wording was understood (a text kept as is is not). */
    public record Parsed(Deadline deadline, boolean understood) {
    }

    private static final java.util.List<String> MONTHS = java.util.List.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december");
    private static final Pattern EN_MONTH_YEAR = Pattern.compile("^(?:by\\s+(?:the\\s+)?(?:end\\s+of\\s+)?)?([a-z]+)\\s+(\\d{4})\\b");
    private static final Pattern EN_YEAR = Pattern.compile("^(?:by\\s+(?:the\\s+)?(?:end\\s+of\\s+)?)?(\\d{4})$");
    private static final Pattern RANGE = Pattern.compile("(\\d{4}\\s*[/.-]\\s*\\d{1,2})\\s*[~～〜]\\s*(\\d{4}\\s*[/.-]\\s*\\d{1,2})");
    private static final Pattern YEAR_MONTH = Pattern.compile("^(\\d{4})[-/](\\d{1,2})$");

    /** English deadlines of OGP trackers: "By June 2024", "By 2023", "December 2022", "2023-12", "Ongoing". */
    private static Parsed english(String text) {
        String t = text.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ").replaceAll("[.]$", "");
        Matcher ym = YEAR_MONTH.matcher(t);
        if (ym.matches() && Integer.parseInt(ym.group(2)) >= 1 && Integer.parseInt(ym.group(2)) <= 12) {
            return new Parsed(new Deadline(YearMonth.of(Integer.parseInt(ym.group(1)), Integer.parseInt(ym.group(2))).atEndOfMonth(),
                    false, text.strip()), true);
        }
        Matcher my = EN_MONTH_YEAR.matcher(t);
        if (my.find() && MONTHS.contains(my.group(1))) {
            return new Parsed(new Deadline(YearMonth.of(Integer.parseInt(my.group(2)), MONTHS.indexOf(my.group(1)) + 1).atEndOfMonth(),
                    false, text.strip()), true);
        }
        Matcher y = EN_YEAR.matcher(t);
        if (y.matches()) {
            return new Parsed(new Deadline(LocalDate.of(Integer.parseInt(y.group(1)), 12, 31), false, text.strip()), true);
        }
        if (t.matches("(ongoing|permanent|continuous|annually|continuing)\\b.*")) {
            return new Parsed(new Deadline(null, true, text.strip()), true);
        }
        return new Parsed(new Deadline(null, false, text.strip()), false);
    }

    public static Parsed parse(String text, int planYear) {
        // "2021/01 ~ 2021/12", "2021/01～2024/5": a range ends on its end; the whole range is the wording kept.
        Matcher range = RANGE.matcher(text.strip());
        if (range.matches()) {
            Parsed end = parse(range.group(2), planYear);
            return new Parsed(new Deadline(end.deadline().date(), end.deadline().ongoing(), text.strip()), end.understood());
        }
        if (!text.isBlank() && text.chars().noneMatch(c -> c >= 0x2E80) && text.chars().anyMatch(Character::isLetter)) {
            return english(text);
        }
        String original = Hanzi.simplified(text.strip()).replaceAll("\\s+", "");
        if (original.isEmpty()) {
            return new Parsed(Deadline.NONE, true);
        }
        String t = original.replaceFirst("^(于|在)", "");
        Matcher ym = YEAR_MONTH.matcher(t);
        if (ym.matches()) {
            return english(t);
        }
        Matcher iso = ISO.matcher(t);
        if (iso.find()) {
            LocalDate d = date(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
            if (d != null) {
                return new Parsed(new Deadline(d, false, original), true);
            }
        }
        int year = planYear;
        Matcher y = YEAR.matcher(t);
        if (y.find()) {
            year = Integer.parseInt(y.group(1));
            t = t.substring(y.end());
        }
        Matcher day = DAY.matcher(t);
        if (day.find()) {
            LocalDate d = date(year, Integer.parseInt(day.group(1)), Integer.parseInt(day.group(2)));
            if (d != null) {
                return new Parsed(new Deadline(d, false, original), true);
            }
        }
        Matcher month = MONTH.matcher(t);
        if (month.find()) {
            int m = Integer.parseInt(month.group(1));
            if (m >= 1 && m <= 12) {
                return new Parsed(new Deadline(YearMonth.of(year, m).atEndOfMonth(), false, original), true);
            }
        }
        if (t.startsWith("年底") || t.startsWith("年末") || t.startsWith("年内") || t.startsWith("底前") || t.startsWith("下半年")
                || t.startsWith("全年") || t.startsWith("第四季度") || t.startsWith("四季度")) {
            return new Parsed(new Deadline(LocalDate.of(year, 12, 31), false, original), true);
        }
        if (t.startsWith("上半年") || t.startsWith("年中") || t.startsWith("第二季度") || t.startsWith("二季度")) {
            return new Parsed(new Deadline(LocalDate.of(year, 6, 30), false, original), true);
        }
        if (t.startsWith("第一季度") || t.startsWith("一季度")) {
            return new Parsed(new Deadline(LocalDate.of(year, 3, 31), false, original), true);
        }
        if (t.startsWith("第三季度") || t.startsWith("三季度")) {
            return new Parsed(new Deadline(LocalDate.of(year, 9, 30), false, original), true);
        }
        if (ONGOING.matcher(original).find()) {
            return new Parsed(new Deadline(null, true, original), true);
        }
        return new Parsed(new Deadline(null, false, original), false);
    }

    private static LocalDate date(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
