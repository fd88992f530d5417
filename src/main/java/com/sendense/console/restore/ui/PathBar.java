package com.sendense.console.restore.ui;

import com.sendense.console.hub.HubPath;
import com.sendense.console.hub.MountId;
import com.sendense.console.restore.FileBrowseService;
import com.sendense.console.restore.PartitionLabels;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Map;

/** Breadcrumbs are router links, so Back, Forward and deep links work; {@code ..} is refused before the hub sees it. */
final class PathBar extends Div {

    final Button back = button(VaadinIcon.ARROW_LEFT, "Back");
    final Button forward = button(VaadinIcon.ARROW_RIGHT, "Forward");
    final Button up = button(VaadinIcon.ARROW_UP, "Up one level");
    final Button root = button(VaadinIcon.HARDDRIVE_O, "Partition root");
    final Button refresh = button(VaadinIcon.REFRESH, "Refresh");
    final Nav crumbs = new Nav();
    final TextField pathField = new TextField();
    final Button edit = button(VaadinIcon.PENCIL, "Edit path");

    PathBar(SerializableConsumer<HubPath> go) {
        back.addClickListener(e -> e.getSource().getUI().ifPresent(ui -> ui.getPage().getHistory().back()));
        forward.addClickListener(e -> e.getSource().getUI().ifPresent(ui -> ui.getPage().getHistory().forward()));
        crumbs.addClassName("crumbs");
        crumbs.getElement().setAttribute("aria-label", "Breadcrumbs");
        pathField.addClassName("path-field");
        pathField.setAriaLabel("Path");
        pathField.setVisible(false);
        pathField.addKeyPressListener(Key.ENTER, e -> {
            try {
                go.accept(FileBrowseService.parsePath(pathField.getValue()));
                showCrumbs();
            } catch (IllegalArgumentException ex) {
                pathField.setInvalid(true);
                pathField.setErrorMessage("A path cannot contain '..'");
            }
        });
        pathField.addKeyPressListener(Key.ESCAPE, e -> showCrumbs());
        pathField.addBlurListener(e -> showCrumbs());
        edit.addClickListener(e -> showField());
        var nav = new Div(back, forward, up, root, refresh);
        nav.addClassName("path-buttons");
        var address = new Div(crumbs, pathField, edit);
        address.addClassName("address");
        addClassName("path-bar");
        add(nav, address);
    }

    void show(MountId mountId, HubPath path, Map<String, String> partitionLabels) {
        pathField.setValue(path.value());
        pathField.setInvalid(false);
        crumbs.removeAll();
        crumbs.add(link("All partitions", mountId, HubPath.root()));
        List<String> segments = path.segments();
        HubPath at = HubPath.root();
        for (int i = 0; i < segments.size(); i++) {
            at = at.resolve(segments.get(i));
            String label = i == 0 ? partitionLabels.getOrDefault(at.value(), segments.get(i)) : segments.get(i);
            crumbs.add(separator(), link(PartitionLabels.unescape(label), mountId, at));
        }
        up.setEnabled(!path.isRoot());
        root.setEnabled(segments.size() > 1);
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
        var s = new Span("›");
        s.addClassName("crumb-separator");
        s.getElement().setAttribute("aria-hidden", "true");
        return s;
    }

    private static Button button(VaadinIcon icon, String label) {
        var b = new Button(icon.create());
        b.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_TERTIARY);
        b.setAriaLabel(label);
        b.setTooltipText(label);
        return b;
    }
}
