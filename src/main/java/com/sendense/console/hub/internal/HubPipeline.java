package com.sendense.console.hub.internal;

import com.sendense.console.hub.HubAuthException;
import com.sendense.console.hub.HubAuthStatus;
import com.sendense.console.hub.HubErrorCode;
import com.sendense.console.hub.HubException;
import com.sendense.console.hub.HubProperties;
import com.sendense.console.hub.HubServerException;
import com.sendense.console.hub.HubUnavailableException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.ResponseEntity;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * What every hub call goes through: configuration check, precheck, retries for reads, session (one
 * re-login), request, {@link HubErrors}, one {@code hub.client.requests} timer sample. Reactor stays
 * in here: calls block at the edge, never inside a reactive chain.
 */
final class HubPipeline {

    static final String METRIC = "hub.client.requests";
    static final String APPLIANCE_ID = "sendense-console";

    /** The hub drops any response still being written 15 s after it read the request. */
    private static final Duration HUB_WRITE_TIMEOUT = Duration.ofSeconds(15);

    private final WebClient web;
    private final HubProperties properties;
    private final MeterRegistry registry;
    private final RetryPolicy retries;
    private final HubSession session;
    private final Duration callTimeout;

    HubPipeline(WebClient web, HubProperties properties, MeterRegistry registry, Clock clock, RetryPolicy retries) {
        this.web = web;
        this.properties = properties;
        this.registry = registry;
        this.retries = retries;
        this.session = new HubSession(properties.applianceToken(), this::login, clock);
        // A backstop only: Reactor Netty's connect and response timeouts normally fire first.
        this.callTimeout = properties.connectTimeout().plus(properties.readTimeout()).plus(HUB_WRITE_TIMEOUT);
    }

    HubAuthStatus authStatus() {
        return session.status();
    }

    /** A call with a JSON answer, mapped to the model; a mapping failure is an undecodable answer. */
    <W, T> T json(HubCall call, Class<W> wireType, Function<W, T> mapper) {
        return execute(call, token -> decode(call, mapper, exchange(call, token, wireType)));
    }

    /**
     * A JSON answer handed as bytes to a streaming {@code reader} on the calling thread (issue 13): the body is
     * gathered as Netty's buffers (joined without copying, within {@code maxBytes}), never decoded into a tree.
     */
    <T> T streamed(HubCall call, int maxBytes, Function<InputStream, T> reader) {
        return execute(call, token -> {
            DataBuffer body = block(call, spec(call, token).retrieve()
                    .onStatus(status -> !status.is2xxSuccessful(), response -> HubErrors.fromResponse(call, response))
                    .toEntityFlux(DataBuffer.class)
                    .flatMap(entity -> {
                        call.status(entity.getStatusCode().value());
                        return DataBufferUtils.join(entity.getBody(), maxBytes);
                    }));
            if (body == null) {
                throw new HubServerException(call.operation(), HubErrorCode.UNDECODABLE_RESPONSE,
                        call.status() == 0 ? null : call.status(), null, "empty response body");
            }
            try (InputStream in = body.asInputStream()) {
                return decode(call, reader, in);
            } catch (IOException e) {
                throw new HubServerException(call.operation(), HubErrorCode.UNDECODABLE_RESPONSE, call.status(), null,
                        e.getMessage());
            } finally {
                DataBufferUtils.release(body);
            }
        });
    }

    void bodiless(HubCall call) {
        execute(call, token -> {
            ResponseEntity<Void> entity = block(call,
                    spec(call, token).retrieve()
                            .onStatus(status -> !status.is2xxSuccessful(),
                                    response -> HubErrors.fromResponse(call, response))
                            .toBodilessEntity());
            call.status(entity == null ? 0 : entity.getStatusCode().value());
            return null;
        });
    }

    <T> T execute(HubCall call, Function<Optional<String>, T> attempt) {
        return observed(call, () -> {
            if (properties.baseUrl() == null) {
                throw new HubUnavailableException(call.operation(), HubErrorCode.UNREACHABLE, false,
                        "no hub URL configured (hub.base-url / HUB_URL)", null);
            }
            Runnable precheck = call.precheck();
            if (precheck != null) {
                precheck.run();
            }
            return retries.run(call, () -> authenticated(call, attempt));
        });
    }

    /** On "Invalid or expired token" logs in again once and repeats the call once: never a loop. */
    private <T> T authenticated(HubCall call, Function<Optional<String>, T> attempt) {
        Optional<String> token = token(call);
        try {
            return attempt.apply(token);
        } catch (HubAuthException e) {
            if (e.code() != HubErrorCode.TOKEN_INVALID_OR_EXPIRED || token.isEmpty()) {
                throw session.explain(call.operation(), e);
            }
            Optional<String> fresh = session.renew(token.get());
            try {
                return attempt.apply(fresh);
            } catch (HubAuthException again) {
                throw session.explain(call.operation(), again);
            }
        }
    }

    /** The session token; a login that got no answer fails the call itself, which was not sent. */
    private Optional<String> token(HubCall call) {
        try {
            return session.token();
        } catch (HubUnavailableException e) {
            throw new HubUnavailableException(call.operation(), e.code(), false,
                    "login: " + e.details().orElse(e.code().name()), e);
        }
    }

    /** Called by {@link HubSession}, never concurrently; not retried, not re-authenticated. */
    private String login(String applianceToken) {
        HubCall call = HubCall.post("login", "/api/v1/auth/login")
                .body(new MiscJson.LoginRequest(APPLIANCE_ID, applianceToken, version()));
        return observed(call, () -> {
            MiscJson.LoginResponse response = exchange(call, Optional.empty(), MiscJson.LoginResponse.class);
            String token = response.sessionToken();
            if (!Wire.flag(response.success()) || token == null || token.isBlank()) {
                throw new HubAuthException("login", HubErrorCode.INVALID_CREDENTIALS, call.status(),
                        response.errorMessage(), "login returned no session token");
            }
            return token;
        });
    }

    private <W> W exchange(HubCall call, Optional<String> token, Class<W> wireType) {
        ResponseEntity<W> entity = block(call,
                spec(call, token).retrieve()
                        .onStatus(status -> !status.is2xxSuccessful(),
                                response -> HubErrors.fromResponse(call, response))
                        .toEntity(wireType));
        if (entity != null) {
            call.status(entity.getStatusCode().value());
        }
        W body = entity == null ? null : entity.getBody();
        if (body == null) {
            throw new HubServerException(call.operation(), HubErrorCode.UNDECODABLE_RESPONSE,
                    call.status() == 0 ? null : call.status(), null, "empty response body");
        }
        return body;
    }

    WebClient.RequestHeadersSpec<?> spec(HubCall call, Optional<String> token) {
        WebClient.RequestBodySpec spec = web.method(call.method())
                .uri(call::uri)
                .headers(headers -> token.ifPresent(headers::setBearerAuth));
        Object body = call.body();
        return body == null ? spec : spec.bodyValue(body);
    }

    <R> @Nullable R block(HubCall call, Mono<R> response) {
        return response.timeout(callTimeout).onErrorMap(error -> HubErrors.fromThrowable(call, error)).block();
    }

    private static <W, T> T decode(HubCall call, Function<W, T> mapper, W wire) {
        try {
            return mapper.apply(wire);
        } catch (HubException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new HubServerException(call.operation(), HubErrorCode.UNDECODABLE_RESPONSE, call.status(), null,
                    e.getMessage());
        }
    }

    private <T> T observed(HubCall call, Supplier<T> work) {
        Timer.Sample sample = Timer.start(registry);
        String outcome = "success";
        try {
            return work.get();
        } catch (HubException e) {
            outcome = e.code().name();
            throw e;
        } catch (RuntimeException e) {
            outcome = "CLIENT_ERROR";
            throw e;
        } finally {
            sample.stop(Timer.builder(METRIC)
                    .description("Calls to the Sendense hub, per HubClient operation")
                    .tag("operation", call.operation())
                    .tag("outcome", outcome)
                    .tag("status", call.status() == 0 ? "none" : String.valueOf(call.status()))
                    .register(registry));
        }
    }

    private static String version() {
        String version = HubPipeline.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
