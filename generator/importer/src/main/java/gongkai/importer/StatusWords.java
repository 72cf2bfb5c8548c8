package gongkai.importer;

import gongkai.model.Status;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads a status as an editor writes it in a sheet: the id (completed), the site's label, or a common word. */
public final class StatusWords {

    private static final Map<String, Status> WORDS = new LinkedHashMap<>();

    static {
        put(Status.NOT_REPORTED, "未报送", "not reported", "no update");
        put(Status.NOT_STARTED, "未启动", "未开始", "尚未启动", "尚未开始", "not started", "ns");
        put(Status.IN_PROGRESS, "推进中", "进行中", "正在推进", "正在进行", "部分完成", "未完成", "in progress", "in-progress", "underway",
                "limited progress", "substantial progress", "started", "lp", "sp");
        put(Status.COMPLETED, "已完成", "完成", "已办结", "办结", "complete", "completed", "done", "c");
        put(Status.ONGOING, "常态推进", "常态化", "持续推进", "长期坚持", "持续开展", "ongoing");
        put(Status.CANCELLED, "已调整", "调整", "已取消", "取消", "cancelled", "canceled", "withdrawn");
    }

    private StatusWords() {
    }

    private static void put(Status s, String... words) {
        WORDS.put(s.id(), s);
        for (String w : words) {
            WORDS.put(w, s);
        }
    }

    /** labels are the site's own (site-config.yml statuses); they are tried first. */
    public static Optional<Status> parse(String text, Map<Status, String> labels) {
        String t = Hanzi.simplified(text.strip()).replaceAll("[.。]$", "");
        if (t.chars().anyMatch(c -> c >= 0x2E80)) {
            t = t.replaceAll("\\s+", "");
        } else {
            t = t.replaceAll("\\s+", " ");
        }
        for (Map.Entry<Status, String> e : labels.entrySet()) {
            if (e.getValue().equals(t)) {
                return Optional.of(e.getKey());
            }
        }
        String key = t;
        return Optional.ofNullable(WORDS.get(key.toLowerCase(Locale.ROOT))).or(() -> Optional.ofNullable(WORDS.get(key)));
    }

    public static String accepted(Map<Status, String> labels) {
        StringBuilder sb = new StringBuilder();
        for (Status s : Status.values()) {
            if (sb.length() > 0) {
                sb.append("、");
            }
            sb.append(labels.getOrDefault(s, s.id()));
        }
        return sb.toString();
    }
}
