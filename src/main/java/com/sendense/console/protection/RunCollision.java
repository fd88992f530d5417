package com.sendense.console.protection;

import java.time.Duration;

/** Two runs on one repository that start closer together than the collision window. */
public record RunCollision(String repositoryName, PlannedRun first, PlannedRun second) {

    public Duration apart() {
        return Duration.between(first.at(), second.at());
    }
}
