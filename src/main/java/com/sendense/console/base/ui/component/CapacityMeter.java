package com.sendense.console.base.ui.component;

import com.sendense.console.base.i18n.Messages;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.progressbar.ProgressBarVariant;
import java.util.Locale;

/**
 * Used space as a bar with its percentage in words, amber from 80 % and red from 90 % as on the
 * dashboard. A component of its own because the dashboard's SVG bar belongs to that feature.
 */
public class CapacityMeter extends Div {

    final ProgressBar bar = new ProgressBar(0, 100);
    final Span label = new Span();

    public CapacityMeter(long usedBytes, long totalBytes, double usedPercent, Locale locale) {
        double percent = Math.max(0, Math.min(100, usedPercent));
        bar.setValue(percent);
        if (percent >= 90) {
            bar.addThemeVariants(ProgressBarVariant.LUMO_ERROR);
        } else if (percent >= 80) {
            bar.addThemeVariants(ProgressBarVariant.LUMO_CONTRAST);
            bar.getStyle().set("--vaadin-progress-value-background", "var(--lumo-warning-color)");
        }
        String rounded = String.format(locale, "%.0f", percent);
        label.setText(Messages.get(locale, "base.capacity.used", rounded));
        bar.getElement().setAttribute("aria-label", label.getText());
        label.addClassName("capacity-meter-label");
        bar.getElement()
                .setAttribute("aria-label", Messages.get(locale, "base.capacity.usedOf", rounded,
                        Formatters.bytes(usedBytes, locale), Formatters.bytes(totalBytes, locale)));
        bar.setWidth("5rem");
        addClassName("capacity-meter");
        getStyle().set("display", "flex").set("align-items", "center").set("gap", "var(--lumo-space-s)");
        add(bar, label);
    }

    public double percent() {
        return bar.getValue();
    }
}
