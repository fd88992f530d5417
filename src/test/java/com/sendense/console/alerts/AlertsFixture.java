package com.sendense.console.alerts;

import com.sendense.console.hub.Backup;
import com.sendense.console.hub.BackupId;
import com.sendense.console.hub.BackupStatus;
import com.sendense.console.hub.BackupType;
import com.sendense.console.hub.HubProperties;
import com.sendense.console.testsupport.MutableClock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One console instance's alert machinery on a database, wired by hand: detector, worker and digest job
 * with the real stores, senders and ShedLock. Two fixtures on one database are two instances; a new
 * fixture on the same database is the console after a restart.
 */
final class AlertsFixture {

    static final Instant NOW = Instant.parse("2026-12-06T09:00:00Z");

    final DataSource db;
    final JdbcClient jdbc;
    final MutableClock clock;
    final AlertProperties properties;
    volatile AlertFacts facts = new AlertFacts(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    final ChannelStore channels;
    final Outbox outbox;
    final CauseBook causes;
    final AlertDetector detector;
    final OutboxWorker worker;
    final DigestJob digest;
    final AlertTexts texts;

    AlertsFixture(DataSource db, MutableClock clock) {
        this(db, clock, AlertProperties.defaults());
    }

    AlertsFixture(DataSource db, MutableClock clock, AlertProperties properties) {
        this.db = db;
        this.jdbc = JdbcClient.create(db);
        this.clock = clock;
        this.properties = properties;
        var hub = HubProperties.forUrl(null);
        var tx = new TransactionTemplate(new JdbcTransactionManager(db));
        var locks = new DefaultLockingTaskExecutor(
                new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                        .withJdbcTemplate(new JdbcTemplate(db))
                        .withTableName("shedlock")
                        .usingDbTime()
                        .build()));
        channels = new ChannelStore(jdbc);
        outbox = new Outbox(jdbc);
        causes = new CauseBook(jdbc);
        texts = new AlertTexts(hub);
        detector = new AlertDetector(() -> facts, causes, new Recipients(jdbc), outbox, locks, tx, properties, hub,
                clock);
        worker = new OutboxWorker(outbox, channels, texts, new MailSender(channels, properties),
                new WebhookSender(channels, properties), properties, clock);
        digest = new DigestJob(outbox, locks, tx, properties, hub, clock);
    }

    static DataSource h2() {
        return h2("jdbc:h2:mem:alerts-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    static DataSource h2(String url) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(url);
        ds.setUser("sa");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        return ds;
    }

    long user(String name, String role, @Nullable String language, String... scope) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO users (username, display_name, password_hash, role, enabled, created_at, updated_at) "
                + "VALUES (:name, :name, 'x', :role, TRUE, :now, :now)")
                .param("name", name)
                .param("role", role)
                .param("now", NOW.atOffset(ZoneOffset.UTC))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        for (String pattern : scope) {
            jdbc.sql("INSERT INTO helpdesk_scope (user_id, pattern) VALUES (:id, :p)")
                    .param("id", id)
                    .param("p", pattern)
                    .update();
        }
        if (language != null) {
            jdbc.sql("INSERT INTO user_preferences (user_id, theme, language) VALUES (:id, 'LIGHT', :l)")
                    .param("id", id)
                    .param("l", language)
                    .update();
        }
        return id;
    }

    long emailChannel(String name, int port) {
        return channels.insert(new ChannelForm(Channel.Type.EMAIL, name, true,
                new Channel.Smtp("localhost", port, false, null, "console@sendense.test"), null, null, Set.of()), NOW);
    }

    long webhook(String name, String url, @Nullable String secret, AlertKind... kinds) {
        return channels.insert(new ChannelForm(Channel.Type.WEBHOOK, name, true, null, url, secret,
                kinds.length == 0 ? EnumSet.allOf(AlertKind.class) : EnumSet.of(kinds[0], kinds)), NOW);
    }

    void subscribe(long user, long channel, String email, boolean digest, AlertKind... kinds) {
        jdbc.sql("DELETE FROM alert_recipient WHERE user_id = :id").param("id", user).update();
        jdbc.sql("INSERT INTO alert_recipient (user_id, email, digest) VALUES (:id, :email, :digest)")
                .param("id", user)
                .param("email", email)
                .param("digest", digest)
                .update();
        for (AlertKind kind : kinds) {
            jdbc.sql("INSERT INTO alert_subscription (user_id, channel_id, kind) VALUES (:id, :c, :k)")
                    .param("id", user)
                    .param("c", channel)
                    .param("k", kind.name())
                    .update();
        }
    }

    void failedBackups(Backup... backups) {
        facts = new AlertFacts(List.of(backups), facts.activeBackups(), facts.runs(), facts.postures(),
                facts.repositories(), facts.mounts());
    }

    List<Delivery> log() {
        return outbox.recent(1000);
    }

    static Backup failed(String id, String vm, Instant at, String message) {
        return backup(id, vm, BackupStatus.FAILED, at, at, message);
    }

    static Backup backup(String id, String vm, BackupStatus status, Instant started, @Nullable Instant telemetry,
            @Nullable String message) {
        return new Backup(new BackupId(id), "ctx-" + vm, vm, BackupType.INCREMENTAL, "repo-1", null, status, 0, 0, 1,
                message, "", 0, 0, telemetry, started, started, status.isActive() ? null : started.plusSeconds(60));
    }
}
