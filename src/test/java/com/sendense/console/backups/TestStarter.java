package com.sendense.console.backups;

import com.sendense.console.hub.HubClient;
import com.sendense.console.live.LiveUpdates;
import java.time.Duration;
import java.util.concurrent.Executor;

/** Reaches the package-private constructor of {@link BackupStarter} from other features' tests. */
public final class TestStarter {

    private TestStarter() {}

    /** Starts on {@code executor}, and looks for a backup whose answer was lost a few times without waiting. */
    public static BackupStarter create(HubClient hub, LiveUpdates live, Executor executor) {
        return new BackupStarter(hub, live, executor, Duration.ofMillis(1), Duration.ofMillis(3));
    }
}
