package com.sendense.console.dashboard;

import com.sendense.console.testsupport.EmbeddedPostgresInitializer;
import org.springframework.test.context.ContextConfiguration;

/** The dashboard tables on a real PostgreSQL (embedded, started once per JVM). */
@ContextConfiguration(initializers = EmbeddedPostgresInitializer.class)
class DashboardOnPostgresTest extends DashboardDatabaseContractTest {}
