package gongkai.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A walk stamps every file below the folder by its site path, a symbolic link as a file of size -1 and never followed,
 * folders themselves not at all; one file stamped alone (as a build restamps what it wrote) has the walk's stamp.
 */
class FileStampsTest {

    @TempDir
    Path temp;

    @Test
    void aWalkStampsFilesAndLinksNotFoldersAsOneFileStampedAloneIs() throws Exception {
        Path site = temp.resolve("site");
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), "not part of the site");
        Files.createDirectories(site.resolve("plans/demo/2"));
        Files.createDirectories(site.resolve("empty/folder"));
        Files.writeString(site.resolve("index.html"), "<p>首页</p>");
        Files.writeString(site.resolve("plans/demo/index.html"), "<p>计划</p>");
        Files.writeString(site.resolve("plans/demo/2/index.html"), "<p>任务</p>");
        Files.createSymbolicLink(site.resolve("plans/demo/3"), outside);
        Files.createSymbolicLink(site.resolve("feed.xml"), outside.resolve("secret.txt"));

        Map<String, FileStamps.Stamp> stamps = FileStamps.of(site);
        assertEquals(Set.of("index.html", "plans/demo/index.html", "plans/demo/2/index.html", "plans/demo/3", "feed.xml"),
                stamps.keySet());
        assertEquals(-1, stamps.get("plans/demo/3").size());
        assertEquals(-1, stamps.get("feed.xml").size());
        assertEquals(Files.size(site.resolve("index.html")), stamps.get("index.html").size());
        assertEquals(FileStamps.ofFile(site.resolve("plans/demo/2/index.html")), stamps.get("plans/demo/2/index.html"));
        assertNull(FileStamps.ofFile(site.resolve("plans/demo/2")), "a folder has no stamp");
        assertEquals(Map.of(), FileStamps.of(temp.resolve("absent")));
    }
}
