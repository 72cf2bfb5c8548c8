package gongkai.importer;

/**
 * What a cell's text can be, whatever column it stands in: a deadline ("年底前", "长期推进", "全年", a date) is never
 * a unit, nor is a sentence. Units cells are checked with these before any name is registered.
 */
final class Sanity {

    private Sanity() {
    }

    /** A deadline as plans write it, short and not a unit name: "12月底前", "全年", "长期推进", "2021年8月前", "2023-12". */
    static boolean isDeadline(String text) {
        String t = Hanzi.simplified(text.strip().replaceAll("\\s+", ""));
        if (t.isEmpty() || t.length() > 24 || UnitPhrase.looksLikeName(t) && !t.matches(".*(前|底|内|年|季度|月|日|推进|坚持|开展)$")) {
            return false;
        }
        DeadlineText.Parsed p = DeadlineText.parse(t, 2000);
        if (p.understood() && (p.deadline().date() != null || p.deadline().ongoing())) {
            return true;
        }
        return t.matches("(全年|年内|年底前?|年中|上半年|下半年|长期|持续|常态化|长期推进|持续推进|长期坚持|立即|及时|每年|每季度|每月|按季度|按月|逐年推进)[^，。,]{0,6}");
    }

    /** A sentence, not a list of names: it ends a statement or is too long for names. */
    static boolean isSentence(String text) {
        String t = text.strip();
        return !UnitPhrase.looksLike(t) && !UnitPhrase.leadsWithUnit(t) && (t.contains("。") || t.length() > 40);
    }
}
