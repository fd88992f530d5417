package com.sendense.console.restore;

import com.sendense.console.testsupport.EmbeddedPostgresInitializer;
import org.springframework.test.context.ContextConfiguration;

/** Mount usage on a real PostgreSQL (embedded, shared with the other PostgreSQL tests). */
@ContextConfiguration(initializers = EmbeddedPostgresInitializer.class)
class MountUsageRowsOnPostgresTest extends MountUsageRowsContractTest {}
