package com.sendense.console.alerts;

import javax.sql.DataSource;

class OutboxAcrossInstancesOnH2Test extends OutboxAcrossInstancesContractTest {

    @Override
    DataSource database() {
        return AlertsFixture.h2();
    }
}
