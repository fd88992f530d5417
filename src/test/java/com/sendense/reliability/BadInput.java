package com.sendense.reliability;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test as one hostile-input case of the reliability suite (a path that escapes, markup in
 * a hub string, a forged request, a formula in a CSV cell, ...). {@code docs/reliability.md} counts
 * them per {@link #value() kind}. A parameterized test counts once per invocation.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface BadInput {

    /** The kind of input, as the reliability table groups it, e.g. "path traversal", "markup". */
    String value();
}
