package gongkai.scaffold;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files of a new site (gongkai init): its configuration, a unit registry holding its jurisdiction, an
 * example plan, an ignore file, the pre-commit hook and CI jobs. Texts are resources beside this class with
 * {{name}} placeholders; only computes paths and text, the CLI writes them.
 */
public final class SiteScaffold {

    /** What the person starting the site told init. */
    public record Spec(String id, String jurisdiction, String title, String baseUrl, int year, boolean example,
            String version) {
    }

    private SiteScaffold() {
    }

    public static List<Scaffold.NewFile> files(Path dir, Spec spec) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("id", spec.id());
        values.put("jurisdiction", spec.jurisdiction());
        values.put("title", spec.title());
        values.put("base_url", spec.baseUrl());
        values.put("year", Integer.toString(spec.year()));
        values.put("version", spec.version());
        values.put("office", office(spec.jurisdiction(), false));
        values.put("office_short", office(spec.jurisdiction(), true));
        List<Scaffold.NewFile> files = new ArrayList<>();
        files.add(file(dir, "site-config.yml", "site-config.yml", values));
        files.add(file(dir, "content/units/" + spec.id() + ".yml", "unit.yml", values));
        if (spec.example()) {
            String plan = "content/plans/" + spec.id() + "-" + spec.year() + "/";
            files.add(file(dir, plan + "plan.md", "plan.md", values));
            files.add(file(dir, plan + "1.md", "task.md", values));
        }
        files.add(file(dir, ".gitignore", "gitignore", values));
        files.add(file(dir, ".githooks/pre-commit", "pre-commit", values));
        files.add(file(dir, ".gitlab-ci.yml", "gitlab-ci.yml", values));
        files.add(file(dir, ".github/workflows/gongkai.yml", "github-workflow.yml", values));
        files.add(file(dir, "README.md", "README.md", values));
        return files;
    }

    /**
     * The general office of a government, which issues most plans: 省 has an 办公厅, every other level an
     * 办公室; its short name is how tables write it (市政府办公室).
     */
    static String office(String jurisdiction, boolean shortName) {
        String level = jurisdiction.isEmpty() ? "" : jurisdiction.substring(jurisdiction.length() - 1);
        String room = level.equals("省") ? "办公厅" : "办公室";
        if (shortName) {
            return ("省市县区旗州盟".contains(level) && !level.isEmpty() ? level : jurisdiction) + "政府" + room;
        }
        return jurisdiction + "人民政府" + room;
    }

    private static Scaffold.NewFile file(Path dir, String path, String resource, Map<String, String> values)
            throws IOException {
        String text;
        try (InputStream in = SiteScaffold.class.getResourceAsStream("site/" + resource)) {
            if (in == null) {
                throw new IOException("gongkai 缺少新站点的模板文件 " + resource);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (Map.Entry<String, String> v : values.entrySet()) {
            text = text.replace("{{" + v.getKey() + "}}", v.getValue());
        }
        return new Scaffold.NewFile(dir.resolve(path), text);
    }
}
