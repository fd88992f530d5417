package com.sendense.console.base.ui;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Any string (a VM name such as {@code web "quoted" 01 – Zürich <test>}) as one route parameter,
 * e.g. {@code backups/vm/:vmName}. Vaadin puts the value into the URL as it is and hands it back
 * as the browser sent it: percent-encoded after a client-side link ({@code web%2001}), decoded
 * after some reloads, never both. So the characters that either step could change or that would
 * split the path ({@code ~ % / \ ? # + ;} and control characters) are written as {@code ~HH}
 * UTF-8 bytes, which neither step touches, and everything else stays readable. A {@code %} in a
 * value can then only come from the browser's own encoding, and is decoded exactly once.
 */
public final class RouteSegment {

    private static final String ESCAPED = "~%/\\?#+;";

    private RouteSegment() {}

    /** The route parameter for a value; plain names such as {@code web-01} stay as they are. */
    public static String encode(String value) {
        StringBuilder sb = new StringBuilder();
        value.codePoints().forEach(cp -> {
            if (cp < 0x20 || cp == 0x7f || ESCAPED.indexOf(cp) >= 0) {
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    sb.append('~').append(String.format("%02X", b & 0xff));
                }
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }

    /** The value of a route parameter, whether or not the browser percent-encoded it on the way. */
    public static String decode(String param) {
        return unescape(param.indexOf('%') >= 0 ? unescape(param, '%') : param, '~');
    }

    private static String unescape(String s, char marker) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == marker && i + 2 < s.length() && hex(s.charAt(i + 1)) >= 0 && hex(s.charAt(i + 2)) >= 0) {
                out.write(hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2)));
                i += 2;
            } else {
                int cp = s.codePointAt(i);
                out.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(cp) - 1;
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
