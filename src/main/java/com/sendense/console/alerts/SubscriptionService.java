package com.sendense.console.alerts;

import com.sendense.console.base.i18n.Text;
import com.sendense.console.users.CurrentUser;
import com.sendense.console.users.Role;
import com.sendense.console.users.Roles;
import com.sendense.console.users.UserAccount;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Alerts → a signed-in user's own address, digest choice and subscriptions. */
@Service
public class SubscriptionService {

    private final JdbcClient jdbc;
    private final ChannelStore channels;
    private final CurrentUser currentUser;

    SubscriptionService(JdbcClient jdbc, ChannelStore channels, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.channels = channels;
        this.currentUser = currentUser;
    }

    @RolesAllowed({Roles.OPERATOR, Roles.HELPDESK, Roles.MANAGER, Roles.ADMIN})
    public MySubscriptions mine() {
        UserAccount me = me();
        record Recipient(String email, boolean digest) {}
        Recipient recipient = jdbc.sql("SELECT email, digest FROM alert_recipient WHERE user_id = :id")
                .param("id", me.id())
                .query((rs, n) -> new Recipient(rs.getString("email"), rs.getBoolean("digest")))
                .optional()
                .orElse(new Recipient("", false));
        Map<Long, Set<AlertKind>> kinds = new HashMap<>();
        jdbc.sql("SELECT channel_id, kind FROM alert_subscription WHERE user_id = :id")
                .param("id", me.id())
                .query((rs, n) -> {
                    kinds.computeIfAbsent(rs.getLong("channel_id"), c -> EnumSet.noneOf(AlertKind.class))
                            .addAll(ChannelStore.kinds(rs.getString("kind")));
                    return 0;
                })
                .list();
        List<Channel> email = channels.all()
                .stream()
                .filter(c -> c.type() == Channel.Type.EMAIL && c.enabled())
                .toList();
        return new MySubscriptions(recipient.email(), recipient.digest(), email, offered(me.role()), kinds);
    }

    @RolesAllowed({Roles.OPERATOR, Roles.HELPDESK, Roles.MANAGER, Roles.ADMIN})
    @Transactional
    public void save(String email, boolean digest, Map<Long, Set<AlertKind>> kinds) {
        UserAccount me = me();
        boolean any = kinds.values().stream().anyMatch(k -> !k.isEmpty());
        String address = any || !email.isBlank() ? Addresses.email(email) : "";
        jdbc.sql("DELETE FROM alert_recipient WHERE user_id = :id").param("id", me.id()).update();
        jdbc.sql("DELETE FROM alert_subscription WHERE user_id = :id").param("id", me.id()).update();
        if (address.isEmpty()) {
            return;
        }
        jdbc.sql("INSERT INTO alert_recipient (user_id, email, digest) VALUES (:id, :email, :digest)")
                .param("id", me.id())
                .param("email", address)
                .param("digest", digest)
                .update();
        List<AlertKind> offered = offered(me.role());
        for (var entry : kinds.entrySet()) {
            Channel channel = channels.find(entry.getKey())
                    .filter(c -> c.type() == Channel.Type.EMAIL)
                    .orElseThrow(() -> new AlertInputException(Text.of("alerts.error.gone")));
            for (AlertKind kind : entry.getValue()) {
                if (offered.contains(kind)) {
                    jdbc.sql("INSERT INTO alert_subscription (user_id, channel_id, kind) VALUES (:id, :channel, :kind)")
                            .param("id", me.id())
                            .param("channel", channel.id())
                            .param("kind", kind.name())
                            .update();
                }
            }
        }
    }

    static List<AlertKind> offered(Role role) {
        return Arrays.stream(AlertKind.values()).filter(k -> !role.isScoped() || k.aboutAVm()).toList();
    }

    private UserAccount me() {
        return currentUser.account().orElseThrow(() -> new IllegalStateException("No signed-in user"));
    }
}
