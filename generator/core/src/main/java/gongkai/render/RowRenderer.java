package gongkai.render;

import freemarker.core.Environment;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import freemarker.template.utility.DeepUnwrap;
import gongkai.render.view.Views;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * &lt;@rowHtml row=… showPlan=… sub=… showDeadline=… filter=… root=…/&gt; for templates (filter may be left out,
 * meaning false): one task row of a table,
 * rendered by the theme's _row.ftlh once per build for each distinct row and kept, because the same row
 * appears on its plan's page, its units' pages and its status page.
 *
 * <p>Rows are kept as UTF-8 with the page's root left open, so one rendering serves pages at any depth, and
 * the page's writer takes the bytes as they are.
 */
final class RowRenderer implements TemplateDirectiveModel {

    // Rendered in place of the root. No content can hold it: the read stage refuses control characters, whether
    // written in a file or made by a YAML escape (gongkai.read.ForbiddenChars), and the theme is not content. Were
    // one let through, a title holding it would print the page's path back to the root in its place.
    private static final String ROOT = "\u0001";

    /**
     * A row is a function of its task and the group it came through (ViewFactory.row), so those name it;
     * hashing and comparing whole row records cost a third of the rendering of rows.
     */
    private record Key(String url, String via, boolean showPlan, boolean sub, boolean showDeadline, boolean filter) {
        @Override
        public int hashCode() {
            return (url.hashCode() * 31 + (via == null ? 0 : via.hashCode())) * 16
                    + (showPlan ? 8 : 0) + (sub ? 4 : 0) + (showDeadline ? 2 : 0) + (filter ? 1 : 0);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.url.equals(url) && java.util.Objects.equals(k.via, via)
                    && k.showPlan == showPlan && k.sub == sub && k.showDeadline == showDeadline && k.filter == filter;
        }
    }

    private final Templates templates;
    private final SiteView site;
    private final MessageMethod msg;
    /** Rendered rows: their bytes, cut where the root goes. An eighth of the heap holds a 100k-task site's. */
    private final Kept<Key, byte[][]> rendered = new Kept<>(1.0 / 8, parts -> {
        long size = 0;
        for (byte[] p : parts) {
            size += p.length + 16;
        }
        return size;
    });

    RowRenderer(Templates templates, SiteView site, MessageMethod msg) {
        this.templates = templates;
        this.site = site;
        this.msg = msg;
    }

    /**
     * Keeps the rows an earlier rendering of the same site made, but those of the tasks the edit between them
     * reached. A row shows its task (with its parent's and sub-items' figures), its plan, its units and the site's
     * words; an edit names the tasks it changed with their parents and sub-items, and every task of a plan whose
     * own fields changed, and any other change (units, configuration, theme, as-of date, history) is no edit but
     * a whole new build. So serve re-renders only the rows an edit changed.
     */
    void keepFrom(RowRenderer older, Edit edit) {
        Set<String> changed = new HashSet<>();
        edit.taskIdsByPlan().forEach((plan, ids) -> ids.forEach(id -> changed.add(Urls.task(plan, id))));
        rendered.keepFrom(older.rendered, key -> changed.contains(key.url()));
    }

    @Override
    public void execute(Environment env, @SuppressWarnings("rawtypes") Map params, TemplateModel[] loopVars,
            TemplateDirectiveBody body) throws TemplateException, IOException {
        Object row = DeepUnwrap.unwrap(param(params, "row"));
        if (!(row instanceof Views.TaskRow taskRow)) {
            throw new TemplateModelException("rowHtml 的 row 参数应是任务行（如 <#list rows as row> 中的 row）。");
        }
        Key key = new Key(taskRow.url(), taskRow.via() == null ? null : taskRow.via().id(), flag(params, "showPlan"),
                flag(params, "sub"), flag(params, "showDeadline"),
                params.containsKey("filter") && flag(params, "filter"));
        TemplateModel rootModel = param(params, "root");
        if (!(rootModel instanceof TemplateScalarModel rootText)) {
            throw new TemplateModelException("rowHtml 的 root 参数应是文本。");
        }
        byte[][] parts = rendered.get(key, () -> render(taskRow, key));
        write(env.getOut(), parts, rootText.getAsString());
    }

    private static TemplateModel param(Map<?, ?> params, String name) throws TemplateModelException {
        Object value = params.get(name);
        if (value == null) {
            throw new TemplateModelException("rowHtml 缺少参数 " + name + "：应写作 <@rowHtml row=row showPlan=false sub=false "
                    + "showDeadline=true filter=false root=root/>。");
        }
        return (TemplateModel) value;
    }

    private static boolean flag(Map<?, ?> params, String name) throws TemplateModelException {
        if (!(param(params, name) instanceof TemplateBooleanModel b)) {
            throw new TemplateModelException("rowHtml 的 " + name + " 参数应是 true 或 false。");
        }
        return b.getAsBoolean();
    }

    private byte[][] render(Views.TaskRow row, Key key) throws TemplateModelException {
        Map<String, Object> model = new HashMap<>();
        model.put("row", row);
        model.put("showPlan", key.showPlan());
        model.put("sub", key.sub());
        model.put("showDeadline", key.showDeadline());
        model.put("filter", key.filter());
        model.put("root", ROOT);
        model.put("site", site);
        model.put("msg", msg);
        String html;
        try {
            html = templates.render("_row.ftlh", model, 2048);
        } catch (Templates.TemplateError e) {
            throw new TemplateModelException(e.file() + ":" + e.line() + ": " + e.getMessage());
        }
        List<byte[]> parts = new ArrayList<>();
        int from = 0;
        for (int at = html.indexOf(ROOT); at >= 0; at = html.indexOf(ROOT, from)) {
            parts.add(html.substring(from, at).getBytes(StandardCharsets.UTF_8));
            from = at + 1;
        }
        parts.add(html.substring(from).getBytes(StandardCharsets.UTF_8));
        return parts.toArray(new byte[0][]);
    }

    private static void write(Writer out, byte[][] parts, String root) throws IOException {
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                out.write(root);
            }
            if (out instanceof Utf8Writer bytes) {
                bytes.writeUtf8(parts[i]);
            } else {
                out.write(new String(parts[i], StandardCharsets.UTF_8));
            }
        }
    }
}
