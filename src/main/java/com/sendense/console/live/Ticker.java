package com.sendense.console.live;

import java.time.Clock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The one application-wide 1 Hz clock tick for countdowns; idle when no countdown is on screen. */
@Component
class Ticker {

    private final LiveUpdates live;
    private final Clock clock;

    Ticker(LiveUpdates live, Clock clock) {
        this.live = live;
        this.clock = clock;
    }

    @Scheduled(fixedRate = 1000)
    void tick() {
        if (live.hasTickListeners()) {
            live.publishTick(clock.instant());
        }
    }
}
