package com.sendense.hubsim.json;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Writes JSON exactly as Go's {@code json.NewEncoder(w).Encode(v)} does: compact, one trailing
 * newline, {@code <}, {@code >} and {@code &} escaped as {@code \u003c}-style sequences,
 * U+2028/U+2029 escaped, float64 values in Go's shortest form ({@code 100}, {@code 47.66}).
 *
 * <p>Values are plain Java objects: a {@link LinkedHashMap} stands for a Go struct (field order
 * kept), any other {@link Map} for a Go map (keys sorted by byte order, as Go sorts them),
 * {@link Collection} for a slice, {@code null} for nil. Use {@link #struct()} and {@link #map()}
 * to build them.
 */
public final class GoJson {

    private GoJson() {
    }

    /** An ordered object: keys come out in insertion order, like the fields of a Go struct. */
    public static Struct struct() {
        return new Struct();
    }

    /** A Go map: keys come out sorted. */
    public static SortedMap<String, Object> map() {
        return new TreeMap<>();
    }

    /** Encodes {@code value} the way {@code json.Encoder.Encode} does, including the trailing newline. */
    public static String encode(Object value) {
        StringBuilder out = new StringBuilder(256);
        write(out, value);
        return out.append('\n').toString();
    }

    private static void write(StringBuilder out, Object value) {
        switch (value) {
            case null -> out.append("null");
            case String s -> writeString(out, s);
            case Boolean b -> out.append(b);
            case Double d -> out.append(formatFloat(d));
            case Float f -> out.append(formatFloat(f.doubleValue()));
            case Number n -> out.append(n.longValue());
            case Struct s -> writeObject(out, s.fields);
            case SortedMap<?, ?> m -> writeObject(out, m);
            case Map<?, ?> m -> writeObject(out, m instanceof LinkedHashMap<?, ?> ? m : new TreeMap<>(m));
            case Collection<?> c -> {
                out.append('[');
                boolean first = true;
                for (Object item : c) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    write(out, item);
                }
                out.append(']');
            }
            case RawJson raw -> out.append(raw.json());
            default -> throw new IllegalArgumentException("Cannot encode " + value.getClass().getName());
        }
    }

    private static void writeObject(StringBuilder out, Map<?, ?> fields) {
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> e : fields.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            writeString(out, e.getKey().toString());
            out.append(':');
            write(out, e.getValue());
        }
        out.append('}');
    }

    static void writeString(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '<', '>', '&', '\u2028', '\u2029' -> out.append(String.format("\\u%04x", (int) c));
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else if (Character.isSurrogate(c)) {
                        if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                            out.append(c).append(s.charAt(++i));
                        } else {
                            out.append("\\ufffd");
                        }
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** Go's {@code strconv.FormatFloat(f, 'f' or 'e', -1, 64)} choice as made by encoding/json. */
    static String formatFloat(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw new IllegalArgumentException("json: unsupported value: " + d);
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0" : "0";
        }
        double abs = Math.abs(d);
        BigDecimal exact = new BigDecimal(Double.toString(d)).stripTrailingZeros();
        if (abs < 1e-6 || abs >= 1e21) {
            // Go: mantissa 'e' sign and at least two exponent digits, e.g. 1e-07, 1.5e+21
            String sci = String.format("%s", exact.toString()).replace('E', 'e');
            if (!sci.contains("e")) {
                return exact.toPlainString();
            }
            String mantissa = sci.substring(0, sci.indexOf('e'));
            int exp = Integer.parseInt(sci.substring(sci.indexOf('e') + 1));
            return mantissa + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
        }
        return exact.toPlainString();
    }

    /** An ordered object, the JSON form of a Go struct. {@code null} values are written as {@code null}. */
    public static final class Struct {
        private final LinkedHashMap<String, Object> fields = new LinkedHashMap<>();

        private Struct() {
        }

        /** Adds a field, written even when empty (a Go field without {@code omitempty}). */
        public Struct put(String key, Object value) {
            fields.put(key, value);
            return this;
        }

        /** Adds a field only when it is non-empty, like Go's {@code omitempty}: null, "", 0, false, empty collections are left out. */
        public Struct putOmitEmpty(String key, Object value) {
            boolean empty = switch (value) {
                case null -> true;
                case String s -> s.isEmpty();
                case Boolean b -> !b;
                case Number n -> n.doubleValue() == 0;
                case Collection<?> c -> c.isEmpty();
                case Map<?, ?> m -> m.isEmpty();
                default -> false;
            };
            if (!empty) {
                fields.put(key, value);
            }
            return this;
        }

        public Map<String, Object> fields() {
            return fields;
        }
    }

    /** Already-encoded JSON, written as is. */
    public record RawJson(String json) {
    }
}
