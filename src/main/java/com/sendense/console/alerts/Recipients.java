package com.sendense.console.alerts;

import com.sendense.console.base.i18n.Languages;
import com.sendense.console.users.Role;
import com.sendense.console.users.VmScope;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who receives an event: users subscribed to its kind on an enabled e-mail channel (enabled accounts,
 * help desk only for VMs in their scope, a mount's warning only its owner), each in their language, and
 * every enabled webhook listing the kind (in English: a webhook has no reader of its own).
 */
@Component
class Recipients {

    private final JdbcClient jdbc;

    Recipients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Subscriber(long userId, long channelId, String email, boolean digest, String username, Role role,
            @Nullable String language) {}

    List<Target> of(AlertEvent event) {
        List<Target> targets = new ArrayList<>();
        List<Subscriber> subscribers = jdbc.sql("""
                SELECT s.user_id, s.channel_id, r.email, r.digest, u.username, u.role, p.language
                FROM alert_subscription s
                JOIN alert_channel c ON c.id = s.channel_id
                JOIN alert_recipient r ON r.user_id = s.user_id
                JOIN users u ON u.id = s.user_id
                LEFT JOIN user_preferences p ON p.user_id = s.user_id
                WHERE s.kind = :kind AND c.enabled = TRUE AND c.kind = 'EMAIL' AND u.enabled = TRUE
                ORDER BY s.user_id, s.channel_id
                """)
                .param("kind", event.kind().name())
                .query((rs, n) -> new Subscriber(rs.getLong("user_id"), rs.getLong("channel_id"), rs.getString("email"),
                        rs.getBoolean("digest"), rs.getString("username"), Role.valueOf(rs.getString("role")),
                        rs.getString("language")))
                .list();
        for (Subscriber s : subscribers) {
            if (receives(s, event)) {
                targets.add(new Target(s.channelId(), s.userId(), s.email(), language(s.language()), s.digest()));
            }
        }
        if (event.kind() != AlertKind.MOUNT_EXPIRING) {
            jdbc.sql("SELECT id, url, kinds FROM alert_channel WHERE kind = 'WEBHOOK' AND enabled = TRUE ORDER BY id")
                    .query((rs, n) -> ChannelStore.kinds(rs.getString("kinds")).contains(event.kind())
                            ? new Target(rs.getLong("id"), null, rs.getString("url"), "en", false)
                            : null)
                    .list()
                    .stream()
                    .filter(Objects::nonNull)
                    .forEach(targets::add);
        }
        return targets;
    }

    private boolean receives(Subscriber s, AlertEvent event) {
        if (event.kind() == AlertKind.MOUNT_EXPIRING && !s.username().equals(event.owner())) {
            return false;
        }
        if (!s.role().isScoped()) {
            return true;
        }
        return event.kind().aboutAVm() && event.vmName() != null && scope(s.userId()).allows(event.vmName());
    }

    private VmScope scope(long userId) {
        return VmScope.of(jdbc.sql("SELECT pattern FROM helpdesk_scope WHERE user_id = :id")
                .param("id", userId)
                .query(String.class)
                .list());
    }

    private static String language(@Nullable String tag) {
        return tag == null || tag.isBlank() ? Languages.DEFAULT.getLanguage() : tag;
    }
}
