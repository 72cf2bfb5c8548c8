package gongkai.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/** Reads a file given to import: checks its size, chooses the reader (or takes the named one) and runs it. */
public final class SourceFile {

    private SourceFile() {
    }

    /** What the reader needs besides the file: --format, --encoding and --sheet, each may be null. */
    public record Options(SourceFormat format, String encoding, String sheet) {
    }

    public static SourceDocument read(Path path, String name, Options options) {
        byte[] bytes = bytes(path, name);
        SourceFormat format = options.format() != null ? options.format() : SourceFormat.detect(name, bytes);
        if (bytes.length == 0 || (format.isText() && isBlankText(bytes))) {
            throw new ImportFailure(name, 0, "文件是空的，没有可导入的内容。请检查是否选错了文件。");
        }
        return Cleaning.apply(switch (format) {
            case DOCX -> DocxReader.read(name, bytes);
            case XLSX -> XlsxReader.read(name, bytes, options.sheet());
            case CSV -> {
                TextDecoder.Decoded d = TextDecoder.decode(name, bytes, options.encoding());
                yield CsvReader.read(name, d.text(), d.encoding());
            }
            case DOC -> OldOfficeReader.doc(name, bytes);
            case XLS -> OldOfficeReader.xls(name, bytes, options.sheet());
            case HTML -> HtmlReader.read(name, bytes, options.encoding());
            case PDF -> PdfReader.read(name, bytes);
            case TEXT -> {
                TextDecoder.Decoded d = TextDecoder.decode(name, bytes, options.encoding());
                yield text(name, d.text(), d.encoding());
            }
            case TABS -> {
                TextDecoder.Decoded d = TextDecoder.decode(name, bytes, options.encoding());
                yield TabTextReader.read(name, d.text(), d.encoding());
            }
            case PIPE_ROWS, PIPE_CELLS -> {
                TextDecoder.Decoded d = TextDecoder.decode(name, bytes, options.encoding());
                yield PipeTextReader.read(name, d.text(), d.encoding(),
                        format == SourceFormat.PIPE_ROWS ? PipeTextReader.Shape.ROWS : PipeTextReader.Shape.CELLS);
            }
            case YAML -> {
                TextDecoder.Decoded d = TextDecoder.decode(name, bytes, options.encoding());
                yield YamlTableReader.read(name, d.text()).orElseThrow(() -> new ImportFailure(name, 0,
                        "这个 YAML 文件中找不到一组带编号和文字的记录（如 C01.1.1: {en: …}），不能当作任务表读取。"));
            }
            case RUN_TOGETHER -> {
                TextDecoder.Decoded d = TextDecoder.decode(name, bytes, options.encoding());
                yield RunTogetherReader.read(name, d.text());
            }
            case PARAGRAPHS, PROSE -> {
                TextDecoder.Decoded d = TextDecoder.decode(name, bytes, options.encoding());
                yield TabTextReader.readProse(name, d.text(), d.encoding());
            }
        });
    }

    /** Text of any layout: Word's tab export, a web page's "|" rows or cells, or paragraphs. */
    private static SourceDocument text(String name, String text, String encoding) {
        // Markdown (a commitment written in headings and lists): its tabs are spacing, not cells.
        if (text.lines().filter(l -> l.matches("#{1,6}\\s+\\S.*")).count() >= 3) {
            return TabTextReader.readProse(name, text.replace('\t', ' '), encoding);
        }
        if (text.indexOf('|') < 0 && text.indexOf('\t') < 0 && RunTogetherReader.looksLike(text)) {
            return RunTogetherReader.read(name, text);
        }
        if (YamlTableReader.looksLike(text)) {
            java.util.Optional<SourceDocument> yaml = YamlTableReader.read(name, text);
            if (yaml.isPresent()) {
                return yaml.get();
            }
        }
        if (text.indexOf('\t') < 0 || text.lines().filter(l -> l.indexOf('\t') >= 0).count() < 2) {
            java.util.Optional<PipeTextReader.Shape> pipes = PipeTextReader.detect(text);
            if (pipes.isPresent()) {
                return PipeTextReader.read(name, text, encoding, pipes.get());
            }
        }
        return TabTextReader.read(name, text, encoding);
    }

    static byte[] bytes(Path path, String name) {
        try {
            if (Files.isDirectory(path)) {
                throw new ImportFailure(name, 0, "这是一个目录，不是文件。请给出要导入的文件。");
            }
            long size = Files.size(path);
            if (size > ImportLimits.MAX_FILE_BYTES) {
                throw new ImportFailure(name, 0, String.format(Locale.ROOT,
                        "文件太大（%.1f MB），导入的文件不能超过 %d MB。任务分解表通常只有几十 KB：请确认没有选错文件，或把表格另存为不含图片的 DOCX/XLSX 后再导入。",
                        size / 1024.0 / 1024.0, ImportLimits.MAX_FILE_BYTES / 1024 / 1024));
            }
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new ImportFailure(name, 0, "找不到文件。请检查文件名和路径。");
        } catch (IOException e) {
            throw new ImportFailure(name, 0, "无法读取文件：" + e.getMessage());
        }
    }

    private static boolean isBlankText(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
