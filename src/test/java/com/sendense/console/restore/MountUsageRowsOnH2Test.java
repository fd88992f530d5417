package com.sendense.console.restore;

/** Mount usage on the default database, H2. */
class MountUsageRowsOnH2Test extends MountUsageRowsContractTest {}
