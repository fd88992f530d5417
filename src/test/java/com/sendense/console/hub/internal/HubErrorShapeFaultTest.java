package com.sendense.console.hub.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.sendense.console.base.ui.HubErrorMessages;
import com.sendense.console.hub.HubErrorCode;
import com.sendense.console.hub.HubException;
import com.sendense.console.hub.HubUnavailableException;
import com.sendense.console.hub.internal.HubEndpoints.Endpoint;
import com.sendense.reliability.HubFault;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every error shape of the hub's contract (each handler family, the router's texts, the 401s) and
 * those of a proxy in front of it, on the call that gets it: a hub error with a message that says
 * what to do, no second write, and the next good answer read normally.
 */
class HubErrorShapeFaultTest extends HubClientTestSupport {

    private static final String PROXY_PAGE = """
            <!DOCTYPE html>
            <html><head><title>502 Bad Gateway</title></head>
            <body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx/1.24.0</center></body></html>
            """;

    /**
     * @param fixture the hub's own error body, or {@code null} for {@link #inline}
     * @param outcomeUnknown whether the write may have happened behind the error
     */
    record Shape(String endpoint, int status, @Nullable String fixture, String inline, boolean outcomeUnknown) {

        static Shape hub(String endpoint, int status, String fixture) {
            return new Shape(endpoint, status, fixture, "", false);
        }

        ResponseDefinitionBuilder response() {
            if (fixture != null) {
                return hubResponse(status, fixture);
            }
            return aResponse().withStatus(status).withHeader("Content-Type", "text/html").withBody(inline);
        }

        @Override
        public String toString() {
            return endpoint + " ← " + status + " " + (fixture != null ? fixture : "proxy page");
        }
    }

    static Stream<Shape> shapes() {
        return Stream.of(Shape.hub("backup chain", 400, "backup-chain-400.json"),
                Shape.hub("backup stats", 400, "backup-stats-400.json"),
                Shape.hub("vms", 401, "error-401-invalid-format.json"),
                Shape.hub("vms", 401, "error-401-invalid-token.json"),
                Shape.hub("repositories", 401, "error-401-missing-header.json"),
                Shape.hub("health", 404, "error-404-route.txt"), Shape.hub("health", 405, "error-405-method.txt"),
                Shape.hub("file info", 400, "file-info-400.json"),
                Shape.hub("files", 500, "files-500-mount-not-found.json"),
                Shape.hub("files", 500, "files-500-path-missing.json"),
                Shape.hub("flow executions", 404, "flow-404.json"), Shape.hub("backup", 404, "get-backup-404.json"),
                Shape.hub("delete backup", 404, "get-backup-404.json"),
                Shape.hub("backups", 500, "list-backups-500.json"), Shape.hub("mount", 400, "mount-400.json"),
                Shape.hub("mount", 500, "mount-500-disk-not-found.json"),
                Shape.hub("mount", 500, "mount-500-limit.json"), Shape.hub("repositories", 500, "repositories-500.txt"),
                Shape.hub("repository storage", 404, "repository-storage-404.txt"),
                Shape.hub("start backup", 400, "start-backup-400-backup-type.json"),
                Shape.hub("start backup", 400, "start-backup-400-no-previous.json"),
                Shape.hub("start backup", 400, "start-backup-400-vm-name.json"),
                Shape.hub("start backup", 404, "start-backup-404-no-disks.json"),
                Shape.hub("start backup", 500, "start-backup-500-context.json"),
                Shape.hub("start backup", 500, "start-backup-500-prepare.json"),
                Shape.hub("start backup", 500, "start-backup-500-sna.json"),
                Shape.hub("unmount", 500, "unmount-500.json"), Shape.hub("vms", 500, "vm-contexts-500.json"),
                new Shape("vms", 502, null, PROXY_PAGE, false), new Shape("backups", 500, null, PROXY_PAGE, false),
                new Shape("files", 503, null, "Service Unavailable\n", false), new Shape("start backup", 504, null,
                        PROXY_PAGE.replace("502 Bad Gateway", "504 Gateway Time-out"), true),
                new Shape("mount", 502, null, PROXY_PAGE, true));
    }

    @HubFault("error shape of the contract")
    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void every_error_shape_is_a_hub_error_with_a_next_step_and_no_repeated_write(Shape shape) {
        Endpoint endpoint = Endpoint.named(shape.endpoint());
        endpoint.serveOthers();
        hub.stubFor(endpoint.route().get().willReturn(shape.response()));
        WebClientHubClient client = client();

        HubException error = FaultChecks.failsAsHubError(client, endpoint.call());

        assertThat(error.code()).isNotIn(HubErrorCode.UNDECODABLE_RESPONSE);
        assertThat(HubErrorMessages.explain(error)).doesNotContain("<html").doesNotContain("nginx");
        if (endpoint.write()) {
            assertThat(hub.getAllServeEvents()).filteredOn(e -> !e.getRequest().getMethod().getName().equals("GET"))
                    .hasSize(1);
            assertThat(error instanceof HubUnavailableException u && u.outcomeUnknown())
                    .isEqualTo(shape.outcomeUnknown());
        }
        FaultChecks.recovers(client, endpoint);
    }
}
