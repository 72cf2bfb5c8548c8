package gongkai.check;

import java.util.List;

/** The wording of unit-lookup problems, shared by the registry and task checks. */
final class UnitMessages {

    private UnitMessages() {
    }

    static String unknown(String name, UnitDirectory.Lookup lookup, UnitDirectory directory, String scopeId) {
        if (!lookup.candidates().isEmpty()) {
            List<String> options = lookup.candidates().stream().map(u -> u.name() + "（" + u.id() + "）").toList();
            return "单位名称“" + name + "”有歧义，可能是：" + String.join("、", options)
                    + "。请改写为其中一个单位的 id。";
        }
        List<String> close = directory.suggest(name, scopeId, 3);
        String hint = close.isEmpty() ? "" : "最接近的已知单位：" + String.join("、", close) + "。";
        return "未知单位“" + name + "”。" + hint
                + "如是新单位，请在 content/units/ 中登记；如是已有单位的另一种写法，请加入该单位的 aliases。";
    }
}
