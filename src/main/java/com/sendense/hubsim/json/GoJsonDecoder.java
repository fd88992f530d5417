package com.sendense.hubsim.json;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decodes a body as the hub's {@code json.NewDecoder(r.Body).Decode(&req)} does, so 400s carry Go's
 * own error text. Only the first value is read; syntax is checked by {@link GoJsonScanner} first;
 * unknown fields are ignored; keys match tags exactly, else case-insensitively; {@code null} leaves
 * the zero value.
 */
public final class GoJsonDecoder {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private GoJsonDecoder() {}

    public enum GoType {

        STRING("string"), INT("int"), INT64("int64"), BOOL("bool"), STRING_MAP("map[string]string"), STRING_LIST(
                "[]string"),
        /** {@code json.RawMessage}: any value, kept as a tree for a second decode. */
        RAW("json.RawMessage");

        private final String goName;

        GoType(String goName) {
            this.goName = goName;
        }
    }

    /** {@code typeString} is Go's {@code reflect.Type.String()}; {@code name} is {@code ""} for an anonymous struct. */
    public record GoStruct(String typeString, String name, Map<String, GoType> fields) {

        public GoStruct {
            fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }

        public static GoStruct named(String pkg, String name, Map<String, GoType> fields) {
            return new GoStruct(pkg + "." + name, name, fields);
        }
    }

    /** Go's zero values for fields that are absent or null. */
    public record Decoded(Map<String, Object> values) {

        public String string(String field) {
            return values.get(field) instanceof String s ? s : "";
        }

        public long integer(String field) {
            return values.get(field) instanceof Long l ? l : 0L;
        }

        /** Present and not {@code null}: a non-nil pointer field. */
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

    /** Carries Go's {@code err.Error()} text. */
    public static final class GoJsonException extends Exception {

        public GoJsonException(String goMessage) {
            super(goMessage, null, false, false);
        }
    }

    public static Decoded decode(byte[] body, GoStruct target) throws GoJsonException {
        int end = GoJsonScanner.scanFirstValue(body);
        JsonNode node;
        try {
            node = MAPPER.readTree(new String(body, 0, end, java.nio.charset.StandardCharsets.UTF_8));
        } catch (JacksonException e) {
            // The scanner accepted it, so this is an encoding corner case Go tolerates; report it like Go's decoder
            // would.
            throw new GoJsonException("invalid character in string literal");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return new Decoded(values);
        }
        if (!node.isObject()) {
            throw new GoJsonException(
                    "json: cannot unmarshal " + kind(node) + " into Go value of type " + target.typeString());
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
        return new GoJsonException(
                "json: cannot unmarshal " + value + " into Go struct field " + path + " of type " + type.goName);
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
