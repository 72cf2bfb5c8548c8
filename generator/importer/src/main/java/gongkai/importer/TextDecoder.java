package gongkai.importer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;

/**
 * Turns the bytes of a text or CSV file into text. A byte-order mark decides; else strict UTF-8, else
 * strict GB18030 (which covers GBK and GB2312). A named encoding is used strictly, so a GBK file read as
 * UTF-8 is an error with the line where it fails, never mojibake.
 */
public final class TextDecoder {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoder() {
    }

    /** The text and the encoding it was read with. */
    public record Decoded(String text, String encoding) {
    }

    public static Decoded decode(String file, byte[] bytes, String named) {
        if (named != null) {
            Charset charset = charset(file, named);
            String text = strict(bytes, charset, bomLength(bytes, charset));
            if (text == null) {
                int line = failingLine(bytes, charset);
                String hint = charset.equals(StandardCharsets.UTF_8)
                        ? "它可能是 GBK/GB18030 编码：去掉 --encoding 让程序自动识别，或写 --encoding GB18030。"
                        : "请确认文件的编码，或去掉 --encoding 让程序自动识别。";
                throw new ImportFailure(file, line, "文件不是有效的 " + charset.name() + " 文本：这一行无法按此编码读取。" + hint);
            }
            return new Decoded(normalize(text), charset.name());
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return decodeOrFail(file, bytes, StandardCharsets.UTF_8, 3);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return decodeOrFail(file, bytes, StandardCharsets.UTF_16LE, 2);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return decodeOrFail(file, bytes, StandardCharsets.UTF_16BE, 2);
        }
        String utf8 = strict(bytes, StandardCharsets.UTF_8, 0);
        if (utf8 != null) {
            return new Decoded(normalize(utf8), "UTF-8");
        }
        String gb = strict(bytes, GB18030, 0);
        if (gb != null) {
            return new Decoded(normalize(gb), "GB18030");
        }
        throw new ImportFailure(file, failingLine(bytes, StandardCharsets.UTF_8),
                "无法识别文件的编码：它既不是 UTF-8 也不是 GBK/GB18030。请在编辑器中“另存为 UTF-8”后再导入，或用 --encoding 指明编码。");
    }

    private static Decoded decodeOrFail(String file, byte[] bytes, Charset charset, int skip) {
        String text = strict(bytes, charset, skip);
        if (text == null) {
            throw new ImportFailure(file, failingLine(bytes, charset), "文件开头标明是 " + charset.name()
                    + " 编码，但内容无法按此编码读取。请在编辑器中“另存为 UTF-8”后再导入。");
        }
        return new Decoded(normalize(text), charset.name());
    }

    private static Charset charset(String file, String named) {
        try {
            String n = named.strip().toUpperCase(java.util.Locale.ROOT);
            return n.equals("GBK") || n.equals("GB2312") ? GB18030 : Charset.forName(n);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new ImportFailure(file, 0, "不认识的编码“" + named + "”。可用 UTF-8、GB18030（含 GBK、GB2312）或 UTF-16。");
        }
    }

    private static int bomLength(byte[] bytes, Charset charset) {
        if (charset.equals(StandardCharsets.UTF_8) && startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return 3;
        }
        return 0;
    }

    private static String strict(byte[] bytes, Charset charset, int skip) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The 1-based line of the first byte sequence the charset cannot decode. */
    private static int failingLine(byte[] bytes, Charset charset) {
        int line = 1;
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                byte[] part = java.util.Arrays.copyOfRange(bytes, start, i);
                if (strict(part, charset, 0) == null) {
                    return line;
                }
                line++;
                start = i + 1;
            }
        }
        return 1;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String normalize(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return t.replace("\r\n", "\n").replace('\r', '\n');
    }
}
