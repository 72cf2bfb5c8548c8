package gongkai.importer;

/**
 * Traditional characters a mirror site or a Taiwan, Hong Kong or Macao office writes, in the words the
 * importer recognises (header words, role words, deadline words), mapped to the simplified forms those words
 * are kept in. Only matching uses this: the text imported stays as written.
 */
final class Hanzi {

    private static final String PAIRS = "點点務务內内負负責责單单時时號号實实項项稱称標标況况備备註注牽牵頭头協协辦办機机關关構构"
            + "進进狀状態态間间門门體体與与處处區区縣县級级計计劃划說说應应類类據据導导領领業业細细會会參参別别"
            + "進进總总結结報报聯联絡络組组織织範范圍围責责們们這这個个為为於于現现發发開开專专屬属檔档圖图書书"
            + "數数據据網网頁页規规劃划環环境境質质陽阳樓楼義义賬账臺台台台運运營营證证議议緊紧圍围質质點点歸归屬属"
            + "場场選选產产廣广東东黨党區区鎮镇鄉乡街街寫写裡里裏里據据兩两並并確确權权認认識识後后擔担";

    private static final char[] MAP = new char[0x10000];

    static {
        for (int i = 0; i + 1 < PAIRS.length(); i += 2) {
            MAP[PAIRS.charAt(i)] = PAIRS.charAt(i + 1);
        }
    }

    private Hanzi() {
    }

    /** The text with the traditional characters above in their simplified form. */
    static String simplified(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char m = MAP[c];
            if (m != 0 && m != c) {
                if (sb == null) {
                    sb = new StringBuilder(s);
                }
                sb.setCharAt(i, m);
            }
        }
        return sb == null ? s : sb.toString();
    }
}
