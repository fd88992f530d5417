package com.sendense.console.restore.ui;

import com.sendense.console.base.i18n.Messages;
import com.sendense.console.base.ui.component.Formatters;
import com.sendense.console.restore.Preview;
import java.util.Locale;

/** A refusal's message, with its sizes formatted for the reader (the service hands raw byte counts). */
final class PreviewTexts {

    private PreviewTexts() {}

    static String refusal(Preview.Refused r, Locale locale) {
        var args = r.why().args();
        return switch (r.why().key()) {
            case "preview.refused.tooLarge", "preview.refused.truncated" ->
                Messages.get(locale, r.why().key(), Formatters.bytes(((Number) args.get(0)).longValue(), locale),
                        Formatters.bytes(((Number) args.get(1)).longValue(), locale));
            default -> Messages.get(locale, r.why());
        };
    }
}
