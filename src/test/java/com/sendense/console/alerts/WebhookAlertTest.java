package com.sendense.console.alerts;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static com.sendense.console.alerts.AlertsFixture.NOW;
import static com.sendense.console.alerts.AlertsFixture.failed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.sendense.console.testsupport.HostileNames;
import com.sendense.console.testsupport.MutableClock;
import com.sendense.reliability.BadInput;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Webhook alerts against WireMock: the signature, the JSON, retries, and refused addresses. */
class WebhookAlertTest {

    @RegisterExtension
    static WireMockExtension receiver = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    final MutableClock clock = new MutableClock(NOW);
    final AlertsFixture console = new AlertsFixture(AlertsFixture.h2(), clock);

    @Test
    @BadInput("markup in hub strings")
    void the_body_is_json_with_the_hub_strings_intact_and_signed_with_hmac_sha256_of_the_secret() throws Exception {
        receiver.stubFor(post("/hook").willReturn(aResponse().withStatus(204)));
        console.webhook("Chat", receiver.baseUrl() + "/hook", "s3cret", AlertKind.BACKUP_FAILED);
        console.failedBackups(failed("b-1", HostileNames.MARKUP, NOW.minusSeconds(60), HostileNames.MARKUP_ERROR));

        console.detector.pollOnce();
        console.worker.pollOnce();

        List<LoggedRequest> requests = receiver.findAll(postRequestedFor(urlEqualTo("/hook")));
        assertThat(requests).hasSize(1);
        LoggedRequest request = requests.get(0);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("s3cret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        assertThat(request.getHeader("X-Sendense-Signature"))
                .isEqualTo("sha256=" + HexFormat.of().formatHex(mac.doFinal(request.getBody())));
        receiver.verify(postRequestedFor(urlEqualTo("/hook"))
                .withRequestBody(matchingJsonPath("$.kind", equalTo("BACKUP_FAILED")))
                .withRequestBody(matchingJsonPath("$.subject", equalTo(HostileNames.MARKUP)))
                .withRequestBody(matchingJsonPath("$.detail", equalTo(HostileNames.MARKUP_ERROR)))
                .withRequestBody(
                        matchingJsonPath("$.summary", equalTo("Backup of " + HostileNames.MARKUP + " failed"))));
    }

    @Test
    void without_a_secret_there_is_no_signature_and_kinds_not_chosen_are_not_posted() {
        receiver.stubFor(post("/hook").willReturn(aResponse().withStatus(200)));
        console.webhook("Chat", receiver.baseUrl() + "/hook", null, AlertKind.RPO_EXCEEDED);
        console.failedBackups(failed("b-1", "web-01", NOW.minusSeconds(60), ""));
        console.detector.pollOnce();
        console.worker.pollOnce();
        assertThat(receiver.findAll(postRequestedFor(urlEqualTo("/hook")))).isEmpty();

        console.facts = new AlertFacts(List.of(), List.of(), List.of(), List.of(AlertRulesTest.overdue("web-01")),
                List.of(), List.of());
        console.detector.pollOnce();
        console.worker.pollOnce();
        List<LoggedRequest> requests = receiver.findAll(postRequestedFor(urlEqualTo("/hook")));
        assertThat(requests).hasSize(1);
        assertThat(requests.get(0).containsHeader("X-Sendense-Signature")).isFalse();
    }

    @Test
    void a_500_is_retried_after_the_backoff_and_then_delivered_once() {
        receiver.stubFor(post("/hook").inScenario("flaky")
                .whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(500))
                .willSetStateTo("up"));
        receiver.stubFor(
                post("/hook").inScenario("flaky").whenScenarioStateIs("up").willReturn(aResponse().withStatus(200)));
        console.webhook("Chat", receiver.baseUrl() + "/hook", null);
        console.failedBackups(failed("b-1", "web-01", NOW.minusSeconds(60), ""));
        console.detector.pollOnce();

        console.worker.pollOnce();
        Delivery first = console.log().get(0);
        assertThat(first.state()).isEqualTo(Delivery.State.PENDING);
        assertThat(first.lastError()).isEqualTo("HTTP 500");
        assertThat(first.nextAttemptAt()).isEqualTo(NOW.plusSeconds(30));

        console.worker.pollOnce();
        assertThat(receiver.findAll(postRequestedFor(urlEqualTo("/hook")))).as("not before the backoff").hasSize(1);
        clock.advance(Duration.ofSeconds(30));
        console.worker.pollOnce();
        console.worker.pollOnce();

        assertThat(receiver.findAll(postRequestedFor(urlEqualTo("/hook")))).hasSize(2);
        assertThat(console.log().get(0).state()).isEqualTo(Delivery.State.SENT);
        assertThat(console.log().get(0).attempts()).isEqualTo(2);
    }

    @Test
    @BadInput("unsafe url")
    void only_http_and_https_urls_with_a_host_are_accepted() {
        assertThat(Addresses.webhookUrl(" https://chat.example.com/hooks/1 "))
                .isEqualTo("https://chat.example.com/hooks/1");
        for (String bad : List.of("file:///etc/passwd", "javascript:alert(1)", "ftp://example.com/x", "https:///nohost",
                "http://user:pw@example.com/", "not a url", "")) {
            assertThatThrownBy(() -> Addresses.webhookUrl(bad)).as(bad)
                    .isInstanceOfSatisfying(AlertInputException.class,
                            e -> assertThat(e.text().key()).isEqualTo("alerts.error.url"));
        }
    }
}
