package com.sendense.console.users;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code console.sign-in.*}: brute-force protection.
 *
 * @param maxFailures failures of one user name within {@code window} that lock it
 * @param maxAddressFailures failures from one client address within {@code window} that lock it;
 *     higher, because an office behind one NAT address shares it
 * @param window how far back failures count
 * @param lock how long a lock lasts
 */
@ConfigurationProperties("console.sign-in")
public record SignInProperties(@DefaultValue("5") int maxFailures, @DefaultValue("20") int maxAddressFailures,
        @DefaultValue("15m") Duration window, @DefaultValue("15m") Duration lock) {}
