package gongkai.model;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * site-config.yml, resolved. baseUrl always ends with '/'; asOf is the configured date or null (the
 * build then takes SOURCE_DATE_EPOCH, else the latest update). statusLabels and overdueLabel are the site's
 * own where it names them, else its language's; messages are the words of the site's language. authority is the
 * issuing authority the header names ("" when unset); emblem its image, or null.
 */
public record SiteConfig(
        String title,
        String description,
        String baseUrl,
        String language,
        ZoneId timeZone,
        LocalDate asOf,
        Map<Status, String> statusLabels,
        String overdueLabel,
        String siteIdCode,
        Footer footer,
        List<NavItem> nav,
        Messages messages,
        String authority,
        Emblem emblem) {

    public SiteConfig {
        statusLabels = Map.copyOf(statusLabels);
        nav = List.copyOf(nav);
    }

    /** The path part of baseUrl, e.g. "/gongkai/" or "/". */
    public String basePath() {
        int scheme = baseUrl.indexOf("://");
        int slash = scheme < 0 ? baseUrl.indexOf('/') : baseUrl.indexOf('/', scheme + 3);
        return slash < 0 ? "/" : baseUrl.substring(slash);
    }

    public String label(Status status) {
        return statusLabels.get(status);
    }

    /** The organisation's footer (主办单位, 网站标识码, ICP备案号, 公安备案号, contact). Empty strings when unset. */
    public record Footer(String organizer, String icp, String publicSecurity, String contact) {
    }

    /**
     * The image the header shows beside the authority's name: path as written in site-config.yml, a file under the
     * theme's static/ folder (static/emblem.svg), with where it was written, so a missing file is reported there.
     */
    public record Emblem(String path, String file, int line, int column) {

        /** Where the site publishes it, relative to the site's root: static/ becomes assets/. */
        public String asset() {
            return "assets/" + path.substring("static/".length());
        }
    }

    /** onSite: a path within the site, which each page leads to through its own way back to the site's root. */
    public record NavItem(String title, String url, boolean onSite) {
    }
}
