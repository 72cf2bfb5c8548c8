package gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.model.Deadline;
import gongkai.model.Role;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Unit phrases into roles, deadlines into dates, likely duplicates, ids, YAML values. */
class PhrasesTest {

    private static final Set<String> KNOWN = Set.of("各处室、大队、办", "市直各委、办、局");

    private static List<String> parse(String text, Role defaultRole) {
        return UnitPhrase.parse(text, defaultRole, KNOWN::contains).mentions().stream()
                .map(m -> m.role().id() + ":" + m.levelPrefix() + m.name()).toList();
    }

    @Test
    void rolesFromTheWording() {
        assertEquals(List.of("lead:市编办", "responsible:市各有关单位"), parse("市编办牵头，市各有关单位负责", Role.RESPONSIBLE));
        assertEquals(List.of("lead:市司法局", "support:市综合行政执法局"), parse("市司法局牵头，市综合行政执法局配合", Role.RESPONSIBLE));
        assertEquals(List.of("responsible:市民政局", "responsible:市教育局"), parse("市民政局、市教育局分别负责", Role.LEAD));
        assertEquals(List.of("lead:市经信局", "lead:市大数据局"), parse("市经信局、市大数据局牵头负责", Role.RESPONSIBLE));
        assertEquals(List.of("responsible:市发展和改革委员会", "responsible:市委农办", "support:各镇（街）", "support:管委会",
                "support:市各有关单位"), parse("市发展和改革委员会、市委农办负责，各镇（街）、管委会，市各有关单位配合", Role.RESPONSIBLE));
        // Clauses without a role word take the next one's.
        assertEquals(List.of("responsible:市政府办公室", "responsible:各镇（街）", "responsible:管委会", "responsible:市各有关单位"),
                parse("市政府办公室，各镇（街）、管委会，市各有关单位负责", Role.LEAD));
    }

    @Test
    void collectiveDesignationsAndShortForms() {
        assertEquals(List.of("responsible:各区人民政府", "responsible:市直各委、办、局", "responsible:各开发区管委会"),
                parse("各区人民政府，市直各委、办、局，各开发区管委会", Role.RESPONSIBLE));
        assertEquals(List.of("responsible:各处室、大队、办"), parse("各处室、大队、办", Role.RESPONSIBLE));
        // 市教育局、环保局: the later names take the first one's 市; 市场监管局 is not 市-level.
        assertEquals(List.of("responsible:市教育局", "responsible:市环保局"), parse("市教育局、环保局", Role.RESPONSIBLE));
        assertEquals(List.of("lead:省发改委", "lead:省司法厅", "lead:省市场监管局"), parse("省发改委、司法厅、市场监管局", Role.LEAD));
        assertEquals(List.of("lead:市市场监督管理局", "lead:市审改办"), parse("市市场监督管理局\n\n市审改办", Role.LEAD));
        UnitPhrase.Parsed etc = UnitPhrase.parse("市政务服务局牵头，市发改委、市水利局等单位配合", Role.RESPONSIBLE, KNOWN::contains);
        assertEquals(List.of("原表单位栏写“市发改委、市水利局等单位配合”，“等单位”所指的其他单位未列出，无法对应。"), etc.remarks());
        assertEquals("市水利局", etc.mentions().get(2).name());
    }

    @Test
    void unitLikeCells() {
        assertTrue(UnitPhrase.looksLike("市行政服务中心牵头，各镇（街）、管委会，市各有关单位负责"));
        assertTrue(UnitPhrase.looksLike("各区人民政府，市直各委、办、局，各开发区管委会，市信息中心"));
        assertFalse(UnitPhrase.looksLike("推进网上办事服务公开。"));
        assertFalse(UnitPhrase.looksLike("加强政务公开工作能力建设"));
    }

    private static Deadline deadline(String text) {
        return DeadlineText.parse(text, 2019).deadline();
    }

    @Test
    void deadlinesAgainstThePlansYear() {
        assertEquals(new Deadline(LocalDate.of(2019, 11, 30), false, "11月底前"), deadline("11月\n底前"));
        assertEquals(new Deadline(LocalDate.of(2018, 8, 31), false, "2018年8月底前"), deadline("2018年8月底前"));
        assertEquals(new Deadline(LocalDate.of(2019, 12, 31), false, "年底前"), deadline("年底前"));
        assertEquals(new Deadline(LocalDate.of(2019, 6, 30), false, "上半年"), deadline("上半年"));
        assertEquals(new Deadline(LocalDate.of(2019, 9, 30), false, "第三季度"), deadline("第三季度"));
        assertEquals(new Deadline(LocalDate.of(2019, 12, 15), false, "12月15日前"), deadline("12月15日前"));
        assertEquals(new Deadline(null, true, "持续推进"), deadline("持续推进"));
        assertEquals(new Deadline(null, true, "长期坚持"), deadline("长期坚持"));
        DeadlineText.Parsed unknown = DeadlineText.parse("视情况而定", 2019);
        assertEquals(new Deadline(null, false, "视情况而定"), unknown.deadline());
        assertFalse(unknown.understood());
    }

    @Test
    void likelyDuplicates() {
        assertTrue(Duplicates.likely("市科工商务局局", "市科工商务局", "开平市"));
        assertTrue(Duplicates.likely("市发改委", "市发展和改革委员会", "厦门市"));
        assertTrue(Duplicates.likely("市发展和改革局", "市发展和改革委员会", "开平市"));
        assertTrue(Duplicates.likely("开平市人民政府办公室", "市政府办公室", "开平市"));
        assertTrue(Duplicates.likely("市人力资源和社会保障和社会保障局", "市人力资源和社会保障局", "开平市"));
        assertFalse(Duplicates.likely("市财政局", "市民政局", "开平市"));
        assertFalse(Duplicates.likely("市教育局", "市体育局", "开平市"));
        assertFalse(Duplicates.likely("省民政厅", "福建省人民政府办公厅", "福建省"));
        assertFalse(Duplicates.likely("福建银保监局", "厦门银保监局", "福建省"));
    }

    @Test
    void readableIdsAndSafeYaml() {
        assertEquals("czj", PinyinInitials.of("财政局"));
        assertEquals("gqrmzf", PinyinInitials.of("各区人民政府"));
        assertEquals("\"3\"", YamlText.scalar("3"));
        assertEquals("\"yes\"", YamlText.scalar("yes"));
        assertEquals("（一）", YamlText.scalar("（一）"));
        assertEquals("\"说明: 见附件\"", YamlText.scalar("说明: 见附件"));
        assertEquals("[市财政局, \"a,b\"]", YamlText.list(List.of("市财政局", "a,b")));
        assertEquals("1\\. 不是列表", MarkdownText.of("1. 不是列表"));
    }
}
