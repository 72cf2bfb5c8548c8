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

    private record Key(Views.TaskRow row, boolean showPlan, boolean sub, boolean showDeadline, String root) {
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
        Key key = new Key(row, ((TemplateBooleanModel) args.get(1)).getAsBoolean(),
                ((TemplateBooleanModel) args.get(2)).getAsBoolean(), ((TemplateBooleanModel) args.get(3)).getAsBoolean(),
                ((TemplateScalarModel) args.get(4)).getAsString());
        SoftReference<String> kept = rendered.get(key);
        String html = kept == null ? null : kept.get();
        if (html == null) {
            Map<String, Object> model = new HashMap<>();
            model.put("row", key.row());
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
