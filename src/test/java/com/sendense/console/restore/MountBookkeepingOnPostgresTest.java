package com.sendense.console.restore;

import com.sendense.console.testsupport.EmbeddedPostgresInitializer;
import org.springframework.test.context.ContextConfiguration;

/** The mount records on a real PostgreSQL (embedded, shared with the other PostgreSQL tests). */
@ContextConfiguration(initializers = EmbeddedPostgresInitializer.class)
class MountBookkeepingOnPostgresTest extends MountBookkeepingContractTest {

    @Override
    String expectedDatabase() {
        return "PostgreSQL";
    }
}
