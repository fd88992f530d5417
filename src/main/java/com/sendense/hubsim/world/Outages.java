package com.sendense.hubsim.world;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failures of the hub's surroundings that tests can switch on: MariaDB, the SNA, and repositories
 * {@code statfs} cannot read (a hung NFS share); handlers answer with the real hub's error.
 */
public final class Outages {

    public static final String DB_ERROR = "dial tcp 127.0.0.1:3306: connect: connection refused";

    public static final String SNA_ERROR = "Post \"http://localhost:9081/api/v1/backup/start\": dial tcp [::1]:9081: connect: connection refused";

    private volatile boolean databaseDown;
    private volatile boolean snaDown;
    private final Set<String> unreadableRepositories = ConcurrentHashMap.newKeySet();

    public boolean databaseDown() {
        return databaseDown;
    }

    public void databaseDown(boolean down) {
        this.databaseDown = down;
    }

    public boolean snaDown() {
        return snaDown;
    }

    public void snaDown(boolean down) {
        this.snaDown = down;
    }

    public boolean repositoryUnreadable(String repositoryId) {
        return unreadableRepositories.contains(repositoryId);
    }

    public void repositoryUnreadable(String repositoryId, boolean unreadable) {
        if (unreadable) {
            unreadableRepositories.add(repositoryId);
        } else {
            unreadableRepositories.remove(repositoryId);
        }
    }
}
