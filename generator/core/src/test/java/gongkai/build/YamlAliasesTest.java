package gongkai.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.support.TestSite;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * YAML anchors and aliases are refused in content. SnakeYAML's alias limit counts only aliases of lists and
 * mappings, so aliases of one long scalar multiplied it: a 104 KB task file of 14,000 such aliases kept check
 * busy for over two minutes, each alias an unknown unit whose closest names were searched again.
 */
class YamlAliasesTest {

    private static final String TASK = "content/plans/demo-2020/2.md";

    @TempDir
    Path temp;

    @Test
    void aSmallFileOfManyScalarAliasesIsRefusedAtOnce() {
        StringBuilder aliases = new StringBuilder();
        for (int i = 0; i < 14_000; i++) {
            aliases.append(", *s");
        }
        String text = "---\nnumber: \"2\"\ntitle: 做好政策解读\nresponsible: [&s " + "市".repeat(16_000) + aliases + "]\n---\n正文\n";
        assertTrue(text.getBytes(StandardCharsets.UTF_8).length > 100_000);
        TestSite site = TestSite.fixture("basic", temp).write(TASK, text);
        List<String> problems = assertTimeoutPreemptively(Duration.ofSeconds(20), site::problemsAlsoChecked);
        assertEquals(1, problems.size(), String.join("\n", problems));
        assertTrue(problems.get(0).startsWith(TASK + ":4:15: 内容文件不支持 YAML 锚点和引用（&s 和 *s）"), problems.get(0));
    }
}
