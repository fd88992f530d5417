/**
 * Restore screens: the restore wizard, the active mounts and the mount lease bar. Public only
 * {@link com.sendense.console.restore.ui.RestoreNavigation} and
 * {@link com.sendense.console.restore.ui.MountLeaseBar}.
 */
@NullMarked
package com.sendense.console.restore.ui;

import org.jspecify.annotations.NullMarked;
