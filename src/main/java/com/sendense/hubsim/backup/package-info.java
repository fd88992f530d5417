/**
 * The backup half of the hub: the backup_jobs/backup_disks store, starting backups with the hub's validation order, and
 * the telemetry/stale-job engine.
 */
@NullMarked
package com.sendense.hubsim.backup;

import org.jspecify.annotations.NullMarked;
