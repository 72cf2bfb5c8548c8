package gongkai.serve;

import gongkai.diagnostics.Problem;
import java.util.List;

/** What serve adds to a page: the reload script, and the build's problems on top while there are any. */
final class LivePage {

    private LivePage() {
    }

    static String decorate(String html, List<Problem> problems, String scriptPath) {
        String script = "<script src=\"" + scriptPath + "\" defer></script>";
        int end = html.lastIndexOf("</body>");
        String out = end < 0 ? html + script : html.substring(0, end) + script + html.substring(end);
        if (problems.isEmpty()) {
            return out;
        }
        int body = out.indexOf("<body");
        int open = body < 0 ? -1 : out.indexOf('>', body);
        return open < 0 ? banner(problems) + out : out.substring(0, open + 1) + banner(problems) + out.substring(open + 1);
    }

    static String banner(List<Problem> problems) {
        StringBuilder sb = new StringBuilder("<div role=\"alert\" id=\"gongkai-problems\" style=\"")
                .append("background:#fff3f0;color:#5c0a00;border:3px solid #b3261e;padding:1rem;margin:0;")
                .append("font:16px/1.6 system-ui,sans-serif\"><p style=\"margin:0 0 .5rem;font-weight:700\">内容有 ")
                .append(problems.size()).append(" 个问题，以下仍是上次成功生成的页面：</p><ul style=\"margin:0\">");
        for (Problem p : problems) {
            sb.append("<li><code>").append(escape(p.format())).append("</code></li>");
        }
        return sb.append("</ul></div>").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
