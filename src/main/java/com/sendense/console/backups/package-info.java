/**
 * Backups: starting one safely (no duplicates, no blind retries) and following it live (the poller
 * in {@code live} reads the hub for every watcher at once); history per VM and across all VMs, the
 * recovery-point chain and deleting a backup. The hub has no unfiltered or paged backup list and an
 * unreliable chain endpoint, so both are assembled here from its filtered lists.
 */
@NullMarked
package com.sendense.console.backups;

import org.jspecify.annotations.NullMarked;
