package gongkai.model;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A 128-bit digest of model values (records, lists, maps, strings, numbers, dates), the same for equal values in any
 * run: each value is written with its type and length, so no two different values write the same sequence, and
 * maps and sets in sorted order. toString is no substitute: immutable maps iterate in an order drawn at each start
 * of the JVM, and a string may contain what toString puts between fields. Two lanes of multiply-and-mix hashing,
 * not a cryptographic hash: it tells an edit from none, which is all a rebuild asks of it (an edit crafted to
 * collide could only keep its own author's page stale, and build --full makes every page), and it is many times
 * quicker than SHA-256 under the quick compiler the launcher uses.
 */
public final class ValueDigest {

    /** Each record class's accessors, looked up once. */
    private static final ClassValue<Method[]> ACCESSORS = new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Method[] m = new Method[components.length];
            for (int i = 0; i < m.length; i++) {
                m[i] = components[i].getAccessor();
                m[i].setAccessible(true);
            }
            return m;
        }
    };

    private long a = 0x243F6A8885A308D3L;
    private long b = 0x13198A2E03707344L;
    private long count;

    private ValueDigest() {
    }

    /** The digest of the values, in hexadecimal (32 digits). */
    public static String of(Object... values) {
        ValueDigest d = new ValueDigest();
        for (Object v : values) {
            d.value(v);
        }
        return d.finish();
    }

    private void value(Object v) {
        if (v == null) {
            tag('0');
        } else if (v instanceof String s) {
            tag('s');
            text(s);
        } else if (v instanceof Boolean bool) {
            tag(bool ? 'T' : 'F');
        } else if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            tag('i');
            mix(((Number) v).longValue());
        } else if (v instanceof Enum<?> e) {
            tag('e');
            text(e.getDeclaringClass().getName());
            text(e.name());
        } else if (v instanceof LocalDate || v instanceof ZoneId) {
            tag('d');
            text(v.toString());
        } else if (v instanceof Record r) {
            tag('r');
            text(r.getClass().getName());
            for (Method m : ACCESSORS.get(r.getClass())) {
                try {
                    value(m.invoke(r));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("无法读取 " + r.getClass().getName() + "." + m.getName(), e);
                }
            }
        } else if (v instanceof List<?> list) {
            tag('l');
            mix(list.size());
            for (Object o : list) {
                value(o);
            }
        } else if (v instanceof Collection<?> set) {
            // Sets: in the order of their members' own digests, which no run's hash order changes.
            sorted('c', set.stream().map(ValueDigest::of).toList());
        } else if (v instanceof Map<?, ?> map) {
            List<String> entries = new ArrayList<>();
            map.forEach((k, val) -> entries.add(of(k) + of(val)));
            sorted('m', entries);
        } else if (v instanceof Messages m) {
            tag('w');
            text(m.language());
            value(m.texts());
        } else {
            throw new IllegalArgumentException("ValueDigest 不认识的类型：" + v.getClass().getName());
        }
    }

    private void sorted(char tag, List<String> digests) {
        tag(tag);
        String[] all = digests.toArray(new String[0]);
        Arrays.sort(all);
        mix(all.length);
        for (String s : all) {
            text(s);
        }
    }

    private void tag(char c) {
        mix(c | 0x7A6700000000L);
    }

    private void text(String s) {
        int n = s.length();
        mix(n);
        int i = 0;
        for (; i + 3 < n; i += 4) {
            mix((long) s.charAt(i) | (long) s.charAt(i + 1) << 16 | (long) s.charAt(i + 2) << 32
                    | (long) s.charAt(i + 3) << 48);
        }
        long last = 0;
        for (int shift = 0; i < n; i++, shift += 16) {
            last |= (long) s.charAt(i) << shift;
        }
        mix(last);
    }

    private void mix(long x) {
        count++;
        a = Long.rotateLeft(a ^ (x * 0x87C37B91114253D5L), 31) * 0x4CF5AD432745937FL + b;
        b = Long.rotateLeft(b ^ (x * 0x4CF5AD432745937FL), 33) * 0x87C37B91114253D5L + a;
    }

    private String finish() {
        long h1 = fmix(a ^ count);
        long h2 = fmix(b + h1);
        // By hand: String.format took a tenth of the time of digesting 10,000 tasks.
        byte[] hex = new byte[32];
        hex(h1 + h2, hex, 0);
        hex(h2, hex, 16);
        return new String(hex, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private static void hex(long v, byte[] out, int at) {
        for (int i = 15; i >= 0; i--) {
            out[at + i] = (byte) "0123456789abcdef".charAt((int) (v & 0xF));
            v >>>= 4;
        }
    }

    /** MurmurHash3's finalizer: every bit of the input reaches every bit of the output. */
    private static long fmix(long k) {
        k ^= k >>> 33;
        k *= 0xFF51AFD7ED558CCDL;
        k ^= k >>> 33;
        k *= 0xC4CEB93FE1A85EC9L;
        k ^= k >>> 33;
        return k;
    }
}
