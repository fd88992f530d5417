package com.sendense.console.hub;

import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * A download ended early: the body was shorter than {@code Content-Length}, or the connection
 * closed mid-body. The hub cuts off any download that runs longer than its 15 s write timeout;
 * the sink has received a partial file and must discard it.
 */
public final class HubTruncatedException extends HubException {

    private final long bytesWritten;
    private final @Nullable Long expectedLength;

    /**
     * @param operation the failed {@link HubClient} method
     * @param bytesWritten bytes written to the sink before the end
     * @param expectedLength the hub's {@code Content-Length}, if it sent one
     * @param cause the underlying error, if any
     */
    public HubTruncatedException(
            String operation, long bytesWritten, OptionalLong expectedLength, @Nullable Throwable cause) {
        super(
                operation,
                HubErrorCode.TRUNCATED,
                200,
                null,
                "received %d of %s bytes"
                        .formatted(
                                bytesWritten,
                                expectedLength.isPresent() ? String.valueOf(expectedLength.getAsLong()) : "unknown"),
                cause);
        this.bytesWritten = bytesWritten;
        this.expectedLength = expectedLength.isPresent() ? expectedLength.getAsLong() : null;
    }

    /**
     * Bytes written to the sink.
     *
     * @return the count
     */
    public long bytesWritten() {
        return bytesWritten;
    }

    /**
     * The length the hub announced.
     *
     * @return the {@code Content-Length}, or empty for archives
     */
    public OptionalLong expectedLength() {
        return expectedLength == null ? OptionalLong.empty() : OptionalLong.of(expectedLength);
    }
}
