package com.sendense.console.restore;

/** The mount records on the default database, H2. */
class MountBookkeepingOnH2Test extends MountBookkeepingContractTest {

    @Override
    String expectedDatabase() {
        return "H2";
    }
}
