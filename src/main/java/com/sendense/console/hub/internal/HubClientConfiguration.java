package com.sendense.console.hub.internal;

import com.sendense.console.hub.HubClient;
import com.sendense.console.hub.HubProperties;
import com.sendense.console.hub.HubZone;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.netty.channel.ChannelOption;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.DefaultUriBuilderFactory;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/** Wires the one hub {@link WebClient}, the {@link HubClient} and the {@code hub} health indicator. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HubProperties.class)
class HubClientConfiguration {

    /** Enough for a 100,000-entry directory listing (about 25 MB of JSON). */
    static final int MAX_IN_MEMORY_BYTES = 32 * 1024 * 1024;

    /** Below the hub's 60 s idle timeout, so a pooled connection is never reused as the hub closes it. */
    static final Duration MAX_IDLE = Duration.ofSeconds(30);

    @Bean
    WebClientHubClient hubClient(ObjectProvider<WebClient.Builder> builder, HubProperties properties,
            ObjectProvider<MeterRegistry> registry, ObjectProvider<Clock> clock) {
        HubWebClient web = hubWebClient(builder.getIfAvailable(WebClient::builder), properties);
        return new WebClientHubClient(web.client(), properties, registry.getIfAvailable(SimpleMeterRegistry::new),
                clock.getIfAvailable(Clock::systemUTC), RetryPolicy.standard(), web.pool()::dispose);
    }

    @Bean
    HubZone hubZone(HubProperties properties) {
        return new HubZone(properties.timeZone());
    }

    @Bean
    HealthIndicator hubHealthIndicator(HubClient hubClient, HubProperties properties) {
        return new HubHealthIndicator(hubClient, properties);
    }

    /** The hub's WebClient and its connection pool, which must be disposed with it. */
    record HubWebClient(WebClient client, ConnectionProvider pool) {}

    /**
     * Builds the hub's WebClient from Boot's builder (codecs, observation), with Reactor Netty
     * timeouts and a strict URI encoding.
     *
     * <p>Reactor Netty's transparent retry is disabled: it can resend a request whose connection
     * closed, and a resent {@code POST /backups} starts a second backup.
     */
    static HubWebClient hubWebClient(WebClient.Builder builder, HubProperties properties) {
        ConnectionProvider pool = ConnectionProvider.builder("hub").maxIdleTime(MAX_IDLE).build();
        HttpClient http = HttpClient.create(pool)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS,
                        (int) Math.min(Integer.MAX_VALUE, properties.connectTimeout().toMillis()))
                .responseTimeout(properties.readTimeout())
                .disableRetry(true);
        URI baseUrl = properties.baseUrl();
        DefaultUriBuilderFactory uris = baseUrl == null
                ? new DefaultUriBuilderFactory()
                : new DefaultUriBuilderFactory(baseUrl.toString());
        // Values are encoded strictly ('+' → %2B, ' ' → %20), which Go's Query().Get decodes exactly.
        uris.setEncodingMode(DefaultUriBuilderFactory.EncodingMode.TEMPLATE_AND_VALUES);
        WebClient client = builder.clone()
                .clientConnector(new ReactorClientHttpConnector(http))
                .uriBuilderFactory(uris)
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(MAX_IN_MEMORY_BYTES))
                .build();
        return new HubWebClient(client, pool);
    }
}
