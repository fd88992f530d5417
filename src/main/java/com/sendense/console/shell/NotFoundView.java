package com.sendense.console.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown for an unknown address and for a page the user's role may not open: Vaadin reports both as
 * "not found" so that a forged URL learns nothing about what exists.
 */
@AnonymousAllowed
public class NotFoundView extends Main implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return getTranslation("shell.notFound.title");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        addClassName("empty-state");
        add(new H2(getTranslation("shell.notFound.title")),
                new Paragraph(getTranslation("shell.notFound.text", event.getLocation().getPath())),
                new Anchor("", getTranslation("shell.notFound.startPage")));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
