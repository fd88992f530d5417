/**
 * Backup operations: starting a backup safely (no duplicates, no blind retries) and following it.
 * Live progress comes from the application-wide poller in {@code live}.
 */
@NullMarked
package com.sendense.console.backups;

import org.jspecify.annotations.NullMarked;
