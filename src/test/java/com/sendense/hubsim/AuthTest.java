package com.sendense.hubsim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AuthTest {

    private static final String LOGIN = "{\"appliance_id\":\"console\",\"token\":\"" + SimulatorConfig.APPLIANCE_TOKEN
            + "\",\"version\":\"1\"}";

    private static HubSimulator authOn;
    private static HubSimulator authOff;

    @BeforeAll
    static void start() {
        authOn = HubSimulator.start(SimulatorConfig.defaults().withAuth(true));
        authOff = HubSimulator.start(SimulatorConfig.defaults().withAuth(false));
    }

    @AfterAll
    static void stop() {
        authOn.close();
        authOff.close();
    }

    @Test
    void with_auth_off_wrapped_routes_need_no_token() {
        assertThat(new SimHttp(authOff.baseUrl()).get("/api/v1/vm-contexts").status()).isEqualTo(200);
        assertThat(new SimHttp(authOff.baseUrl()).withToken("garbage").get("/api/v1/repositories").status())
                .isEqualTo(200);
    }

    @Test
    void with_auth_on_the_middleware_answers_with_its_three_messages() {
        SimHttp http = new SimHttp(authOn.baseUrl());

        assertThat(http.get("/api/v1/vm-contexts")).satisfies(r -> unauthorized(r, "Missing authorization header"));
        assertThat(http.getWithAuthorization("/api/v1/vm-contexts", "bearer " + SimulatorConfig.SESSION_TOKEN))
                .as("the prefix is case-sensitive")
                .satisfies(r -> unauthorized(r, "Invalid authorization format"));
        assertThat(http.getWithAuthorization("/api/v1/vm-contexts", "Basic YTpi"))
                .satisfies(r -> unauthorized(r, "Invalid authorization format"));
        assertThat(http.withToken("sess_guess").get("/api/v1/vm-contexts"))
                .satisfies(r -> unauthorized(r, "Invalid or expired token"));
    }

    @Test
    void login_hands_out_the_fixed_token_for_ten_years_and_it_opens_wrapped_routes() {
        SimHttp http = new SimHttp(authOn.baseUrl());

        SimHttp.Response login = http.post("/api/v1/auth/login", LOGIN);

        assertThat(login.status()).isEqualTo(200);
        assertThat(login.json().get("session_token").asString()).isEqualTo(SimulatorConfig.SESSION_TOKEN);
        Instant expires = OffsetDateTime.parse(login.json().get("expires_at").asString()).toInstant();
        assertThat(Duration.between(Instant.now(), expires)).isBetween(Duration.ofDays(3649), Duration.ofDays(3651));
        assertThat(login.body()).doesNotContain("error_message");
        assertThat(http.withToken(SimulatorConfig.SESSION_TOKEN).get("/api/v1/protection-flows").status())
                .isEqualTo(200);
    }

    @Test
    void login_checks_only_the_appliance_token() {
        SimHttp http = new SimHttp(authOn.baseUrl());

        assertThat(http.post("/api/v1/auth/login", "{\"username\":\"admin\",\"password\":\"admin\"}")).satisfies(r -> {
            assertThat(r.status()).isEqualTo(401);
            assertThat(r.body()).isEqualTo("{\"success\":false,\"error_message\":\"Invalid credentials\"}\n");
        });
        assertThat(http.post("/api/v1/auth/login", "not json")).satisfies(r -> {
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.json().get("error").asString()).isEqualTo("Invalid request payload");
            assertThat(r.json().get("details").asString())
                    .isEqualTo("invalid character 'o' in literal null (expecting 'u')");
        });
    }

    @Test
    void backups_restore_health_and_login_are_never_protected() {
        SimHttp http = new SimHttp(authOn.baseUrl());

        assertThat(http.get("/health").status()).isEqualTo(200);
        assertThat(http.get("/api/v1/backups?status=completed").status()).isEqualTo(200);
        assertThat(http.get("/api/v1/backups/stats?vm_name=a&repository_id=b").status()).isEqualTo(200);
    }

    @Test
    void a_restart_forgets_every_session_until_the_next_login() {
        HubSimulator hub = HubSimulator.start(SimulatorConfig.defaults().withAuth(true));
        try (hub) {
            SimHttp http = new SimHttp(hub.baseUrl());
            http.post("/api/v1/auth/login", LOGIN);
            http.withToken(SimulatorConfig.SESSION_TOKEN);
            assertThat(http.get("/api/v1/vm-contexts").status()).isEqualTo(200);

            assertThat(SimHttp.control(hub).post("/_sim/restart", "").json().get("sessions_cleared").asInt())
                    .isEqualTo(1);

            assertThat(http.get("/api/v1/vm-contexts")).satisfies(r -> unauthorized(r, "Invalid or expired token"));
            new SimHttp(hub.baseUrl()).post("/api/v1/auth/login", LOGIN);
            assertThat(http.get("/api/v1/vm-contexts").status()).isEqualTo(200);
            assertThat(hub.control().restart()).isEqualTo(1);
            assertThat(http.get("/api/v1/vm-contexts").status()).isEqualTo(401);
        }
    }

    private static void unauthorized(SimHttp.Response r, String message) {
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.json().get("error").asString()).isEqualTo(message);
        assertThat(r.json().get("details").asString()).isEmpty();
        assertThat(r.body()).startsWith("{\"details\":\"\",\"error\":");
    }
}
