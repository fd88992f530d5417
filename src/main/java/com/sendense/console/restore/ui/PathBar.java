package com.sendense.console.restore.ui;

import com.sendense.console.base.ui.HubErrorMessages;
import com.sendense.console.base.ui.component.NarrowScreen;
import com.sendense.console.hub.HubException;
import com.sendense.console.hub.HubPath;
import com.sendense.console.hub.MountId;
import com.sendense.console.restore.LinkRefusedException;
import com.sendense.console.restore.PartitionLabels;
import com.sendense.console.restore.TypedPathException;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Breadcrumbs are router links, so Back, Forward and deep links work. The path field takes paths as people write
 * them (issue 13); {@code ..} is resolved before the hub sees it and never climbs above the mount.
 */
final class PathBar extends Div {

    final Button back = button(VaadinIcon.ARROW_LEFT, "browser.path.back");
    final Button forward = button(VaadinIcon.ARROW_RIGHT, "browser.path.forward");
    final Button up = button(VaadinIcon.ARROW_UP, "browser.path.up");
    final Button root = button(VaadinIcon.HARDDRIVE_O, "browser.path.root");
    final Button refresh = button(VaadinIcon.REFRESH, "browser.path.refresh");
    final Nav crumbs = new Nav();
    final TextField pathField = new TextField();
    final Button edit = button(VaadinIcon.PENCIL, "browser.path.edit");
    private final List<Level> levels = new ArrayList<>();
    private @Nullable MountId mountId;
    private boolean folded;

    private record Level(String label, HubPath path) {}

    /** {@code locate} turns what the user typed into the folder it means ({@code FileBrowseService#locate}). */
    PathBar(SerializableFunction<String, HubPath> locate, SerializableConsumer<HubPath> go) {
        back.addClickListener(e -> e.getSource().getUI().ifPresent(ui -> ui.getPage().getHistory().back()));
        forward.addClickListener(e -> e.getSource().getUI().ifPresent(ui -> ui.getPage().getHistory().forward()));
        crumbs.addClassName("crumbs");
        crumbs.getElement().setAttribute("aria-label", getTranslation("browser.path.crumbs"));
        pathField.addClassName("path-field");
        pathField.setAriaLabel(getTranslation("browser.path.field"));
        pathField.setHelperText(getTranslation("browser.path.helper"));
        pathField.setVisible(false);
        pathField.addKeyPressListener(Key.ENTER, e -> typed(locate, go));
        pathField.addKeyPressListener(Key.ESCAPE, e -> showCrumbs());
        pathField.addBlurListener(e -> showCrumbs());
        edit.addClickListener(e -> showField());
        var nav = new Div(back, forward, up, root, refresh);
        nav.addClassName("path-buttons");
        var address = new Div(crumbs, pathField, edit);
        address.addClassName("address");
        addClassName("path-bar");
        add(nav, address);
        NarrowScreen.track(this, this::fold);
    }

    private void typed(SerializableFunction<String, HubPath> locate, SerializableConsumer<HubPath> go) {
        try {
            HubPath folder = locate.apply(pathField.getValue());
            showCrumbs();
            go.accept(folder);
        } catch (TypedPathException e) {
            refuse(getTranslation(e.text().key(), e.text().args().toArray()));
        } catch (LinkRefusedException e) {
            refuse(String.valueOf(e.getMessage()));
        } catch (HubException e) {
            refuse(HubErrorMessages.explain(e));
        }
    }

    private void refuse(String sentence) {
        pathField.setInvalid(true);
        pathField.setErrorMessage(sentence);
    }

    void show(MountId mountId, HubPath path, Map<String, String> partitionLabels) {
        pathField.setValue(path.value());
        pathField.setInvalid(false);
        levels.clear();
        levels.add(new Level(getTranslation("browser.path.allPartitions"), HubPath.root()));
        List<String> segments = path.segments();
        HubPath at = HubPath.root();
        for (int i = 0; i < segments.size(); i++) {
            at = at.resolve(segments.get(i));
            String label = i == 0 ? partitionLabels.getOrDefault(at.value(), segments.get(i)) : segments.get(i);
            levels.add(new Level(PartitionLabels.unescape(label), at));
        }
        this.mountId = mountId;
        renderCrumbs();
        up.setEnabled(!path.isRoot());
        root.setEnabled(segments.size() > 1);
    }

    /** On a phone the ancestors fold into a menu so the current folder's name has the room. */
    void fold(boolean narrow) {
        folded = narrow;
        renderCrumbs();
    }

    private void renderCrumbs() {
        crumbs.removeAll();
        if (mountId == null || levels.isEmpty()) {
            return;
        }
        MountId mount = mountId;
        Level current = levels.getLast();
        List<Level> ancestors = levels.subList(0, levels.size() - 1);
        if (folded && !ancestors.isEmpty()) {
            crumbs.add(ancestorMenu(mount, ancestors), separator(), link(current.label(), mount, current.path()));
            return;
        }
        for (Level level : levels) {
            if (crumbs.getChildren().findAny().isPresent()) {
                crumbs.add(separator());
            }
            crumbs.add(link(level.label(), mount, level.path()));
        }
    }

    private MenuBar ancestorMenu(MountId mount, List<Level> ancestors) {
        var menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY, MenuBarVariant.LUMO_ICON);
        menu.addClassName("crumb-menu");
        String label = getTranslation("browser.path.foldersAbove");
        menu.getElement().setAttribute("aria-label", label);
        MenuItem opener = menu.addItem(VaadinIcon.ELLIPSIS_H.create());
        opener.setAriaLabel(label);
        menu.setTooltipText(opener, label);
        // Nearest first, as a phone's "back up" list reads: the parent is the likeliest target.
        for (Level level : ancestors.reversed()) {
            opener.getSubMenu()
                    .addItem(level.label(),
                            e -> getUI().ifPresent(ui -> ui.navigate(FileBrowserView.class,
                                    FileBrowserView.parameters(mount, level.path()),
                                    level.path().isRoot() ? FileBrowserView.PARTITIONS : QueryParameters.empty())));
        }
        return menu;
    }

    private void showField() {
        crumbs.setVisible(false);
        edit.setVisible(false);
        pathField.setVisible(true);
        pathField.focus();
    }

    private void showCrumbs() {
        pathField.setVisible(false);
        crumbs.setVisible(true);
        edit.setVisible(true);
    }

    private static RouterLink link(String text, MountId mountId, HubPath path) {
        var link = new RouterLink(text, FileBrowserView.class, FileBrowserView.parameters(mountId, path));
        if (path.isRoot()) {
            link.setQueryParameters(FileBrowserView.PARTITIONS);
        }
        link.addClassName("crumb");
        return link;
    }

    private static Span separator() {
        var s = new Span("›"); // i18n: not text (a separator)
        s.addClassName("crumb-separator");
        s.getElement().setAttribute("aria-hidden", "true");
        return s;
    }

    private Button button(VaadinIcon icon, String key) {
        String label = getTranslation(key);
        var b = new Button(icon.create());
        b.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_TERTIARY);
        b.setAriaLabel(label);
        b.setTooltipText(label);
        return b;
    }
}
