package com.sendense.console.protection;

import javax.sql.DataSource;

class NoDoubleFireOnH2Test extends NoDoubleFireContractTest {

    @Override
    DataSource database() {
        return ProtectionFixture.h2();
    }
}
