package com.sendense.console.restore.ui;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One byte range of a {@code Range} header (RFC 9110 §14.1.2), inclusive at both ends. Only single ranges are
 * honoured: a resuming download asks for one, and a server may answer anything else with the whole file.
 */
record ByteRange(long first, long last) {

    private static final Pattern SINGLE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    /** How a {@code Range} header applies to a file of a given size. */
    sealed interface Answer {}

    /** No header, several ranges or a malformed one: the whole file, 200. */
    record Whole() implements Answer {}

    /** 206 with this part. */
    record Part(ByteRange range) implements Answer {}

    /** 416: the range starts past the end. */
    record Unsatisfiable() implements Answer {}

    long length() {
        return last - first + 1;
    }

    static Answer of(@Nullable String header, long size) {
        Matcher m = header == null ? null : SINGLE.matcher(header.strip());
        if (m == null || !m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
            return new Whole();
        }
        Optional<Long> from = number(m.group(1));
        Optional<Long> to = number(m.group(2));
        if ((!m.group(1).isEmpty() && from.isEmpty()) || (!m.group(2).isEmpty() && to.isEmpty())) {
            return new Whole();
        }
        if (from.isEmpty()) {
            long suffix = to.orElseThrow();
            return suffix == 0 || size == 0
                    ? new Unsatisfiable()
                    : new Part(new ByteRange(Math.max(0, size - suffix), size - 1));
        }
        long first = from.get();
        if (to.isPresent() && to.get() < first) {
            return new Whole();
        }
        if (first >= size) {
            return new Unsatisfiable();
        }
        return new Part(new ByteRange(first, Math.min(size - 1, to.orElse(size - 1))));
    }

    private static Optional<Long> number(String digits) {
        if (digits.isEmpty() || digits.length() > 18) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(digits));
    }
}
