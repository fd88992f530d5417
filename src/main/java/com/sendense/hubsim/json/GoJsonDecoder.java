package com.sendense.hubsim.json;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decodes a request body the way the hub's {@code json.NewDecoder(r.Body).Decode(&req)} does, so
 * that 400 responses carry Go's own error text ({@code invalid character '}' looking for beginning
 * of object key string}, {@code EOF}, {@code json: cannot unmarshal number into Go struct field
 * BackupStartRequest.vm_name of type string}).
 *
 * <p>Only the first JSON value is read (trailing bytes are ignored, as one {@code Decode} call
 * does); syntax is checked by {@link GoJsonScanner} before any field is looked at; unknown fields
 * are ignored; keys match struct tags exactly or, failing that, case-insensitively; {@code null}
 * leaves a field at its zero value. Jackson builds the tree once the syntax is known to be valid.
 */
public final class GoJsonDecoder {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private GoJsonDecoder() {
    }

    /** The Go type of a struct field. */
    public enum GoType {
        STRING("string"), INT("int"), INT64("int64"), BOOL("bool"), STRING_MAP("map[string]string"), STRING_LIST("[]string"),
        /** {@code json.RawMessage}: any value, kept as a tree for a second decode. */
        RAW("json.RawMessage");

        private final String goName;

        GoType(String goName) {
            this.goName = goName;
        }
    }

    /**
     * A Go struct a body is decoded into.
     *
     * @param typeString Go's {@code reflect.Type.String()}, e.g. {@code handlers.BackupStartRequest}
     * @param name       the struct's bare name, {@code ""} for an anonymous struct
     * @param fields     JSON tag → Go type, in declaration order
     */
    public record GoStruct(String typeString, String name, Map<String, GoType> fields) {

        public GoStruct {
            fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }

        /** A named struct type in package {@code pkg}. */
        public static GoStruct named(String pkg, String name, Map<String, GoType> fields) {
            return new GoStruct(pkg + "." + name, name, fields);
        }
    }

    /** Go's zero values for fields that are absent or null; decoded values otherwise. */
    public record Decoded(Map<String, Object> values) {

        public String string(String field) {
            return values.get(field) instanceof String s ? s : "";
        }

        public long integer(String field) {
            return values.get(field) instanceof Long l ? l : 0L;
        }

        /** Whether the field was present and not {@code null} (a pointer field that is not nil). */
        public boolean has(String field) {
            return values.containsKey(field);
        }

        @SuppressWarnings("unchecked")
        public java.util.List<String> strings(String field) {
            return values.get(field) instanceof java.util.List<?> l ? (java.util.List<String>) l : java.util.List.of();
        }

        public java.util.Optional<JsonNode> raw(String field) {
            return values.get(field) instanceof JsonNode n ? java.util.Optional.of(n) : java.util.Optional.empty();
        }

        public boolean bool(String field) {
            return values.get(field) instanceof Boolean b && b;
        }

        @SuppressWarnings("unchecked")
        public Map<String, String> stringMap(String field) {
            return values.get(field) instanceof Map<?, ?> m ? (Map<String, String>) m : Map.of();
        }
    }

    /** The error text Go would put into {@code err.Error()}. */
    public static final class GoJsonException extends Exception {
        public GoJsonException(String goMessage) {
            super(goMessage, null, false, false);
        }
    }

    /** Decodes {@code body} into {@code target} or throws with Go's error text. */
    public static Decoded decode(byte[] body, GoStruct target) throws GoJsonException {
        int end = GoJsonScanner.scanFirstValue(body);
        JsonNode node;
        try {
            node = MAPPER.readTree(new String(body, 0, end, java.nio.charset.StandardCharsets.UTF_8));
        } catch (JacksonException e) {
            // The scanner accepted it, so this is an encoding corner case Go tolerates; report it like Go's decoder would.
            throw new GoJsonException("invalid character in string literal");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return new Decoded(values);
        }
        if (!node.isObject()) {
            throw new GoJsonException("json: cannot unmarshal " + kind(node) + " into Go value of type " + target.typeString());
        }
        Optional<String> firstError = Optional.empty();
        for (Map.Entry<String, JsonNode> property : node.properties()) {
            Optional<String> field = fieldFor(target, property.getKey());
            if (field.isEmpty() || property.getValue().isNull()) {
                continue;
            }
            GoType type = target.fields().get(field.get());
            String path = target.name() + "." + field.get();
            try {
                values.put(field.get(), convert(property.getValue(), type, path));
            } catch (GoJsonException e) {
                firstError = firstError.or(() -> Optional.of(e.getMessage()));
            }
        }
        if (firstError.isPresent()) {
            throw new GoJsonException(firstError.get());
        }
        return new Decoded(values);
    }

    private static Optional<String> fieldFor(GoStruct target, String key) {
        if (target.fields().containsKey(key)) {
            return Optional.of(key);
        }
        return target.fields().keySet().stream().filter(f -> f.equalsIgnoreCase(key)).findFirst();
    }

    private static Object convert(JsonNode value, GoType type, String path) throws GoJsonException {
        return switch (type) {
            case STRING -> {
                if (!value.isString()) {
                    throw mismatch(kind(value), path, type);
                }
                yield value.stringValue();
            }
            case BOOL -> {
                if (!value.isBoolean()) {
                    throw mismatch(kind(value), path, type);
                }
                yield value.booleanValue();
            }
            case INT, INT64 -> {
                if (!value.isNumber()) {
                    throw mismatch(kind(value), path, type);
                }
                if (!value.isIntegralNumber() || !value.canConvertToLong()) {
                    throw mismatch("number " + value.toString().toLowerCase(Locale.ROOT), path, type);
                }
                yield value.longValue();
            }
            case STRING_MAP -> {
                if (!value.isObject()) {
                    throw mismatch(kind(value), path, type);
                }
                Map<String, String> map = new LinkedHashMap<>();
                for (Map.Entry<String, JsonNode> e : value.properties()) {
                    if (e.getValue().isNull()) {
                        map.put(e.getKey(), "");
                    } else if (e.getValue().isString()) {
                        map.put(e.getKey(), e.getValue().stringValue());
                    } else {
                        throw mismatch(kind(e.getValue()), path + "." + e.getKey(), GoType.STRING);
                    }
                }
                yield map;
            }
            case STRING_LIST -> {
                if (!value.isArray()) {
                    throw mismatch(kind(value), path, type);
                }
                java.util.List<String> list = new java.util.ArrayList<>();
                for (JsonNode item : value) {
                    if (item.isNull()) {
                        list.add("");
                    } else if (item.isString()) {
                        list.add(item.stringValue());
                    } else {
                        throw mismatch(kind(item), path, GoType.STRING);
                    }
                }
                yield java.util.List.copyOf(list);
            }
            case RAW -> value;
        };
    }

    private static GoJsonException mismatch(String value, String path, GoType type) {
        return new GoJsonException("json: cannot unmarshal " + value + " into Go struct field " + path + " of type " + type.goName);
    }

    private static String kind(JsonNode node) {
        if (node.isObject()) {
            return "object";
        }
        if (node.isArray()) {
            return "array";
        }
        if (node.isString()) {
            return "string";
        }
        if (node.isBoolean()) {
            return "bool";
        }
        return "number";
    }
}
