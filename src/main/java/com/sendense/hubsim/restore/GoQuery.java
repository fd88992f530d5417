package com.sendense.hubsim.restore;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@code r.URL.Query().Get(key)}: Go's {@code url.ParseQuery}. {@code +} is a space, pairs with a
 * bad escape or a semicolon are dropped, the first value of a key wins, a missing key is "".
 */
final class GoQuery {

    private final Map<String, String> first = new HashMap<>();

    private GoQuery() {}

    static GoQuery parse(@Nullable String rawQuery) {
        GoQuery query = new GoQuery();
        if (rawQuery == null) {
            return query;
        }
        for (String pair : rawQuery.split("&", -1)) {
            if (pair.isEmpty() || pair.contains(";")) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = unescape(eq < 0 ? pair : pair.substring(0, eq));
            String value = unescape(eq < 0 ? "" : pair.substring(eq + 1));
            if (key != null && value != null) {
                query.first.putIfAbsent(key, value);
            }
        }
        return query;
    }

    String get(String key) {
        return first.getOrDefault(key, "");
    }

    /** {@code strconv.ParseBool}, with a parse error counting as false (as the hub does). */
    static boolean parseBool(String s) {
        return switch (s) {
            case "1", "t", "T", "TRUE", "true", "True" -> true;
            default -> false;
        };
    }

    private static @Nullable String unescape(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (cp == '+') {
                out.write(' ');
            } else if (cp == '%') {
                if (i + 2 >= s.length() || Character.digit(s.charAt(i + 1), 16) < 0
                        || Character.digit(s.charAt(i + 2), 16) < 0) {
                    return null;
                }
                out.write(Character.digit(s.charAt(i + 1), 16) * 16 + Character.digit(s.charAt(i + 2), 16));
                i += 2;
            } else {
                out.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
            }
            i += Character.charCount(cp);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
