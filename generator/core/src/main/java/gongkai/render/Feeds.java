package gongkai.render;

import gongkai.graph.ChangeEntry;
import gongkai.graph.SiteGraph;
import gongkai.graph.UpdateEntry;
import gongkai.model.Messages;
import gongkai.model.Plan;
import gongkai.model.Task;
import gongkai.model.Unit;
import gongkai.model.Update;
import gongkai.render.view.Views;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * RSS 2.0 feeds of updates: the whole site, each plan, each unit. Items are updates; a guid is the
 * update's permalink on its task page, which stays the same from build to build.
 */
public final class Feeds {

    static final int MAX_ITEMS = 50;
    private static final byte[] END = "</channel>\n</rss>\n".getBytes(StandardCharsets.UTF_8);

    private final SiteGraph graph;
    private final ViewFactory views;
    private final Messages messages;
    private final ChangeHtml changeHtml;

    /** A change's fields as the theme words them, as HTML with absolute links (a feed reader has no page to start from). */
    @FunctionalInterface
    public interface ChangeHtml {
        String html(Views.ChangeItem item) throws Templates.TemplateError;
    }
    // An update appears in the site's, its plan's and several units' feeds: each item is written once.
    private final Kept<Same, byte[]> items = new Kept<>(1.0 / 16, item -> item.length);

    /** An update as a key by identity: its record equality would hash its whole text at every lookup. */
    private record Same(Update update) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Same other && other.update == update;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(update);
        }
    }

    /** The feeds of updates, without the feed of changes. */
    public Feeds(SiteGraph graph) {
        this(graph, null);
    }

    /** The feeds of updates and, with changeHtml, the feed of changes (changes/feed.xml). */
    public Feeds(SiteGraph graph, ChangeHtml changeHtml) {
        this.graph = graph;
        this.views = new ViewFactory(graph);
        this.messages = graph.config().messages();
        this.changeHtml = changeHtml;
    }

    public List<Job> jobs() {
        List<Job> jobs = new ArrayList<>();
        String site = graph.config().title();
        jobs.add(new Job("feed.xml", () -> feed("feed.xml", messages.format("feed.title", Map.of("name", site)), "",
                graph.updates())));
        for (Plan p : graph.content().plans()) {
            String path = Urls.plan(p.id()) + "feed.xml";
            jobs.add(new Job(path, () -> feed(path, messages.format("feed.title", Map.of("name", p.title())),
                    Urls.plan(p.id()), graph.updatesOfPlan(p.id())), Shows.of(Set.of(p.id()), () -> graph.tasks(p.id()))));
        }
        for (Unit u : graph.content().units()) {
            String path = Urls.unit(u.id()) + "feed.xml";
            jobs.add(new Job(path, () -> feed(path, messages.format("feed.unit-title", Map.of("name", u.name())),
                    Urls.unit(u.id()), graph.updatesOfUnit(u.id())),
                    Shows.of(Set.of(), () -> graph.updatesOfUnit(u.id()).stream().map(UpdateEntry::task).toList())));
        }
        if (changeHtml != null) {
            List<ChangeEntry> latest = graph.changes().subList(0, Math.min(MAX_ITEMS, graph.changes().size()));
            String path = Urls.changes() + "feed.xml";
            jobs.add(new Job(path, () -> changesFeed(path, latest), Pages.changesShown(0, latest)));
        }
        return jobs;
    }

    /** RSS of the latest changes to the site's tasks: what each commit changed, newest first. */
    private byte[] changesFeed(String path, List<ChangeEntry> entries) throws Templates.TemplateError {
        String base = graph.config().baseUrl();
        String title = messages.format("feed.changes-title", Map.of("name", graph.config().title()));
        StringBuilder x = new StringBuilder(32 * 1024);
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        x.append("<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\">\n<channel>\n");
        x.append("<title>").append(Xml.escape(title)).append("</title>\n");
        x.append("<link>").append(Xml.escape(base + Urls.changes())).append("</link>\n");
        x.append("<description>").append(Xml.escape(messages.format("feed.description",
                Map.of("title", title, "date", views.date(graph.asOf()))))).append("</description>\n");
        x.append("<language>").append(Xml.escape(graph.config().language().toLowerCase(java.util.Locale.ROOT)))
                .append("</language>\n");
        x.append("<atom:link href=\"").append(Xml.escape(base + path))
                .append("\" rel=\"self\" type=\"application/rss+xml\"/>\n");
        if (!entries.isEmpty()) {
            String latest = rfc822(entries.get(0).change().date(), graph.config().timeZone());
            x.append("<pubDate>").append(latest).append("</pubDate>\n");
            x.append("<lastBuildDate>").append(latest).append("</lastBuildDate>\n");
        }
        for (ChangeEntry e : entries) {
            Views.ChangeItem item = views.changeItem(e);
            String task = item.number().isEmpty() ? item.title()
                    : messages.format(item.subitem() ? "task.numbered-title-sub" : "task.numbered-title",
                            Map.of("number", item.number(), "title", item.title()));
            String itemTitle = switch (item.change().kind()) {
                case "first" -> messages.format("feed.change-added", Map.of("task", task));
                case "removed" -> messages.format("feed.change-removed", Map.of("task", task));
                case "restored" -> messages.format("feed.change-restored", Map.of("task", task));
                default -> messages.format("feed.change-item", Map.of("task", task, "fields", fieldNames(item.change())));
            };
            boolean onPage = item.url() != null;
            String link = onPage ? base + item.url() + "#" + item.change().anchor() : base + Urls.changes();
            String guid = onPage ? link : base + Urls.changes() + "#" + item.anchor();
            x.append("<item>\n<title>").append(Xml.escape(itemTitle)).append("</title>\n")
                    .append("<link>").append(Xml.escape(link)).append("</link>\n")
                    .append("<guid isPermaLink=\"").append(onPage).append("\">").append(Xml.escape(guid)).append("</guid>\n")
                    .append("<pubDate>").append(rfc822(e.change().date(), graph.config().timeZone())).append("</pubDate>\n")
                    .append("<category>").append(Xml.escape(item.plan().name())).append("</category>\n")
                    .append("<description>").append(Xml.escape(changeHtml.html(item))).append("</description>\n")
                    .append("</item>\n");
        }
        x.append("</channel>\n</rss>\n");
        return x.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The names of the fields a change changed, each once, in its order. */
    private String fieldNames(Views.ChangeView change) {
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
        for (Views.FieldView f : change.fields()) {
            names.add(switch (f.kind()) {
                case "units" -> messages.get("role." + f.field());
                default -> messages.get("changes.field." + f.field());
            });
        }
        return String.join(messages.get("list.separator"), names);
    }

    static String rfc822(LocalDate date, java.time.ZoneId zone) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(date.atStartOfDay(zone));
    }

    private byte[] feed(String path, String title, String pageUrl, List<UpdateEntry> entries) {
        String base = graph.config().baseUrl();
        StringBuilder x = new StringBuilder(1024);
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        x.append("<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\">\n<channel>\n");
        x.append("<title>").append(Xml.escape(title)).append("</title>\n");
        x.append("<link>").append(Xml.escape(base + pageUrl)).append("</link>\n");
        x.append("<description>").append(Xml.escape(messages.format("feed.description",
                Map.of("title", title, "date", views.date(graph.asOf()))))).append("</description>\n");
        x.append("<language>").append(Xml.escape(graph.config().language().toLowerCase(java.util.Locale.ROOT)))
                .append("</language>\n");
        x.append("<atom:link href=\"").append(Xml.escape(base + path))
                .append("\" rel=\"self\" type=\"application/rss+xml\"/>\n");
        if (!entries.isEmpty()) {
            String latest = rfc822(entries.get(0).update().date(), graph.config().timeZone());
            x.append("<pubDate>").append(latest).append("</pubDate>\n");
            x.append("<lastBuildDate>").append(latest).append("</lastBuildDate>\n");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        out.writeBytes(x.toString().getBytes(StandardCharsets.UTF_8));
        for (UpdateEntry e : entries.subList(0, Math.min(MAX_ITEMS, entries.size()))) {
            out.writeBytes(items.get(new Same(e.update()), () -> item(e, base).getBytes(StandardCharsets.UTF_8)));
        }
        out.writeBytes(END);
        return out.toByteArray();
    }

    private String item(UpdateEntry e, String base) {
        Task t = e.task();
        Plan p = graph.plan(t.planId());
        String number = views.number(t);
        String link = base + Urls.task(t.planId(), t.id()) + "#" + ViewFactory.updateAnchor(e.update());
        String status = graph.config().label(e.update().status());
        String itemTitle = number.isEmpty()
                ? messages.format("feed.item-unnumbered", Map.of("title", t.title(), "status", status))
                : messages.format(t.parentId() == null ? "feed.item" : "feed.item-sub",
                        Map.of("number", number, "title", t.title(), "status", status));
        return "<item>\n"
                + "<title>" + Xml.escape(itemTitle) + "</title>\n"
                + "<link>" + Xml.escape(link) + "</link>\n"
                + "<guid isPermaLink=\"true\">" + Xml.escape(link) + "</guid>\n"
                + "<pubDate>" + rfc822(e.update().date(), graph.config().timeZone()) + "</pubDate>\n"
                + "<category>" + Xml.escape(p.title()) + "</category>\n"
                + "<description>" + Xml.escape(views.html(e.update().text())) + "</description>\n"
                + "</item>\n";
    }
}
