package com.sendense;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.support.SpringApplicationJsonEnvironmentPostProcessor;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * The launcher starts the demo hub only when the user set no hub URL: the demo hub's own
 * {@code --hub.base-url} argument would silently win over the user's. Each case is also checked
 * against Spring's real binding, so the launcher and the console agree on what "configured" means.
 */
class MainTest {

    record Case(String name, List<String> args, Map<String, String> env, Map<String, String> systemProperties,
            boolean configured) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("nothing set", List.of("--server.port=9090"), Map.of("PATH", "/usr/bin"), Map.of("java.version", "25"), false),
                new Case("HUB_URL", List.of(), Map.of("HUB_URL", "http://hub:8082"), Map.of(), true),
                new Case("blank HUB_URL", List.of(), Map.of("HUB_URL", "  "), Map.of(), false),
                new Case("HUB_URL as -D", List.of(), Map.of(), Map.of("HUB_URL", "http://hub:8082"), true),
                new Case("HUB_URL as --", List.of("--HUB_URL=http://hub:8082"), Map.of(), Map.of(), true),
                new Case("HUB_BASE_URL", List.of(), Map.of("HUB_BASE_URL", "http://hub:8082"), Map.of(), true),
                new Case("HUB_BASEURL", List.of(), Map.of("HUB_BASEURL", "http://hub:8082"), Map.of(), true),
                new Case("HUB_TOKEN only", List.of(), Map.of("HUB_TOKEN", "secret"), Map.of(), false),
                new Case("--hub.base-url", List.of("--hub.base-url=http://hub:8082"), Map.of(), Map.of(), true),
                new Case("empty --hub.base-url", List.of("--hub.base-url="), Map.of(), Map.of(), false),
                new Case("--hub.baseUrl", List.of("--hub.baseUrl=http://hub:8082"), Map.of(), Map.of(), true),
                new Case("--hub.base_url", List.of("--hub.base_url=http://hub:8082"), Map.of(), Map.of(), true),
                new Case("other hub option", List.of("--hub.demo=true", "--hub.base-url-old=http://x"), Map.of(), Map.of(), false),
                new Case("-Dhub.base-url", List.of(), Map.of(), Map.of("hub.base-url", "http://hub:8082"), true),
                new Case("blank -Dhub.base-url", List.of(), Map.of(), Map.of("hub.base-url", ""), false),
                new Case("SPRING_APPLICATION_JSON nested", List.of(),
                        Map.of("SPRING_APPLICATION_JSON", "{\"hub\":{\"base-url\":\"http://hub:8082\"}}"), Map.of(), true),
                new Case("SPRING_APPLICATION_JSON flat", List.of(),
                        Map.of("SPRING_APPLICATION_JSON", "{\"hub.base-url\":\"http://hub:8082\"}"), Map.of(), true),
                new Case("-Dspring.application.json", List.of(), Map.of(),
                        Map.of("spring.application.json", "{\"hub\":{\"baseUrl\":\"http://hub:8082\"}}"), true),
                new Case("--spring.application.json", List.of("--spring.application.json={\"hub\":{\"base-url\":\"http://hub:8082\"}}"),
                        Map.of(), Map.of(), true),
                new Case("SPRING_APPLICATION_JSON without a hub URL", List.of(),
                        Map.of("SPRING_APPLICATION_JSON", "{\"server\":{\"port\":9090},\"hub\":{\"base-url\":\"\"}}"), Map.of(), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void demo_hub_starts_only_when_no_hub_url_is_set(Case c) {
        assertThat(Main.hubUrlConfigured(c.args(), c.env(), c.systemProperties())).isEqualTo(c.configured());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void spring_binds_a_hub_url_in_exactly_the_same_cases(Case c) {
        assertThat(springBindsHubUrl(c)).isEqualTo(c.configured());
    }

    @Test
    void malformed_application_json_is_left_to_spring_to_refuse() {
        assertThat(Main.hubUrlConfigured(List.of(), Map.of("SPRING_APPLICATION_JSON", "{\"hub\":"), Map.of())).isFalse();
    }

    /** The property sources of a Spring Boot application, in their order, with application.properties' hub line. */
    private static boolean springBindsHubUrl(Case c) {
        StandardEnvironment environment = new StandardEnvironment();
        MutablePropertySources sources = environment.getPropertySources();
        sources.remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        sources.remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        sources.addLast(new SimpleCommandLinePropertySource(c.args().toArray(String[]::new)));
        sources.addLast(new MapPropertySource(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME, Map.<String, Object>copyOf(c.systemProperties())));
        sources.addLast(new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.<String, Object>copyOf(c.env())));
        sources.addLast(new MapPropertySource("application.properties", Map.of("hub.base-url", "${HUB_URL:}")));
        new SpringApplicationJsonEnvironmentPostProcessor().postProcessEnvironment(environment, null);
        ConfigurationPropertySources.attach(environment);
        return Binder.get(environment).bind("hub.base-url", String.class).map(url -> !url.isBlank()).orElse(false);
    }
}
