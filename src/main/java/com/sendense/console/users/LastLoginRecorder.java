package com.sendense.console.users;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Stores the time of each successful sign-in. Listens to Spring Security's event rather than
 * replacing the form-login success handler, which Vaadin's security configurer owns.
 */
@Component
class LastLoginRecorder {

    private final UserRepository users;
    private final Clock clock;

    LastLoginRecorder(UserRepository users, ObjectProvider<Clock> clock) {
        this.users = users;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        users.recordLogin(event.getAuthentication().getName(), clock.instant());
    }
}
