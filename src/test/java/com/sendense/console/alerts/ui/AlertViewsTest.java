package com.sendense.console.alerts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.console.alerts.AlertChannelService;
import com.sendense.console.alerts.AlertKind;
import com.sendense.console.alerts.Channel;
import com.sendense.console.alerts.ChannelForm;
import com.sendense.console.testsupport.FakeHubConfiguration;
import com.sendense.console.testsupport.GridCells;
import com.sendense.console.testsupport.HostileNames;
import com.sendense.console.users.Roles;
import com.sendense.reliability.BadInput;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import java.time.OffsetDateTime;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(properties = "console.demo-users=true")
@ActiveProfiles("test")
@Import(FakeHubConfiguration.class)
@WithMockUser(username = "admin", roles = Roles.ADMIN)
class AlertViewsTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    AlertChannelService channels;

    @BeforeEach
    void clean() {
        jdbc.sql("DELETE FROM alert_outbox").update();
        jdbc.sql("DELETE FROM alert_channel").update();
        jdbc.sql("DELETE FROM alert_recipient").update();
    }

    Channel mail() {
        return channels.save(null, new ChannelForm(Channel.Type.EMAIL, "Office mail", true,
                new Channel.Smtp("smtp.example.com", 587, true, null, "console@sendense.test"), null, null, Set.of()));
    }

    @Test
    void without_a_channel_the_page_says_who_adds_one() {
        AlertSubscriptionsView view = navigate(AlertSubscriptionsView.class);

        assertThat(view.getElement().getTextRecursively()).contains("No e-mail channel is set up yet");
        assertThat(view.kinds).isEmpty();
    }

    @Test
    @WithMockUser(username = "operator", roles = Roles.OPERATOR)
    void a_user_subscribes_with_their_address_and_finds_it_again() {
        jdbc.sql("DELETE FROM alert_channel").update();
        long id = jdbc.sql("INSERT INTO alert_channel (kind, name, enabled, smtp_host, smtp_port, smtp_tls, "
                + "from_address, kinds, created_at) VALUES ('EMAIL', 'Office mail', TRUE, 'smtp.example.com', 25, "
                + "FALSE, 'c@example.com', '', :now)").param("now", OffsetDateTime.now()).update();
        assertThat(id).isEqualTo(1);

        AlertSubscriptionsView view = navigate(AlertSubscriptionsView.class);
        test(view.email).setValue("op@example.com");
        view.kinds.values().iterator().next().setValue(Set.of(AlertKind.BACKUP_FAILED, AlertKind.RUN_MISSED));
        test(view.save).click();

        AlertSubscriptionsView again = navigate(AlertSubscriptionsView.class);
        assertThat(again.email.getValue()).isEqualTo("op@example.com");
        assertThat(again.kinds.values().iterator().next().getValue()).containsExactlyInAnyOrder(AlertKind.BACKUP_FAILED,
                AlertKind.RUN_MISSED);
    }

    @Test
    void a_wrong_address_is_refused_in_words() {
        mail();
        AlertSubscriptionsView view = navigate(AlertSubscriptionsView.class);
        test(view.email).setValue("nope");
        view.kinds.values().iterator().next().setValue(Set.of(AlertKind.BACKUP_FAILED));
        test(view.save).click();

        assertThat(view.email.isInvalid()).isTrue();
        assertThat(view.email.getErrorMessage()).contains("is not an e-mail address");
    }

    @Test
    void an_admin_adds_a_webhook_and_sees_it_listed_without_its_secret() {
        AlertChannelsView view = navigate(AlertChannelsView.class);
        test(view.addWebhook).click();
        ChannelDialog dialog = find(ChannelDialog.class).single();
        test(dialog.name).setValue("Chat");
        test(dialog.url).setValue("https://chat.example.com/hook");
        test(dialog.secret).setValue("topsecret");
        dialog.kinds.setValue(Set.of(AlertKind.BACKUP_FAILED));
        test(dialog.save).click();

        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(view.getElement().getOuterHTML()).doesNotContain("topsecret");
        Channel saved = channels.channels().get(0);
        assertThat(saved.hasSecret()).isTrue();
        assertThat(saved.kinds()).containsExactly(AlertKind.BACKUP_FAILED);
    }

    @Test
    @BadInput("unsafe url")
    void a_javascript_url_is_refused_in_the_dialog() {
        AlertChannelsView view = navigate(AlertChannelsView.class);
        test(view.addWebhook).click();
        ChannelDialog dialog = find(ChannelDialog.class).single();
        test(dialog.name).setValue("Bad");
        test(dialog.url).setValue("javascript:alert(1)");
        test(dialog.save).click();

        assertThat(dialog.error.isVisible()).isTrue();
        assertThat(dialog.error.getText()).contains("is not a webhook address");
        assertThat(channels.channels()).isEmpty();
    }

    @Test
    @BadInput("markup in hub strings")
    void the_delivery_log_shows_hostile_names_as_text_and_offers_send_again_for_failed_rows() {
        Channel channel = mail();
        jdbc.sql(
                """
                        INSERT INTO alert_outbox (channel_id, address, language, kind, cause_key, subject, vm_name, detail, amount,
                            occurred_at, state, attempts, next_attempt_at, last_error, created_at)
                        VALUES (:c, 'a@example.com', 'en', 'BACKUP_FAILED', 'k', :name, :name, '', 0, :now, 'FAILED', 6, :now,
                            :error, :now)
                        """)
                .param("c", channel.id())
                .param("name", HostileNames.MARKUP)
                .param("error", HostileNames.MARKUP_ERROR)
                .param("now", OffsetDateTime.now())
                .update();

        DeliveryLogView view = navigate(DeliveryLogView.class);
        assertThat(test(view.grid).size()).isEqualTo(1);
        var row = test(view.grid).getRow(0);
        assertThat(GridCells.text(view.grid, row, "what")).isEqualTo("Backup failed: " + HostileNames.MARKUP);
        assertThat(GridCells.text(view.grid, row, "error")).isEqualTo(HostileNames.MARKUP_ERROR);
        test((Button) test(view.grid).getCellComponent(0, "again")).click();

        assertThat(jdbc.sql("SELECT state FROM alert_outbox").query(String.class).single()).isEqualTo("PENDING");
    }
}
