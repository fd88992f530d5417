package com.sendense.console.hub;

import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * A download ended before its {@code Content-Length} or mid-body, usually the hub's 15 s write
 * timeout; the sink holds a partial file and must discard it.
 */
public final class HubTruncatedException extends HubException {

    private final long bytesWritten;
    private final @Nullable Long expectedLength;

    public HubTruncatedException(String operation, long bytesWritten, OptionalLong expectedLength,
            @Nullable Throwable cause) {
        super(operation, HubErrorCode.TRUNCATED, 200, null, "received %d of %s bytes".formatted(bytesWritten,
                expectedLength.isPresent() ? String.valueOf(expectedLength.getAsLong()) : "unknown"), cause);
        this.bytesWritten = bytesWritten;
        this.expectedLength = expectedLength.isPresent() ? expectedLength.getAsLong() : null;
    }

    public long bytesWritten() {
        return bytesWritten;
    }

    /** Empty for archives. */
    public OptionalLong expectedLength() {
        return expectedLength == null ? OptionalLong.empty() : OptionalLong.of(expectedLength);
    }
}
