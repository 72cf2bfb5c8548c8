package gongkai.markup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every way a browser can be led to a script or another host, read as the WHATWG URL parser reads it. */
class LinkTargetTest {

    /** A target as written, whether it may be a link's href, and whether it may be an image's src. */
    record Case(String written, boolean link, boolean onSite) {
        @Override
        public String toString() {
            StringBuilder out = new StringBuilder();
            for (char c : written.toCharArray()) {
                out.append(c < ' ' || c >= 0x7F ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
            return out + (link ? " link" : " refused") + (onSite ? ", on site" : "");
        }
    }

    private static Case refused(String written) {
        return new Case(written, false, false);
    }

    private static Case offSite(String written) {
        return new Case(written, true, false);
    }

    private static Case onSite(String written) {
        return new Case(written, true, true);
    }

    static List<Case> cases() {
        List<Case> t = new ArrayList<>(List.of(
                // Tabs and newlines are removed anywhere, so they cannot split a scheme.
                refused("java\tscript:alert(1)"),
                refused("java\nscript:alert(1)"),
                refused("java\rscript:alert(1)"),
                refused("jav\nascript:alert(1)"),
                refused("\tj\ta\tv\ta\ts\tc\tr\ti\tp\tt\t:alert(1)"),
                // Schemes are case-insensitive, and only four are allowed.
                refused("javascript:alert(1)"),
                refused("JaVaScRiPt:alert(1)"),
                refused("JAVASCRIPT:alert(1)"),
                refused("vbscript:msgbox(1)"),
                refused("data:text/html,<script>alert(1)</script>"),
                refused("data:image/png;base64,iVBORw0KGgo="),
                refused("file:///etc/passwd"),
                refused("ftp://ftp.example/"),
                refused("x:y"),
                // Other hidden characters do not make a valid scheme for a browser, but other readers may drop them.
                refused("java\u0001script:alert(1)"),
                refused("java\u007fscript:alert(1)"),
                refused("java\u00a0script:alert(1)"),
                refused("java\u200bscript:alert(1)"),
                refused("\u00a0javascript:alert(1)"),
                refused("\u3000javascript:alert(1)"),
                refused("\ufeffjavascript:alert(1)"),
                refused("%6A%61vascript:alert(1)"),
                refused("中文:abc"),
                // Two slashes, either way round, lead to another host.
                refused("//evil.example/x"),
                refused("/\\evil.example/x"),
                refused("\\\\evil.example/x"),
                refused("\\/evil.example/x"),
                refused("/\t/evil.example/x"),
                refused(" //evil.example/x"),
                // The allowed schemes: links, never on the site.
                offSite("https://www.gov.cn/zhengce/"),
                offSite("HTTPS://WWW.GOV.CN/"),
                offSite("http://www.gov.cn/"),
                offSite("https:\\\\evil.example/x"),
                offSite("http:evil.example"),
                offSite("mailto:gongkai@example.gov.cn"),
                offSite("MailTo:gongkai@example.gov.cn"),
                offSite("tel:+86-592-1234567"),
                offSite("https://www.gov.cn/\u0001"),
                offSite("\u0001https://www.gov.cn/"),
                offSite("ht\ttps://www.gov.cn/"),
                // Nothing after the scheme, or a space in the address, is an editing slip.
                refused("https://"),
                refused("http:"),
                refused("mailto:"),
                refused("https://www.gov.cn/a b"),
                refused(""),
                refused("   "),
                refused("\u0001"),
                // Relative references stay on the site.
                onSite("../x/"),
                onSite("#frag"),
                onSite("?q=1"),
                onSite("a/b:c"),
                onSite("./javascript:alert(1)"),
                onSite("/plans/demo-2020/"),
                onSite("\\img\\a.png"),
                onSite("附件/2019年政务公开工作报告.pdf"),
                onSite("../img/a.png\u001f "),
                onSite("%2F%2Fevil.example/x")));
        // Every C0 control and the space, before and after a script scheme: browsers strip them all.
        for (char c = 0; c <= ' '; c++) {
            t.add(refused(c + "javascript:alert(1)"));
            t.add(refused("javascript:alert(1)" + c));
        }
        return t;
    }

    static Stream<Arguments> table() {
        return cases().stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void readsTargetsAsBrowsersDo(Case c) {
        LinkTarget target = LinkTarget.of(c.written());
        assertEquals(c.link(), target.isLink(), "link: " + target.kind());
        assertEquals(c.onSite(), target.staysOnSite(), "on site: " + target.kind());
    }

    @Test
    void theUrlIsWhatTheBrowserKeeps() {
        assertEquals("https://www.gov.cn/ab", LinkTarget.of(" \u0001https://www.gov.cn/a\tb \n").url());
        assertEquals("javascript:alert(1)", LinkTarget.of("jav\nascript:alert(1)").url());
        assertEquals(LinkTarget.Kind.OTHER_HOST, LinkTarget.of("/\\evil.example/x").kind());
        assertEquals(LinkTarget.Kind.PHONE, LinkTarget.of("tel:+8610").kind());
    }
}
