package com.sendense.reliability;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test as one injected hub fault of the reliability suite. Every such test asserts that the
 * console does not crash, shows no stack trace, says what happened and what to do next, recovers
 * when the hub comes back, and neither loses nor duplicates anything. {@code docs/reliability.md}
 * counts them per {@link #value() kind}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface HubFault {

    /** The kind of fault, as the reliability table groups it, e.g. "hub down", "truncated JSON". */
    String value();
}
