package com.sendense.console.alerts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for {@code alert_channel}; the secret column is read only through {@link #secret}. */
@Repository
class ChannelStore {

    private static final String COLUMNS = "id, kind, name, enabled, smtp_host, smtp_port, smtp_tls, smtp_user, "
            + "from_address, url, kinds, secret IS NOT NULL AS has_secret";

    private final JdbcClient jdbc;

    ChannelStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Channel> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM alert_channel ORDER BY name").query(ChannelStore::map).list();
    }

    Optional<Channel> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM alert_channel WHERE id = :id")
                .param("id", id)
                .query(ChannelStore::map)
                .optional();
    }

    Optional<String> secret(long id) {
        return jdbc.sql("SELECT secret FROM alert_channel WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> Optional.ofNullable(rs.getString(1)))
                .optional()
                .flatMap(s -> s);
    }

    long insert(ChannelForm form, Instant now) {
        var keys = new GeneratedKeyHolder();
        params(jdbc.sql("""
                INSERT INTO alert_channel (kind, name, enabled, smtp_host, smtp_port, smtp_tls, smtp_user, from_address,
                    url, secret, kinds, created_at)
                VALUES (:kind, :name, :enabled, :host, :port, :tls, :user, :from, :url, :secret, :kinds, :now)
                """), form).param("secret", emptyToNull(form.secret())).param("now", Sql.utc(now)).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void update(long id, ChannelForm form) {
        params(jdbc.sql("""
                UPDATE alert_channel SET kind = :kind, name = :name, enabled = :enabled, smtp_host = :host,
                    smtp_port = :port, smtp_tls = :tls, smtp_user = :user, from_address = :from, url = :url,
                    kinds = :kinds WHERE id = :id
                """), form).param("id", id).update();
        if (form.secret() != null) {
            jdbc.sql("UPDATE alert_channel SET secret = :secret WHERE id = :id")
                    .param("secret", emptyToNull(form.secret()))
                    .param("id", id)
                    .update();
        }
    }

    void delete(long id) {
        jdbc.sql("DELETE FROM alert_channel WHERE id = :id").param("id", id).update();
    }

    private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec spec, ChannelForm form) {
        Channel.Smtp smtp = form.smtp();
        return spec.param("kind", form.type().name())
                .param("name", form.name())
                .param("enabled", form.enabled())
                .param("host", smtp == null ? null : smtp.host())
                .param("port", smtp == null ? null : smtp.port())
                .param("tls", smtp == null ? null : smtp.tls())
                .param("user", smtp == null ? null : smtp.user())
                .param("from", smtp == null ? null : smtp.from())
                .param("url", form.url())
                .param("kinds", form.kinds().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
    }

    private static @Nullable String emptyToNull(@Nullable String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static Channel map(ResultSet rs, int n) throws SQLException {
        Channel.Type type = Channel.Type.valueOf(rs.getString("kind"));
        Channel.Smtp smtp = type == Channel.Type.EMAIL
                ? new Channel.Smtp(rs.getString("smtp_host"), rs.getInt("smtp_port"), rs.getBoolean("smtp_tls"),
                        rs.getString("smtp_user"), rs.getString("from_address"))
                : null;
        return new Channel(rs.getLong("id"), type, rs.getString("name"), rs.getBoolean("enabled"), smtp,
                rs.getString("url"), rs.getBoolean("has_secret"), kinds(rs.getString("kinds")));
    }

    static Set<AlertKind> kinds(@Nullable String list) {
        Set<AlertKind> kinds = EnumSet.noneOf(AlertKind.class);
        if (list != null) {
            Arrays.stream(list.split(","))
                    .filter(s -> !s.isBlank())
                    .forEach(s -> Arrays.stream(AlertKind.values())
                            .filter(k -> k.name().equals(s.strip()))
                            .forEach(kinds::add));
        }
        return kinds;
    }
}
