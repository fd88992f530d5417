package com.sendense.console.protection;

import com.sendense.console.testsupport.EmbeddedPostgresInitializer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/** On the shared embedded PostgreSQL, in a database of its own so other tests' rows never meet these. */
class NoDoubleFireOnPostgresTest extends NoDoubleFireContractTest {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    @Override
    DataSource database() {
        EmbeddedPostgres pg = EmbeddedPostgresInitializer.postgres();
        String name = "protection_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection c = pg.getPostgresDatabase().getConnection()) {
            c.createStatement().execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return ProtectionFixture.migrated(pg.getDatabase("postgres", name));
    }
}
