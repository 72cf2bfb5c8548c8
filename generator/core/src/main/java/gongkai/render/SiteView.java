package gongkai.render;

import gongkai.model.SiteConfig;
import java.util.List;

/**
 * Site-wide values every page prints: name, language, as-of date, footer, navigation, status labels (as a list
 * in order, and by id), the issuing authority and the address of its emblem ("" for none), relative to the root.
 */
public record SiteView(String title, String description, String lang, String siteIdCode, String domain,
        String asOf, String asOfIso, SiteConfig.Footer footer, List<SiteConfig.NavItem> nav,
        List<gongkai.render.view.Views.StatusView> statuses, java.util.Map<String, String> statusLabels,
        String overdueLabel, String baseUrl, String authority, String emblem) {
}
