package com.sendense.console.live;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Tests switch the scheduler off ({@code console.scheduling.enabled=false}) and drive {@code pollOnce()} themselves.
 */
@Configuration
@EnableAsync
class LiveConfiguration {

    @Configuration
    @EnableScheduling
    @ConditionalOnProperty(name = "console.scheduling.enabled", havingValue = "true", matchIfMissing = true)
    static class Scheduling {}
}
