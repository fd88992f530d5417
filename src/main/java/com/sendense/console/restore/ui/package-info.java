/**
 * Restore screens: the restore wizard, the active mounts, the mount lease bar, the file browser
 * with its download basket and queue, and the restore audit log. Public only
 * {@link com.sendense.console.restore.ui.RestoreNavigation},
 * {@link com.sendense.console.restore.ui.MountLeaseBar} and the routed views.
 */
@NullMarked
package com.sendense.console.restore.ui;

import org.jspecify.annotations.NullMarked;
