package com.sendense.console.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may scrape {@code /actuator/prometheus}, an operator's choice (README, "Health and metrics").
 * Metrics tell anyone who reads them which hub calls fail and how often, so by default a scraper
 * needs HTTP Basic credentials from {@code CONSOLE_METRICS_USER}/{@code CONSOLE_METRICS_PASSWORD}; with none
 * configured every scrape gets 401. {@code console.metrics.anonymous=true} opens it, for actuator on
 * its own internal {@code management.server.port}. Console accounts never work here: a scraper's
 * credentials sit in a config file, and must not open the console.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MetricsProperties.class)
class MetricsSecurity {

    static final String SCRAPER_ROLE = "METRICS";
    static final String REALM = "Sendense Console metrics";

    private static final Logger log = LoggerFactory.getLogger(MetricsSecurity.class);

    /** Before the console's chain, which would send a scraper to the sign-in page. */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain metricsFilterChain(HttpSecurity http, MetricsProperties metrics) throws Exception {
        http.securityMatcher("/actuator/prometheus")
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        if (metrics.anonymous()) {
            log.warn("/actuator/prometheus is open to anyone who reaches it (console.metrics.anonymous=true)");
            http.authorizeHttpRequests(auth -> auth.anyRequest().permitAll());
        } else {
            if (!metrics.credentialsConfigured()) {
                log.warn("/actuator/prometheus answers 401 to every scrape: set CONSOLE_METRICS_USER and"
                        + " CONSOLE_METRICS_PASSWORD for the scraper, or console.metrics.anonymous=true");
            }
            http.authorizeHttpRequests(auth -> auth.anyRequest().hasRole(SCRAPER_ROLE))
                    .httpBasic(basic -> basic.authenticationEntryPoint(MetricsSecurity::askForCredentials))
                    .exceptionHandling(errors -> errors.authenticationEntryPoint(MetricsSecurity::askForCredentials))
                    .authenticationManager(new ProviderManager(new ScraperAuthentication(metrics)));
        }
        return http.build();
    }

    /**
     * A plain 401: Spring's Basic entry point calls {@code sendError}, whose error dispatch passes the
     * console's chain and turns into a redirect to the sign-in page, which a scraper cannot follow.
     */
    private static void askForCredentials(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException e) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    }

    /** The one configured scraper, compared in constant time. */
    private record ScraperAuthentication(MetricsProperties metrics) implements AuthenticationProvider {

        @Override
        public Authentication authenticate(Authentication authentication) {
            String user = authentication.getName();
            String password = String.valueOf(authentication.getCredentials());
            if (!metrics.credentialsConfigured()
                    || !(same(user, metrics.user()) & same(password, metrics.password()))) {
                throw new BadCredentialsException("Wrong or unconfigured metrics credentials");
            }
            return UsernamePasswordAuthenticationToken.authenticated(user, null,
                    List.of(new SimpleGrantedAuthority("ROLE_" + SCRAPER_ROLE)));
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
        }

        private static boolean same(String given, String expected) {
            return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                    expected.getBytes(StandardCharsets.UTF_8));
        }
    }
}
