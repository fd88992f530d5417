package com.sendense.console.users;

import com.sendense.console.testsupport.EmbeddedPostgresInitializer;
import org.springframework.test.context.ContextConfiguration;

/** The user tables on a real PostgreSQL (embedded, started once per JVM). */
@ContextConfiguration(initializers = EmbeddedPostgresInitializer.class)
class UsersOnPostgresTest extends UsersDatabaseContractTest {

    @Override
    String expectedDatabase() {
        return "PostgreSQL";
    }
}
