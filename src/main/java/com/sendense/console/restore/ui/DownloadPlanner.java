package com.sendense.console.restore.ui;

import com.sendense.console.base.i18n.Messages;
import com.sendense.console.base.i18n.Text;
import com.sendense.console.base.ui.HubErrorMessages;
import com.sendense.console.base.ui.Notifications;
import com.sendense.console.base.ui.component.Formatters;
import com.sendense.console.hub.ArchiveFormat;
import com.sendense.console.hub.FileEntry;
import com.sendense.console.hub.HubException;
import com.sendense.console.hub.HubPath;
import com.sendense.console.hub.MountId;
import com.sendense.console.restore.DownloadKind;
import com.sendense.console.restore.DownloadRequest;
import com.sendense.console.restore.DownloadService;
import com.sendense.console.restore.FileBrowseService;
import com.sendense.console.restore.LinkRefusedException;
import com.sendense.console.restore.SizeEstimate;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.TextField;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

final class DownloadPlanner implements Serializable {

    private final transient FileBrowseService browse;
    private final transient DownloadService downloads;
    private final DownloadQueuePanel queue;
    private final TextField reason;
    private final Supplier<Locale> locale;

    DownloadPlanner(FileBrowseService browse, DownloadService downloads, DownloadQueuePanel queue, TextField reason,
            Supplier<Locale> locale) {
        this.browse = browse;
        this.downloads = downloads;
        this.queue = queue;
        this.reason = reason;
        this.locale = locale;
    }

    void download(MountId mountId, List<FileEntry> picked, String folderLabel) {
        if (!reasonGiven()) {
            return;
        }
        List<FileEntry> entries = withoutLinks(mountId, picked);
        if (entries.isEmpty()) {
            return;
        }
        List<FileEntry> folders = entries.stream().filter(FileEntry::isDirectory).toList();
        if (folders.isEmpty()) {
            confirmLarge(entries, () -> enqueue(mountId, entries, ArchiveFormat.ZIP));
            return;
        }
        SizeEstimate estimate = folders.stream()
                .map(f -> browse.estimate(mountId, f.path()))
                .reduce((a, b) -> new SizeEstimate(a.bytes() + b.bytes(), a.files() + b.files(),
                        a.folders() + b.folders(), a.emptyFolders() + b.emptyFolders(), a.links() + b.links(),
                        a.complete() && b.complete()))
                .orElseThrow();
        String what = folders.size() == 1
                ? Messages.get(locale.get(), "restore.archive.quoted",
                        folderLabel.isEmpty() ? folders.getFirst().name() : folderLabel)
                : Messages.get(locale.get(), "downloads.folders.count", folders.size());
        Text zipRefusal = folders.stream()
                .map(f -> browse.zipRefusal(mountId, f.path()))
                .flatMap(java.util.Optional::stream)
                .findFirst()
                .orElse(null);
        new ArchiveDialog(what, estimate, zipRefusal, downloads.largeDownloadBytes(), locale.get(),
                format -> confirmLarge(entries, () -> enqueue(mountId, entries, format))).open();
    }

    /** The hub would follow a link (issue 11): one inside its partition becomes its target, any other is left out. */
    private List<FileEntry> withoutLinks(MountId mountId, List<FileEntry> picked) {
        List<FileEntry> kept = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (FileEntry e : picked) {
            try {
                kept.add(e.symlink() ? browse.resolve(mountId, e.path()).entry() : e);
            } catch (LinkRefusedException ex) {
                refused.add(Messages.get(locale.get(), ex.text()));
            } catch (HubException ex) {
                refused.add(Messages.get(locale.get(), "downloads.links.uncheckable", e.name(),
                        HubErrorMessages.explain(ex)));
            }
        }
        if (!refused.isEmpty()) {
            Notifications.warning(String.join(" ", refused)
                    + (kept.isEmpty() ? "" : " " + Messages.get(locale.get(), "downloads.links.othersDownloaded")));
        }
        return kept;
    }

    private boolean reasonGiven() {
        if (downloads.reasonRequired() && reason.getValue().isBlank()) {
            reason.setInvalid(true);
            reason.setErrorMessage(Messages.get(locale.get(), "downloads.reason.missing"));
            reason.focus();
            Notifications.warning(Messages.get(locale.get(), "downloads.reason.missingNotice"));
            return false;
        }
        reason.setInvalid(false);
        return true;
    }

    private void confirmLarge(List<FileEntry> entries, Runnable go) {
        List<FileEntry> large = entries.stream()
                .filter(e -> !e.isDirectory() && e.size() > downloads.largeDownloadBytes())
                .toList();
        if (large.isEmpty()) {
            go.run();
            return;
        }
        Locale l = locale.get();
        String names = large.size() == 1
                ? Messages.get(l, "downloads.large.one", large.getFirst().name(),
                        Formatters.bytes(large.getFirst().size(), l))
                : Messages.get(l, "downloads.large.many", large.size(),
                        Formatters.bytes(downloads.largeDownloadBytes(), l));
        boolean allSpooled = large.stream().allMatch(e -> queue.spools(e.size()));
        var dialog = new ConfirmDialog(Messages.get(l, "downloads.large.title"),
                Messages.get(l, allSpooled ? "downloads.large.spooled" : "downloads.large.direct", names),
                Messages.get(l, "downloads.large.confirm"), e -> go.run());
        dialog.setCancelable(true);
        dialog.open();
    }

    private void enqueue(MountId mountId, List<FileEntry> entries, ArchiveFormat format) {
        String why = reason.getValue().isBlank() ? null : reason.getValue().strip();
        List<QueueItem> items = new ArrayList<>();
        for (FileEntry e : entries) {
            DownloadKind kind = e.isDirectory() ? DownloadKind.of(format) : DownloadKind.FILE;
            String name = e.isDirectory() ? e.name() + "." + format.extension() : e.name();
            boolean viaSpool = !e.isDirectory() && queue.spools(e.size());
            items.add(new QueueItem(new DownloadRequest(mountId, e.path(), kind, why), name,
                    e.isDirectory() ? null : e.size(), viaSpool));
        }
        queue.enqueue(items);
    }

    /** A folder itself as one entry, for "Download this folder". */
    static FileEntry folderEntry(HubPath path) {
        return new FileEntry(path.name(), path, com.sendense.console.hub.EntryType.DIRECTORY, 0, "", null, false, null);
    }
}
