package gongkai.importer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the last import of a plan wrote: a digest of every file, kept in the plan folder as
 * .gongkai-import.yml (the build ignores files whose names start with a dot). A file whose digest still
 * matches was not edited since, so a new import may replace it; any other existing file is an editor's
 * work and is only replaced with --force.
 */
public record ImportManifest(String source, Map<String, String> files) {

    public static final String NAME = ".gongkai-import.yml";
    private static final Pattern ENTRY = Pattern.compile("^  (\\S+): ([0-9a-f]{64})$", Pattern.MULTILINE);
    private static final Pattern SOURCE = Pattern.compile("^source: (.*)$", Pattern.MULTILINE);

    public ImportManifest {
        files = new TreeMap<>(files);
    }

    public static Optional<ImportManifest> parse(String text) {
        Map<String, String> files = new TreeMap<>();
        Matcher m = ENTRY.matcher(text);
        while (m.find()) {
            files.put(m.group(1), m.group(2));
        }
        Matcher s = SOURCE.matcher(text);
        return files.isEmpty() ? Optional.empty() : Optional.of(new ImportManifest(s.find() ? s.group(1) : "", files));
    }

    public String text() {
        StringBuilder sb = new StringBuilder();
        sb.append("# gongkai import 的记录：上次导入写出的各文件的摘要，用来判断文件导入后是否被编辑过。请勿修改或删除。\n");
        sb.append("source: ").append(YamlText.scalar(source)).append('\n');
        sb.append("files:\n");
        files.forEach((name, digest) -> sb.append("  ").append(name).append(": ").append(digest).append('\n'));
        return sb.toString();
    }

    public static String digest(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
