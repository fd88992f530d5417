package com.sendense.console.backups.ui;

import com.vaadin.flow.component.Html;
import java.util.List;
import java.util.Locale;

/**
 * A tiny line chart of the recent speed readings, drawn on the server as SVG (no chart library,
 * no frontend build). The SVG sits inside a span because the browser only gives SVG its own
 * namespace when it parses it as markup.
 */
class SpeedSparkline extends Html {

    static final int WIDTH = 120;
    static final int HEIGHT = 28;

    SpeedSparkline() {
        super(markup(List.of(), ""));
        show(List.of());
    }

    void show(List<Long> speeds) {
        setHtmlContent(markup(speeds, getTranslation("backups.progress.speedChart", speeds.size())));
    }

    /** {@code label} is the chart's text alternative, from the bundle (never a hub string): no escaping needed. */
    static String markup(List<Long> speeds, String label) {
        StringBuilder points = new StringBuilder();
        if (speeds.size() >= 2) {
            long max = speeds.stream().mapToLong(Long::longValue).max().orElse(1);
            double step = (double) WIDTH / (speeds.size() - 1);
            for (int i = 0; i < speeds.size(); i++) {
                double y = HEIGHT - 2 - (HEIGHT - 4) * (double) speeds.get(i) / Math.max(1, max);
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", i * step, y));
            }
        }
        String line = points.isEmpty()
                ? ""
                : "<polyline points=\"" + points.toString().trim()
                        + "\" fill=\"none\" style=\"stroke:var(--lumo-primary-color)\" stroke-width=\"1.5\""
                        + " stroke-linejoin=\"round\" stroke-linecap=\"round\"/>";
        return "<span class=\"speed-sparkline\"><svg width=\"" + WIDTH + "\" height=\"" + HEIGHT + "\" viewBox=\"0 0 "
                + WIDTH + " " + HEIGHT + "\" role=\"img\" aria-label=\"" + label + "\">" + "<line x1=\"0\" y1=\""
                + (HEIGHT - 1) + "\" x2=\"" + WIDTH + "\" y2=\"" + (HEIGHT - 1)

                + "\" style=\"stroke:var(--lumo-contrast-20pct)\" stroke-width=\"1\"/>" + line + "</svg></span>";
    }
}
