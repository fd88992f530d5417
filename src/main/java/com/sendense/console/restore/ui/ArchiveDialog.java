package com.sendense.console.restore.ui;

import com.sendense.console.base.ui.component.Formatters;
import com.sendense.console.hub.ArchiveFormat;
import com.sendense.console.restore.SizeEstimate;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.function.SerializableConsumer;
import java.io.Serializable;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * No ZIP for a folder with links out of their partition: the hub's ZIP follows links, its tar.gz stores them as
 * empty entries (issue 11). ZIP would also drop empty folders, which the dialog says.
 */
final class ArchiveDialog extends Dialog {

    @FunctionalInterface
    interface Callback extends Serializable {

        void download(ArchiveFormat format);
    }

    final RadioButtonGroup<ArchiveFormat> format = new RadioButtonGroup<>("Archive format");
    final Paragraph size = new Paragraph();
    final Paragraph warning = new Paragraph();
    final Paragraph zipNote = new Paragraph();
    final Paragraph linkWarning = new Paragraph();
    final Button download = new Button("Download");

    ArchiveDialog(String what, SizeEstimate estimate, @Nullable String zipRefusal, long largeBytes, Locale locale,
            Callback callback) {
        setHeaderTitle("Download " + what + " as an archive");
        format.setItems(ArchiveFormat.ZIP, ArchiveFormat.TAR_GZ);
        format.setItemLabelGenerator(
                f -> f == ArchiveFormat.ZIP ? "ZIP (opens anywhere)" : "tar.gz (keeps empty folders)");
        boolean noZip = zipRefusal != null;
        format.setItemEnabledProvider(f -> f != ArchiveFormat.ZIP || !noZip);
        format.setValue(noZip ? ArchiveFormat.TAR_GZ : ArchiveFormat.ZIP);
        linkWarning.setText(noZip
                ? zipRefusal + " ZIP is therefore not offered: tar.gz keeps each link as an empty entry "
                        + "and leaves out what it points to. Cancel skips this folder."
                : "");
        linkWarning.addClassName("archive-warning");
        linkWarning.setVisible(noZip);
        String amount = Formatters.bytes(estimate.bytes(), locale) + " in " + estimate.files() + " files";
        size.setText(estimate.complete()
                ? "About " + amount + "."
                : "More than " + amount + " (the estimate stopped before the end of the folder tree).");
        warning.setText("This archive is likely over " + Formatters.bytes(largeBytes, locale) + ". The hub stops every "
                + "download after 15 seconds, so a large archive may arrive incomplete; the console will say so. "
                + "Smaller folders are safer.");
        warning.addClassName("archive-warning");
        warning.setVisible(estimate.likelyOver(largeBytes));
        zipNote.addClassName("archive-note");
        SerializableConsumer<ArchiveFormat> note = f -> {
            zipNote.setVisible(f == ArchiveFormat.ZIP && (estimate.emptyFolders() > 0 || !estimate.complete()));
            zipNote.setText(estimate.emptyFolders() > 0
                    ? "ZIP leaves out empty folders (" + estimate.emptyFolders()
                            + " found). Choose tar.gz to keep them."
                    : "ZIP leaves out empty folders, if there are any. Choose tar.gz to keep them.");
        };
        note.accept(format.getValue());
        format.addValueChangeListener(e -> note.accept(e.getValue()));
        download.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        download.addClickListener(e -> {
            close();
            callback.download(format.getValue());
        });
        add(format, linkWarning, size, warning, zipNote);
        getFooter().add(new Button("Cancel", e -> close()), download);
        setWidth("520px");
    }
}
