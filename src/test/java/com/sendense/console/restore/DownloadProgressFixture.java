package com.sendense.console.restore;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Drives a {@link DownloadProgress} from tests outside this package, as {@link DownloadService} would. */
public final class DownloadProgressFixture {

    private DownloadProgressFixture() {}

    public static void run(DownloadProgress progress, long length, long bytes) {
        progress.start(Instant.parse("2026-12-06T10:00:00Z"));
        progress.expect(length);
        progress.add(bytes);
    }

    public static void end(DownloadProgress progress, DownloadProgress.State state, @Nullable String why) {
        progress.finish(state, Instant.parse("2026-12-06T10:00:05Z"), why);
    }
}
