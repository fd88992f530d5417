package com.sendense.console.restore.ui;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.catalina.connector.ClientAbortException;
import org.apache.coyote.BadRequestException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A download cut short after streaming began must end as a broken response, so the browser reports it failed.
 * Thrown through Vaadin and Spring MVC, the exception reached Tomcat wrapped twice: a logged stack trace and an
 * error page that cannot write into a committed download. Unwrapped into Tomcat's {@link ClientAbortException},
 * the response closes unfinished with one log line. Also mapped to Vaadin's servlet by name: Spring MVC forwards
 * to it through a named dispatcher that URL-pattern filters do not see, and Tomcat logs what escapes that forward.
 */
class AbandonedDownloadFilter extends HttpFilter {

    private static final Logger log = LoggerFactory.getLogger(AbandonedDownloadFilter.class);

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        FilterRegistrationBean<AbandonedDownloadFilter> abandonedDownloadFilter() {
            var registration = new FilterRegistrationBean<>(new AbandonedDownloadFilter());
            registration.addUrlPatterns("/*");
            // The name Vaadin's Spring Boot integration registers its servlet under.
            registration.addServletNames("springServlet");
            registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ASYNC);
            return registration;
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            IOException abandoned = abandonment(e);
            if (abandoned == null || !response.isCommitted()) {
                throw e;
            }
            if (request.getDispatcherType() == DispatcherType.FORWARD) {
                // Out of the forward quietly, but not as a client abort, which Spring MVC would
                // swallow as a disconnect and then end the response as if it were complete.
                throw new BadRequestException(abandoned.getMessage(), abandoned);
            }
            if (!(abandoned instanceof ClientAbortException)) {
                log.info("Download {} ended unfinished: {}", // i18n: not text (log line)
                        request.getRequestURI(), abandoned.getMessage());
            }
            // Tomcat then closes the connection at once, so the browser knows the download failed.
            throw abandoned instanceof ClientAbortException clientAbort
                    ? clientAbort
                    : new ClientAbortException(abandoned.getMessage(), abandoned);
        }
    }

    private static @Nullable IOException abandonment(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof AbandonedDownload || t instanceof ClientAbortException) {
                return (IOException) t;
            }
        }
        return null;
    }
}
