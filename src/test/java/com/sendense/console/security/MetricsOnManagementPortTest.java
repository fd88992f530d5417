package com.sendense.console.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Over real HTTP, on actuator's own {@code management.server.port}: the scraper's credentials, and
 * a refused scrape is a 401 for Prometheus, not a redirect to the console's sign-in page (an error
 * dispatch of {@code sendError(401)} used to end there).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "management.server.port=0")
@ActiveProfiles("test")
class MetricsOnManagementPortTest {

    @LocalManagementPort
    int managementPort;

    @Test
    void prometheus_on_the_management_port_still_needs_the_scraper() throws Exception {
        assertThat(status(null)).isEqualTo(401);
        assertThat(status("test-scraper:test-scraper-password")).isEqualTo(200); // application-test.properties
        assertThat(status("admin:test-admin-password")).isEqualTo(401);
    }

    private int status(String credentials) throws Exception {
        HttpRequest.Builder request = HttpRequest
                .newBuilder(URI.create("http://127.0.0.1:" + managementPort + "/actuator/prometheus"));
        if (credentials != null) {
            request.header("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }
}
