package gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.model.Deadline;
import gongkai.model.Role;
import gongkai.model.Status;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The small rules the new readers and understanding rest on, each stated as a rule and tried on the wording found in the corpus. */
class UnderstandingRulesTest {

    @Test
    void headerWordsInTraditionalCharactersEnglishAndLongerHeaders() {
        assertEquals(Optional.of(ColumnRole.RESPONSIBLE), ColumnRole.named("負責科室"));
        assertEquals(Optional.of(ColumnRole.RESPONSIBLE), ColumnRole.named("责任处室"));
        assertEquals(Optional.of(ColumnRole.DEADLINE), ColumnRole.named("時限要求"));
        assertEquals(Optional.of(ColumnRole.REQUIREMENT), ColumnRole.named("细化分工"));
        assertEquals(Optional.of(ColumnRole.NUMBER), ColumnRole.named("指标序号"));
        assertEquals(Optional.of(ColumnRole.PROGRESS), ColumnRole.named("推进落实情况"));
        assertEquals(Optional.of(ColumnRole.PROGRESS), ColumnRole.named("1- 8月實際完成情況"));
        assertEquals(Optional.of(ColumnRole.TASK), ColumnRole.named("省重點民生實事項目名稱"));
        assertEquals(Optional.of(ColumnRole.LEADER), ColumnRole.named("区政府分管领导"));
        assertEquals(Optional.of(ColumnRole.LEAD), ColumnRole.named("Lead agency"));
        assertEquals(Optional.of(ColumnRole.TASK), ColumnRole.named("Milestone"));
        assertEquals(Optional.of(ColumnRole.STATUS), ColumnRole.named("Status"));
        // A title is not a header, though it holds a header word.
        assertEquals(Optional.empty(), ColumnRole.named("2016年民生实事目标任务分解表"));
        assertEquals(Optional.empty(), ColumnRole.named("目標任務"));
    }

    @Test
    void aDeadlineOrASentenceIsNeverAUnit() {
        for (String d : List.of("年底前", "全年", "长期推进", "2021年8月前", "12月底前", "三季度前", "2019-06-30", "持续推进")) {
            assertTrue(Sanity.isDeadline(d), d);
        }
        for (String u : List.of("市财政局", "各街道", "區發改局、區級其他有關部門,各街道辦事處", "办公室牵头,各科室按职责分工落实")) {
            assertFalse(Sanity.isDeadline(u), u);
            assertFalse(Sanity.isSentence(u), u);
        }
        assertTrue(Sanity.isSentence("培養省、市名牌產品各一個。"));
    }

    private static List<String> parse(String text) {
        return UnitPhrase.parse(text, Role.RESPONSIBLE, n -> false).mentions().stream().map(m -> m.role().id() + ":" + m.name()).toList();
    }

    @Test
    void unitPhrasesFoundInTheWild() {
        assertEquals(List.of("lead:法规和基金监管科", "support:办公室"), parse("法规和基金监管科牵头,办公室配合"));
        assertEquals(List.of("lead:办公室", "responsible:各科室"), parse("办公室牵头,各科室按职责分工落实"));
        assertEquals(List.of("responsible:市交通委"), parse("市交通委负责落实"));
        assertEquals(List.of("responsible:市重大项目办", "responsible:市体育局"), parse("市重大项目办、市体育局分别负责落实"));
        assertEquals(List.of("lead:市财政局", "responsible:市税务局"), parse("市财政局会同市税务局负责"));
        assertEquals(List.of("lead:区司法局", "responsible:区各行政规范性文件制定主体", "responsible:各成员单位"),
                parse("区司法局牵头区级规范性文件集中公开工作,区各行政规范性文件制定主体具体落实;各成员单位负责做好本单位行政规范性文件集中公开工作"));
        // Traditional characters and mixed separators; names stay as written.
        assertEquals(List.of("responsible:區發改局", "responsible:區級其他有關部門", "responsible:各街道辦事處"),
                parse("區發改局、區級其他有關部門,各街道辦事處"));
    }

    @Test
    void deadlinesInEnglishRangesAndMonths() {
        assertEquals(new Deadline(LocalDate.of(2024, 6, 30), false, "By June 2024"), DeadlineText.parse("By June 2024", 2022).deadline());
        assertEquals(new Deadline(LocalDate.of(2023, 12, 31), false, "By 2023"), DeadlineText.parse("By 2023", 2022).deadline());
        assertEquals(new Deadline(LocalDate.of(2028, 12, 31), false, "By end of 2028"), DeadlineText.parse("By end of 2028", 2025).deadline());
        assertEquals(new Deadline(null, true, "Ongoing"), DeadlineText.parse("Ongoing", 2025).deadline());
        assertFalse(DeadlineText.parse("Fall 2027", 2025).understood());
        assertEquals(LocalDate.of(2023, 12, 31), DeadlineText.parse("2023-12", 2022).deadline().date());
        assertEquals(new Deadline(LocalDate.of(2024, 5, 31), false, "2021/01～2024/5"), DeadlineText.parse("2021/01～2024/5", 2021).deadline());
        assertEquals(LocalDate.of(2022, 12, 31), DeadlineText.parse("全年", 2022).deadline().date());
    }

    @Test
    void statusesInEnglish() {
        assertEquals(Optional.of(Status.COMPLETED), StatusWords.parse("Complete.", Map.of()));
        assertEquals(Optional.of(Status.IN_PROGRESS), StatusWords.parse("In progress.", Map.of()));
        assertEquals(Optional.of(Status.NOT_STARTED), StatusWords.parse("Not Started", Map.of()));
        assertEquals(Optional.of(Status.IN_PROGRESS), StatusWords.parse("Substantial progress", Map.of()));
    }

    @Test
    void identifiersAreTaskNumbers() {
        assertEquals(Optional.of("c01-1-1"), TaskIds.of("C01.1.1"));
        assertEquals(Optional.of("us0113-1"), TaskIds.of("US0113.1"));
        assertEquals(Optional.of("12"), TaskIds.of("12"));
        assertEquals(Optional.empty(), TaskIds.of("（一）"));
    }

    @Test
    void numberedItemsInOneCellAndPinyinNoise() {
        assertEquals(List.of("4.规范使用系统。", "5.用好平台监督管理功能"), NumberedItems.split("4.规范使用系统。 5.用好平台监督管理功能"));
        assertEquals(List.of("1.不少于22个", "2、定期更新"), NumberedItems.split("1.不少于22个\n2、定期更新"));
        assertEquals(List.of("1.增长6.2%左右"), NumberedItems.split("1.增长6.2%左右"));
        assertEquals("國務院審改辦、人力", Pinyin.strip("國務院審改辦、人(rén)力"));
        assertEquals("岳陽樓區(IPv6)", Pinyin.strip("岳陽樓區(qū)(IPv6)"));
        assertEquals("负责科室", Hanzi.simplified("負責科室"));
    }

    @Test
    void respectivelyMatchesAUnitToTheSubItemThatNamesIt() {
        assertEquals("金融", Respectively.core("市金融办"));
        assertEquals("生态环境", Respectively.core("市生态环境局"));
        assertEquals("大数据", Respectively.core("市大数据局"));
    }
}
