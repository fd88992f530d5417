package com.sendense.console.alerts;

import com.sendense.console.base.i18n.Text;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Checks of what an administrator or user types as an address. */
final class Addresses {

    // Deliberately plain: one @, no spaces, a dot in the domain; the server has the last word.
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+");

    private Addresses() {}

    static String email(@Nullable String value) {
        String v = value == null ? "" : value.strip();
        if (v.length() > 254 || !EMAIL.matcher(v).matches()) {
            throw new AlertInputException(Text.of("alerts.error.email", v));
        }
        return v;
    }

    /** http or https with a host; anything else (file:, javascript:, no host) is refused. */
    static String webhookUrl(@Nullable String value) {
        String v = value == null ? "" : value.strip();
        try {
            URI uri = new URI(v);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (v.length() > 2000 || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                    || uri.getRawUserInfo() != null) {
                throw new AlertInputException(Text.of("alerts.error.url", v));
            }
            return uri.toString();
        } catch (URISyntaxException e) {
            throw new AlertInputException(Text.of("alerts.error.url", v));
        }
    }
}
