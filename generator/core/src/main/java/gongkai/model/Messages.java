package gongkai.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The words of a site in its language: the theme's message bundle (templates/messages/&lt;language&gt;.yml),
 * with the site's own messages laid over it key by key. Keys are dotted paths such as nav.home.
 *
 * <p>A message is text with placeholders: {name} is an argument, and {name|one|other} is one of two words
 * chosen by a number, the first when the number is 1 (an English plural: {count|commitment|commitments}).
 * Every { starts a placeholder; names are letters and digits, starting with a letter.
 */
public final class Messages {

    private final String language;
    private final Map<String, String> texts;
    private final Map<String, Message> parsed;

    /** texts: every message by key; each must parse (the check stage has made sure). */
    public Messages(String language, Map<String, String> texts) {
        this.language = language;
        this.texts = Map.copyOf(texts);
        Map<String, Message> p = new java.util.HashMap<>();
        this.texts.forEach((key, text) -> p.put(key, Message.parse(text)));
        this.parsed = Map.copyOf(p);
    }

    /** The language tag, as site-config.yml names it and as pages declare it (zh-CN, en). */
    public String language() {
        return language;
    }

    /** Every message by key, sorted. */
    public Map<String, String> texts() {
        return new TreeMap<>(texts);
    }

    public boolean has(String key) {
        return texts.containsKey(key);
    }

    /** The message as written, placeholders and all. */
    public String text(String key) {
        String t = texts.get(key);
        if (t == null) {
            throw new IllegalArgumentException("no message " + key);
        }
        return t;
    }

    public Message message(String key) {
        Message m = parsed.get(key);
        if (m == null) {
            throw new IllegalArgumentException("no message " + key);
        }
        return m;
    }

    /** A message with its arguments filled in: values are text or numbers. */
    public String format(String key, Map<String, ?> args) {
        return message(key).format(args);
    }

    /** A message without arguments. */
    public String get(String key) {
        return format(key, Map.of());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Messages m && m.language.equals(language) && m.texts.equals(texts);
    }

    @Override
    public int hashCode() {
        return language.hashCode() * 31 + texts.hashCode();
    }

    @Override
    public String toString() {
        return "Messages[" + language + ", " + texts.size() + " messages]";
    }

    /** One piece of a message: literal text, an argument, or a word chosen by a number. */
    public sealed interface Part {
    }

    public record Literal(String text) implements Part {
    }

    public record Argument(String name) implements Part {
    }

    /** one when the number is 1, other otherwise. */
    public record Choice(String name, String one, String other) implements Part {

        public String pick(Object value) {
            if (!(value instanceof Number n)) {
                throw new IllegalArgumentException("{" + name + "|…} needs a number, not " + value);
            }
            return n.doubleValue() == 1 ? one : other;
        }
    }

    /** A parsed message. */
    public record Message(List<Part> parts) {

        public Message {
            parts = List.copyOf(parts);
        }

        /** The names of its arguments, in order of first use. */
        public Set<String> names() {
            Set<String> names = new LinkedHashSet<>();
            for (Part p : parts) {
                if (p instanceof Argument a) {
                    names.add(a.name());
                } else if (p instanceof Choice c) {
                    names.add(c.name());
                }
            }
            return names;
        }

        public String format(Map<String, ?> args) {
            StringBuilder sb = new StringBuilder();
            for (Part p : parts) {
                if (p instanceof Literal l) {
                    sb.append(l.text());
                } else if (p instanceof Argument a) {
                    sb.append(plain(argument(args, a.name())));
                } else if (p instanceof Choice c) {
                    sb.append(c.pick(argument(args, c.name())));
                }
            }
            return sb.toString();
        }

        private static Object argument(Map<String, ?> args, String name) {
            Object v = args.get(name);
            if (v == null) {
                throw new IllegalArgumentException("no value for {" + name + "}");
            }
            return v;
        }

        /** A value as printed: numbers in plain digits (2019, not 2,019). */
        public static String plain(Object value) {
            if (value instanceof java.math.BigDecimal d) {
                return d.stripTrailingZeros().toPlainString();
            }
            return value.toString();
        }

        /**
         * Parses a message; a placeholder that is not {name} or {name|one|other} is refused with the offset
         * (in characters) where it starts.
         */
        public static Message parse(String text) {
            List<Part> parts = new ArrayList<>();
            StringBuilder literal = new StringBuilder();
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (c != '{') {
                    literal.append(c);
                    i++;
                    continue;
                }
                int end = text.indexOf('}', i);
                if (end < 0) {
                    throw new Invalid(i, "“{”之后缺少“}”");
                }
                String inside = text.substring(i + 1, end);
                if (inside.indexOf('{') >= 0) {
                    throw new Invalid(i, "占位符中不能再有“{”");
                }
                String[] pieces = inside.split("\\|", -1);
                if (!pieces[0].matches("[A-Za-z][A-Za-z0-9]*")) {
                    throw new Invalid(i, "占位符“{" + inside + "}”的名称应由英文字母和数字组成，以字母开头");
                }
                if (pieces.length != 1 && pieces.length != 3) {
                    throw new Invalid(i, "占位符“{" + inside + "}”应写作 {名称} 或 {名称|单数|复数}");
                }
                if (literal.length() > 0) {
                    parts.add(new Literal(literal.toString()));
                    literal.setLength(0);
                }
                parts.add(pieces.length == 1 ? new Argument(pieces[0]) : new Choice(pieces[0], pieces[1], pieces[2]));
                i = end + 1;
            }
            if (literal.length() > 0) {
                parts.add(new Literal(literal.toString()));
            }
            return new Message(parts);
        }
    }

    /** A message that does not parse: offset is the character where the wrong placeholder starts. */
    public static final class Invalid extends IllegalArgumentException {
        private final int offset;

        Invalid(int offset, String message) {
            super(message);
            this.offset = offset;
        }

        public int offset() {
            return offset;
        }
    }
}
