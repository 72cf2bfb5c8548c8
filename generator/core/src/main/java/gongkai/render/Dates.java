package gongkai.render;

import java.time.LocalDate;

/** Dates as a Chinese reader expects them: 2018年11月30日. */
public final class Dates {

    private Dates() {
    }

    public static String chinese(LocalDate d) {
        return d == null ? "" : d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    public static String iso(LocalDate d) {
        return d == null ? "" : d.toString();
    }
}
