package com.sendense.console.restore.ui;

import com.sendense.console.restore.MountUsage;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A crashed browser's heartbeats stop, so its mount uses lapse though Vaadin keeps its UI until the session expires.
 */
@Configuration
class MountUsageHeartbeats {

    /** The HTTP session id, kept in the Vaadin session: a session being destroyed may no longer tell it. */
    private static final String SESSION_ID = MountUsageHeartbeats.class.getName() + ".sessionId";

    @Bean
    VaadinServiceInitListener mountUsageHeartbeatListener(MountUsage usage) {
        return event -> {
            event.getSource().addUIInitListener(init -> {
                UI ui = init.getUI();
                remember(ui.getSession());
                ui.addHeartbeatListener(heartbeat -> {
                    // Read every time: signing in gives the HTTP session a new id.
                    String id = remember(heartbeat.getSource().getSession());
                    if (id != null) {
                        usage.seen(id);
                    }
                });
            });
            event.getSource().addSessionDestroyListener(destroyed -> {
                if (destroyed.getSession().getAttribute(SESSION_ID) instanceof String id) {
                    usage.endSession(id);
                }
            });
        };
    }

    private static @Nullable String remember(VaadinSession session) {
        WrappedSession wrapped = session.getSession();
        if (wrapped == null) {
            return null;
        }
        String id = wrapped.getId();
        session.setAttribute(SESSION_ID, id);
        return id;
    }
}
