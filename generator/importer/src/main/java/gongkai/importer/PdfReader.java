package gongkai.importer;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads a PDF's text layer with PDFBox. A table drawn with ruling lines becomes rows and cells: the lines'
 * positions make a grid, a border missing between two grid cells merges them (the merged cell's text is its
 * region's), and each character goes to the cell it stands in. Text outside tables becomes paragraphs, a line
 * each. A PDF without text (a scan) is refused with a message saying so. Before PDFBox reads a page, its pages
 * and the inflated size of its compressed streams are counted within {@link ImportLimits}, so a page count of a
 * billion or a stream that inflates to gigabytes is answered at once.
 */
final class PdfReader {

    /** Points within which two lines are the same grid line, or a character lies on a border. */
    private static final float NEAR = 2.5f;

    private record Segment(float x1, float y1, float x2, float y2) {
        boolean horizontal() {
            return Math.abs(y1 - y2) <= NEAR && Math.abs(x2 - x1) > NEAR * 2;
        }

        boolean vertical() {
            return Math.abs(x1 - x2) <= NEAR && Math.abs(y2 - y1) > NEAR * 2;
        }
    }

    private record Glyph(String text, float x, float y, float w, float h) {
        float cx() {
            return x + w / 2;
        }

        float cy() {
            return y - h / 2;
        }
    }

    private PdfReader() {
    }

    static SourceDocument read(String file, byte[] bytes) {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            if (pdf.isEncrypted() && !pdf.getCurrentAccessPermission().canExtractContent()) {
                throw new ImportFailure(file, 0, "PDF 设有权限保护，不允许提取文字。请找到原始的 Word/Excel 文件，或取消保护后再导入。");
            }
            int pages = pdf.getPages().getCount();
            if (pages > ImportLimits.MAX_PDF_PAGES) {
                throw new ImportFailure(file, 0, "PDF 有 " + pages + " 页，超过 " + ImportLimits.MAX_PDF_PAGES
                        + " 页，不能导入。任务分解表通常只有几页到几十页：请确认没有选错文件；文件确实这么大的，请拆分后分别导入。");
            }
            checkStreams(file, pdf);
            ReadBudget budget = new ReadBudget(file);
            List<Block> blocks = new ArrayList<>();
            int line = 0;
            int glyphs = 0;
            int tables = 0;
            int pageNo = 0;
            for (PDPage page : pdf.getPages()) {
                if (++pageNo > ImportLimits.MAX_PDF_PAGES) {
                    break;
                }
                List<Segment> segments = segments(page);
                List<Glyph> chars = glyphs(pdf, pageNo, page);
                glyphs += (int) chars.stream().filter(g -> !g.text().isBlank()).count();
                budget.text(line, chars.size());
                Page p = new Page(segments, chars);
                for (Object item : p.items()) {
                    if (item instanceof String text) {
                        line++;
                        budget.paragraph(line);
                        blocks.add(new Block.Paragraph(text, line));
                    } else {
                        @SuppressWarnings("unchecked")
                        List<List<String>> grid = (List<List<String>>) item;
                        List<Row> rows = new ArrayList<>();
                        for (List<String> r : grid) {
                            line++;
                            RowCells cells = new RowCells(budget, line);
                            for (String c : r) {
                                cells.add(c == null ? new Cell("", true) : new Cell(c, false));
                            }
                            if (!cells.isBlank()) {
                                rows.add(cells.row());
                            }
                        }
                        tables++;
                        blocks.add(new Block.Table(rows, true));
                    }
                }
            }
            if (glyphs == 0) {
                throw new ImportFailure(file, 0, "PDF 中没有文字，只有图像（多半是扫描件），无法读取表格。请找到原始的 Word/Excel 文件；"
                        + "只有扫描件的，请先用文字识别（OCR）软件转成 Word 或 Excel，核对后再导入。");
            }
            return new SourceDocument(file, "PDF（" + pageNo + " 页" + (tables > 0 ? "，有框线的表格 " + tables + " 个" : "，没有框线表格")
                    + "）", blocks);
        } catch (InvalidPasswordException e) {
            throw new ImportFailure(file, 0, "PDF 设有打开密码，无法读取。请取消密码后再导入。");
        } catch (IOException e) {
            throw new ImportFailure(file, 0, "文件已损坏，或不是 PDF 格式，无法读取。如果不是 PDF 文件，请用 --format 指明格式。");
        }
    }

    /** Every compressed stream but images (which are never inflated here) inflated and counted, before PDFBox inflates any. */
    private static void checkStreams(String file, PDDocument pdf) throws IOException {
        long total = 0;
        int objects = 0;
        for (COSObjectKey key : pdf.getDocument().getXrefTable().keySet()) {
            if (++objects > ImportLimits.MAX_PDF_OBJECTS) {
                throw new ImportFailure(file, 0, "PDF 中的对象超过 " + ImportLimits.MAX_PDF_OBJECTS + " 个，不能导入。文件可能已损坏，或不是普通的文档。");
            }
            COSObject obj = pdf.getDocument().getObjectFromPool(key);
            COSBase base = obj.getObject();
            if (!(base instanceof COSStream s) || COSName.IMAGE.equals(s.getCOSName(COSName.SUBTYPE))) {
                continue;
            }
            COSBase filter = s.getFilters();
            if (!COSName.FLATE_DECODE.equals(filter) && !COSName.FLATE_DECODE_ABBREVIATION.equals(filter)) {
                continue;
            }
            long n = inflated(s, ImportLimits.MAX_PART_BYTES + 1);
            total += n;
            if (n > ImportLimits.MAX_PART_BYTES || total > ImportLimits.MAX_INFLATED_BYTES) {
                throw new ImportFailure(file, 0, "PDF 中的压缩内容解压后超过 " + (n > ImportLimits.MAX_PART_BYTES
                        ? ImportLimits.MAX_PART_BYTES / 1024 / 1024 + " MB（一个对象）" : ImportLimits.MAX_INFLATED_BYTES / 1024 / 1024 + " MB（合计）")
                        + "，不能导入。任务分解表解压后通常只有几 MB：文件可能已损坏，或含有大量多余的内容。");
            }
        }
    }

    private static long inflated(COSStream s, long max) throws IOException {
        Inflater inflater = new Inflater();
        byte[] in = new byte[8192];
        byte[] out = new byte[65536];
        long total = 0;
        try (InputStream raw = s.createRawInputStream()) {
            int n;
            while ((n = raw.read(in)) > 0) {
                inflater.setInput(in, 0, n);
                while (!inflater.needsInput() && !inflater.finished()) {
                    int got = inflater.inflate(out);
                    total += got;
                    if (total > max) {
                        return total;
                    }
                    if (got == 0 && (inflater.needsDictionary() || inflater.needsInput())) {
                        break;
                    }
                }
                if (inflater.finished()) {
                    break;
                }
            }
        } catch (DataFormatException e) {
            return total;
        } finally {
            inflater.end();
        }
        return total;
    }

    /** The page's straight strokes and thin filled rectangles (how tables draw their rules), in text coordinates (y down). */
    private static List<Segment> segments(PDPage page) throws IOException {
        float height = page.getCropBox().getHeight();
        float dx = page.getCropBox().getLowerLeftX();
        float dy = page.getCropBox().getLowerLeftY();
        List<Segment> out = new ArrayList<>();
        List<float[]> path = new ArrayList<>();
        PDFGraphicsStreamEngine engine = new PDFGraphicsStreamEngine(page) {
            private Point2D current = new Point2D.Float();

            private float[] p(Point2D q) {
                return new float[] {(float) q.getX() - dx, height - ((float) q.getY() - dy)};
            }

            @Override
            public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
                float[] a = p(p0);
                float[] b = p(p1);
                float[] c = p(p2);
                float[] d = p(p3);
                path.add(new float[] {a[0], a[1], b[0], b[1]});
                path.add(new float[] {b[0], b[1], c[0], c[1]});
                path.add(new float[] {c[0], c[1], d[0], d[1]});
                path.add(new float[] {d[0], d[1], a[0], a[1]});
            }

            @Override
            public void moveTo(float x, float y) {
                current = new Point2D.Float(x, y);
            }

            @Override
            public void lineTo(float x, float y) {
                Point2D next = new Point2D.Float(x, y);
                float[] a = p(getGraphicsState().getCurrentTransformationMatrix().transformPoint((float) current.getX(), (float) current.getY()));
                float[] b = p(getGraphicsState().getCurrentTransformationMatrix().transformPoint(x, y));
                path.add(new float[] {a[0], a[1], b[0], b[1]});
                current = next;
            }

            @Override
            public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
                current = new Point2D.Float(x3, y3);
            }

            @Override
            public Point2D getCurrentPoint() {
                return current;
            }

            @Override
            public void closePath() {
            }

            @Override
            public void endPath() {
                path.clear();
            }

            @Override
            public void strokePath() {
                keep();
            }

            @Override
            public void fillPath(int windingRule) {
                keep();
            }

            @Override
            public void fillAndStrokePath(int windingRule) {
                keep();
            }

            private void keep() {
                for (float[] s : path) {
                    if (out.size() < ImportLimits.MAX_CELLS) {
                        out.add(new Segment(Math.min(s[0], s[2]), Math.min(s[1], s[3]), Math.max(s[0], s[2]), Math.max(s[1], s[3])));
                    }
                }
                path.clear();
            }

            @Override
            public void drawImage(PDImage pdImage) {
            }

            @Override
            public void clip(int windingRule) {
            }

            @Override
            public void shadingFill(COSName shadingName) {
            }
        };
        engine.processPage(page);
        // A thin filled rectangle is a rule: its long middle line.
        List<Segment> rules = new ArrayList<>();
        for (Segment s : out) {
            if (s.horizontal() || s.vertical()) {
                rules.add(s);
            }
        }
        return rules;
    }

    private static List<Glyph> glyphs(PDDocument pdf, int pageNo, PDPage page) throws IOException {
        List<Glyph> out = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition t) {
                if (out.size() < ImportLimits.MAX_CHARS && !t.getUnicode().isEmpty()) {
                    out.add(new Glyph(t.getUnicode(), t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(), t.getHeightDir()));
                }
            }
        };
        stripper.setStartPage(pageNo);
        stripper.setEndPage(pageNo);
        stripper.getText(pdf);
        return out;
    }

    /** One page: its tables (from the rules) and lines of text outside them, top to bottom. */
    private static final class Page {
        private final List<Object> items = new ArrayList<>();

        Page(List<Segment> segments, List<Glyph> chars) {
            List<float[]> boxes = new ArrayList<>();
            List<Object[]> placed = new ArrayList<>();
            for (List<Segment> group : groups(segments)) {
                List<Float> xs = lines(group, false);
                List<Float> ys = lines(group, true);
                if (xs.size() < 2 || ys.size() < 2) {
                    continue;
                }
                float[] box = {xs.get(0), ys.get(0), xs.get(xs.size() - 1), ys.get(ys.size() - 1)};
                boxes.add(box);
                placed.add(new Object[] {box[1], grid(group, xs, ys, chars)});
            }
            List<Glyph> outside = new ArrayList<>();
            for (Glyph g : chars) {
                boolean in = false;
                for (float[] b : boxes) {
                    in |= g.cx() >= b[0] - NEAR && g.cx() <= b[2] + NEAR && g.cy() >= b[1] - NEAR && g.cy() <= b[3] + NEAR;
                }
                if (!in) {
                    outside.add(g);
                }
            }
            for (Object[] line : textLines(outside)) {
                placed.add(line);
            }
            placed.sort(Comparator.comparingDouble(o -> (Float) o[0]));
            for (Object[] o : placed) {
                items.add(o[1]);
            }
        }

        List<Object> items() {
            return items;
        }

        /** Rules that touch one another, as tables. */
        private static List<List<Segment>> groups(List<Segment> segments) {
            int n = segments.size();
            int[] parent = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
            }
            List<Segment> sorted = new ArrayList<>(segments);
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n && j < i + 2000; j++) {
                    if (touch(sorted.get(i), sorted.get(j))) {
                        parent[find(parent, i)] = find(parent, j);
                    }
                }
            }
            java.util.Map<Integer, List<Segment>> by = new java.util.LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                by.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(sorted.get(i));
            }
            return new ArrayList<>(by.values());
        }

        private static int find(int[] parent, int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        private static boolean touch(Segment a, Segment b) {
            return a.x1() <= b.x2() + NEAR && b.x1() <= a.x2() + NEAR && a.y1() <= b.y2() + NEAR && b.y1() <= a.y2() + NEAR;
        }

        /** The distinct positions of the vertical (x) or horizontal (y) rules. */
        private static List<Float> lines(List<Segment> group, boolean horizontal) {
            List<Float> at = new ArrayList<>();
            for (Segment s : group) {
                if (horizontal ? s.horizontal() : s.vertical()) {
                    at.add(horizontal ? s.y1() : s.x1());
                }
            }
            at.sort(Float::compare);
            List<Float> out = new ArrayList<>();
            for (float v : at) {
                if (out.isEmpty() || v - out.get(out.size() - 1) > NEAR) {
                    out.add(v);
                }
            }
            if (out.size() > ImportLimits.MAX_ROWS) {
                return out.subList(0, ImportLimits.MAX_ROWS);
            }
            return out;
        }

        private static boolean ruled(List<Segment> group, boolean horizontal, float at, float from, float to) {
            float mid = (from + to) / 2;
            for (Segment s : group) {
                if (horizontal && s.horizontal() && Math.abs(s.y1() - at) <= NEAR && s.x1() <= mid && s.x2() >= mid) {
                    return true;
                }
                if (!horizontal && s.vertical() && Math.abs(s.x1() - at) <= NEAR && s.y1() <= mid && s.y2() >= mid) {
                    return true;
                }
            }
            return false;
        }

        /** The grid's cells; null for a cell another one spans (below or beside it). */
        private static List<List<String>> grid(List<Segment> group, List<Float> xs, List<Float> ys, List<Glyph> chars) {
            int rows = ys.size() - 1;
            int cols = Math.min(xs.size() - 1, ImportLimits.MAX_COLUMNS);
            int[] owner = new int[rows * cols];
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    int i = r * cols + c;
                    owner[i] = i;
                    if (c > 0 && !ruled(group, false, xs.get(c), ys.get(r), ys.get(r + 1))) {
                        owner[i] = owner[i - 1];
                    } else if (r > 0 && !ruled(group, true, ys.get(r), xs.get(c), xs.get(c + 1))) {
                        owner[i] = owner[i - cols];
                    }
                }
            }
            List<List<Glyph>> in = new ArrayList<>();
            for (int i = 0; i < rows * cols; i++) {
                in.add(new ArrayList<>());
            }
            for (Glyph g : chars) {
                int c = index(xs, g.cx());
                int r = index(ys, g.cy());
                if (c >= 0 && c < cols && r >= 0 && r < rows) {
                    in.get(owner[r * cols + c]).add(g);
                }
            }
            List<List<String>> out = new ArrayList<>();
            for (int r = 0; r < rows; r++) {
                List<String> row = new ArrayList<>();
                for (int c = 0; c < cols; c++) {
                    int i = r * cols + c;
                    if (owner[i] != i) {
                        row.add(owner[i] / cols < r ? null : "");
                    } else {
                        StringBuilder sb = new StringBuilder();
                        for (Object[] l : textLines(in.get(i))) {
                            sb.append(sb.length() > 0 ? "\n" : "").append((String) l[1]);
                        }
                        row.add(sb.toString());
                    }
                }
                out.add(row);
            }
            return out;
        }

        private static int index(List<Float> edges, float v) {
            for (int i = 0; i + 1 < edges.size(); i++) {
                if (v >= edges.get(i) && v < edges.get(i + 1)) {
                    return i;
                }
            }
            return -1;
        }

        /** Characters into lines by their baseline, each line's characters left to right: {y, text}. */
        private static List<Object[]> textLines(List<Glyph> chars) {
            List<Glyph> sorted = new ArrayList<>(chars);
            sorted.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
            List<Object[]> out = new ArrayList<>();
            List<Glyph> line = new ArrayList<>();
            for (Glyph g : sorted) {
                if (!line.isEmpty() && Math.abs(g.y() - line.get(0).y()) > Math.max(NEAR, line.get(0).h() / 2)) {
                    out.add(new Object[] {line.get(0).y(), join(line)});
                    line = new ArrayList<>();
                }
                line.add(g);
            }
            if (!line.isEmpty()) {
                out.add(new Object[] {line.get(0).y(), join(line)});
            }
            return out;
        }

        private static String join(List<Glyph> line) {
            line.sort(Comparator.comparingDouble(Glyph::x));
            StringBuilder sb = new StringBuilder();
            Glyph prev = null;
            for (Glyph g : line) {
                if (prev != null && !prev.text().isBlank() && !g.text().isBlank()
                        && g.x() - (prev.x() + prev.w()) > Math.max(prev.w(), 3) * 0.8f && isLatin(prev.text()) && isLatin(g.text())) {
                    sb.append(' ');
                }
                sb.append(g.text());
                prev = g;
            }
            return sb.toString().replaceAll("\\s+", " ").strip();
        }

        private static boolean isLatin(String s) {
            return !s.isEmpty() && s.charAt(0) < 0x2E80;
        }
    }
}
