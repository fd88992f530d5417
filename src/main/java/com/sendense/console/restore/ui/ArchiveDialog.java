package com.sendense.console.restore.ui;

import com.sendense.console.base.i18n.Messages;
import com.sendense.console.base.i18n.Text;
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

    final RadioButtonGroup<ArchiveFormat> format = new RadioButtonGroup<>();
    final Paragraph size = new Paragraph();
    final Paragraph warning = new Paragraph();
    final Paragraph zipNote = new Paragraph();
    final Paragraph linkWarning = new Paragraph();
    final Button download = new Button();

    ArchiveDialog(String what, SizeEstimate estimate, @Nullable Text zipRefusal, long largeBytes, Locale locale,
            Callback callback) {
        format.setLabel(Messages.get(locale, "restore.archive.format"));
        download.setText(Messages.get(locale, "restore.archive.download"));
        setHeaderTitle(Messages.get(locale, "restore.archive.title", what));
        format.setItems(ArchiveFormat.ZIP, ArchiveFormat.TAR_GZ);
        format.setItemLabelGenerator(
                f -> Messages.get(locale, f == ArchiveFormat.ZIP ? "restore.archive.zip" : "restore.archive.tarGz"));
        boolean noZip = zipRefusal != null;
        format.setItemEnabledProvider(f -> f != ArchiveFormat.ZIP || !noZip);
        format.setValue(noZip ? ArchiveFormat.TAR_GZ : ArchiveFormat.ZIP);
        linkWarning.setText(zipRefusal != null
                ? Messages.get(locale, "restore.archive.noZip", Messages.get(locale, zipRefusal))
                : "");
        linkWarning.addClassName("archive-warning");
        linkWarning.setVisible(noZip);
        String amount = Messages.get(locale, "restore.archive.amount", Formatters.bytes(estimate.bytes(), locale),
                estimate.files());
        size.setText(Messages.get(locale, estimate.complete() ? "restore.archive.about" : "restore.archive.moreThan",
                amount));
        warning.setText(Messages.get(locale, "restore.archive.large", Formatters.bytes(largeBytes, locale)));
        warning.addClassName("archive-warning");
        warning.setVisible(estimate.likelyOver(largeBytes));
        zipNote.addClassName("archive-note");
        SerializableConsumer<ArchiveFormat> note = f -> {
            zipNote.setVisible(f == ArchiveFormat.ZIP && (estimate.emptyFolders() > 0 || !estimate.complete()));
            zipNote.setText(estimate.emptyFolders() > 0
                    ? Messages.get(locale, "restore.archive.zipEmptyFound", estimate.emptyFolders())
                    : Messages.get(locale, "restore.archive.zipEmptyMaybe"));
        };
        note.accept(format.getValue());
        format.addValueChangeListener(e -> note.accept(e.getValue()));
        download.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        download.addClickListener(e -> {
            close();
            callback.download(format.getValue());
        });
        add(format, linkWarning, size, warning, zipNote);
        getFooter().add(new Button(Messages.get(locale, "restore.archive.cancel"), e -> close()), download);
        setWidth("520px");
    }
}
