package gongkai.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.core.TemplateMarkupOutputModel;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateHashModelEx2;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import gongkai.model.Messages;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * msg("key") and msg("key", {"name": value, …}) for templates: a message of the site's language with its
 * arguments filled in. The result is text, escaped where it is printed like any other; but when an argument is
 * markup (a link captured with &lt;#assign link&gt;&lt;a …&gt;…&lt;/a&gt;&lt;/#assign&gt;), the message becomes
 * markup: its own words escaped, the markup put in as it is. That is how a link sits inside a sentence whose
 * word order is the language's.
 */
final class MessageMethod implements TemplateMethodModelEx {

    private final Messages messages;
    /** Messages without arguments, made once: a page asks for dozens of them, every page the same. */
    private final Map<String, SimpleScalar> plain = new java.util.concurrent.ConcurrentHashMap<>();

    MessageMethod(Messages messages) {
        this.messages = messages;
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List args) throws TemplateModelException {
        if (args.isEmpty() || args.size() > 2 || !(args.get(0) instanceof TemplateScalarModel keyModel)) {
            throw new TemplateModelException("msg 的写法是 msg(\"键\") 或 msg(\"键\", {\"参数\": 值})。");
        }
        String key = keyModel.getAsString();
        if (args.size() == 1) {
            SimpleScalar known = plain.get(key);
            if (known != null) {
                return known;
            }
        }
        if (!messages.has(key)) {
            throw new TemplateModelException("没有文字“" + key + "”：内置主题和 templates/messages/" + messages.language()
                    + ".yml 中都没有这个键。");
        }
        Messages.Message message = messages.message(key);
        Map<String, Object> values = new HashMap<>();
        boolean markup = false;
        if (args.size() == 2) {
            if (!(args.get(1) instanceof TemplateHashModelEx2 hash)) {
                throw new TemplateModelException("msg(\"" + key + "\", …) 的第二个参数应是 {\"名称\": 值} 形式的映射。");
            }
            for (TemplateHashModelEx2.KeyValuePairIterator it = hash.keyValuePairIterator(); it.hasNext(); ) {
                TemplateHashModelEx2.KeyValuePair pair = it.next();
                String name = ((TemplateScalarModel) pair.getKey()).getAsString();
                Object value = value(key, name, pair.getValue());
                markup |= value instanceof TemplateHTMLOutputModel;
                values.put(name, value);
            }
        }
        for (String name : message.names()) {
            if (!values.containsKey(name)) {
                throw new TemplateModelException("文字“" + key + "”要用参数 {" + name + "}，msg 没有给出它。");
            }
        }
        try {
            if (args.size() == 1) {
                SimpleScalar made = new SimpleScalar(message.format(values));
                plain.put(key, made);
                return made;
            }
            return markup ? markup(message, values) : new SimpleScalar(message.format(values));
        } catch (IllegalArgumentException e) {
            throw new TemplateModelException("文字“" + key + "”：" + e.getMessage());
        }
    }

    private static Object value(String key, String name, TemplateModel model) throws TemplateModelException {
        if (model instanceof TemplateMarkupOutputModel<?> m) {
            if (!(m instanceof TemplateHTMLOutputModel)) {
                throw new TemplateModelException("msg(\"" + key + "\") 的参数 " + name + " 应是 HTML。");
            }
            return m;
        }
        if (model instanceof TemplateNumberModel n) {
            return n.getAsNumber();
        }
        if (model instanceof TemplateScalarModel s) {
            return s.getAsString();
        }
        throw new TemplateModelException("msg(\"" + key + "\") 的参数 " + name + " 应是文字、数字或 HTML。");
    }

    private static TemplateHTMLOutputModel markup(Messages.Message message, Map<String, Object> values)
            throws TemplateModelException {
        HTMLOutputFormat html = HTMLOutputFormat.INSTANCE;
        StringBuilder sb = new StringBuilder();
        for (Messages.Part part : message.parts()) {
            if (part instanceof Messages.Literal l) {
                sb.append(html.escapePlainText(l.text()));
            } else if (part instanceof Messages.Argument a) {
                Object v = values.get(a.name());
                sb.append(v instanceof TemplateHTMLOutputModel m ? html.getMarkupString(m)
                        : html.escapePlainText(Messages.Message.plain(v)));
            } else if (part instanceof Messages.Choice c) {
                sb.append(html.escapePlainText(c.pick(values.get(c.name()))));
            }
        }
        return html.fromMarkup(sb.toString());
    }
}
