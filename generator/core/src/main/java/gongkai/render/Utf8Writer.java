package gongkai.render;

import java.io.Writer;
import java.util.Arrays;

/**
 * A Writer that encodes to UTF-8 as the template writes, into one growing byte array. It replaces a
 * StringWriter (synchronised on every small write) followed by String.getBytes, which copied and encoded
 * each page twice more. Not thread-safe: one per rendering. Unpaired surrogates become '?', as
 * String.getBytes does, so the bytes are the same.
 */
final class Utf8Writer extends Writer {

    private byte[] buf;
    private int size;
    private final char[] scratch = new char[1024];
    private char pendingHigh;

    Utf8Writer(int capacity) {
        buf = new byte[Math.max(16, capacity)];
    }

    @Override
    public void write(int c) {
        write(new char[] {(char) c}, 0, 1);
    }

    // One loop with locals for the whole chunk: a call per character is what a quick JIT makes slow.
    @Override
    public void write(char[] chars, int off, int len) {
        ensure(len * 3 + 8);
        byte[] b = buf;
        int p = size;
        int i = off;
        int end = off + len;
        if (pendingHigh != 0 && i < end) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(chars[i])) {
                p = pair(b, p, high, chars[i++]);
            } else {
                b[p++] = '?';
            }
        }
        while (i < end) {
            char c = chars[i++];
            if (c < 0x80) {
                b[p++] = (byte) c;
            } else if (c < 0x800) {
                b[p++] = (byte) (0xC0 | (c >> 6));
                b[p++] = (byte) (0x80 | (c & 0x3F));
            } else if (c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE) {
                b[p++] = (byte) (0xE0 | (c >> 12));
                b[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                b[p++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i < end && Character.isLowSurrogate(chars[i])) {
                p = pair(b, p, c, chars[i++]);
            } else if (Character.isHighSurrogate(c) && i == end) {
                pendingHigh = c;
            } else {
                b[p++] = '?';
            }
        }
        size = p;
    }

    private static int pair(byte[] b, int p, char high, char low) {
        int cp = Character.toCodePoint(high, low);
        b[p++] = (byte) (0xF0 | (cp >> 18));
        b[p++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        b[p++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        b[p++] = (byte) (0x80 | (cp & 0x3F));
        return p;
    }

    @Override
    public void write(String s, int off, int len) {
        while (len > 0) {
            int n = Math.min(len, scratch.length);
            s.getChars(off, off + n, scratch, 0);
            write(scratch, 0, n);
            off += n;
            len -= n;
        }
    }

    /** Bytes that are UTF-8 already, such as a kept rendering. */
    void writeUtf8(byte[] utf8) {
        if (pendingHigh != 0) {
            pendingHigh = 0;
            ensure(1);
            buf[size++] = '?';
        }
        ensure(utf8.length);
        System.arraycopy(utf8, 0, buf, size, utf8.length);
        size += utf8.length;
    }

    @Override
    public Writer append(CharSequence cs) {
        String s = String.valueOf(cs);
        write(s, 0, s.length());
        return this;
    }

    private void ensure(int more) {
        if (size + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
        }
    }

    /** The bytes written; a high surrogate left without its pair ends as '?'. */
    byte[] toByteArray() {
        if (pendingHigh != 0) {
            pendingHigh = 0;
            ensure(1);
            buf[size++] = '?';
        }
        return Arrays.copyOf(buf, size);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
