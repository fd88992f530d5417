package com.sendense.console.users;

import java.time.Instant;

/**
 * A user name or client address locked out of signing in.
 *
 * @param subject {@code user:<name>} or {@code address:<address>}
 * @param failures the failures that led to it
 * @param lockedUntil when sign-in is allowed again
 */
public record SignInLock(String subject, int failures, Instant lockedUntil) {}
