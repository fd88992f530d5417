package com.sendense.console.base.ui;

import com.sendense.console.base.i18n.Languages;
import com.sendense.console.base.i18n.Messages;
import com.sendense.console.hub.HubException;
import com.sendense.console.hub.HubTruncatedException;
import com.sendense.console.hub.HubUnavailableException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.AccessDeniedException;

/** Errors nobody caught: logged once with the trace, shown to the user as a sentence, never the trace. */
@Configuration
class MainErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(MainErrorHandler.class);

    @Bean
    VaadinServiceInitListener errorHandlerInitializer() {
        return (ServiceInitEvent event) -> event.getSource()
                .addSessionInitListener(
                        sessionInit -> sessionInit.getSession().setErrorHandler(MainErrorHandler::handle));
    }

    static void handle(ErrorEvent event) {
        Throwable error = rootHubOrSelf(event.getThrowable());
        String message = userMessage(error, UiLocale.current());
        if (error instanceof HubUnavailableException) {
            log.warn("Hub unavailable: {}", error.getMessage());
        } else if (error instanceof HubTruncatedException) {
            // A download the hub cut short: the download queue tells the user and the audit log has it.
            log.warn("Download cut short by the hub: {}", error.getMessage());
            return;
        } else {
            log.error("Unexpected error in the UI", event.getThrowable()); // i18n: not text (a log line)
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.access(() -> Notifications.error(message));
        }
    }

    static String userMessage(Throwable error) {
        return userMessage(error, Languages.DEFAULT);
    }

    static String userMessage(Throwable error, Locale locale) {
        return switch (error) {
            case HubException e -> HubErrorMessages.explain(e, locale);
            case AccessDeniedException e -> Messages.get(locale, "base.error.notAllowed");
            default -> Messages.get(locale, "base.error.unexpected");
        };
    }

    static Throwable rootHubOrSelf(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof HubException || c instanceof AccessDeniedException) {
                return c;
            }
        }
        return t;
    }
}
