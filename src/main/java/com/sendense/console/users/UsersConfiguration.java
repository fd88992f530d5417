package com.sendense.console.users;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({UsersProperties.class, SignInProperties.class})
class UsersConfiguration {}
