package com.sendense.console.testsupport;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Replaces the HTTP hub client with one {@link FakeHubClient}, and the clock with a {@link MutableClock},
 * for Spring-wired UI tests. Import it
 * in every such test so they share one cached application context.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FakeHubConfiguration {

    @Bean
    @Primary
    FakeHubClient fakeHubClient() {
        return new FakeHubClient();
    }

    /** Starts at the real time so data made with real timestamps still looks recent. */
    @Bean
    @Primary
    MutableClock mutableClock() {
        return new MutableClock(java.time.Instant.now());
    }
}
