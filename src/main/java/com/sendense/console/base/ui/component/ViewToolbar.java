package com.sendense.console.base.ui.component;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.Margin;

/** The header of every view: its title, and the view's actions on the right. */
public final class ViewToolbar extends Composite<Header> {

    public ViewToolbar(String viewTitle, Component... components) {
        addClassName("view-toolbar");

        var title = new H1(viewTitle);
        title.addClassNames(FontSize.XLARGE, Margin.NONE);

        getContent().add(title);

        if (components.length > 0) {
            var actions = new Div(components);
            actions.addClassName("view-toolbar-actions");
            getContent().add(actions);
        }
    }

    /** Groups several components so they stay together when the toolbar wraps. */
    public static Component group(Component... components) {
        var group = new Div(components);
        group.addClassName("view-toolbar-group");
        return group;
    }
}
