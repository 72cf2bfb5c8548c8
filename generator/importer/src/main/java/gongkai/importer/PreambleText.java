package gongkai.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the lines around a plan's table (or before a notice's first section) for what they say about the
 * plan: its title (the last line naming a 表, 方案, 要点 …), document number (开府办〔2018〕26号), issuing office
 * (a line "…文件"), issue date ("2018年9月13日印发"), year, whether it is an attachment (附件), and the
 * paragraphs after the title as its intro.
 */
public final class PreambleText {

    private static final Pattern DOC_NUMBER = Pattern.compile("[\\u4e00-\\u9fa5]{1,12}〔(\\d{4})〕\\d{1,4}号");
    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日\\s*(印发|发布|印)?");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年");
    private static final Pattern TITLE_WORDS = Pattern.compile("表|方案|要点|任务|计划|安排|清单");

    private PreambleText() {
    }

    public static PlanDraft.Preamble read(List<String> before, List<String> after) {
        boolean attachment = before.stream().anyMatch(p -> p.matches("附\\s*件\\s*\\d*"));
        String docNumber = null;
        String issuer = null;
        for (String p : before) {
            Matcher m = DOC_NUMBER.matcher(p);
            if (docNumber == null && m.find() && p.length() <= m.group().length() + 4) {
                docNumber = m.group();
            }
            if (issuer == null && p.endsWith("文件") && p.length() > 4 && p.length() <= 30) {
                issuer = p.substring(0, p.length() - 2).strip();
            }
        }
        LocalDate issued = null;
        List<String> all = new ArrayList<>(before);
        all.addAll(after);
        for (String p : all) {
            Matcher m = DATE.matcher(p);
            if (m.find() && (m.group(4) != null || p.strip().length() == m.group().strip().length())) {
                issued = date(m);
            }
        }
        int titleAt = -1;
        for (int i = 0; i < before.size(); i++) {
            if (isTitle(before.get(i))) {
                titleAt = i;
            }
        }
        String title = null;
        List<String> intro = new ArrayList<>();
        if (titleAt >= 0) {
            title = before.get(titleAt);
            // "厦门市城市管理行政执法局" / "2018年…分解表": a title that starts with its year names its subject on the line before.
            if (titleAt > 0 && Character.isDigit(title.charAt(0)) && isSubjectLine(before.get(titleAt - 1))) {
                title = before.get(titleAt - 1) + title;
            }
            intro.addAll(before.subList(titleAt + 1, before.size()));
        }
        Integer year = null;
        if (title != null) {
            Matcher y = YEAR.matcher(title);
            if (y.find()) {
                year = Integer.parseInt(y.group(1));
            }
        }
        if (year == null && docNumber != null) {
            Matcher m = DOC_NUMBER.matcher(docNumber);
            if (m.find()) {
                year = Integer.parseInt(m.group(1));
            }
        }
        if (year == null && issued != null) {
            year = issued.getYear();
        }
        return new PlanDraft.Preamble(title, docNumber, issued, issuer, year, intro, attachment);
    }

    private static boolean isTitle(String p) {
        return p.length() <= 60 && !p.endsWith("。") && !p.endsWith("：") && !p.endsWith(":") && !p.endsWith("文件")
                && !p.startsWith("（") && !p.startsWith("(") && !p.contains("通知") && !p.matches("附\\s*件.*")
                && !DOC_NUMBER.matcher(p).find() && TITLE_WORDS.matcher(p).find();
    }

    private static boolean isSubjectLine(String p) {
        return p.length() <= 30 && !p.endsWith("。") && !p.endsWith("：") && !p.matches("附\\s*件.*")
                && !DOC_NUMBER.matcher(p).find() && !p.endsWith("文件") && UnitPhrase.looksLikeName(p);
    }

    private static LocalDate date(Matcher m) {
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
