package gongkai.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The readings some mirror sites insert after characters, "區(qū)" or "工作(zuò)": a parenthesis right after a
 * Chinese character holding one pinyin syllable with a tone mark. They are noise, never text a plan holds, and
 * they look like the unit markup "(…负责)", so they are removed before anything is understood.
 */
final class Pinyin {

    private static final Pattern READING = Pattern.compile(
            "(?<=\\p{IsHan})[(（]([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-züāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]*)[)）]");

    private Pinyin() {
    }

    static String strip(String text) {
        if (text.indexOf('(') < 0 && text.indexOf('（') < 0) {
            return text;
        }
        Matcher m = READING.matcher(text);
        return m.find() ? m.replaceAll("") : text;
    }

    static int count(String text) {
        Matcher m = READING.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
