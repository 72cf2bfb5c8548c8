package gongkai.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Reads a table whose cells run together with no separator at all (a document-sharing site's text of a .docx:
 * "序号项目名称主要内容区政府分管领导牵头单位配合单位1增加教育资源供给…"). The header words, back to back, give the
 * columns; rows start at each next number that follows the end of a cell and opens a word. Cells cannot be told
 * apart without knowing every unit's name, so each row's text is kept whole as the task's text, marked so that
 * nothing in it is taken for a unit or a deadline, and the summary says which fields to fill in by hand. The page
 * markers such sites insert ("2、" at a line's start, mid-cell) and the header repeated on each page are removed.
 */
final class RunTogetherReader {

    private static final String CELL_END = "。；;）)局办委司道镇街园心队站所院室科处厅部区县市会司";

    private record Header(int start, int end, List<String> words) {
    }

    private RunTogetherReader() {
    }

    /** The header run inside the text, if it has three or more header words back to back, one of them the task. */
    private static Optional<Header> header(String text) {
        List<String> vocabulary = new ArrayList<>();
        for (ColumnRole r : ColumnRole.values()) {
            for (String w : r.words()) {
                if (w.length() >= 2 && w.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                    vocabulary.add(w);
                }
            }
        }
        vocabulary.sort(Comparator.comparingInt(String::length).reversed());
        for (int i = 0; i < text.length(); i++) {
            List<String> words = new ArrayList<>();
            int at = i;
            boolean matched = true;
            while (matched && words.size() < 20) {
                matched = false;
                for (String w : vocabulary) {
                    if (text.startsWith(w, at)) {
                        words.add(w);
                        at += w.length();
                        matched = true;
                        break;
                    }
                }
            }
            boolean task = words.stream().anyMatch(w -> ColumnRole.named(w).map(r -> r == ColumnRole.TASK || r == ColumnRole.REQUIREMENT)
                    .orElse(false));
            if (words.size() >= 3 && task) {
                return Optional.of(new Header(i, at, words));
            }
        }
        return Optional.empty();
    }

    static boolean looksLike(String text) {
        return text.lines().anyMatch(l -> l.length() > 200) && header(text.replaceAll("\\s+", "")).isPresent();
    }

    static SourceDocument read(String file, String text) {
        String joined = text.replaceAll("\\n\\d{1,3}、", "").replaceAll("\\s+", "");
        Header h = header(joined).orElseThrow(() -> new ImportFailure(file, 0, "找不到连在一起的表头（如“序号项目名称主要内容牵头单位”）。"));
        String headerText = String.join("", h.words());
        List<Block> blocks = new ArrayList<>();
        ReadBudget budget = new ReadBudget(file);
        for (String l : text.substring(0, Math.max(0, text.indexOf(h.words().get(0)))).split("\\n")) {
            String p = l.strip().replaceFirst("^\\d{1,3}、", "");
            if (!p.isEmpty() && !p.contains(headerText)) {
                budget.paragraph(1);
                blocks.add(new Block.Paragraph(p.replace(headerText, ""), 1));
            }
        }
        String body = joined.substring(h.end()).replace(headerText, "");
        List<Row> rows = new ArrayList<>();
        RowCells head = new RowCells(budget, 1);
        h.words().forEach(w -> head.add(new Cell(w, false)));
        rows.add(head.row());
        int number = 1;
        int start = startOf(body, 0, number);
        int line = 1;
        while (start >= 0) {
            int next = startOf(body, start + String.valueOf(number).length(), number + 1);
            String row = body.substring(start + String.valueOf(number).length(), next < 0 ? body.length() : next);
            RowCells cells = new RowCells(budget, ++line);
            cells.add(new Cell(String.valueOf(number), false));
            for (int c = 1; c < h.words().size(); c++) {
                cells.add(new Cell(c == 1 ? row : "", false));
            }
            budget.text(line, row.length());
            rows.add(cells.row().asUnplaced());
            number++;
            start = next;
        }
        blocks.add(new Block.Table(rows, false));
        List<Note> notes = List.of(new Note(0, "表格的各格连在一起，没有任何分隔（共 " + h.words().size() + " 列：" + String.join("、", h.words())
                + "）：每一项的文字原样保存为正文，标题取其开头；" + String.join("、", h.words().subList(2, h.words().size()))
                + "等栏无法分开，请对照原件手工填写。"));
        return new SourceDocument(file, "文本（表格各格连在一起，没有分隔符，按表头 " + h.words().size() + " 列、按序号分行）", blocks, notes);
    }

    /** Where row n starts at or after from: the number, after a cell's end, before a Chinese character. */
    private static int startOf(String body, int from, int n) {
        String s = String.valueOf(n);
        for (int i = body.indexOf(s, from); i >= 0; i = body.indexOf(s, i + 1)) {
            int after = i + s.length();
            boolean before = i == 0 || CELL_END.indexOf(body.charAt(i - 1)) >= 0;
            boolean digitBefore = i > 0 && Character.isDigit(body.charAt(i - 1));
            boolean word = after < body.length() && Character.UnicodeScript.of(body.codePointAt(after)) == Character.UnicodeScript.HAN;
            if (before && !digitBefore && word) {
                return i;
            }
        }
        return -1;
    }
}
