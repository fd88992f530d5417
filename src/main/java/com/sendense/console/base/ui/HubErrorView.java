package com.sendense.console.base.ui;

import com.sendense.console.hub.HubException;
import com.sendense.console.hub.HubUnavailableException;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shown when the hub fails while a page is being opened (a deep link into a file browser while the
 * hub is down): without it Vaadin shows its internal-error page, with the exception text, or in
 * development mode the stack trace. Says what happened and offers to load the same address again.
 */
@PermitAll
public class HubErrorView extends Main implements HasErrorParameter<HubException> {

    private static final Logger log = LoggerFactory.getLogger(HubErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<HubException> parameter) {
        HubException error = parameter.getException();
        log.warn("Hub failed while opening /{}: {}", event.getLocation().getPathWithQueryParameters(),
                error.getMessage());
        removeAll();
        addClassName("empty-state");
        add(new H2(getTranslation("base.error.pageUnavailable")),
                new Paragraph(HubErrorMessages.explain(error, getLocale())),
                new Anchor("./" + event.getLocation().getPathWithQueryParameters(),
                        getTranslation("base.error.loadAgain")),
                new Anchor("", getTranslation("base.error.startPage")));
        return error instanceof HubUnavailableException
                ? HttpServletResponse.SC_SERVICE_UNAVAILABLE
                : HttpServletResponse.SC_BAD_GATEWAY;
    }
}
