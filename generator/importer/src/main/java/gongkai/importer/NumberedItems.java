package gongkai.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Numbered items in one cell ("4.规范使用… 5.用好平台…"): split where the next number follows on, after a space or a line break. */
final class NumberedItems {

    private static final Pattern NEXT = Pattern.compile("(?<=[\\s。；;])(\\d{1,3})\\s*[.．、](?!\\d)");

    private NumberedItems() {
    }

    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        java.util.Optional<Markers.Numbered> first = Markers.task(text);
        if (first.isEmpty()) {
            out.add(text);
            return out;
        }
        int expect = first.get().value() + 1;
        int start = 0;
        Matcher m = NEXT.matcher(text);
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) == expect) {
                out.add(text.substring(start, m.start()).strip());
                start = m.start();
                expect++;
            }
        }
        out.add(text.substring(start).strip());
        return out;
    }
}
