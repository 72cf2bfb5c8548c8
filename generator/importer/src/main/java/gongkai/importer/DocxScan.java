package gongkai.importer;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;

/**
 * Counts a Word document's rows, cells, text and pieces under {@link ImportLimits} by streaming its parts, before
 * POI builds its objects for them: POI's reading of a table slows with the square of its rows (20,000 rows take
 * minutes) and each paragraph and run costs it tens of microseconds, so a file past the limits is refused first.
 */
final class DocxScan {

    private static final Set<String> WORD = Set.of("http://schemas.openxmlformats.org/wordprocessingml/2006/main",
            "http://purl.oclc.org/ooxml/wordprocessingml/main");

    private final String file;
    private long pieces;

    private DocxScan(String file) {
        this.file = file;
    }

    /**
     * Throws ImportFailure past a limit, IOException when a part is not well-formed XML. The body is counted
     * as DocxReader reads it, line by line; headers, footers, notes and comments only for what POI makes of them.
     */
    static void check(String file, OPCPackage pkg) throws IOException {
        Set<PackagePart> bodies = new HashSet<>();
        for (String type : List.of(PackageRelationshipTypes.CORE_DOCUMENT, PackageRelationshipTypes.STRICT_CORE_DOCUMENT)) {
            bodies.addAll(pkg.getPartsByRelationshipType(type));
        }
        DocxScan scan = new DocxScan(file);
        try {
            for (PackagePart part : pkg.getParts()) {
                if (part.getContentType().contains("wordprocessingml") && part.getContentType().endsWith("xml")) {
                    try (InputStream in = part.getInputStream()) {
                        scan.part(in, bodies.contains(part));
                    }
                }
            }
        } catch (InvalidFormatException | XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private void part(InputStream in, boolean body) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        ReadBudget budget = new ReadBudget(file);
        // In the body, lines are counted as DocxReader counts them: a paragraph outside tables, or a table row.
        int line = 0;
        int tables = 0;
        Deque<long[]> rowCells = new ArrayDeque<>();
        XMLStreamReader x = factory.createXMLStreamReader(in);
        while (x.hasNext()) {
            int event = x.next();
            if (event != XMLStreamConstants.START_ELEMENT && event != XMLStreamConstants.END_ELEMENT
                    || !WORD.contains(x.getNamespaceURI())) {
                continue;
            }
            boolean start = event == XMLStreamConstants.START_ELEMENT;
            int at = body ? line : 0;
            switch (x.getLocalName()) {
                case "tbl" -> tables += start ? 1 : -1;
                case "tr" -> {
                    if (start) {
                        budget.row(body ? ++line : 0);
                        rowCells.push(new long[1]);
                    } else if (!rowCells.isEmpty()) {
                        rowCells.pop();
                    }
                }
                case "tc" -> {
                    if (start && !rowCells.isEmpty()) {
                        budget.column(at, rowCells.peek()[0]++);
                        budget.cells(at, 1);
                    }
                }
                case "p", "r" -> {
                    if (start) {
                        piece(at);
                        if (body && tables == 0 && x.getLocalName().equals("p")) {
                            budget.paragraph(++line);
                        }
                    }
                }
                case "t" -> {
                    if (start && body) {
                        budget.text(at, x.getElementText().length());
                    }
                }
                default -> { }
            }
        }
    }

    private void piece(int line) {
        if (++pieces > ImportLimits.MAX_WORD_PIECES) {
            throw new ImportFailure(file, line, "文档中的段落和文字片段（Word 把格式不同的文字分成片段）超过 "
                    + ImportLimits.MAX_WORD_PIECES + " 个，不能导入。任务分解表通常只有几万个：请确认没有选错文件；"
                    + "文档确实这么大的，请拆分成几个文件后分别导入，或在 Word（或 WPS）中“另存为”纯文本（.txt）后导入。");
        }
    }
}
