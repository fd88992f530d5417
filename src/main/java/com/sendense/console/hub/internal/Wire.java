package com.sendense.console.hub.internal;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Small helpers for the mappers: the hub omits empty fields and sends nulls freely. */
final class Wire {

    private Wire() {}

    static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    static @Nullable String optionalText(@Nullable String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    static String required(@Nullable String value, String field) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("The hub sent no " + field);
        }
        return value;
    }

    static int num(@Nullable Integer value) {
        return value == null ? 0 : value;
    }

    static long num(@Nullable Long value) {
        return value == null ? 0 : value;
    }

    static double num(@Nullable Double value) {
        return value == null ? 0 : value;
    }

    static boolean flag(@Nullable Boolean value) {
        return value != null && value;
    }

    static <T> List<T> list(@Nullable List<T> value) {
        return value == null ? List.of() : value;
    }

    /** A hub enum value ({@code local}, {@code mounted}…) as our constant; unknown values give the fallback. */
    static <E extends Enum<E>> E enumValue(Class<E> type, @Nullable String value, E fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
