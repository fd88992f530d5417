package com.sendense.console.users;

/** The user tables on the default database, H2. */
class UsersOnH2Test extends UsersDatabaseContractTest {

    @Override
    String expectedDatabase() {
        return "H2";
    }
}
