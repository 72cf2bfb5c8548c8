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
 * Controls, non-characters and lone surrogates are refused wherever they come from: written in a file, or
 * made by an escape in a double-quoted YAML scalar. Each breaks some output (U+FFFE makes every feed
 * ill-formed XML; U+0001 is the row cache's placeholder), so none may reach the renderer.
 */
class ForbiddenCharactersTest {

    private static final String TASK = "content/plans/demo-2020/2.md";
    private static final Duration BOUND = Duration.ofSeconds(20);

    @TempDir
    Path temp;

    private TestSite basic() {
        return TestSite.fixture("basic", temp);
    }

    private static List<String> problems(TestSite site) {
        return assertTimeoutPreemptively(BOUND, site::problemsAlsoChecked);
    }

    private static void assertOne(List<String> problems, String place, String... words) {
        assertEquals(1, problems.size(), String.join("\n", problems));
        String p = problems.get(0);
        assertTrue(p.startsWith(place + ": "), p);
        for (String w : words) {
            assertTrue(p.contains(w), () -> "no “" + w + "” in " + p);
        }
    }

    @Test
    void escapesInAQuotedTitleAreRefusedWhereTheTitleIs() {
        for (String escape : List.of("\\x01", "\\x1b", "\\u007f", "\\x85", "\\uFFFE", "\\uFDD0", "\\ud800", "\\U0001FFFF")) {
            TestSite site = TestSite.fixture("basic", temp.resolve(escape.substring(1)))
                    .write(TASK, "---\nnumber: \"2\"\ntitle: \"做好" + escape + "政策解读\"\n---\n正文。\n");
            assertOne(problems(site), TASK + ":3:8", "双引号中的转义写法", "U+", "请删除这个转义写法");
        }
    }

    @Test
    void theMessageNamesTheCharacterAndItsEscape() {
        TestSite site = basic().write(TASK, "---\nnumber: \"2\"\ntitle: \"a\\x01b\"\n---\n");
        assertOne(problems(site), TASK + ":3:8", "U+0001（控制字符，转义写作 \\x01）");
        site.write(TASK, "---\nnumber: \"2\"\ntitle: \"a\\uFFFEb\"\n---\n");
        assertOne(problems(site), TASK + ":3:8", "U+FFFE（Unicode 非字符");
        site.write(TASK, "---\nnumber: \"2\"\ntitle: \"a\\ud800b\"\n---\n");
        assertOne(problems(site), TASK + ":3:8", "U+D800（不成对的代理项");
    }

    @Test
    void anEscapeInAKeyOrAListItemIsRefusedToo() {
        TestSite site = basic().write(TASK, "---\nnumber: \"2\"\ntitle: 做好政策解读\nresponsible: [市发改委, \"\\x1b\"]\n---\n");
        List<String> p = problems(site);
        assertTrue(p.get(0).startsWith(TASK + ":4:21: 双引号中的转义写法产生了不允许的字符 U+001B"), String.join("\n", p));
        site.write(TASK, "---\nnumber: \"2\"\ntitle: 做好政策解读\n\"re\\x01marks\": 无\n---\n");
        assertTrue(problems(site).stream().anyMatch(q -> q.startsWith(TASK + ":4:1: 双引号中的转义写法产生了不允许的字符 U+0001")));
    }

    @Test
    void aLiteralControlInTheBodyIsRefusedAtItsLineAndColumn() {
        TestSite site = basic().write(TASK, "---\nnumber: \"2\"\ntitle: 做好政策解读\n---\n第一行。\n政策\u0001解读\u007f。\n");
        List<String> p = problems(site);
        assertEquals(2, p.size(), String.join("\n", p));
        assertTrue(p.get(0).startsWith(TASK + ":6:3: 文件中有不允许的字符 U+0001（控制字符）"), p.get(0));
        assertTrue(p.get(1).startsWith(TASK + ":6:6: 文件中有不允许的字符 U+007F（控制字符）"), p.get(1));
    }

    @Test
    void columnsCountCharactersAsEditorsDo() {
        // 𠮷 is two UTF-16 units but one character; the C1 control after it is the third character.
        TestSite site = basic().write(TASK, "---\nnumber: \"2\"\ntitle: 做好政策解读\n---\n𠮷甲\u0085乙\n");
        assertOne(problems(site), TASK + ":5:3", "U+0085（控制字符）");
    }

    @Test
    void literalNonCharactersAndLoneSurrogatesInFrontMatterAreRefused() {
        TestSite site = basic().write(TASK, "---\nnumber: \"2\"\ntitle: 做好\uFDD0政策解读\n---\n");
        assertOne(problems(site), TASK + ":3:10", "U+FDD0（Unicode 非字符");
        // A lone surrogate cannot be written in UTF-8 at all (the decoder refuses it), but U+10FFFF can.
        site.write(TASK, "---\nnumber: \"2\"\ntitle: 做好\uDBFF\uDFFF政策\n---\n");
        assertOne(problems(site), TASK + ":3:10", "U+10FFFF（Unicode 非字符");
    }

    @Test
    void unitFilesAndTheSiteConfigurationAreCheckedAlike() {
        TestSite site = basic().write("content/units/town.yml", "- id: town\n  name: \"另一\\x01市\"\n  children:\n"
                + "    - id: town-czj\n      name: 另一市财政局\n      short: 市财政局\n");
        assertOne(problems(site), "content/units/town.yml:2:9", "U+0001");
        TestSite config = TestSite.fixture("basic", temp.resolve("c")).write("site-config.yml",
                "title: 示例\u000b政务公开\nbase_url: https://example.org/gk/\n");
        assertOne(problems(config), "site-config.yml:1:10", "U+000B（控制字符）");
    }

    @Test
    void aBinaryFileIsSummedUpNotListedCharByChar() {
        byte[] junk = new byte[5000];
        for (int i = 0; i < junk.length; i++) {
            junk[i] = (byte) (i % 2 == 0 ? 0x01 : '\n');
        }
        TestSite site = basic().writeBytes("content/plans/demo-2020/9.md",
                ("---\ntitle: x\n---\n" + new String(junk, StandardCharsets.US_ASCII)).getBytes(StandardCharsets.UTF_8));
        List<String> p = problems(site);
        assertEquals(11, p.size(), String.join("\n", p));
        assertTrue(p.get(10).contains("从这里起还有 2490 个同类字符"), p.get(10));
    }

    @Test
    void tabsLineBreaksAndOrdinaryTextPass() {
        TestSite site = basic().write(TASK, "---\r\nnumber: \"2\"\r\ntitle: \"做好\\t政策解读 𠮷\"\r\n---\r\n甲\t乙\r\n丙\r丁\uFEFF戊\n");
        site.buildOk();
        assertEquals(List.of(), site.checked());
    }
}
