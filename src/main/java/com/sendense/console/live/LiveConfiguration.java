package com.sendense.console.live;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Background work is switched on here, next to the only classes that use it. */
@Configuration
@EnableScheduling
@EnableAsync
class LiveConfiguration {
}
