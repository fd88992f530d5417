package com.sendense.console.alerts;

import static com.sendense.console.alerts.AlertsFixture.NOW;
import static com.sendense.console.alerts.AlertsFixture.failed;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sendense.console.testsupport.HostileNames;
import com.sendense.console.testsupport.MutableClock;
import com.sendense.reliability.BadInput;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Alert e-mails through a real SMTP server (GreenMail): who gets them, in which language, how often. */
class AlertEmailTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    final MutableClock clock = new MutableClock(NOW);
    final AlertsFixture console = new AlertsFixture(AlertsFixture.h2(), clock);
    final long channel = console.emailChannel("Mail", ServerSetupTest.SMTP.getPort());

    @Test
    void a_failed_backup_is_mailed_once_to_each_subscriber_and_not_again_on_the_next_pass() throws Exception {
        long alice = console.user("alice", "OPERATOR", null);
        long bob = console.user("bob", "MANAGER", null);
        long carol = console.user("carol", "OPERATOR", null);
        console.subscribe(alice, channel, "alice@example.com", false, AlertKind.BACKUP_FAILED);
        console.subscribe(bob, channel, "bob@example.com", false, AlertKind.BACKUP_FAILED);
        console.subscribe(carol, channel, "carol@example.com", false, AlertKind.RPO_EXCEEDED);
        console.failedBackups(failed("b-1", "web-01", NOW.minusSeconds(120), "NBD read failed"));

        console.detector.pollOnce();
        assertThat(console.worker.pollOnce()).isEqualTo(2);
        clock.advance(Duration.ofMinutes(1));
        console.detector.pollOnce();
        console.worker.pollOnce();

        MimeMessage[] mails = smtp.getReceivedMessages();
        assertThat(mails).hasSize(2);
        assertThat(List.of(mails[0].getAllRecipients()[0].toString(), mails[1].getAllRecipients()[0].toString()))
                .containsExactlyInAnyOrder("alice@example.com", "bob@example.com");
        assertThat(mails[0].getSubject()).isEqualTo("Backup of web-01 failed");
        assertThat(parts(mails[0]).get(0)).contains("The backup of VM web-01 failed").contains("NBD read failed");
        assertThat(console.log()).extracting(Delivery::state).containsOnly(Delivery.State.SENT);
    }

    @Test
    void a_german_user_gets_the_mail_in_german() throws Exception {
        long dora = console.user("dora", "OPERATOR", "de");
        console.subscribe(dora, channel, "dora@example.com", false, AlertKind.BACKUP_FAILED);
        console.failedBackups(failed("b-1", "web-01", NOW.minusSeconds(120), ""));

        console.detector.pollOnce();
        console.worker.pollOnce();

        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getSubject()).isEqualTo("Sicherung von web-01 fehlgeschlagen");
        assertThat(parts(mail).get(0)).contains("ist fehlgeschlagen").contains("Benachrichtigungs-Abos");
    }

    @Test
    @BadInput("markup in hub strings")
    void hostile_vm_names_and_hub_messages_are_escaped_in_the_html_and_intact_in_the_text() throws Exception {
        long alice = console.user("alice", "OPERATOR", null);
        console.subscribe(alice, channel, "alice@example.com", false, AlertKind.BACKUP_FAILED);
        console.failedBackups(failed("b-1", HostileNames.MARKUP, NOW.minusSeconds(120), HostileNames.MARKUP_ERROR));

        console.detector.pollOnce();
        console.worker.pollOnce();

        MimeMessage mail = smtp.getReceivedMessages()[0];
        List<String> parts = parts(mail);
        assertThat(mail.getSubject()).contains(HostileNames.MARKUP);
        assertThat(parts.get(0)).contains(HostileNames.MARKUP).contains(HostileNames.MARKUP_ERROR);
        assertThat(parts.get(1)).doesNotContain("<test>", "<img", "<b>NBD")
                .contains("&lt;test&gt;")
                .contains("&lt;img src=x onerror=alert(1)&gt;");
    }

    @Test
    @BadInput("unicode and long names")
    void long_and_umlaut_vm_names_arrive_whole() throws Exception {
        long alice = console.user("alice", "OPERATOR", null);
        console.subscribe(alice, channel, "alice@example.com", false, AlertKind.BACKUP_FAILED);
        console.failedBackups(failed("b-1", HostileNames.UMLAUT, NOW.minusSeconds(60), ""),
                failed("b-2", HostileNames.LONG, NOW.minusSeconds(60), ""));

        console.detector.pollOnce();
        console.worker.pollOnce();

        assertThat(smtp.getReceivedMessages()).extracting(MimeMessage::getSubject)
                .containsExactlyInAnyOrder("Backup of " + HostileNames.UMLAUT + " failed",
                        "Backup of " + HostileNames.LONG + " failed");
    }

    @Test
    void help_desk_only_hears_of_vms_in_their_scope_and_never_of_repositories() throws Exception {
        long helen = console.user("helen", "HELPDESK", null, "web-*");
        console.subscribe(helen, channel, "helen@example.com", false, AlertKind.BACKUP_FAILED,
                AlertKind.REPOSITORY_FULL);
        console.failedBackups(failed("b-1", "web-01", NOW.minusSeconds(60), ""),
                failed("b-2", "db-01", NOW.minusSeconds(60), ""));

        console.detector.pollOnce();
        console.worker.pollOnce();

        assertThat(smtp.getReceivedMessages()).extracting(MimeMessage::getSubject)
                .containsExactly("Backup of web-01 failed");
    }

    @Test
    void a_cause_that_clears_and_returns_within_the_collapse_window_is_not_mailed_again_but_after_it_is()
            throws Exception {
        long alice = console.user("alice", "OPERATOR", null);
        console.subscribe(alice, channel, "alice@example.com", false, AlertKind.BACKUP_STALLED);
        var stalled = AlertsFixture.backup("b-1", "web-01", com.sendense.console.hub.BackupStatus.RUNNING,
                NOW.minus(Duration.ofHours(1)), NOW.minus(Duration.ofMinutes(30)), null);
        var moving = AlertsFixture.backup("b-1", "web-01", com.sendense.console.hub.BackupStatus.RUNNING,
                NOW.minus(Duration.ofHours(1)), NOW, null);
        console.facts = new AlertFacts(List.of(), List.of(stalled), List.of(), List.of(), List.of(), List.of());
        console.detector.pollOnce();
        console.facts = new AlertFacts(List.of(), List.of(moving), List.of(), List.of(), List.of(), List.of());
        console.detector.pollOnce();
        clock.advance(Duration.ofMinutes(40));
        console.facts = new AlertFacts(List.of(), List.of(stalled), List.of(), List.of(), List.of(), List.of());
        console.detector.pollOnce();
        console.worker.pollOnce();
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(console.causes.repeats("BACKUP_STALLED:b-1")).isEqualTo(1);

        console.facts = new AlertFacts(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        console.detector.pollOnce();
        clock.advance(Duration.ofHours(7));
        console.facts = new AlertFacts(List.of(), List.of(stalled), List.of(), List.of(), List.of(), List.of());
        console.detector.pollOnce();
        console.worker.pollOnce();
        assertThat(smtp.getReceivedMessages()).hasSize(2);
    }

    @Test
    void an_unreadable_source_neither_raises_nor_clears() throws Exception {
        long alice = console.user("alice", "OPERATOR", null);
        console.subscribe(alice, channel, "alice@example.com", false, AlertKind.BACKUP_FAILED);
        console.failedBackups(failed("b-1", "web-01", NOW.minusSeconds(60), ""));
        console.detector.pollOnce();
        console.facts = new AlertFacts(null, null, null, null, null, null);
        console.detector.pollOnce();
        console.failedBackups(failed("b-1", "web-01", NOW.minusSeconds(60), ""));
        console.detector.pollOnce();
        console.worker.pollOnce();

        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void digest_readers_get_one_mail_a_day_listing_every_alert() throws Exception {
        long dan = console.user("dan", "OPERATOR", null);
        console.subscribe(dan, channel, "dan@example.com", true, AlertKind.BACKUP_FAILED);
        console.failedBackups(failed("b-1", "web-01", NOW.minusSeconds(60), ""),
                failed("b-2", "db-01", NOW.minusSeconds(30), ""));
        console.detector.pollOnce();
        console.worker.pollOnce();
        console.digest.pollOnce();
        console.worker.pollOnce();
        assertThat(smtp.getReceivedMessages()).as("held until the next digest time (07:00)").isEmpty();

        clock.set(NOW.plus(Duration.ofHours(22)));
        console.digest.pollOnce();
        console.digest.pollOnce();
        console.worker.pollOnce();

        MimeMessage[] mails = smtp.getReceivedMessages();
        assertThat(mails).hasSize(1);
        assertThat(mails[0].getSubject()).isEqualTo("Sendense Console: 2 alerts since the last digest");
        assertThat(parts(mails[0]).get(0)).contains("Backup of web-01 failed").contains("Backup of db-01 failed");
    }

    @Test
    void an_unreachable_mail_server_is_retried_with_growing_waits_and_then_fails_with_its_words() {
        long lost = console.emailChannel("Nowhere", 1);
        long alice = console.user("alice", "OPERATOR", null);
        console.subscribe(alice, lost, "alice@example.com", false, AlertKind.BACKUP_FAILED);
        console.failedBackups(failed("b-1", "web-01", NOW.minusSeconds(60), ""));
        console.detector.pollOnce();

        List<Duration> waits = new ArrayList<>();
        for (int i = 0; i < console.properties.maxAttempts(); i++) {
            console.worker.pollOnce();
            Delivery d = console.log().get(0);
            waits.add(Duration.between(clock.instant(), d.nextAttemptAt()));
            clock.set(d.nextAttemptAt());
        }

        Delivery d = console.log().get(0);
        assertThat(d.state()).isEqualTo(Delivery.State.FAILED);
        assertThat(d.attempts()).isEqualTo(6);
        assertThat(d.lastError()).containsIgnoringCase("connect");
        assertThat(waits.subList(0, 5)).containsExactly(Duration.ofSeconds(30), Duration.ofMinutes(1),
                Duration.ofMinutes(2), Duration.ofMinutes(4), Duration.ofMinutes(8));
    }

    static List<String> parts(MimeMessage mail) throws Exception {
        List<String> parts = new ArrayList<>();
        collect(mail.getContent(), parts);
        return parts;
    }

    private static void collect(Object content, List<String> out) throws Exception {
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                collect(part.getContent(), out);
            }
        } else {
            out.add(content.toString());
        }
    }
}
