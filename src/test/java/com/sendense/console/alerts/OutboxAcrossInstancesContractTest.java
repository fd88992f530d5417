package com.sendense.console.alerts;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.sendense.console.alerts.AlertsFixture.NOW;
import static com.sendense.console.alerts.AlertsFixture.failed;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.sendense.console.hub.Backup;
import com.sendense.console.testsupport.MutableClock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two console instances on one database, and a console restarted on its database: no alert is raised
 * twice, no row is sent twice, and a send cut short by a stop is not repeated blindly. Once per database
 * ({@link OutboxAcrossInstancesOnH2Test}, {@link OutboxAcrossInstancesOnPostgresTest}).
 */
abstract class OutboxAcrossInstancesContractTest {

    @RegisterExtension
    static WireMockExtension receiver = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    final MutableClock clock = new MutableClock(NOW);
    final ExecutorService threads = Executors.newFixedThreadPool(2);
    DataSource db;

    abstract DataSource database();

    @BeforeEach
    void open() {
        db = database();
    }

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void two_workers_polling_together_send_every_row_exactly_once() throws Exception {
        receiver.stubFor(post("/hook").willReturn(aResponse().withStatus(200)));
        var a = new AlertsFixture(db, clock);
        var b = new AlertsFixture(db, clock);
        a.webhook("Chat", receiver.baseUrl() + "/hook", null);
        Backup[] failures = IntStream.range(0, 30)
                .mapToObj(i -> failed("b-" + i, "vm-" + i, NOW.minusSeconds(60), ""))
                .toArray(Backup[]::new);
        a.failedBackups(failures);
        b.failedBackups(failures);

        var barrier = new CyclicBarrier(2);
        Future<?> fa = threads.submit(() -> together(barrier, a));
        Future<?> fb = threads.submit(() -> together(barrier, b));
        fa.get(60, TimeUnit.SECONDS);
        fb.get(60, TimeUnit.SECONDS);
        fa = threads.submit(() -> together(barrier, a));
        fb = threads.submit(() -> together(barrier, b));
        fa.get(60, TimeUnit.SECONDS);
        fb.get(60, TimeUnit.SECONDS);

        List<LoggedRequest> requests = receiver.findAll(postRequestedFor(urlEqualTo("/hook")));
        assertThat(requests).hasSize(30);
        assertThat(requests.stream().map(r -> r.getHeader("X-Sendense-Alert-Id")).distinct()).hasSize(30);
        assertThat(a.log()).hasSize(30).extracting(Delivery::state).containsOnly(Delivery.State.SENT);
    }

    @Test
    void a_restarted_console_raises_nothing_twice_and_sends_what_was_queued_before_the_stop() {
        receiver.stubFor(post("/hook").willReturn(aResponse().withStatus(200)));
        var before = new AlertsFixture(db, clock);
        before.webhook("Chat", receiver.baseUrl() + "/hook", null);
        before.failedBackups(failed("b-1", "web-01", NOW.minusSeconds(60), ""));
        before.detector.pollOnce();

        var after = new AlertsFixture(db, clock);
        after.failedBackups(failed("b-1", "web-01", NOW.minusSeconds(60), ""),
                failed("b-2", "web-02", NOW.minusSeconds(30), ""));
        clock.advance(Duration.ofMinutes(1));
        after.detector.pollOnce();
        after.worker.pollOnce();
        after.worker.pollOnce();

        List<LoggedRequest> requests = receiver.findAll(postRequestedFor(urlEqualTo("/hook")));
        assertThat(requests).extracting(r -> r.getBodyAsString().contains("web-01"))
                .containsExactlyInAnyOrder(true, false);
        assertThat(after.log()).hasSize(2);
    }

    @Test
    void a_send_cut_short_by_a_stop_is_not_repeated_blindly_but_can_be_sent_again_by_hand() {
        receiver.stubFor(post("/hook").willReturn(aResponse().withStatus(200)));
        var stopped = new AlertsFixture(db, clock);
        stopped.webhook("Chat", receiver.baseUrl() + "/hook", null);
        stopped.failedBackups(failed("b-1", "web-01", NOW.minusSeconds(60), ""));
        stopped.detector.pollOnce();
        // The instance claimed the row and stopped before it could record the outcome.
        assertThat(stopped.outbox.claim("worker-that-died", NOW, NOW.plus(Duration.ofMinutes(2)), 10)).hasSize(1);

        var restarted = new AlertsFixture(db, clock);
        restarted.worker.pollOnce();
        assertThat(restarted.log().get(0).state()).as("still claimed").isEqualTo(Delivery.State.SENDING);
        clock.advance(Duration.ofMinutes(3));
        restarted.worker.pollOnce();

        Delivery d = restarted.log().get(0);
        assertThat(d.state()).isEqualTo(Delivery.State.FAILED);
        assertThat(d.lastError()).isEqualTo(Outbox.UNKNOWN_OUTCOME);
        assertThat(receiver.findAll(postRequestedFor(urlEqualTo("/hook")))).isEmpty();

        assertThat(restarted.outbox.sendAgain(d.id(), clock.instant())).isTrue();
        restarted.worker.pollOnce();
        restarted.worker.pollOnce();
        assertThat(receiver.findAll(postRequestedFor(urlEqualTo("/hook")))).hasSize(1);
        assertThat(restarted.log().get(0).state()).isEqualTo(Delivery.State.SENT);
    }

    @Test
    void a_failed_attempt_waits_its_backoff_and_a_digest_folds_held_rows_once() {
        receiver.stubFor(post("/down").willReturn(aResponse().withStatus(503)));
        var console = new AlertsFixture(db, clock);
        long hook = console.webhook("Down", receiver.baseUrl() + "/down", "secret");
        long mail = console.emailChannel("Mail", 1);
        long dan = console.user("dan", "OPERATOR", "de");
        console.subscribe(dan, mail, "dan@example.com", true, AlertKind.BACKUP_FAILED);
        console.failedBackups(failed("b-1", "web-01", NOW.minusSeconds(60), ""));
        console.detector.pollOnce();

        console.worker.pollOnce();
        Delivery webhook = console.log().stream().filter(d -> d.channelId() == hook).findFirst().orElseThrow();
        assertThat(webhook.state()).isEqualTo(Delivery.State.PENDING);
        assertThat(webhook.lastError()).isEqualTo("HTTP 503");
        assertThat(webhook.nextAttemptAt()).isEqualTo(NOW.plusSeconds(30));

        clock.set(NOW.plus(Duration.ofDays(1)));
        console.digest.pollOnce();
        console.digest.pollOnce();
        List<Delivery> digests = console.log().stream().filter(Delivery::digest).toList();
        assertThat(digests).hasSize(1);
        assertThat(digests.get(0).amount()).isEqualTo(1);
        assertThat(console.outbox.digestItems(digests.get(0).id())).extracting(Delivery::subject)
                .containsExactly("web-01");
    }

    private static Void together(CyclicBarrier barrier, AlertsFixture console) throws Exception {
        barrier.await(10, TimeUnit.SECONDS);
        console.detector.pollOnce();
        barrier.await(10, TimeUnit.SECONDS);
        console.worker.pollOnce();
        return null;
    }
}
