package com.sendense.console.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Finds English left on a page shown in German: the English values of a bundle that appear in the page's
 * text while their German differs, and any {@code !key!} of a missing translation. Only values of two or more
 * words without placeholders count, so a shared word ("VM", "Status") or a name is never a false alarm.
 */
public final class EnglishLeft {

    private EnglishLeft() {}

    public static List<String> in(String pageText, String... bundles) {
        List<String> found = new ArrayList<>();
        if (pageText.matches("(?s).*![a-z]+\\.[A-Za-z0-9_.]+!.*")) {
            found.add("a missing key: " + pageText.replaceAll("(?s).*?(![a-z]+\\.[A-Za-z0-9_.]+!).*", "$1"));
        }
        for (String name : bundles) {
            ResourceBundle.Control control = ResourceBundle.Control
                    .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
            ResourceBundle english = ResourceBundle.getBundle("i18n/" + name, Locale.ROOT, control);
            ResourceBundle german = ResourceBundle.getBundle("i18n/" + name, Locale.GERMAN, control);
            for (String key : english.keySet()) {
                String en = english.getString(key).replace("''", "'");
                if (en.contains("{") || en.strip().split("\\s+").length < 2) {
                    continue;
                }
                if (!en.equals(german.getString(key).replace("''", "'")) && pageText.contains(en)) {
                    found.add(key + " = " + en);
                }
            }
        }
        return found;
    }
}
