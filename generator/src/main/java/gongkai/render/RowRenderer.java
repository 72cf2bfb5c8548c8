package gongkai.render;

import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateScalarModel;
import freemarker.template.utility.DeepUnwrap;
import gongkai.render.view.Views;
import java.lang.ref.SoftReference;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * rowHtml(row, showPlan, sub, showDeadline, root) for templates: one task row of a table, rendered by the theme's
 * _row.ftlh once per build for each distinct row and kept, because the same row appears on its plan's
 * page, its units' pages and its status page. Rows are records, so equal rows share one rendering.
 */
final class RowRenderer implements TemplateMethodModelEx {

    /**
     * A row is a function of its task and the group it came through (ViewFactory.row), so those name it;
     * hashing and comparing whole row records cost a third of the rendering of rows.
     */
    private record Key(String url, String via, boolean showPlan, boolean sub, boolean showDeadline, String root) {
        @Override
        public int hashCode() {
            return ((url.hashCode() * 31 + (via == null ? 0 : via.hashCode())) * 31 + root.hashCode()) * 8
                    + (showPlan ? 4 : 0) + (sub ? 2 : 0) + (showDeadline ? 1 : 0);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.url.equals(url) && java.util.Objects.equals(k.via, via)
                    && k.root.equals(root) && k.showPlan == showPlan && k.sub == sub && k.showDeadline == showDeadline;
        }
    }

    private final Templates templates;
    private final SiteView site;
    // Softly held: on a very large site the collector may drop rows, which are then simply rendered again.
    private final Map<Key, SoftReference<String>> rendered = new ConcurrentHashMap<>();

    RowRenderer(Templates templates, SiteView site) {
        this.templates = templates;
        this.site = site;
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List args) throws TemplateModelException {
        if (args.size() != 5) {
            throw new TemplateModelException("rowHtml 需要 5 个参数：row, showPlan, sub, showDeadline, root");
        }
        Views.TaskRow row = (Views.TaskRow) DeepUnwrap.unwrap((TemplateModel) args.get(0));
        Key key = new Key(row.url(), row.via() == null ? null : row.via().id(), ((TemplateBooleanModel) args.get(1)).getAsBoolean(),
                ((TemplateBooleanModel) args.get(2)).getAsBoolean(), ((TemplateBooleanModel) args.get(3)).getAsBoolean(),
                ((TemplateScalarModel) args.get(4)).getAsString());
        SoftReference<String> kept = rendered.get(key);
        String html = kept == null ? null : kept.get();
        if (html == null) {
            Map<String, Object> model = new HashMap<>();
            model.put("row", row);
            model.put("showPlan", key.showPlan());
            model.put("sub", key.sub());
            model.put("showDeadline", key.showDeadline());
            model.put("root", key.root());
            model.put("site", site);
            try {
                html = templates.render("_row.ftlh", model, 2048);
            } catch (Templates.TemplateError e) {
                throw new TemplateModelException(e.file() + ":" + e.line() + ": " + e.getMessage());
            }
            rendered.put(key, new SoftReference<>(html));
        }
        return html;
    }
}
