package com.sendense.console.restore.ui;

import com.sendense.console.base.i18n.Languages;
import com.sendense.console.base.i18n.Messages;
import com.sendense.console.base.ui.HubErrorMessages;
import com.sendense.console.base.ui.Notifications;
import com.sendense.console.hub.FileEntry;
import com.sendense.console.hub.HubException;
import com.sendense.console.hub.HubPath;
import com.sendense.console.hub.MountId;
import com.sendense.console.restore.FileBrowseService;
import com.sendense.console.restore.LinkRefusedException;
import com.sendense.console.restore.ResolvedPath;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.router.BeforeEnterEvent;
import java.io.Serializable;
import java.util.Locale;
import java.util.Optional;

/** Opens what a link leads to, never the link itself: the hub would follow a link out of the mount (issue 11). */
final class LinkOpener implements Serializable {

    private final transient FileBrowseService browse;

    LinkOpener(FileBrowseService browse) {
        this.browse = browse;
    }

    /** To the target folder, or the one holding the target file; a refused link is left to the listing to refuse. */
    boolean forwarded(BeforeEnterEvent event, MountId mountId, HubPath path) {
        Optional<HubPath> to = instead(mountId, path);
        to.ifPresent(p -> event.forwardTo(FileBrowserView.class, FileBrowserView.parameters(mountId, p)));
        return to.isPresent();
    }

    private Optional<HubPath> instead(MountId mountId, HubPath path) {
        ResolvedPath resolved;
        try {
            resolved = browse.resolve(mountId, path);
        } catch (HubException | LinkRefusedException e) {
            return Optional.empty();
        }
        FileEntry via = resolved.via();
        if (via == null) {
            return Optional.empty();
        }
        boolean folder = resolved.entry().isDirectory();
        Notifications
                .success(Messages.get(locale(), folder ? "restore.link.forwardedFolder" : "restore.link.forwardedFile",
                        via.path().value(), resolved.path().value()));
        return Optional.of(folder ? resolved.path() : resolved.path().parent().orElse(HubPath.root()));
    }

    void open(MountId mountId, FileEntry link, SerializableConsumer<HubPath> go,
            SerializableConsumer<FileEntry> download) {
        try {
            ResolvedPath resolved = browse.resolve(mountId, link.path());
            if (resolved.entry().isDirectory()) {
                go.accept(resolved.path());
            } else {
                download.accept(resolved.entry());
            }
        } catch (LinkRefusedException e) {
            Notifications.warning(Messages.get(locale(), e.text()));
        } catch (HubException e) {
            Notifications
                    .error(Messages.get(locale(), "restore.link.cannotOpen", link.name(), HubErrorMessages.explain(e)));
        }
    }

    private static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null || ui.getLocale() == null ? Languages.DEFAULT : ui.getLocale();
    }
}
