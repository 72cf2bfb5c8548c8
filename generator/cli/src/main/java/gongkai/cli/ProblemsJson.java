package gongkai.cli;

import gongkai.diagnostics.Problem;
import gongkai.render.Json;
import java.util.List;

/**
 * Problems as a JSON array, one object a problem, for editors' tools and CI annotations. A line or column
 * that does not apply (a problem with a whole file or folder) is null, never 0.
 */
final class ProblemsJson {

    private ProblemsJson() {
    }

    static String write(List<Problem> problems) {
        Json json = new Json(256 + problems.size() * 256).beginArray();
        for (Problem p : problems) {
            json.beginObject().field("file", p.file());
            position(json, "line", p.line());
            position(json, "column", p.line() > 0 ? p.column() : 0);
            json.field("severity", "error").field("message", p.message()).endObject();
        }
        return json.endArray() + "\n";
    }

    private static void position(Json json, String name, int value) {
        if (value > 0) {
            json.field(name, value);
        } else {
            json.name(name).value((String) null);
        }
    }
}
