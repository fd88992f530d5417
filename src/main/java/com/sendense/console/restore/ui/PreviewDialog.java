package com.sendense.console.restore.ui;

import com.sendense.console.base.ui.HubErrorMessages;
import com.sendense.console.base.ui.component.Formatters;
import com.sendense.console.hub.FileEntry;
import com.sendense.console.hub.HubException;
import com.sendense.console.hub.MountId;
import com.sendense.console.restore.AuditUnavailableException;
import com.sendense.console.restore.MountGoneException;
import com.sendense.console.restore.Preview;
import com.sendense.console.restore.PreviewService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * One file's preview, read on a worker thread while a progress bar shows: text as text (never markup), pictures and
 * PDF pages as small PNGs the server made, an Office document's properties. Too large or unreadable: why, and the
 * download instead.
 */
final class PreviewDialog extends Dialog {

    final Paragraph info = new Paragraph();
    final Div body = new Div();
    final Button download = new Button(VaadinIcon.DOWNLOAD.create());
    final Button close = new Button();
    /** The preview being read and its hand-over to the UI, for tests to wait on. */
    @Nullable
    CompletableFuture<?> pending;

    private final FileEntry file;

    PreviewDialog(FileEntry file, @Nullable String version, ZoneId zone, Locale locale, @Nullable Runnable onDownload) {
        this.file = file;
        addClassName("preview-dialog");
        setHeaderTitle(version == null ? file.name() : getTranslation("preview.title.version", file.name(), version));
        setWidth("min(960px, 95vw)");
        setHeight("85vh");
        setResizable(true);
        info.addClassName("preview-info");
        info.setText(getTranslation("preview.info", Formatters.bytes(file.size(), locale),
                Formatters.dateTime(file.modified(), zone, locale)));
        body.addClassName("preview-body");
        // The dialog scrolls a long text or many pages: the keyboard must reach it to scroll it (WCAG 2.1.1).
        body.getElement().setAttribute("tabindex", "0");
        body.getElement().setAttribute("role", "region");
        body.getElement().setAttribute("aria-label", file.name());
        download.setText(getTranslation("preview.download"));
        download.setVisible(onDownload != null);
        download.addClickListener(e -> {
            if (onDownload != null) {
                onDownload.run();
            }
        });
        close.setText(getTranslation("preview.close"));
        close.addClassName("preview-close");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        close.addClickListener(e -> close());
        getFooter().add(download, close);
        add(info, body);
    }

    /** Reads the preview in the background; the dialog shows progress until it arrives. */
    void start(PreviewService service, MountId mount, @Nullable String reason) {
        var progress = new ProgressBar();
        progress.setIndeterminate(true);
        body.removeAll();
        body.add(new Span(getTranslation("preview.reading", file.name())), progress);
        UI ui = UI.getCurrent();
        CompletableFuture<Preview> work;
        try {
            work = service.previewInBackground(mount, file.path(), reason);
        } catch (RuntimeException e) {
            failed(e);
            return;
        }
        pending = work.whenComplete((preview, error) -> ui.access(() -> {
            if (error != null) {
                failed(error instanceof CompletionException && error.getCause() != null ? error.getCause() : error);
            } else {
                show(preview);
            }
        }));
    }

    void show(Preview preview) {
        body.removeAll();
        Locale locale = getLocale() == null ? Locale.UK : getLocale();
        switch (preview) {
            case Preview.TextContent t -> {
                var note = new Paragraph(t.cut()
                        ? getTranslation("preview.text.cut", t.encoding(), Formatters.bytes(t.bytesRead(), locale),
                                Formatters.bytes(file.size(), locale))
                        : getTranslation("preview.text.encoding", t.encoding()));
                note.addClassName("preview-note");
                var text = new Pre();
                text.setText(t.text());
                text.addClassName("preview-text");
                body.add(note, text);
            }
            case Preview.Picture p -> {
                var note = new Paragraph(getTranslation("preview.image.scaled", p.width(), p.height()));
                note.addClassName("preview-note");
                body.add(note, image(p.png(), "preview.png", getTranslation("preview.image.alt", file.name())));
            }
            case Preview.Pages p -> {
                var note = new Paragraph(getTranslation("preview.pdf.pages", p.pages().size(), p.pageCount()));
                note.addClassName("preview-note");
                body.add(note);
                for (int i = 0; i < p.pages().size(); i++) {
                    Image page = image(p.pages().get(i), "page-" + (i + 1) + ".png",
                            getTranslation("preview.pdf.alt", i + 1, file.name()));
                    page.addClassName("preview-page");
                    body.add(page);
                }
            }
            case Preview.Properties p -> {
                var note = new Paragraph(getTranslation("preview.office.note"));
                note.addClassName("preview-note");
                body.add(note);
                p.properties().forEach((name, value) -> {
                    var row = new Div(new Span(getTranslation("preview.property." + name)), new Span(value));
                    row.addClassName("preview-property");
                    body.add(row);
                });
            }
            case Preview.Refused r -> {
                var why = new Paragraph(PreviewTexts.refusal(r, locale));
                why.addClassName("preview-refused");
                body.add(why);
                if (r.tooLarge() && download.isVisible()) {
                    body.add(new Paragraph(getTranslation("preview.downloadInstead")));
                }
            }
        }
    }

    private void failed(Throwable e) {
        body.removeAll();
        var why = new Paragraph(switch (e) {
            case AuditUnavailableException a -> getTranslation("preview.error.audit");
            case MountGoneException g -> getTranslation("preview.error.mountGone");
            case AccessDeniedException d -> getTranslation("preview.error.refused", String.valueOf(d.getMessage()));
            case HubException h -> getTranslation("preview.error.hub", HubErrorMessages.explain(h));
            case IllegalArgumentException i -> getTranslation("preview.error.reason", String.valueOf(i.getMessage()));
            default -> getTranslation("preview.error.unexpected");
        });
        why.addClassName("preview-refused");
        body.add(why);
    }

    private static Image image(byte[] png, String name, String alt) {
        var image = new Image(
                DownloadHandler.fromInputStream(
                        event -> new DownloadResponse(new ByteArrayInputStream(png), name, "image/png", png.length)),
                alt);
        image.addClassName("preview-image");
        return image;
    }
}
