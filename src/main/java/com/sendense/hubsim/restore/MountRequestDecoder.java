package com.sendense.hubsim.restore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Decodes the mount request body the way {@code json.NewDecoder(r.Body).Decode(&req)} does into
 * {@code restore.MountRequest{BackupID string; DiskIndex int}}: only the first JSON value is
 * read, keys match case-insensitively, unknown keys are ignored, and errors carry Go's texts.
 */
final class MountRequestDecoder {

    /** The decoded request; {@code backupId} is "" and {@code diskIndex} 0 when absent. */
    record MountRequest(String backupId, long diskIndex) {}

    /** A JSON number as written. */
    private record Num(String text) {}

    private final String in;
    private int pos;

    private MountRequestDecoder(String in) {
        this.in = in;
    }

    /** Decodes {@code body}; the exception's message is Go's error text (without the "invalid request: " prefix). */
    static MountRequest decode(String body) throws DecodeException {
        MountRequestDecoder d = new MountRequestDecoder(body);
        d.skipSpace();
        if (d.pos >= d.in.length()) {
            throw new DecodeException("EOF");
        }
        Object value = d.value();
        return bind(value);
    }

    private static MountRequest bind(@Nullable Object value) throws DecodeException {
        if (value == null) {
            return new MountRequest("", 0);
        }
        if (!(value instanceof Map<?, ?> object)) {
            throw new DecodeException(
                    "json: cannot unmarshal " + kind(value) + " into Go value of type restore.MountRequest");
        }
        String backupId = "";
        long diskIndex = 0;
        String firstError = null;
        for (Map.Entry<?, ?> e : object.entrySet()) {
            String key = ((String) e.getKey()).toLowerCase(Locale.ROOT);
            Object v = e.getValue();
            if (key.equals("backup_id")) {
                if (v instanceof String s) {
                    backupId = s;
                } else if (v != null && firstError == null) {
                    firstError = "json: cannot unmarshal " + kind(v)
                            + " into Go struct field MountRequest.backup_id of type string";
                }
            } else if (key.equals("disk_index")) {
                if (v instanceof Num n) {
                    try {
                        // Go parses the literal with strconv.ParseInt: 1.0 and 1e2 are not ints
                        diskIndex = Long.parseLong(n.text());
                    } catch (NumberFormatException ex) {
                        if (firstError == null) {
                            firstError = "json: cannot unmarshal number " + n.text()
                                    + " into Go struct field MountRequest.disk_index of type int";
                        }
                    }
                } else if (v != null && firstError == null) {
                    firstError = "json: cannot unmarshal " + kind(v)
                            + " into Go struct field MountRequest.disk_index of type int";
                }
            }
        }
        if (firstError != null) {
            throw new DecodeException(firstError);
        }
        return new MountRequest(backupId, diskIndex);
    }

    private static String kind(Object v) {
        return switch (v) {
            case String s -> "string";
            case Num n -> "number";
            case Boolean b -> "bool";
            case List<?> l -> "array";
            default -> "object";
        };
    }

    private @Nullable Object value() throws DecodeException {
        skipSpace();
        if (pos >= in.length()) {
            throw new DecodeException("unexpected EOF");
        }
        char c = in.charAt(pos);
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", null);
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    yield number();
                }
                throw invalid(c, "looking for beginning of value");
            }
        };
    }

    private Map<String, Object> object() throws DecodeException {
        Map<String, Object> map = new LinkedHashMap<>();
        pos++;
        skipSpace();
        if (peek() == '}') {
            pos++;
            return map;
        }
        while (true) {
            skipSpace();
            if (pos >= in.length()) {
                throw new DecodeException("unexpected EOF");
            }
            if (in.charAt(pos) != '"') {
                throw invalid(in.charAt(pos), "looking for beginning of object key string");
            }
            String key = string();
            skipSpace();
            if (pos >= in.length()) {
                throw new DecodeException("unexpected EOF");
            }
            if (in.charAt(pos) != ':') {
                throw invalid(in.charAt(pos), "after object key");
            }
            pos++;
            Object value = value();
            // the last duplicate wins in Go, as here
            map.put(key, value);
            skipSpace();
            if (pos >= in.length()) {
                throw new DecodeException("unexpected EOF");
            }
            char c = in.charAt(pos++);
            if (c == '}') {
                return map;
            }
            if (c != ',') {
                throw invalid(c, "after object key:value pair");
            }
        }
    }

    private List<Object> array() throws DecodeException {
        List<Object> list = new ArrayList<>();
        pos++;
        skipSpace();
        if (peek() == ']') {
            pos++;
            return list;
        }
        while (true) {
            list.add(value());
            skipSpace();
            if (pos >= in.length()) {
                throw new DecodeException("unexpected EOF");
            }
            char c = in.charAt(pos++);
            if (c == ']') {
                return list;
            }
            if (c != ',') {
                throw invalid(c, "after array element");
            }
        }
    }

    private String string() throws DecodeException {
        StringBuilder s = new StringBuilder();
        pos++;
        while (pos < in.length()) {
            char c = in.charAt(pos++);
            if (c == '"') {
                return s.toString();
            }
            if (c < 0x20) {
                throw invalid(c, "in string literal");
            }
            if (c == '\\') {
                if (pos >= in.length()) {
                    break;
                }
                char e = in.charAt(pos++);
                switch (e) {
                    case '"', '\\', '/' -> s.append(e);
                    case 'b' -> s.append('\b');
                    case 'f' -> s.append('\f');
                    case 'n' -> s.append('\n');
                    case 'r' -> s.append('\r');
                    case 't' -> s.append('\t');
                    case 'u' -> {
                        if (pos + 4 > in.length()) {
                            throw new DecodeException("unexpected EOF");
                        }
                        try {
                            s.append((char) Integer.parseInt(in.substring(pos, pos + 4), 16));
                        } catch (NumberFormatException ex) {
                            throw invalid(in.charAt(pos), "in \\u hexadecimal character escape");
                        }
                        pos += 4;
                    }
                    default -> throw invalid(e, "in string escape code");
                }
            } else {
                s.append(c);
            }
        }
        throw new DecodeException("unexpected EOF");
    }

    private Num number() throws DecodeException {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        while (pos < in.length() && "0123456789.eE+-".indexOf(in.charAt(pos)) >= 0) {
            pos++;
        }
        String text = in.substring(start, pos);
        if (!text.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
            if (pos >= in.length()) {
                throw new DecodeException("unexpected EOF");
            }
            throw invalid(in.charAt(pos), "in numeric literal");
        }
        return new Num(text);
    }

    private @Nullable Object literal(String word, @Nullable Object value) throws DecodeException {
        for (int i = 0; i < word.length(); i++) {
            if (pos + i >= in.length()) {
                throw new DecodeException("unexpected EOF");
            }
            if (in.charAt(pos + i) != word.charAt(i)) {
                throw invalid(in.charAt(pos + i), "in literal " + word + " (expecting '" + word.charAt(i) + "')");
            }
        }
        pos += word.length();
        return value;
    }

    private char peek() {
        return pos < in.length() ? in.charAt(pos) : '\0';
    }

    private void skipSpace() {
        while (pos < in.length() && " \t\r\n".indexOf(in.charAt(pos)) >= 0) {
            pos++;
        }
    }

    private static DecodeException invalid(char c, String context) {
        String quoted = switch (c) {
            case '\'' -> "'\\''";
            case '"' -> "'\"'";
            case '\n' -> "'\\n'";
            case '\r' -> "'\\r'";
            case '\t' -> "'\\t'";
            default -> c < 0x20 ? "'\\x" + String.format("%02x", (int) c) + "'" : "'" + c + "'";
        };
        return new DecodeException("invalid character " + quoted + " " + context);
    }

    static final class DecodeException extends Exception {

        DecodeException(String message) {
            super(message, null, false, false);
        }
    }
}
