package com.sendense.console.security;

import com.sendense.console.users.AccountChanged;
import com.sendense.console.users.CurrentUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.communication.PushConnection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Ends the open sessions of an account that changed, at once and on this instance: every open
 * tab of that user is sent to the sign-in page by server push, then the session is invalidated.
 * Other instances end theirs at the next request ({@link AccountStampFilter}).
 */
@Component
class AccountSessions implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(AccountSessions.class);

    private final Map<String, Set<UI>> uis = new ConcurrentHashMap<>();
    private final CurrentUser currentUser;
    private final Executor executor;

    AccountSessions(CurrentUser currentUser, @Qualifier("applicationTaskExecutor") Executor executor) {
        this.currentUser = currentUser;
        this.executor = executor;
    }

    @Override
    public void serviceInit(com.vaadin.flow.server.ServiceInitEvent event) {
        // Each navigation says who uses the tab: the security context is there for certain, and a
        // tab that signs in again (after this one was ended) is tracked under its new user.
        event.getSource().addUIInitListener(e -> {
            UI ui = e.getUI();
            ui.addBeforeEnterListener(b -> currentUser.username().ifPresent(name -> track(ui, name)));
            ui.addDetachListener(d -> untrack(ui));
        });
    }

    private void track(UI ui, String username) {
        uis.computeIfAbsent(username, n -> ConcurrentHashMap.newKeySet()).add(ui);
    }

    // After the commit, and off the admin's request thread: that thread holds the admin's own
    // Vaadin session lock, and Vaadin refuses to lock another session while one is held.
    @TransactionalEventListener(fallbackExecution = true)
    void onAccountChanged(AccountChanged changed) {
        executor.execute(() -> end(changed.username()));
    }

    /** Sends every open tab of the user to the sign-in page and ends their sessions. */
    void end(String username) {
        Set<UI> open = uis.remove(username);
        if (open == null) {
            return;
        }
        log.info("Ending {} open tab(s) of {}", open.size(), username);
        Map<VaadinSession, List<UI>> bySession = open.stream()
                .filter(ui -> !ui.isClosing() && ui.getSession() != null)
                .collect(Collectors.groupingBy(UI::getSession));
        bySession.forEach((session, tabs) -> session.access(() -> {
            // Every tab of the session gets its location before the session (shared by them) ends.
            tabs.forEach(ui -> ui.accessSynchronously(() -> {
                ui.navigate(LoginView.class);
                ui.getPage().setLocation("login");
                sendNow(ui);
            }));
            WrappedSession http = session.getSession();
            if (http != null) {
                http.invalidate();
            }
        }));
    }

    /**
     * Sends the location before the session ends. Invalidating an authenticated session makes
     * Tomcat close its WebSocket at once, while Atmosphere writes pushed messages on its own
     * threads: the tab then lost the message and stayed on its page until its next heartbeat.
     * Disconnecting waits (up to a second) until the pushed message has left.
     */
    private static void sendNow(UI ui) {
        PushConnection push = ui.getInternals().getPushConnection();
        if (ui.getPushConfiguration().getPushMode().isEnabled() && push != null && push.isConnected()) {
            ui.push();
            push.disconnect();
        }
    }

    private void untrack(UI ui) {
        uis.values().forEach(set -> set.remove(ui));
    }
}
