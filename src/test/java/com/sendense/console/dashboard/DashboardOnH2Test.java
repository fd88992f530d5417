package com.sendense.console.dashboard;

/** The dashboard tables on H2, the console's default database. */
class DashboardOnH2Test extends DashboardDatabaseContractTest {}
