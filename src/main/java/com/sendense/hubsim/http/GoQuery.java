package com.sendense.hubsim.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Go's {@code url.ParseQuery}: {@code +} is a space, {@code Get} takes the first value, and pairs
 * with a bad escape or a semicolon are silently dropped.
 */
final class GoQuery {

    private final Map<String, String> first;

    private GoQuery(Map<String, String> first) {
        this.first = first;
    }

    static GoQuery parse(@Nullable String rawQuery) {
        Map<String, String> values = new LinkedHashMap<>();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&")) {
                if (pair.isEmpty() || pair.contains(";")) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String key = eq < 0 ? pair : pair.substring(0, eq);
                String value = eq < 0 ? "" : pair.substring(eq + 1);
                try {
                    values.putIfAbsent(URLDecoder.decode(key, StandardCharsets.UTF_8),
                            URLDecoder.decode(value, StandardCharsets.UTF_8));
                } catch (IllegalArgumentException badEscape) {
                    // Go drops the pair and keeps going
                }
            }
        }
        return new GoQuery(values);
    }

    String get(String name) {
        return first.getOrDefault(name, "");
    }
}
