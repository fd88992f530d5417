package com.sendense.console.dashboard.ui;

import com.sendense.console.base.i18n.Messages;

import com.sendense.console.base.ui.component.Formatters;
import com.sendense.console.base.ui.component.Svg;
import com.sendense.console.hub.StorageInfo;
import java.util.Locale;

/** A repository's used and free space now as one horizontal bar, amber from 80 % and red from 90 %. */
final class CapacityBar {

    private static final double WIDTH = 400;
    private static final double HEIGHT = 14;

    private CapacityBar() {}

    static String render(String repositoryName, StorageInfo info, Locale locale) {
        double percent = Math.max(0, Math.min(100, info.usedPercent()));
        String used = Formatters.bytes(info.usedBytes(), locale);
        String free = Formatters.bytes(info.availableBytes(), locale);
        String text = Messages.get(locale, "dashboard.capacity.label", repositoryName, used, free,
                Formatters.bytes(info.totalBytes(), locale), String.format(locale, "%.0f", percent));
        Svg svg = new Svg(WIDTH, HEIGHT, text);
        svg.rect(0, 0, WIDTH, HEIGHT, "fill: var(--lumo-contrast-10pct)",
                Messages.get(locale, "dashboard.capacity.free", free));
        svg.rect(0, 0, WIDTH * percent / 100, HEIGHT, "fill: " + colour(percent),
                Messages.get(locale, "dashboard.capacity.used", used));
        return svg.render();
    }

    static String colour(double percent) {
        if (percent >= 90) {
            return "var(--lumo-error-color)";
        }
        return percent >= 80 ? "var(--lumo-warning-color)" : "var(--lumo-primary-color)";
    }
}
