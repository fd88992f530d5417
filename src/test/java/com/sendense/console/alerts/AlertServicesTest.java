package com.sendense.console.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sendense.console.testsupport.FakeHubClient;
import com.sendense.console.testsupport.FakeHubConfiguration;
import com.sendense.console.users.Roles;
import com.sendense.reliability.HubFault;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/** The alert services in the application: roles, "Send test", and the detector reading the real services. */
@SpringBootTest(properties = "console.demo-users=true")
@ActiveProfiles("test")
@Import(FakeHubConfiguration.class)
@WithMockUser(username = "admin", roles = Roles.ADMIN)
class AlertServicesTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    AlertChannelService channels;
    @Autowired
    SubscriptionService subscriptions;
    @Autowired
    AlertDetector detector;
    @Autowired
    OutboxWorker worker;
    @Autowired
    FakeHubClient hub;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void clean() {
        hub.failWith(null);
        hub.backups.clear();
        jdbc.sql("DELETE FROM alert_outbox").update();
        jdbc.sql("DELETE FROM alert_cause").update();
        jdbc.sql("DELETE FROM alert_channel").update();
        jdbc.sql("DELETE FROM alert_recipient").update();
    }

    Channel mail(int port) {
        return channels.save(null, new ChannelForm(Channel.Type.EMAIL, "Mail", true,
                new Channel.Smtp("localhost", port, false, "", "console@sendense.test"), null, null, Set.of()));
    }

    @Test
    void send_test_reports_the_servers_acceptance_or_its_words_without_blocking_the_caller() throws Exception {
        Channel good = mail(ServerSetupTest.SMTP.getPort());
        assertThat(channels.sendTest(good.id(), "admin@example.com", Locale.ENGLISH).get(30, TimeUnit.SECONDS))
                .isEmpty();
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(smtp.getReceivedMessages()[0].getSubject()).isEqualTo("Sendense Console: test message");

        Channel bad = channels.save(null, new ChannelForm(Channel.Type.EMAIL, "Dead", true,
                new Channel.Smtp("localhost", 1, false, null, "console@sendense.test"), null, null, Set.of()));
        Optional<String> failure = channels.sendTest(bad.id(), "admin@example.com", Locale.ENGLISH)
                .get(30, TimeUnit.SECONDS);
        assertThat(failure).hasValueSatisfying(words -> assertThat(words).containsIgnoringCase("connect"));
    }

    @Test
    void the_password_is_kept_when_left_empty_and_never_part_of_a_channel() {
        Channel saved = channels.save(null, new ChannelForm(Channel.Type.EMAIL, "Mail", true,
                new Channel.Smtp("smtp.example.com", 587, true, "bot", "console@sendense.test"), null, "pw", Set.of()));
        channels.save(saved.id(), new ChannelForm(Channel.Type.EMAIL, "Mail 2", true,
                new Channel.Smtp("smtp.example.com", 587, true, "bot", "console@sendense.test"), null, null, Set.of()));

        Channel read = channels.channels().get(0);
        assertThat(read.name()).isEqualTo("Mail 2");
        assertThat(read.hasSecret()).isTrue();
        assertThat(read.toString()).doesNotContain("pw,").doesNotContain("=pw");
        assertThat(jdbc.sql("SELECT secret FROM alert_channel").query(String.class).single()).isEqualTo("pw");
    }

    @Test
    @WithMockUser(username = "operator", roles = Roles.OPERATOR)
    void only_administrators_manage_channels_but_everyone_subscribes() {
        assertThatThrownBy(() -> channels.channels()).isInstanceOf(AccessDeniedException.class);
        assertThat(subscriptions.mine().offered()).contains(AlertKind.REPOSITORY_FULL);
    }

    @Test
    @WithMockUser(username = "helpdesk", roles = Roles.HELPDESK)
    void help_desk_is_offered_only_events_about_vms() {
        assertThat(subscriptions.mine().offered()).containsExactly(AlertKind.BACKUP_FAILED, AlertKind.BACKUP_STALLED,
                AlertKind.RPO_EXCEEDED, AlertKind.MOUNT_EXPIRING);
    }

    @Test
    void the_detector_reads_the_hub_through_the_services_and_the_worker_mails_the_subscriber() throws Exception {
        Channel channel = mail(ServerSetupTest.SMTP.getPort());
        subscriptions.save("admin@example.com", false, Map.of(channel.id(), EnumSet.of(AlertKind.BACKUP_FAILED)));
        hub.backups.add(AlertsFixture.failed("b-9", "web-01", Instant.now().minusSeconds(60), "agent lost"));

        detector.pollOnce();
        worker.pollOnce();

        assertThat(smtp.getReceivedMessages()).extracting(m -> m.getSubject())
                .containsExactly("Backup of web-01 failed");
    }

    @Test
    @HubFault("hub down")
    void with_the_hub_down_the_detector_raises_nothing_and_forgets_nothing() {
        Channel channel = mail(ServerSetupTest.SMTP.getPort());
        subscriptions.save("admin@example.com", false, Map.of(channel.id(), EnumSet.of(AlertKind.BACKUP_FAILED)));
        hub.backups.add(AlertsFixture.failed("b-9", "web-01", Instant.now().minusSeconds(60), "agent lost"));
        detector.pollOnce();
        // Other sources (RPO targets, mounts, storage samples left by other tests in this context) may hold
        // causes of their own: what matters is that none is raised or cleared while the hub is down.
        List<String> open = openCauses();
        int queued = jdbc.sql("SELECT COUNT(*) FROM alert_outbox").query(Integer.class).single();
        assertThat(open).anyMatch(key -> key.contains("b-9"));
        hub.failWith(FakeHubClient.unreachable());

        detector.pollOnce();

        assertThat(openCauses()).isEqualTo(open);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM alert_outbox").query(Integer.class).single()).isEqualTo(queued);
    }

    private List<String> openCauses() {
        return jdbc.sql("SELECT cause_key FROM alert_cause WHERE cleared_at IS NULL ORDER BY cause_key")
                .query(String.class)
                .list();
    }

    @Test
    void a_subscription_needs_a_real_address() {
        Channel channel = mail(ServerSetupTest.SMTP.getPort());
        assertThatThrownBy(() -> subscriptions.save("not-an-address", false,
                Map.of(channel.id(), EnumSet.of(AlertKind.BACKUP_FAILED)))).isInstanceOfSatisfying(
                        AlertInputException.class, e -> assertThat(e.text().key()).isEqualTo("alerts.error.email"));
    }
}
