package com.sendense.console.restore.ui;

import com.sendense.console.base.i18n.Messages;
import com.sendense.console.base.ui.component.Formatters;
import com.sendense.console.restore.Basket;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;

final class BasketBar extends Div {

    final Span summary = new Span();
    final TextField reason = new TextField();
    final Button download = new Button(getTranslation("restore.basket.downloadSelected"), VaadinIcon.DOWNLOAD.create());
    final Button archiveFolder = new Button(getTranslation("restore.basket.downloadFolder"),
            VaadinIcon.FILE_ZIP.create());
    final Button clear = new Button(getTranslation("restore.basket.clear"));

    BasketBar(boolean reasonRequired, boolean mayDownload) {
        summary.addClassName("basket-summary");
        reason.setPlaceholder(
                getTranslation(reasonRequired ? "restore.basket.reasonRequired" : "restore.basket.reasonOptional"));
        reason.setAriaLabel(getTranslation("restore.basket.reasonLabel"));
        reason.setRequiredIndicatorVisible(reasonRequired);
        reason.setMaxLength(500);
        reason.addClassName("basket-reason");
        download.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addClassName("basket-bar");
        if (mayDownload) {
            add(summary, reason, clear, archiveFolder, download);
        } else {
            var readOnly = new Span(getTranslation("restore.basket.readOnly"));
            readOnly.addClassName("basket-read-only");
            add(summary, readOnly);
        }
    }

    void render(Basket basket, Locale locale) {
        if (basket.isEmpty()) {
            summary.setText(Messages.get(locale, "restore.basket.nothing"));
        } else {
            String files = Messages.get(locale, "restore.basket.files", basket.files());
            String size = Formatters.bytes(basket.fileBytes(), locale);
            summary.setText(basket.folders() == 0
                    ? Messages.get(locale, "restore.basket.summary", files, size)
                    : Messages.get(locale, "restore.basket.summaryWithFolders", files,
                            Messages.get(locale, "restore.basket.folders", basket.folders()), size));
        }
        download.setEnabled(!basket.isEmpty());
        clear.setEnabled(!basket.isEmpty());
    }
}
