package gongkai.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.diagnostics.Problem;
import gongkai.diagnostics.Problems;
import java.util.List;
import org.junit.jupiter.api.Test;

class YamlReaderTest {

    private static List<Problem> problems(String yaml, int firstLine) {
        Problems p = new Problems();
        YamlReader.read("f.yml", yaml, firstLine, p);
        return p.sorted();
    }

    @Test
    void keepsLineAndColumnOfEveryValue() {
        Problems p = new Problems();
        YamlNode node = YamlReader.read("f.yml", "a: 1\nlist:\n  - x\n  - y\n", 1, p).orElseThrow();
        YamlNode.Mapping map = assertInstanceOf(YamlNode.Mapping.class, node);
        YamlNode.Sequence list = assertInstanceOf(YamlNode.Sequence.class, map.get("list"));
        assertEquals(4, list.items().get(1).line());
        assertEquals(5, list.items().get(1).column());
        assertEquals(2, map.keyLine("list"));
        assertTrue(p.isEmpty());
    }

    @Test
    void frontMatterLinesCountFromTheFile() {
        Problems p = new Problems();
        YamlNode node = YamlReader.read("t.md", "title: x\nlead: y\n", 2, p).orElseThrow();
        assertEquals(3, ((YamlNode.Mapping) node).get("lead").line());
    }

    @Test
    void malformedYamlNamesLineAndColumn() {
        List<Problem> p = problems("title: ok\nlead: [a, b\nx: 1\n", 1);
        assertEquals(1, p.size());
        assertEquals("f.yml", p.get(0).file());
        assertEquals(3, p.get(0).line());
        assertTrue(p.get(0).message().startsWith("YAML 格式错误："), p.get(0).message());
        assertTrue(p.get(0).message().endsWith("请检查缩进、冒号后的空格和引号是否成对。"));
    }

    @Test
    void refusesJavaTypeTags() {
        List<Problem> p = problems("x: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[]]]\n", 1);
        assertEquals("f.yml:1:4: 不支持的 YAML 标签 tag:yaml.org,2002:javax.script.ScriptEngineManager："
                + "内容文件只能使用文本、数字、日期、列表和映射。请删除该标签。", p.get(0).format());
    }

    @Test
    void refusesDuplicateKeys() {
        List<Problem> p = problems("title: a\ntitle: b\n", 1);
        assertEquals(List.of("f.yml:2:1: 字段“title”重复出现（第 1 行已写过）。请删除其中一个。"),
                p.stream().map(Problem::format).toList());
    }

    @Test
    void limitsAliasExpansion() {
        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        char prev = 'a';
        for (char c = 'b'; c <= 'k'; c++) {
            bomb.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 10; i++) {
                bomb.append(i == 0 ? "" : ", ").append('*').append(prev);
            }
            bomb.append("]\n");
            prev = c;
        }
        List<Problem> p = problems(bomb.toString(), 1);
        assertEquals(1, p.size());
        assertTrue(p.get(0).message().contains("Number of aliases for non-scalar nodes exceeds the specified max=20"),
                p.get(0).message());
    }

    @Test
    void refusesAnchorsAndAliasesWhereTheAnchorIs() {
        String rest = "：请删除锚点，在引用之处把内容直接写出来。如果 & 或 * 本是文字的一部分，请给整个值加上英文双引号。";
        assertEquals(List.of("f.yml:2:7: 内容文件不支持 YAML 锚点和引用（&s 和 *s）" + rest),
                problems("a: 1\nlead: &s 市财政局\nresponsible: [*s, *s]\n", 1).stream().map(Problem::format).toList());
        assertEquals(List.of("f.yml:3:3: 内容文件不支持 YAML 锚点和引用（&u 和 *u）" + rest),
                problems("a: 1\nb:\n  &u c: [x]\n", 1).stream().map(Problem::format).toList());
        // An anchor no alias uses is refused too: it is there to be used.
        assertEquals(List.of("f.yml:3:8: 内容文件不支持 YAML 锚点和引用（&l 和 *l）" + rest),
                problems("a: 1\nlinks: &l\n  - x\n", 2).stream().map(Problem::format).toList());
    }

    @Test
    void frontMatterSplitsBodyAndCountsItsLine() {
        Problems p = new Problems();
        RawDocument d = FrontMatter.parse("t.md", "---\ntitle: x\n---\n正文\n", p).orElseThrow();
        assertEquals("正文\n", d.body());
        assertEquals(4, d.bodyLine());
        assertTrue(p.isEmpty());
    }

    @Test
    void frontMatterMustOpenAndClose() {
        Problems p = new Problems();
        assertTrue(FrontMatter.parse("a.md", "title: x\n", p).isEmpty());
        assertTrue(FrontMatter.parse("b.md", "---\ntitle: x\n", p).isEmpty());
        assertEquals(List.of(
                "a.md:1:1: 文件应以一行“---”开头，接着是 YAML 字段，再以一行“---”结束，然后才是正文。",
                "b.md:1:1: YAML 字段没有结束：请在字段之后、正文之前加一行“---”。"),
                p.sorted().stream().map(Problem::format).toList());
    }
}
