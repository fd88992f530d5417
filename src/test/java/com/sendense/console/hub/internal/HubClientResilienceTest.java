package com.sendense.console.hub.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.http.Fault;
import com.sendense.console.hub.BackupFilter;
import com.sendense.console.hub.BackupId;
import com.sendense.console.hub.BackupStartRequest;
import com.sendense.console.hub.BackupType;
import com.sendense.console.hub.HubAuthException;
import com.sendense.console.hub.HubAuthStatus.LoginState;
import com.sendense.console.hub.HubErrorCode;
import com.sendense.console.hub.HubNotFoundException;
import com.sendense.console.hub.HubPath;
import com.sendense.console.hub.HubProperties;
import com.sendense.console.hub.HubRejectedException;
import com.sendense.console.hub.HubServerException;
import com.sendense.console.hub.HubUnavailableException;
import com.sendense.console.hub.MountId;
import com.sendense.console.testsupport.MutableClock;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Dropped connections, timeouts, retries, the session, the VM name check, encoding and metrics. */
class HubClientResilienceTest extends HubClientTestSupport {

    private static final String REPO = "repo-local-1759780081";
    private static final BackupStartRequest START = BackupStartRequest.of("pgtest1", BackupType.FULL, REPO);

    // --- no answer

    @Test
    void a_connection_dropped_without_response_is_unavailable_after_bounded_retries() {
        hub.stubFor(get("/api/v1/restore/mounts").willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));

        HubUnavailableException error = catchThrowableOfType(HubUnavailableException.class, () -> client().mounts());

        assertThat(error.code()).isEqualTo(HubErrorCode.NO_RESPONSE);
        assertThat(error.outcomeUnknown()).isFalse();
        assertThat(error.status()).isEmpty();
        hub.verify(3, getRequestedFor(urlEqualTo("/api/v1/restore/mounts")));
        assertThat(backoffs).containsExactly(Duration.ofMillis(200), Duration.ofMillis(800));
    }

    @Test
    void a_connection_reset_is_unavailable_too() {
        hub.stubFor(get("/api/v1/restore/resources").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertThatThrownBy(() -> client().restoreResources()).isInstanceOfSatisfying(HubUnavailableException.class,
                e -> assertThat(e.code()).isEqualTo(HubErrorCode.NO_RESPONSE));
        hub.verify(3, getRequestedFor(urlEqualTo("/api/v1/restore/resources")));
    }

    @Test
    void a_read_that_fails_once_succeeds_on_retry() {
        hub.stubFor(get("/api/v1/restore/mounts").inScenario("blip")
                .whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE))
                .willSetStateTo("up"));
        hub.stubFor(get("/api/v1/restore/mounts").inScenario("blip")
                .whenScenarioStateIs("up")
                .willReturn(hubResponse(200, "mounts-empty.json")));

        assertThat(client().mounts()).isEmpty();

        hub.verify(2, getRequestedFor(urlEqualTo("/api/v1/restore/mounts")));
        assertThat(backoffs).containsExactly(Duration.ofMillis(200));
    }

    @Test
    void a_start_backup_that_times_out_is_outcome_unknown_and_sent_exactly_once() {
        serve(get("/api/v1/vm-contexts"), 200, "vm-contexts.json");
        hub.stubFor(post("/api/v1/backups").willReturn(hubResponse(200, "start-backup.json").withFixedDelay(3_000)));
        WebClientHubClient client = client(properties(null, HubProperties.DEFAULT_TIME_ZONE, Duration.ofMillis(300)));

        HubUnavailableException error = catchThrowableOfType(HubUnavailableException.class,
                () -> client.startBackup(START));

        assertThat(error.code()).isEqualTo(HubErrorCode.TIMEOUT);
        assertThat(error.outcomeUnknown()).isTrue();
        assertThat(error.operation()).isEqualTo("startBackup");
        hub.verify(1, postRequestedFor(urlEqualTo("/api/v1/backups")));
        assertThat(backoffs).isEmpty();
    }

    @Test
    void a_start_backup_whose_connection_drops_is_outcome_unknown_and_sent_exactly_once() {
        serve(get("/api/v1/vm-contexts"), 200, "vm-contexts.json");
        hub.stubFor(post("/api/v1/backups").willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));

        HubUnavailableException error = catchThrowableOfType(HubUnavailableException.class,
                () -> client().startBackup(START));

        assertThat(error.code()).isEqualTo(HubErrorCode.NO_RESPONSE);
        assertThat(error.outcomeUnknown()).isTrue();
        hub.verify(1, postRequestedFor(urlEqualTo("/api/v1/backups")));
    }

    @Test
    void a_mount_whose_connection_resets_is_outcome_unknown_and_sent_exactly_once() {
        hub.stubFor(post("/api/v1/restore/mount").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        HubUnavailableException error = catchThrowableOfType(HubUnavailableException.class,
                () -> client().mount(new BackupId("backup-pgtest1-1759947871"), 0));

        assertThat(error.outcomeUnknown()).isTrue();
        hub.verify(1, postRequestedFor(urlEqualTo("/api/v1/restore/mount")));
    }

    @Test
    void a_refused_connection_is_unreachable_and_certainly_not_acted_on() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        WebClientHubClient client = client(HubProperties.forUrl(URI.create("http://127.0.0.1:" + closedPort)));

        HubUnavailableException error = catchThrowableOfType(HubUnavailableException.class,
                () -> client.startBackup(START));

        // The VM name check (a read) fails first, after its retries; the POST is never attempted.
        assertThat(error.code()).isEqualTo(HubErrorCode.UNREACHABLE);
        assertThat(error.outcomeUnknown()).isFalse();
    }

    @Test
    void without_a_hub_url_the_client_exists_and_every_call_is_unreachable() {
        WebClientHubClient client = client(HubProperties.forUrl(null));

        HubUnavailableException error = catchThrowableOfType(HubUnavailableException.class, client::health);

        assertThat(error.code()).isEqualTo(HubErrorCode.UNREACHABLE);
        assertThat(error.details()).get().asString().contains("no hub URL configured");
        assertThat(backoffs).isEmpty();
    }

    // --- authentication

    @Test
    void with_a_token_the_client_logs_in_once_and_sends_the_session_token() {
        serve(post("/api/v1/auth/login"), 200, "login.json");
        serve(get("/api/v1/vm-contexts"), 200, "vm-contexts.json");
        WebClientHubClient client = clientWithToken();

        client.vms();
        client.vms();

        hub.verify(1,
                postRequestedFor(urlEqualTo("/api/v1/auth/login"))
                        .withRequestBody(matchingJsonPath("$.appliance_id", equalTo("sendense-console")))
                        .withRequestBody(matchingJsonPath("$.token", equalTo(APPLIANCE_TOKEN)))
                        .withRequestBody(matchingJsonPath("$.version")));
        hub.verify(2, getRequestedFor(urlEqualTo("/api/v1/vm-contexts")).withHeader("Authorization",
                equalTo("Bearer " + SESSION_TOKEN)));
        assertThat(client.authStatus().tokenConfigured()).isTrue();
        assertThat(client.authStatus().lastLogin()).isEqualTo(LoginState.SUCCEEDED);
    }

    @Test
    void a_login_without_answer_fails_the_call_as_unavailable_and_is_retried_like_it() {
        hub.stubFor(post("/api/v1/auth/login").willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));

        HubUnavailableException error = catchThrowableOfType(HubUnavailableException.class,
                () -> clientWithToken().mounts());

        assertThat(error.operation()).isEqualTo("mounts");
        assertThat(error.outcomeUnknown()).isFalse();
        hub.verify(3, postRequestedFor(urlEqualTo("/api/v1/auth/login")));
        hub.verify(0, getRequestedFor(urlEqualTo("/api/v1/restore/mounts")));
    }

    @Test
    void concurrent_first_calls_log_in_only_once() throws Exception {
        serve(post("/api/v1/auth/login"), 200, "login.json");
        serve(get("/api/v1/restore/mounts"), 200, "mounts-empty.json");
        WebClientHubClient client = clientWithToken();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                calls.add(pool.submit(client::mounts));
            }
            for (Future<?> call : calls) {
                call.get();
            }
        } finally {
            pool.shutdownNow();
        }

        hub.verify(1, postRequestedFor(urlEqualTo("/api/v1/auth/login")));
    }

    @Test
    void an_expired_session_logs_in_again_once_and_repeats_the_call() {
        serve(post("/api/v1/auth/login"), 200, "login.json");
        hub.stubFor(get("/api/v1/vm-contexts").inScenario("restart")
                .whenScenarioStateIs(STARTED)
                .willReturn(hubResponse(401, "error-401-invalid-token.json"))
                .willSetStateTo("relogged"));
        hub.stubFor(get("/api/v1/vm-contexts").inScenario("restart")
                .whenScenarioStateIs("relogged")
                .willReturn(hubResponse(200, "vm-contexts.json")));

        assertThat(clientWithToken().vms()).hasSize(2);

        hub.verify(2, postRequestedFor(urlEqualTo("/api/v1/auth/login")));
        hub.verify(2, getRequestedFor(urlEqualTo("/api/v1/vm-contexts")));
    }

    @Test
    void a_session_that_stays_rejected_fails_after_one_re_login_not_in_a_loop() {
        serve(post("/api/v1/auth/login"), 200, "login.json");
        serve(get("/api/v1/vm-contexts"), 401, "error-401-invalid-token.json");

        HubAuthException error = catchThrowableOfType(HubAuthException.class, () -> clientWithToken().vms());

        assertThat(error.code()).isEqualTo(HubErrorCode.TOKEN_INVALID_OR_EXPIRED);
        hub.verify(2, postRequestedFor(urlEqualTo("/api/v1/auth/login")));
        hub.verify(2, getRequestedFor(urlEqualTo("/api/v1/vm-contexts")));
    }

    @Test
    void with_auth_off_no_header_is_sent_and_a_protected_route_says_token_missing() {
        serve(get("/api/v1/repositories"), 401, "error-401-missing-header.json");
        WebClientHubClient client = client();

        HubAuthException error = catchThrowableOfType(HubAuthException.class, client::repositories);

        assertThat(error.code()).isEqualTo(HubErrorCode.TOKEN_MISSING);
        assertThat(client.authStatus().tokenConfigured()).isFalse();
        assertThat(client.authStatus().lastLogin()).isEqualTo(LoginState.NOT_ATTEMPTED);
        hub.verify(getRequestedFor(urlEqualTo("/api/v1/repositories")).withoutHeader("Authorization"));
        hub.verify(0, postRequestedFor(urlEqualTo("/api/v1/auth/login")));
    }

    @Test
    void a_rejected_token_is_reported_as_invalid_credentials_while_unprotected_routes_keep_working() {
        serve(post("/api/v1/auth/login"), 401, "login-401.json");
        serve(get("/api/v1/repositories"), 401, "error-401-missing-header.json");
        serve(get("/api/v1/restore/mounts"), 200, "mounts-empty.json");
        WebClientHubClient client = clientWithToken();

        HubAuthException error = catchThrowableOfType(HubAuthException.class, client::repositories);
        assertThat(client.mounts()).isEmpty();

        assertThat(error.code()).isEqualTo(HubErrorCode.INVALID_CREDENTIALS);
        assertThat(error.hubMessage()).contains("Invalid credentials");
        assertThat(client.authStatus().lastLogin()).isEqualTo(LoginState.FAILED);
        assertThat(client.authStatus().lastLoginError()).isEqualTo("Invalid credentials");
        // A rejected login is not repeated on every call.
        hub.verify(1, postRequestedFor(urlEqualTo("/api/v1/auth/login")));
        hub.verify(getRequestedFor(urlEqualTo("/api/v1/restore/mounts")).withoutHeader("Authorization"));
    }

    @Test
    void a_failed_login_is_retried_after_its_backoff() {
        serve(post("/api/v1/auth/login"), 400, "login-400.json");
        serve(get("/api/v1/restore/mounts"), 200, "mounts-empty.json");
        MutableClock clock = new MutableClock(Instant.parse("2025-10-09T08:00:00Z"));
        WebClientHubClient client = client(
                new HubProperties(hubUrl(), APPLIANCE_TOKEN, null, null, Duration.ofSeconds(5), null, null, false),
                clock);

        client.mounts();
        assertThat(client.authStatus().lastLoginError()).isEqualTo("Invalid request payload");
        client.mounts();
        clock.advance(HubSession.FAILED_LOGIN_BACKOFF.plusSeconds(1));
        client.mounts();

        hub.verify(2, postRequestedFor(urlEqualTo("/api/v1/auth/login")));
    }

    // --- refused before the hub

    @Test
    void a_path_with_dot_dot_is_refused_without_any_request() {
        assertThatThrownBy(() -> HubPath.of("/partition-1/../../../../../etc"))
                .isInstanceOf(IllegalArgumentException.class);
        HubRejectedException error = catchThrowableOfType(HubRejectedException.class,
                () -> client().files(new MountId(".."), HubPath.root()));

        assertThat(error.code()).isEqualTo(HubErrorCode.PATH_TRAVERSAL);
        assertThat(hub.getAllServeEvents()).isEmpty();
    }

    @Test
    void an_unknown_vm_name_is_refused_without_calling_the_backup_routes() {
        serve(get("/api/v1/vm-contexts"), 200, "vm-contexts.json");
        WebClientHubClient client = client();

        HubNotFoundException start = catchThrowableOfType(HubNotFoundException.class,
                () -> client.startBackup(BackupStartRequest.of("pgtest9", BackupType.FULL, REPO)));
        HubNotFoundException list = catchThrowableOfType(HubNotFoundException.class,
                () -> client.backups(BackupFilter.forVm("pgtest9")));
        HubNotFoundException chain = catchThrowableOfType(HubNotFoundException.class,
                () -> client.backupChain("pgtest9"));

        assertThat(List.of(start, list, chain))
                .allSatisfy(e -> assertThat(e.code()).isEqualTo(HubErrorCode.VM_NOT_FOUND));
        assertThat(start.operation()).isEqualTo("startBackup");
        hub.verify(0, postRequestedFor(urlPathMatching("/api/v1/backups.*")));
        hub.verify(0, getRequestedFor(urlPathMatching("/api/v1/backups.*")));
    }

    @Test
    void known_vm_names_are_cached_briefly_but_start_backup_always_checks_afresh() {
        serve(get("/api/v1/vm-contexts"), 200, "vm-contexts.json");
        serve(get(urlPathEqualTo("/api/v1/backups")), 200, "list-backups-empty.json");
        serve(post("/api/v1/backups"), 200, "start-backup.json");
        MutableClock clock = new MutableClock(Instant.parse("2025-10-09T08:00:00Z"));
        WebClientHubClient client = client(properties(null, HubProperties.DEFAULT_TIME_ZONE, Duration.ofSeconds(5)),
                clock);

        client.backups(BackupFilter.forVm("pgtest1"));
        client.backups(BackupFilter.forVm("pgtest1"));
        hub.verify(1, getRequestedFor(urlEqualTo("/api/v1/vm-contexts")));
        clock.advance(VmInventory.TTL.plusSeconds(1));
        client.backups(BackupFilter.forVm("pgtest1"));
        hub.verify(2, getRequestedFor(urlEqualTo("/api/v1/vm-contexts")));
        client.startBackup(START);
        client.startBackup(START);
        hub.verify(4, getRequestedFor(urlEqualTo("/api/v1/vm-contexts")));
    }

    // --- encoding, time zone, decoding, metrics

    @Test
    void query_values_are_encoded_so_go_decodes_them_exactly() {
        serve(get(urlPathEqualTo("/api/v1/restore/m-1/files")), 200, "files-empty-dir.json");
        serve(get(urlPathEqualTo("/api/v1/backups/stats")), 200, "backup-stats-none.json");
        String path = "/partition-2/a b+c#d%e ü 'q\"x&y=z?";
        WebClientHubClient client = client();

        client.files(new MountId("m-1"), HubPath.of(path));
        client.backupStats("vm name+1", "repo#1%");

        List<String> urls = hub.getAllServeEvents().stream().map(e -> e.getRequest().getUrl()).toList();
        assertThat(urls).contains(
                "/api/v1/restore/m-1/files?path=%2Fpartition-2%2Fa%20b%2Bc%23d%25e%20%C3%BC%20%27q%22x%26y%3Dz%3F",
                "/api/v1/backups/stats?vm_name=vm%20name%2B1&repository_id=repo%231%25");
        // Go's url.ParseQuery decodes like URLDecoder: '+' would become a space, so it must never be sent raw.
        String sent = urls.stream().filter(u -> u.contains("files")).findFirst().orElseThrow();
        assertThat(URLDecoder.decode(sent.substring(sent.indexOf("path=") + 5), StandardCharsets.UTF_8))
                .isEqualTo(path);
    }

    @Test
    void false_z_times_use_the_configured_hub_zone() {
        serve(get("/api/v1/backups/backup-pgtest1-1759901593"), 200, "get-backup-completed.json");
        WebClientHubClient newYork = client(properties(null, ZoneId.of("America/New_York"), Duration.ofSeconds(5)));

        // 06:33:13 "Z" is New York wall-clock time (EDT, UTC-4) here.
        assertThat(newYork.backup(new BackupId("backup-pgtest1-1759901593")).createdAt())
                .isEqualTo(Instant.parse("2025-10-08T10:33:13Z"));
    }

    @Test
    void a_body_that_cannot_be_read_is_undecodable() {
        hub.stubFor(get("/api/v1/restore/resources").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("<html>proxy error</html>")));
        hub.stubFor(get("/api/v1/restore/mounts").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"mounts\":[{\"status\":\"mounted\"}]}")));
        WebClientHubClient client = client();

        HubServerException garbage = catchThrowableOfType(HubServerException.class, client::restoreResources);
        HubServerException missingId = catchThrowableOfType(HubServerException.class, client::mounts);

        assertThat(garbage.code()).isEqualTo(HubErrorCode.UNDECODABLE_RESPONSE);
        assertThat(missingId.code()).isEqualTo(HubErrorCode.UNDECODABLE_RESPONSE);
        assertThat(missingId.details()).get().asString().contains("mount_id");
    }

    @Test
    void every_call_is_timed_with_operation_outcome_and_status() {
        serve(get("/api/v1/vm-contexts"), 200, "vm-contexts.json");
        serve(get("/api/v1/backups/backup-nope-1"), 404, "get-backup-404.json");
        hub.stubFor(get("/api/v1/restore/mounts").willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));
        WebClientHubClient client = client();

        client.vms();
        assertThatThrownBy(() -> client.backup(new BackupId("backup-nope-1"))).isInstanceOf(HubNotFoundException.class);
        assertThatThrownBy(client::mounts).isInstanceOf(HubUnavailableException.class);

        assertThat(registry.get(WebClientHubClient.METRIC)
                .tags("operation", "vms", "outcome", "success", "status", "200")
                .timer()
                .count()).isEqualTo(1);
        assertThat(registry.get(WebClientHubClient.METRIC)
                .tags("operation", "backup", "outcome", "BACKUP_NOT_FOUND", "status", "404")
                .timer()
                .count()).isEqualTo(1);
        assertThat(registry.get(WebClientHubClient.METRIC)
                .tags("operation", "mounts", "outcome", "NO_RESPONSE", "status", "none")
                .timer()
                .count()).isEqualTo(1);
    }
}
