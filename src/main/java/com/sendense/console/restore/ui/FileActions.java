package com.sendense.console.restore.ui;

import com.sendense.console.hub.FileEntry;
import com.sendense.console.hub.HubPath;
import com.sendense.console.hub.HubZone;
import com.sendense.console.hub.MountId;
import com.sendense.console.restore.CompareService;
import com.sendense.console.restore.DownloadService;
import com.sendense.console.restore.Folder;
import com.sendense.console.restore.PreviewService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.contextmenu.GridContextMenu;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;

/**
 * The file browser's preview and compare actions, kept out of the browser's own classes: a "Preview" button in each
 * previewable file's row, "Preview" and "Compare with …" in the tool bar (for the focused file and the open folder),
 * and both in the grid's context menu. The view hands it what it knows once ({@link #attach}).
 */
@SpringComponent
@StyleSheet("styles/preview.css")
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
final class FileActions extends Div {

    /** What the file browser knows: the mount, the open folder, the audit reason typed, and how it downloads. */
    record Browser(Supplier<Optional<MountId>> mount, Supplier<Optional<HubPath>> folder, Supplier<String> reason,
            Supplier<String> holderId, BiConsumer<MountId, FileEntry> download) {}

    final Button preview = new Button(VaadinIcon.EYE.create());
    final Button compareWith = new Button(VaadinIcon.SPLIT.create());
    @Nullable
    PreviewDialog previewDialog;
    @Nullable
    CompareDialog compareDialog;
    private final PreviewService previews;
    private final CompareService compares;
    private final boolean mayPreview;
    private final java.time.ZoneId zone;
    private @Nullable Browser browser;
    private @Nullable FileGrid grid;

    FileActions(PreviewService previews, CompareService compares, DownloadService downloads, HubZone hub) {
        this.previews = previews;
        this.compares = compares;
        this.mayPreview = downloads.mayDownload();
        this.zone = hub.zone();
        addClassName("file-actions");
        preview.setText(getTranslation("preview.action"));
        preview.setTooltipText(getTranslation("preview.action.tooltip"));
        preview.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        preview.setVisible(mayPreview);
        preview.addClickListener(e -> previewFocused());
        compareWith.setText(getTranslation("compare.action"));
        compareWith.setTooltipText(getTranslation("compare.action.tooltip"));
        compareWith.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        compareWith.setVisible(mayPreview);
        compareWith.addClickListener(e -> currentBrowser().folder().get().ifPresent(this::compare));
        add(preview, compareWith);
        addDetachListener(e -> {
            if (compareDialog != null) {
                compareDialog.close();
            }
        });
    }

    /** Adds the row button and the context menu to the browser's grid. */
    void attach(FileGrid fileGrid, Browser owner) {
        this.grid = fileGrid;
        this.browser = owner;
        if (!mayPreview) {
            return;
        }
        fileGrid.addColumn(LitRenderer.<FileEntry>of("""
                <vaadin-button theme="tertiary-inline icon small" class="preview-row" title="${item.label}" \
                aria-label="${item.label}" ?hidden=${!item.previewable} @click=${preview}>\
                <vaadin-icon icon="vaadin:eye"></vaadin-icon></vaadin-button>""")
                .withProperty("previewable", PreviewService::previewable)
                .withProperty("label", e -> getTranslation("preview.action.row", Folder.displayName(e)))
                .withFunction("preview", this::preview)).setKey("preview").setWidth("56px").setFlexGrow(0);
        var menu = new GridContextMenu<>(fileGrid);
        menu.setDynamicContentHandler(entry -> {
            menu.removeAll();
            if (entry == null) {
                currentBrowser().folder()
                        .get()
                        .ifPresent(f -> menu.addItem(getTranslation("compare.action.folder"), e -> compare(f)));
                return true;
            }
            if (PreviewService.previewable(entry)) {
                menu.addItem(getTranslation("preview.action"), e -> preview(entry));
            } else if (entry.isDirectory() && !entry.symlink()
                    && !entry.path().parent().map(HubPath::isRoot).orElse(true)) {
                menu.addItem(getTranslation("compare.action.subfolder"), e -> compare(entry.path()));
            }
            return menu.getItems().size() > 0;
        });
    }

    void preview(FileEntry file) {
        Browser b = currentBrowser();
        b.mount().get().ifPresent(m -> preview(m, file, null));
    }

    private void preview(MountId mount, FileEntry file, @Nullable String version) {
        Browser b = currentBrowser();
        var dialog = new PreviewDialog(file, version, zone, locale(), () -> b.download().accept(mount, file));
        previewDialog = dialog;
        dialog.open();
        dialog.start(previews, mount, b.reason().get());
    }

    void compare(HubPath folder) {
        Browser b = currentBrowser();
        b.mount().get().ifPresent(m -> {
            var dialog = new CompareDialog(compares, m, folder, b.holderId().get() + "/compare", zone, locale(),
                    new CompareResult.Actions() {

                        @Override
                        public void download(MountId mount, FileEntry file) {
                            b.download().accept(mount, file);
                        }

                        @Override
                        public void preview(MountId mount, FileEntry file, String version) {
                            FileActions.this.preview(mount, file, version);
                        }
                    });
            compareDialog = dialog;
            dialog.open();
        });
    }

    private void previewFocused() {
        Optional<FileEntry> focused = grid == null ? Optional.empty() : grid.focused();
        if (focused.isPresent() && PreviewService.previewable(focused.get())) {
            preview(focused.get());
        } else {
            Notification.show(getTranslation("preview.selectFirst"), 4000, Notification.Position.BOTTOM_START);
        }
    }

    private Browser currentBrowser() {
        if (browser == null) {
            throw new IllegalStateException("FileActions used before attach");
        }
        return browser;
    }

    private Locale locale() {
        return getLocale() == null ? Locale.UK : getLocale();
    }
}
