package com.sendense.console.security;

import com.sendense.console.users.Roles;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Form sign-in through {@link LoginView}, accounts from the database (the
 * {@code UserDetailsService} in {@code users}), BCrypt hashes, and {@code @RolesAllowed} on views
 * and on service methods.
 *
 * <p>Actuator: {@code /actuator/health} is open so load balancers can probe it (details only for
 * administrators, see {@code management.endpoint.health.*}); {@code /actuator/prometheus} is open
 * so Prometheus can scrape without credentials, which exposes metrics to anyone who can reach the
 * port: restrict it at the network, or move actuator to {@code management.server.port} and keep
 * that port internal. Every other actuator endpoint needs {@link Roles#ADMIN}.
 *
 * <p>Views sign out with Vaadin's {@code AuthenticationContext.logout()}.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus").permitAll()
                // The console's own stylesheet: the login page needs it before anyone signs in.
                .requestMatchers("/styles/**").permitAll()
                .requestMatchers("/actuator/**").hasRole(Roles.ADMIN));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
