package com.sendense.console.restore.ui;

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
    final Button download = new Button("Download selected", VaadinIcon.DOWNLOAD.create());
    final Button archiveFolder = new Button("Download this folder…", VaadinIcon.FILE_ZIP.create());
    final Button clear = new Button("Clear selection");

    BasketBar(boolean reasonRequired, boolean mayDownload) {
        summary.addClassName("basket-summary");
        reason.setPlaceholder(reasonRequired ? "Reason or ticket (required)" : "Reason or ticket (optional)");
        reason.setAriaLabel("Reason or ticket number for the audit log");
        reason.setRequiredIndicatorVisible(reasonRequired);
        reason.setMaxLength(500);
        reason.addClassName("basket-reason");
        download.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addClassName("basket-bar");
        if (mayDownload) {
            add(summary, reason, clear, archiveFolder, download);
        } else {
            var readOnly = new Span("Read-only: managers can browse but not download.");
            readOnly.addClassName("basket-read-only");
            add(summary, readOnly);
        }
    }

    void render(Basket basket, Locale locale) {
        if (basket.isEmpty()) {
            summary.setText("Nothing selected");
        } else {
            String files = basket.files() == 1 ? "1 file" : basket.files() + " files";
            String folders = basket.folders() == 0
                    ? ""
                    : " + " + (basket.folders() == 1 ? "1 folder" : basket.folders() + " folders");
            summary.setText(files + folders + " selected · " + Formatters.bytes(basket.fileBytes(), locale)
                    + (basket.folders() > 0 ? " + folder contents" : ""));
        }
        download.setEnabled(!basket.isEmpty());
        clear.setEnabled(!basket.isEmpty());
    }
}
