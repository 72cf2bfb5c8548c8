package gongkai.check;

import gongkai.diagnostics.Problems;
import gongkai.markup.LinkTarget;
import gongkai.model.Messages;
import gongkai.model.SiteConfig;
import gongkai.model.Status;
import gongkai.read.RawDocument;
import gongkai.read.YamlNode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks site-config.yml and fills in defaults: zh-CN, Asia/Shanghai, and the status names and overdue label of
 * the language's messages where the site names none of its own.
 */
public final class ConfigResolver {

    /** Names an error message may suggest for an empty status name. */
    private static final Map<Status, String> DEFAULT_EXAMPLES = Map.of(
            Status.NOT_REPORTED, "未报送",
            Status.NOT_STARTED, "未启动",
            Status.IN_PROGRESS, "推进中",
            Status.COMPLETED, "已完成",
            Status.ONGOING, "常态推进",
            Status.CANCELLED, "已调整");

    static final Set<String> KEYS = Set.of("title", "description", "base_url", "language", "time_zone",
            "as_of", "statuses", "overdue_label", "site_id_code", "footer", "nav", "authority", "emblem");
    /** The images a browser shows in an img element everywhere. */
    static final Set<String> EMBLEM_TYPES = Set.of("svg", "png", "jpg", "jpeg", "gif", "webp");
    static final Set<String> FOOTER_KEYS = Set.of("organizer", "icp", "public_security", "contact");

    private ConfigResolver() {
    }

    /**
     * baseUrlOverride (from --base-url) wins over the file when not null; bundles are the theme's messages by
     * language, of which the configuration chooses one.
     */
    public static SiteConfig resolve(RawDocument doc, String baseUrlOverride, Map<String, Messages> bundles,
            Problems problems) {
        String file = doc.file();
        if (!(doc.data() instanceof YamlNode.Mapping map)) {
            problems.add(file, doc.data().line(), doc.data().column(), "site-config.yml 应为“字段: 值”形式的映射。");
            return null;
        }
        Fields f = new Fields(file, map, problems, "站点配置");
        f.onlyKeys(KEYS);
        String title = f.requiredText("title");
        // Feeds, the sitemap and canonical links need absolute addresses, so the site's own must be known.
        String baseUrl = baseUrlOverride != null ? baseUrlOverride : f.text("base_url");
        if (baseUrl.isEmpty()) {
            problems.add(file, map.line(), map.column(), "站点配置缺少必填字段“base_url”（网站的正式地址，"
                    + "例如 https://www.example.gov.cn/gk/）；也可以在构建时用 --base-url 指定。");
        } else if (!baseUrl.matches("https?://[^/\\s]+(/\\S*)?")) {
            String message = "base_url“" + baseUrl + "”无效：应是以 https:// 或 http:// 开头的完整网址，例如 https://www.example.gov.cn/gk/。";
            if (baseUrlOverride != null) {
                problems.add("--base-url", 0, 0, message);
            } else {
                f.problem("base_url", message);
            }
        }
        if (!baseUrl.endsWith("/")) {
            baseUrl = baseUrl + "/";
        }
        String language = f.has("language") ? f.text("language") : MessagesResolver.DEFAULT_LANGUAGE;
        Messages messages = bundles.get(language);
        if (messages == null) {
            List<String> near = Suggest.closest(language, bundles.keySet(), 1);
            f.problem("language", "未知的语言“" + language + "”。"
                    + (near.isEmpty() ? "" : "是否想写 " + near.get(0) + "？") + "可用的语言：" + String.join("、", bundles.keySet())
                    + "（其他语言须在 templates/messages/ 中放一个写全主题文字的“语言代码.yml”）。");
            messages = bundles.getOrDefault(MessagesResolver.DEFAULT_LANGUAGE, new Messages(language, Map.of()));
        }
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        if (f.has("time_zone")) {
            try {
                zone = ZoneId.of(f.text("time_zone"));
            } catch (DateTimeException e) {
                f.problem("time_zone", "时区“" + f.text("time_zone") + "”无效，请写 IANA 名称，例如 Asia/Shanghai。");
            }
        }
        LocalDate asOf = f.date("as_of");
        // The site's own names win; the others are the language's.
        Map<Status, String> labels = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            labels.put(s, word(messages, "status." + s.id()));
        }
        if (map.get("statuses") instanceof YamlNode.Mapping statuses) {
            Fields sf = new Fields(file, statuses, problems, "状态名称");
            for (String key : statuses.entries().keySet()) {
                Status.fromId(key).ifPresentOrElse(
                        s -> {
                            String label = sf.text(key);
                            if (label.isEmpty()) {
                                problems.add(file, statuses.keyLine(key), statuses.keyColumn(key), "状态“" + key + "”的显示名称不能为空，例如 "
                                        + key + ": " + DEFAULT_EXAMPLES.get(s) + "。");
                            } else {
                                labels.put(s, label);
                            }
                        },
                        () -> problems.add(file, statuses.keyLine(key), statuses.keyColumn(key),
                                "未知状态“" + key + "”。可用状态：" + Status.allIds() + "。"));
            }
        } else if (f.has("statuses")) {
            f.problem("statuses", "statuses 应为“状态: 名称”的映射，例如 completed: 已完成。");
        }
        SiteConfig.Footer footer = new SiteConfig.Footer("", "", "", "");
        if (map.get("footer") instanceof YamlNode.Mapping fm) {
            Fields ff = new Fields(file, fm, problems, "页脚");
            ff.onlyKeys(FOOTER_KEYS);
            footer = new SiteConfig.Footer(ff.text("organizer"), ff.text("icp"), ff.text("public_security"),
                    ff.text("contact"));
        } else if (f.has("footer")) {
            f.problem("footer", "footer 应为映射，字段有 organizer、icp、public_security、contact。");
        }
        List<SiteConfig.NavItem> nav = new ArrayList<>();
        for (YamlNode item : f.list("nav")) {
            if (item instanceof YamlNode.Mapping m) {
                Fields nf = new Fields(file, m, problems, "导航项");
                nf.onlyKeys(Set.of("title", "url"));
                String url = nf.requiredText("url");
                LinkTarget target = LinkTarget.of(url);
                if (!url.isEmpty() && !target.isLink()) {
                    nf.problem("url", Links.rule(url));
                }
                nav.add(new SiteConfig.NavItem(nf.requiredText("title"), target.url(), target.staysOnSite()));
            } else {
                problems.add(file, item.line(), item.column(), "导航项应为含 title 和 url 的映射。");
            }
        }
        return new SiteConfig(title, f.text("description"), baseUrl, language, zone,
                asOf, labels, f.has("overdue_label") ? f.requiredText("overdue_label") : word(messages, "status.overdue"),
                f.text("site_id_code"), footer, nav, messages, f.text("authority"), emblem(file, f));
    }

    /**
     * The emblem's path, checked for its form: a file under static/ of the theme (so it is published under assets/),
     * an image. Whether the file is there is checked when the build knows the theme's folders (Build).
     */
    private static SiteConfig.Emblem emblem(String file, Fields f) {
        if (!f.has("emblem")) {
            return null;
        }
        String path = f.text("emblem");
        String example = "例如 emblem: static/emblem.svg（图片放在 templates/static/emblem.svg）。";
        if (!path.startsWith("static/") || path.length() == "static/".length() || path.contains("\\")
                || java.util.Arrays.asList(path.split("/")).stream().anyMatch(p -> p.isEmpty() || p.equals(".") || p.equals(".."))) {
            f.problem("emblem", "标志图片“" + path + "”应写成 templates/ 目录中 static/ 下的文件路径，" + example);
            return null;
        }
        int dot = path.lastIndexOf('.');
        String type = dot < 0 ? "" : path.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
        if (!EMBLEM_TYPES.contains(type)) {
            f.problem("emblem", "标志图片“" + path + "”不是网页能显示的图片：请用 "
                    + String.join("、", EMBLEM_TYPES.stream().sorted().toList()) + " 格式的文件，" + example);
            return null;
        }
        return new SiteConfig.Emblem(path, file, f.lineOf("emblem"), f.columnOf("emblem"));
    }

    /** A message of the language, or its key where a bundle lacks it (reported already). */
    private static String word(Messages messages, String key) {
        return messages.has(key) ? messages.text(key) : key;
    }
}
