package com.sendense.hubsim.json;

import com.sendense.hubsim.files.model.Utf8Order;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Writes JSON exactly as Go's {@code json.NewEncoder(w).Encode(v)}: compact, trailing newline,
 * {@code <>&} and U+2028/9 escaped, floats in Go's shortest form; Go 1.23+ keeps {@code \b}/{@code \f}
 * short. A {@link LinkedHashMap} stands for a struct, any other {@link Map} for a Go map (keys sorted
 * by UTF-8 bytes), {@link Collection} for a slice, {@code null} for nil.
 */
public final class GoJson {

    private static final Comparator<String> GO_KEY_ORDER = Utf8Order.COMPARATOR;

    private GoJson() {}

    public static Struct struct() {
        return new Struct();
    }

    public static SortedMap<String, Object> map() {
        return new TreeMap<>(GO_KEY_ORDER);
    }

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
            case Float f -> out.append(formatFloat32(f));
            case Number n -> out.append(n.longValue());
            case Struct s -> writeObject(out, s.fields);
            case LinkedHashMap<?, ?> m -> writeObject(out, m);
            case Map<?, ?> m -> writeObject(out, goMap(m));
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

    private static Map<?, ?> goMap(Map<?, ?> m) {
        if (m instanceof SortedMap<?, ?> sorted && sorted.comparator() == GO_KEY_ORDER) {
            return m;
        }
        // Go writes int keys as their decimal strings and sorts those: "10" before "9"
        SortedMap<String, Object> byBytes = new TreeMap<>(GO_KEY_ORDER);
        m.forEach((k, v) -> byBytes.put(k.toString(), v));
        return byBytes;
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
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '<', '>', '&', '\u2028', '\u2029' -> out.append(String.format("\\u%04x", (int) c));
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else if (Character.isSurrogate(c)) {
                        if (Character.isHighSurrogate(c) && i + 1 < s.length()
                                && Character.isLowSurrogate(s.charAt(i + 1))) {
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
        double abs = Math.abs(d);
        BigDecimal digits = shortest(Double.toString(d), s -> Double.parseDouble(s) == d);
        return format(d, digits, abs != 0 && (abs < 1e-6 || abs >= 1e21));
    }

    /** Go float32 has its own shortest form and thresholds. */
    static String formatFloat32(float f) {
        if (Float.isNaN(f) || Float.isInfinite(f)) {
            throw new IllegalArgumentException("json: unsupported value: " + f);
        }
        float abs = Math.abs(f);
        BigDecimal digits = shortest(Float.toString(f), s -> Float.parseFloat(s) == f);
        return format(f, digits, abs != 0 && (abs < 1e-6f || abs >= 1e21f));
    }

    /**
     * Go's precision -1: the fewest digits that read back as the same value. Java's toString (JDK 19+)
     * is that too, except that it never prints fewer than two digits: 4.9E-324 where Go prints 5e-324.
     */
    private static BigDecimal shortest(String javaDigits, Predicate<String> readsBack) {
        BigDecimal digits = new BigDecimal(javaDigits).stripTrailingZeros();
        if (digits.precision() == 2) {
            BigDecimal oneDigit = digits.round(new MathContext(1, RoundingMode.HALF_EVEN));
            if (readsBack.test(oneDigit.toString())) {
                return oneDigit.stripTrailingZeros();
            }
        }
        return digits;
    }

    private static String format(double value, BigDecimal digits, boolean exponent) {
        if (value == 0) {
            return (1 / value < 0) ? "-0" : "0";
        }
        if (!exponent) {
            return digits.toPlainString();
        }
        // Go's 'e' format writes at least two exponent digits (1e-07, 1e+21); encoding/json then
        // shortens a negative two-digit exponent with a leading zero: 1e-07 becomes 1e-7.
        String mantissa = digits.unscaledValue().abs().toString();
        int exp = mantissa.length() - 1 - digits.scale();
        String fraction = mantissa.length() > 1 ? "." + mantissa.substring(1) : "";
        String sign = exp < 0 ? "-" : "+";
        String expDigits = (exp >= 0 && exp < 10 ? "0" : "") + Math.abs(exp);
        return (value < 0 ? "-" : "") + mantissa.charAt(0) + fraction + "e" + sign + expDigits;
    }

    /** {@code null} values are written as {@code null}. */
    public static final class Struct {

        private final LinkedHashMap<String, Object> fields = new LinkedHashMap<>();

        private Struct() {}

        /** Written even when empty: a field without {@code omitempty}. */
        public Struct put(String key, Object value) {
            fields.put(key, value);
            return this;
        }

        /** Go's {@code omitempty}: null, "", 0, false and empty collections are left out. */
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

    public record RawJson(String json) {}
}
