package gongkai.cli;

import gongkai.check.Problem;
import gongkai.render.Json;
import java.util.List;

/** Problems as a JSON array, one object a problem, for editors' tools and CI annotations. */
final class ProblemsJson {

    private ProblemsJson() {
    }

    static String write(List<Problem> problems) {
        Json json = new Json(256 + problems.size() * 256).beginArray();
        for (Problem p : problems) {
            json.beginObject().field("file", p.file()).field("line", p.line()).field("column", p.column())
                    .field("severity", "error").field("message", p.message()).endObject();
        }
        return json.endArray() + "\n";
    }
}
