package com.sendense.console.restore.ui;

import com.sendense.console.hub.HubPath;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/**
 * A URL reaches the view percent-decoded after a reload (the servlet container decodes) but not after client-side
 * navigation, and names hold anything ({@code 100% done.txt}, {@code C# notes}). So {@code ~ % / \ ? # + ;} and
 * control characters are written as {@code ~HH} UTF-8 bytes, which neither touches; a {@code %} in the URL can then
 * only come from the browser's own encoding, and is decoded first.
 */
final class PathParam {

    private static final String ESCAPED = "~%/\\?#+;";

    private PathParam() {
    }

    static String encode(HubPath path) {
        return path.segments().stream().map(PathParam::encodeSegment).collect(Collectors.joining("/"));
    }

    static String decode(String param) {
        String s = param.indexOf('%') >= 0 ? percentDecode(param) : param;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '~' && i + 2 < s.length() && hex(s.charAt(i + 1)) >= 0 && hex(s.charAt(i + 2)) >= 0) {
                out.write(hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2)));
                i += 2;
            } else {
                out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return "/" + out.toString(StandardCharsets.UTF_8);
    }

    private static String encodeSegment(String segment) {
        StringBuilder sb = new StringBuilder();
        segment.codePoints().forEach(cp -> {
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

    private static String percentDecode(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && hex(s.charAt(i + 1)) >= 0 && hex(s.charAt(i + 2)) >= 0) {
                out.write(hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2)));
                i += 2;
            } else {
                out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
