package com.sendense.hubsim;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Compares the shape of two JSON documents: the same keys in the same order, the same JSON types,
 * the same null/absent pattern; values may differ. Array elements must each match one of the
 * expected array's element shapes (fixtures show one or two representative elements).
 *
 * <p>{@code optional} names keys that the contract documents as {@code omitempty} but that the
 * fixture happens to show only one way; {@code nullable} names keys whose contract type is
 * {@code T|null}.
 */
final class JsonShape {

    private static final java.util.regex.Pattern TIME = java.util.regex.Pattern
            .compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.(\\d+))?(Z|[+-]\\d{2}:\\d{2})");

    private final Set<String> optional;
    private final Set<String> nullable;
    private final boolean timePrecision;

    JsonShape(Set<String> optional, Set<String> nullable) {
        this(optional, nullable, false);
    }

    /**
     * @param timePrecision also compare the precision of timestamps: whole seconds, milliseconds
     *     (GORM's rounded {@code NowFunc}) or nanoseconds (a handler's {@code time.Now()}).
     *     The offset is not compared: local time is {@code Z} in winter.
     */
    JsonShape(Set<String> optional, Set<String> nullable, boolean timePrecision) {
        this.optional = optional;
        this.nullable = nullable;
        this.timePrecision = timePrecision;
    }

    /** The first difference, or empty when the shapes match. */
    Optional<String> difference(JsonNode expected, JsonNode actual) {
        return diff(expected, actual, "$");
    }

    private Optional<String> diff(JsonNode expected, JsonNode actual, String path) {
        String key = path.substring(path.lastIndexOf('.') + 1);
        if (expected.isNull() || actual.isNull()) {
            if (expected.isNull() && actual.isNull() || nullable.contains(key)) {
                return Optional.empty();
            }
            return Optional.of(path + ": expected " + type(expected) + " but was " + type(actual));
        }
        if (!type(expected).equals(type(actual))) {
            return Optional.of(path + ": expected " + type(expected) + " but was " + type(actual));
        }
        if (expected.isObject()) {
            return objectDiff(expected, actual, path);
        }
        if (expected.isArray()) {
            return arrayDiff(expected, actual, path);
        }
        if (timePrecision && expected.isString()
                && !precision(expected.asString()).equals(precision(actual.asString()))) {
            return Optional.of(path + ": expected a time with " + precision(expected.asString()) + " like "
                    + expected.asString() + " but was " + actual.asString());
        }
        return Optional.empty();
    }

    private Optional<String> objectDiff(JsonNode expected, JsonNode actual, String path) {
        List<String> expectedKeys = keys(expected);
        List<String> actualKeys = keys(actual);
        if (!expectedKeys.equals(actualKeys)) {
            return Optional.of(path + ": keys " + actualKeys + " differ from " + expectedKeys);
        }
        for (String key : expectedKeys) {
            Optional<String> d = diff(expected.get(key), actual.get(key), path + "." + key);
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    private Optional<String> arrayDiff(JsonNode expected, JsonNode actual, String path) {
        if (expected.isEmpty() != actual.isEmpty()) {
            return Optional.of(path + ": expected " + (expected.isEmpty() ? "an empty" : "a non-empty") + " array, got "
                    + actual.size() + " elements");
        }
        for (int i = 0; i < actual.size(); i++) {
            List<String> misses = new ArrayList<>();
            for (JsonNode candidate : expected) {
                diff(candidate, actual.get(i), path + "[" + i + "]").ifPresent(misses::add);
            }
            if (misses.size() == expected.size()) {
                return Optional.of(misses.getFirst());
            }
        }
        return Optional.empty();
    }

    private List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.propertyNames().forEach(k -> {
            if (!optional.contains(k)) {
                keys.add(k);
            }
        });
        return keys;
    }

    /** {@code not a time}, {@code whole seconds}, {@code milliseconds} or {@code nanoseconds}. */
    private static String precision(String value) {
        var m = TIME.matcher(value);
        if (!m.matches()) {
            return "not a time";
        }
        if (m.group(2) == null) {
            return "whole seconds";
        }
        return m.group(2).length() <= 3 ? "milliseconds" : "nanoseconds";
    }

    private static String type(JsonNode node) {
        if (node.isObject()) {
            return "object";
        }
        if (node.isArray()) {
            return "array";
        }
        if (node.isString()) {
            return "string";
        }
        if (node.isNumber()) {
            return "number";
        }
        if (node.isBoolean()) {
            return "boolean";
        }
        return "null";
    }
}
