package com.sendense;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.StandardEnvironment;

/**
 * Demo hub or real hub is decided from Spring's resolved environment, so every place Spring reads
 * {@code hub.base-url} from switches the demo hub (and the demo accounts) off, and a blank one turns
 * it on. Each case runs a real {@link SpringApplication} with the console's application.properties
 * and a working directory of its own ({@code spring.config.location} lists it the way Spring's
 * defaults list {@code ./} and {@code ./config/}).
 */
class DemoHubSwitchTest {

    private static final String HUB = "http://hub.example:8082";

    @TempDir
    Path workDir;

    /** Where a hub URL can come from: files to write into the working directory, arguments, environment. */
    record Source(String name, Map<String, String> files, List<String> args, Map<String, String> env) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Source> hubUrlSources() {
        return Stream.of(
                new Source("external application.yml", Map.of("application.yml", "hub:\n  base-url: " + HUB + "\n"),
                        List.of(), Map.of()),
                new Source("config/application.properties",
                        Map.of("config/application.properties", "hub.base-url=" + HUB), List.of(), Map.of()),
                new Source("profile-specific file", Map.of("application-prod.properties", "hub.base-url=" + HUB),
                        List.of("--spring.profiles.active=prod"), Map.of()),
                new Source("spring.config.import",
                        Map.of("application.properties", "spring.config.import=file:./hub.properties", "hub.properties",
                                "hub.baseUrl=" + HUB),
                        List.of(), Map.of()),
                new Source("env HUB_URL", Map.of(), List.of(), Map.of("HUB_URL", HUB)),
                new Source("env HUB_BASE_URL", Map.of(), List.of(), Map.of("HUB_BASE_URL", HUB)),
                new Source("env SPRING_APPLICATION_JSON", Map.of(), List.of(),
                        Map.of("SPRING_APPLICATION_JSON", "{\"hub\":{\"base-url\":\"" + HUB + "\"}}")),
                new Source("--hub.base-url", Map.of(), List.of("--hub.base-url=" + HUB), Map.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hubUrlSources")
    void a_hub_url_from_any_spring_source_switches_the_demo_hub_and_demo_users_off(Source source) throws IOException {
        // Asking for demo users does not bring them next to a real hub.
        try (ConfigurableApplicationContext context = run(source, "--console.demo-users=true")) {
            ConfigurableEnvironment env = context.getEnvironment();

            assertThat(env.getProperty("hub.base-url")).isEqualTo(HUB);
            assertThat(env.getProperty("hub.demo", Boolean.class)).isFalse();
            assertThat(env.getProperty("console.demo-users", Boolean.class)).isFalse();
        }
    }

    @Test
    void a_blank_hub_url_starts_the_demo_hub_until_the_context_closes() throws Exception {
        URI demoHub;
        try (ConfigurableApplicationContext context = run(
                new Source("blank HUB_URL", Map.of(), List.of(), Map.of("HUB_URL", " ")))) {
            ConfigurableEnvironment env = context.getEnvironment();
            demoHub = URI.create(env.getRequiredProperty("hub.base-url"));

            assertThat(demoHub.getHost()).isEqualTo("127.0.0.1");
            assertThat(env.getProperty("hub.demo", Boolean.class)).isTrue();
            assertThat(env.getProperty("console.demo-users", Boolean.class)).isTrue();
            assertThat(health(demoHub)).isEqualTo(200);
            assertThat(health(demoHub.resolve("/_sim/world"))).as("no control API on the demo hub").isEqualTo(404);
        }
        assertThat(reachable(demoHub)).as("the demo hub stops with the context").isFalse();
    }

    @Test
    void tests_can_ask_for_no_hub_at_all() {
        try (ConfigurableApplicationContext context = run(
                new Source("no hub", Map.of(), List.of("--console.demo-hub.enabled=false"), Map.of()))) {
            assertThat(context.getEnvironment().getProperty("hub.base-url")).isEmpty();
            assertThat(context.getEnvironment().getProperty("hub.demo", Boolean.class)).isFalse();
        }
    }

    private ConfigurableApplicationContext run(Source source, String... extraArgs) {
        source.files().forEach((name, content) -> {
            try {
                Path file = workDir.resolve(name);
                Files.createDirectories(file.getParent());
                Files.writeString(file, content.replace("file:./", "file:" + workDir + "/"));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        List<String> args = new ArrayList<>(source.args());
        args.add("--spring.config.location=optional:classpath:/,optional:file:" + workDir + "/,optional:file:" + workDir
                + "/config/");
        args.addAll(List.of(extraArgs));
        SpringApplication app = new SpringApplication(Empty.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setEnvironment(new StandardEnvironment() {

            @Override
            public Map<String, Object> getSystemEnvironment() {
                return Map.copyOf(source.env());
            }
        });
        return app.run(args.toArray(String[]::new));
    }

    private static int health(URI uri) throws IOException, InterruptedException {
        URI target = uri.getPath().isEmpty() ? uri.resolve("/health") : uri;
        try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            return client.send(HttpRequest.newBuilder(target).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        }
    }

    private static boolean reachable(URI uri) throws InterruptedException {
        try {
            health(uri);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Empty {}
}
