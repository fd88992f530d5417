package com.sendense.hubsim.json;

import com.sendense.hubsim.json.GoJsonDecoder.GoJsonException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A port of Go's {@code encoding/json/scanner.go}, reduced to finding the end of the first value or
 * failing with exactly Go's message: clients show these messages to users.
 */
final class GoJsonScanner {

    private enum Parse {
        OBJECT_KEY, OBJECT_VALUE, ARRAY_VALUE
    }

    private enum State {
        BEGIN_VALUE, BEGIN_VALUE_OR_EMPTY, BEGIN_STRING_OR_EMPTY, BEGIN_STRING, END_VALUE, IN_STRING, IN_STRING_ESC, IN_STRING_ESC_U, NEG, ONE, ZERO, DOT, DOT0, E, E_SIGN, E0, T, TR, TRU, F, FA, FAL, FALS, N, NU, NUL
    }

    private final Deque<Parse> stack = new ArrayDeque<>();
    private State state = State.BEGIN_VALUE;
    private int hexDigits;

    private GoJsonScanner() {}

    /**
     * Returns the index just after the first complete value; throws {@code EOF}, {@code unexpected EOF} or a syntax
     * error.
     */
    static int scanFirstValue(byte[] data) throws GoJsonException {
        GoJsonScanner s = new GoJsonScanner();
        boolean sawNonSpace = false;
        for (int i = 0; i < data.length; i++) {
            int c = data[i] & 0xff;
            if (!isSpace(c)) {
                sawNonSpace = true;
            }
            if (s.step(c)) {
                return i; // the value ended before this byte
            }
            if (s.state == State.END_VALUE && s.stack.isEmpty() && (c == '}' || c == ']')) {
                return i + 1; // objects and arrays end on their closing byte
            }
        }
        if (!sawNonSpace) {
            throw new GoJsonException("EOF");
        }
        // At end of input, a pending number or literal completes if the machine is at a value boundary.
        if (s.stack.isEmpty() && s.endsAtEof()) {
            return data.length;
        }
        throw new GoJsonException("unexpected EOF");
    }

    private boolean endsAtEof() {
        return switch (state) {
            case END_VALUE, ONE, ZERO, DOT0, E0 -> true;
            default -> false;
        };
    }

    /** Feeds one byte; returns true when the top-level value ended before {@code c}. */
    private boolean step(int c) throws GoJsonException {
        switch (state) {
            case BEGIN_VALUE_OR_EMPTY -> {
                if (isSpace(c)) {
                    return false;
                }
                if (c == ']') {
                    return endValue(c);
                }
                return beginValue(c);
            }
            case BEGIN_VALUE -> {
                return beginValue(c);
            }
            case BEGIN_STRING_OR_EMPTY -> {
                if (isSpace(c)) {
                    return false;
                }
                if (c == '}') {
                    stack.pop();
                    stack.push(Parse.OBJECT_VALUE);
                    return endValue(c);
                }
                return beginString(c);
            }
            case BEGIN_STRING -> {
                return beginString(c);
            }
            case END_VALUE -> {
                return endValue(c);
            }
            case IN_STRING -> {
                if (c == '"') {
                    state = State.END_VALUE;
                } else if (c == '\\') {
                    state = State.IN_STRING_ESC;
                } else if (c < 0x20) {
                    throw error(c, "in string literal");
                }
                return false;
            }
            case IN_STRING_ESC -> {
                switch (c) {
                    case 'b', 'f', 'n', 'r', 't', '\\', '/', '"' -> state = State.IN_STRING;
                    case 'u' -> {
                        state = State.IN_STRING_ESC_U;
                        hexDigits = 0;
                    }
                    default -> throw error(c, "in string escape code");
                }
                return false;
            }
            case IN_STRING_ESC_U -> {
                if (!isHex(c)) {
                    throw error(c, "in \\u hexadecimal character escape");
                }
                if (++hexDigits == 4) {
                    state = State.IN_STRING;
                }
                return false;
            }
            case NEG -> {
                if (c == '0') {
                    state = State.ZERO;
                } else if (c >= '1' && c <= '9') {
                    state = State.ONE;
                } else {
                    throw error(c, "in numeric literal");
                }
                return false;
            }
            case ONE -> {
                if (isDigit(c)) {
                    return false;
                }
                return zero(c);
            }
            case ZERO -> {
                return zero(c);
            }
            case DOT -> {
                if (!isDigit(c)) {
                    throw error(c, "after decimal point in numeric literal");
                }
                state = State.DOT0;
                return false;
            }
            case DOT0 -> {
                if (isDigit(c)) {
                    return false;
                }
                if (c == 'e' || c == 'E') {
                    state = State.E;
                    return false;
                }
                return endValue(c);
            }
            case E -> {
                if (c == '+' || c == '-') {
                    state = State.E_SIGN;
                    return false;
                }
                return eSign(c);
            }
            case E_SIGN -> {
                return eSign(c);
            }
            case E0 -> {
                if (isDigit(c)) {
                    return false;
                }
                return endValue(c);
            }
            case T -> expect(c, 'r', State.TR, "in literal true (expecting 'r')");
            case TR -> expect(c, 'u', State.TRU, "in literal true (expecting 'u')");
            case TRU -> expect(c, 'e', State.END_VALUE, "in literal true (expecting 'e')");
            case F -> expect(c, 'a', State.FA, "in literal false (expecting 'a')");
            case FA -> expect(c, 'l', State.FAL, "in literal false (expecting 'l')");
            case FAL -> expect(c, 's', State.FALS, "in literal false (expecting 's')");
            case FALS -> expect(c, 'e', State.END_VALUE, "in literal false (expecting 'e')");
            case N -> expect(c, 'u', State.NU, "in literal null (expecting 'u')");
            case NU -> expect(c, 'l', State.NUL, "in literal null (expecting 'l')");
            case NUL -> expect(c, 'l', State.END_VALUE, "in literal null (expecting 'l')");
        }
        return false;
    }

    private void expect(int c, char wanted, State next, String context) throws GoJsonException {
        if (c != wanted) {
            throw error(c, context);
        }
        state = next;
    }

    private boolean beginValue(int c) throws GoJsonException {
        if (isSpace(c)) {
            return false;
        }
        switch (c) {
            case '{' -> {
                state = State.BEGIN_STRING_OR_EMPTY;
                stack.push(Parse.OBJECT_KEY);
            }
            case '[' -> {
                state = State.BEGIN_VALUE_OR_EMPTY;
                stack.push(Parse.ARRAY_VALUE);
            }
            case '"' -> state = State.IN_STRING;
            case '-' -> state = State.NEG;
            case '0' -> state = State.ZERO;
            case 't' -> state = State.T;
            case 'f' -> state = State.F;
            case 'n' -> state = State.N;
            default -> {
                if (c >= '1' && c <= '9') {
                    state = State.ONE;
                } else {
                    throw error(c, "looking for beginning of value");
                }
            }
        }
        return false;
    }

    private boolean beginString(int c) throws GoJsonException {
        if (isSpace(c)) {
            return false;
        }
        if (c == '"') {
            state = State.IN_STRING;
            return false;
        }
        throw error(c, "looking for beginning of object key string");
    }

    private boolean zero(int c) throws GoJsonException {
        if (c == '.') {
            state = State.DOT;
            return false;
        }
        if (c == 'e' || c == 'E') {
            state = State.E;
            return false;
        }
        return endValue(c);
    }

    private boolean eSign(int c) throws GoJsonException {
        if (isDigit(c)) {
            state = State.E0;
            return false;
        }
        throw error(c, "in exponent of numeric literal");
    }

    private boolean endValue(int c) throws GoJsonException {
        if (stack.isEmpty()) {
            state = State.END_VALUE;
            return true; // Go: stateEndTop reports scanEnd; trailing bytes are left unread
        }
        if (isSpace(c)) {
            state = State.END_VALUE;
            return false;
        }
        switch (stack.peek()) {
            case OBJECT_KEY -> {
                if (c == ':') {
                    stack.pop();
                    stack.push(Parse.OBJECT_VALUE);
                    state = State.BEGIN_VALUE;
                    return false;
                }
                throw error(c, "after object key");
            }
            case OBJECT_VALUE -> {
                if (c == ',') {
                    stack.pop();
                    stack.push(Parse.OBJECT_KEY);
                    state = State.BEGIN_STRING;
                    return false;
                }
                if (c == '}') {
                    stack.pop();
                    state = State.END_VALUE;
                    return false;
                }
                throw error(c, "after object key:value pair");
            }
            case ARRAY_VALUE -> {
                if (c == ',') {
                    state = State.BEGIN_VALUE;
                    return false;
                }
                if (c == ']') {
                    stack.pop();
                    state = State.END_VALUE;
                    return false;
                }
                throw error(c, "after array element");
            }
        }
        return false;
    }

    private static GoJsonException error(int c, String context) {
        return new GoJsonException("invalid character " + quoteChar(c) + " " + context);
    }

    /** Go's {@code quoteChar}: the byte as a single-quoted Go literal. */
    static String quoteChar(int c) {
        if (c == '\'') {
            return "'\\''";
        }
        if (c == '"') {
            return "'\"'";
        }
        String inner = switch (c) {
            case 0x07 -> "\\a";
            case '\b' -> "\\b";
            case '\f' -> "\\f";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            case 0x0b -> "\\v";
            case '\\' -> "\\\\";
            default -> {
                if (c < 0x20 || c == 0x7f) {
                    yield String.format("\\x%02x", c);
                }
                if (c >= 0x80 && (c < 0xa1 || c == 0xad)) {
                    yield String.format("\\u%04x", c); // not printable in Go's strconv.IsPrint
                }
                yield String.valueOf((char) c);
            }
        };
        return "'" + inner + "'";
    }

    private static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHex(int c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
