package com.sendense.console.hub.internal;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Walks a decoded model value and lists every record component that is {@code null} although
 * it is not declared {@link Nullable}: such a value passes the client and crashes a view later.
 */
final class NullContract {

    private NullContract() {}

    static List<String> violations(@Nullable Object value) {
        List<String> found = new ArrayList<>();
        walk(value, "result", found);
        return found;
    }

    private static void walk(@Nullable Object value, String path, List<String> found) {
        switch (value) {
            case null -> {
            }
            case Optional<?> o -> o.ifPresent(v -> walk(v, path, found));
            case Collection<?> c -> {
                int i = 0;
                for (Object item : c) {
                    if (item == null) {
                        found.add(path + "[" + i + "]");
                    }
                    walk(item, path + "[" + i++ + "]", found);
                }
            }
            case Map<?, ?> m -> m.forEach((k, v) -> walk(v, path + "[" + k + "]", found));
            case Record r -> {
                for (RecordComponent component : r.getClass().getRecordComponents()) {
                    Object field;
                    try {
                        field = component.getAccessor().invoke(r);
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                    String at = path + "." + component.getName();
                    if (field == null && !component.getAnnotatedType().isAnnotationPresent(Nullable.class)
                            && !component.isAnnotationPresent(Nullable.class)) {
                        found.add(at);
                    }
                    walk(field, at, found);
                }
            }
            default -> {
            }
        }
    }
}
