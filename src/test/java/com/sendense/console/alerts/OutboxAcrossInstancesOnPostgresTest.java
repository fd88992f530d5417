package com.sendense.console.alerts;

import com.sendense.console.testsupport.EmbeddedPostgresInitializer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** On the shared embedded PostgreSQL, in a database of its own. */
class OutboxAcrossInstancesOnPostgresTest extends OutboxAcrossInstancesContractTest {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    @Override
    DataSource database() {
        EmbeddedPostgres pg = EmbeddedPostgresInitializer.postgres();
        String name = "alerts_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection c = pg.getPostgresDatabase().getConnection()) {
            c.createStatement().execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        DataSource ds = pg.getDatabase("postgres", name);
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        return ds;
    }
}
