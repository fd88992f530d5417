package com.sendense.console.restore;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({RestoreProperties.class, SearchProperties.class, SpoolProperties.class})
class RestoreConfiguration {}
