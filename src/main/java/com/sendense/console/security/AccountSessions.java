package com.sendense.console.security;

import com.sendense.console.users.AccountChanged;
import com.sendense.console.users.CurrentUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Ends the open sessions of an account that changed, at once and on this instance: every open
 * tab of that user is sent to the sign-in page by server push, and no request of the session is
 * served any more (the stamp check).
 * Other instances end theirs at the next request ({@link AccountStampFilter}).
 */
@Component
class AccountSessions implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(AccountSessions.class);
    static final Duration GRACE = Duration.ofSeconds(5);

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

    /**
     * Sends every open tab of the user to the sign-in page, and ends their sessions when a tab
     * asks for it: {@link AccountStampFilter} refuses the session at that request, since the
     * user's stamp was forgotten with the change. Ending the session here instead made Tomcat
     * close the tab's WebSocket at once, often before Atmosphere had written the pushed location,
     * and the tab stayed on its page until its next heartbeat. A session no tab comes back from
     * is ended after a short grace.
     */
    void end(String username) {
        Set<UI> open = uis.remove(username);
        if (open == null) {
            return;
        }
        log.info("Ending {} open tab(s) of {}", open.size(), username);
        Map<VaadinSession, List<UI>> bySession = open.stream()
                .filter(ui -> !ui.isClosing() && ui.getSession() != null)
                .collect(Collectors.groupingBy(UI::getSession));
        bySession.forEach((session, tabs) -> {
            session.access(() -> tabs.forEach(ui -> ui.getPage().setLocation("login")));
            CompletableFuture.delayedExecutor(GRACE.toMillis(), TimeUnit.MILLISECONDS, executor)
                    .execute(() -> invalidate(session));
        });
    }

    private static void invalidate(VaadinSession session) {
        try {
            session.access(() -> {
                WrappedSession http = session.getSession();
                if (http != null) {
                    http.invalidate();
                }
            });
        } catch (IllegalStateException alreadyEnded) {
            // the tab came back for the sign-in page and the stamp filter ended the session first
        }
    }

    private void untrack(UI ui) {
        uis.values().forEach(set -> set.remove(ui));
    }
}
