package gongkai.render;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** CSV that Excel opens correctly in a Chinese locale: UTF-8 with a byte order mark, CRLF rows, RFC 4180 quoting. */
final class Csv {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private final StringBuilder sb = new StringBuilder(8192);

    Csv row(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            cell(cells.get(i) == null ? "" : cells.get(i));
        }
        sb.append("\r\n");
        return this;
    }

    private void cell(String s) {
        // A leading = + - @ would make Excel run the cell as a formula; a quote mark keeps it text.
        String safe = !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
        if (safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0) {
            sb.append('"').append(safe.replace("\"", "\"\"")).append('"');
        } else {
            sb.append(safe);
        }
    }

    /** The rows written, without the byte order mark. */
    String text() {
        return sb.toString();
    }

    byte[] bytes() {
        byte[] body = sb.toString().getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, out, 0, BOM.length);
        System.arraycopy(body, 0, out, BOM.length, body.length);
        return out;
    }
}
