/**
 * Backups: starting a backup safely (no duplicates, no blind retries) and following it live, history
 * (per VM and across all VMs), the recovery-point chain and deleting a backup. The hub has no
 * unfiltered or paged backup list and an unreliable chain endpoint, so both are assembled here from
 * its filtered lists; live progress comes from the application-wide poller in {@code live}.
 */
@NullMarked
package com.sendense.console.backups;

import org.jspecify.annotations.NullMarked;
