package com.sendense.console.security;

import com.sendense.console.users.AccountStamps;
import com.sendense.console.users.Roles;
import com.sendense.console.users.SignInThrottle;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.function.Supplier;
import org.springframework.aop.Advisor;
import org.springframework.aop.ClassFilter;
import org.springframework.aop.Pointcut;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.security.authorization.method.AuthorizationInterceptorsOrder;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.authorization.method.Jsr250AuthorizationManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * Form sign-in through {@link LoginView}, accounts from the database (the
 * {@code UserDetailsService} in {@code users}), BCrypt hashes, and {@code @RolesAllowed} on views
 * (Vaadin's navigation access control) and on service methods (Spring method security, see
 * {@link #jsr250ServiceAuthorization}). {@code @PreAuthorize} works on services too.
 *
 * <p>Actuator: {@code /actuator/health} and its liveness and readiness probes under it are open so
 * orchestrators and load balancers can probe them (details only for administrators, see
 * {@code management.endpoint.health.*}); {@code /actuator/prometheus} has its own chain, see
 * {@link MetricsSecurity}. Every other actuator endpoint needs {@link Roles#ADMIN}.
 *
 * <p>Any other path that is not Vaadin's own is refused by {@code VaadinSecurityConfigurer} (its default rule for
 * any other request is deny all), so a Spring MVC endpoint needs a rule here, like {@code /spool/**}.
 *
 * <p>Views sign out with Vaadin's {@code AuthenticationContext.logout()}.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    /**
     * {@code @RolesAllowed}, {@code @PermitAll} and {@code @DenyAll} on services, like
     * {@code @EnableMethodSecurity(jsr250Enabled = true)} would do, except on Vaadin components.
     * The stock advisor also matches views, which carry the same annotations for Vaadin's
     * navigation access control, and turns every secured view into a CGLIB proxy whose fields
     * are null (tests that read a view's components fail, and each UI call goes through the
     * interceptor). Views are already guarded by navigation access control.
     */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor jsr250ServiceAuthorization(ObjectProvider<SecurityContextHolderStrategy> strategy) {
        Pointcut notOnComponents = new ComposablePointcut(
                AuthorizationManagerBeforeMethodInterceptor.jsr250().getPointcut())
                .intersection((ClassFilter) type -> !Component.class.isAssignableFrom(type));
        var interceptor = new AuthorizationManagerBeforeMethodInterceptor(notOnComponents,
                new Jsr250AuthorizationManager());
        interceptor.setOrder(AuthorizationInterceptorsOrder.JSR250.getOrder());
        interceptor.setSecurityContextHolderStrategy(new LazyStrategy(strategy));
        return interceptor;
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SignInThrottle throttle, AccountStamps stamps,
            ObjectProvider<SecurityContextHolderStrategy> strategy) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/actuator/health", "/actuator/health/**")
                .permitAll()
                // The console's own stylesheet: the login page needs it before anyone signs in.
                .requestMatchers("/styles/**")
                .permitAll()
                .requestMatchers("/actuator/**")
                .hasRole(Roles.ADMIN)
                // Spooled files (decision 021), a Spring MVC path: Vaadin's configurer denies every request that
                // is not its own, signed in or not. The spool itself gives a file only to the user who asked for it.
                .requestMatchers("/spool/**")
                .authenticated());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        http.addFilterBefore(new SignInLockFilter(throttle), UsernamePasswordAuthenticationFilter.class);
        // Before the anonymous filter, so a session it ends goes on as an anonymous request.
        http.addFilterBefore(new AccountStampFilter(stamps, new LazyStrategy(strategy)),
                AnonymousAuthenticationFilter.class);
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /**
     * Vaadin's context holder strategy, looked up on use: resolving it while advisors are created
     * would initialise it before the bean post-processors are ready.
     */
    private record LazyStrategy(
            ObjectProvider<SecurityContextHolderStrategy> provider) implements SecurityContextHolderStrategy {

        private SecurityContextHolderStrategy delegate() {
            return provider.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        }

        @Override
        public void clearContext() {
            delegate().clearContext();
        }

        @Override
        public SecurityContext getContext() {
            return delegate().getContext();
        }

        @Override
        public Supplier<SecurityContext> getDeferredContext() {
            return delegate().getDeferredContext();
        }

        @Override
        public void setContext(SecurityContext context) {
            delegate().setContext(context);
        }

        @Override
        public void setDeferredContext(Supplier<SecurityContext> deferredContext) {
            delegate().setDeferredContext(deferredContext);
        }

        @Override
        public SecurityContext createEmptyContext() {
            return delegate().createEmptyContext();
        }
    }
}
